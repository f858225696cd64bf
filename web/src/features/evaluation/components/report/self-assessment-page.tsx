import { CheckOutlined, SaveOutlined } from '@ant-design/icons';
import { Alert, App, Breadcrumb, Button, Card, Flex, Form, Skeleton, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { Link, useParams } from 'react-router';
import type { SelfAssessmentDto } from '../../../../../../contracts/self-assessment.ts';
import { useSetFocusUnit } from '../../../../components/focus-unit.tsx';
import { FormErrorAlert } from '../../../../components/form-error-alert.tsx';
import { NotFoundPage } from '../../../../components/not-found-page.tsx';
import { PageHeader } from '../../../../components/page-header.tsx';
import { QueryError } from '../../../../components/query-error.tsx';
import { useI18n } from '../../../../i18n/i18n.tsx';
import { ApiError } from '../../../../lib/api-client.ts';
import { useFormFailure } from '../../../../lib/form-errors.ts';
import { formatDate, formatDateTime } from '../../../../lib/format.ts';
import { useUnsavedChangesGuard } from '../../../assignments/hooks/use-unsaved-changes-guard.ts';
import {
  useSaveSelfAssessment,
  useSelfAssessment,
  useSubmitSelfAssessment,
} from '../../api/self-assessment.ts';
import { points2, sumPoints } from '../shared/points.ts';
import styles from './report.module.css';
import { ReportCriteria } from './report-criteria.tsx';
import { ReportDownload } from './report-download.tsx';
import { fieldAliases, type ReportValues, toBody, toValues } from './report-form.ts';
import { ReportTasks } from './report-tasks.tsx';
import { ReportTexts } from './report-texts.tsx';

/** The head's annual report (tự đánh giá): loads it, then the form or the read-only view. */
export function SelfAssessmentPage() {
  const { id } = useParams();
  const query = useSelfAssessment(id);
  const report = query.data;
  useSetFocusUnit(report ? { id: report.unit.id, name: report.unit.name } : null);
  if (query.isPending) return <Skeleton active paragraph={{ rows: 12 }} />;
  if (query.isError || !report) {
    if (query.error instanceof ApiError && query.error.status === 404) return <NotFoundPage />;
    return <QueryError error={query.error} onRetry={() => query.refetch()} />;
  }
  return <ReportView report={report} onReload={() => query.refetch()} />;
}

function ReportView({ report, onReload }: { report: SelfAssessmentDto; onReload: () => void }) {
  const { t, lang } = useI18n();
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<ReportValues>();
  const aliases = useMemo(() => fieldAliases(report), [report]);
  const { failure, onError, clear } = useFormFailure(form, aliases);
  const save = useSaveSelfAssessment(report.assignmentId);
  const submit = useSubmitSelfAssessment(report.assignmentId);
  const [dirty, setDirty] = useState(false);
  const editable = report.abilities.edit;
  useUnsavedChangesGuard(dirty && editable);

  const tasks = Form.useWatch('tasks', form);
  const criteria = Form.useWatch('criteria', form);
  const taskSum = editable ? sumPoints((tasks ?? []).map((x) => x?.selfScore)) : report.totals.selfScoreTasks;
  const criteriaSum = editable
    ? sumPoints((criteria ?? []).map((x) => x?.selfScore))
    : report.totals.selfScoreCriteria;

  const saveDraft = async (): Promise<SelfAssessmentDto | null> => {
    clear();
    try {
      await form.validateFields();
    } catch (e) {
      const first = (e as { errorFields?: { name: (string | number)[] }[] }).errorFields?.[0];
      if (first) form.scrollToField(first.name, { block: 'center' });
      message.error(t('common.fixFields'));
      return null;
    }
    try {
      const fresh = await save.mutateAsync(toBody(report, form.getFieldsValue(true)));
      setDirty(false);
      return fresh;
    } catch (e) {
      onError(e);
      return null;
    }
  };

  const onSave = async () => {
    if (await saveDraft()) message.success(t('report.saved'));
  };

  const onSubmit = () =>
    modal.confirm({
      title: t('report.submitTitle'),
      content: t('report.submitBody', {
        total: points2(sumPoints([taskSum, criteriaSum]), lang),
      }),
      okText: t('report.submit'),
      cancelText: t('common.cancel'),
      onOk: async () => {
        // What is on screen is saved first, so the submitted report is exactly what was read.
        const saved = await saveDraft();
        if (!saved) return;
        try {
          await submit.mutateAsync(saved.version);
          message.success(t('report.submitted'));
        } catch (e) {
          onError(e);
        }
      },
    });

  const stateTag =
    report.state === 'submitted' ? (
      <Tag color="green">{t('report.stateSubmitted', { date: formatDate(report.submittedAt) })}</Tag>
    ) : report.state === 'draft' ? (
      <Tag color="blue">{t('report.stateDraft')}</Tag>
    ) : (
      <Tag>{t('report.stateNone')}</Tag>
    );

  return (
    <>
      <Breadcrumb
        style={{ marginBottom: 8 }}
        items={[
          { key: 'list', title: <Link to="/assignments">{t('nav.assignments')}</Link> },
          { key: 'a', title: <Link to={`/assignments/${report.assignmentId}`}>{report.unit.name}</Link> },
          { key: 'this', title: <span aria-current="page">{t('report.title')}</span> },
        ]}
      />
      <PageHeader
        title={t('report.title')}
        tags={stateTag}
        subtitle={
          <>
            {report.head ? `${report.head.fullName}, ${report.head.postTitle}` : report.unit.name} ·{' '}
            {report.cycle.name} · {t('report.asOf', { date: formatDate(report.asOf) })}
          </>
        }
        extra={<ReportDownload assignmentId={report.assignmentId} />}
      />
      <Flex vertical gap={16}>
        {report.state === 'submitted' && (
          <Alert
            type="success"
            showIcon
            title={t('report.lockedTitle', { date: formatDateTime(report.submittedAt) })}
            description={t('report.lockedBody')}
          />
        )}
        {editable && report.state === 'none' && (
          <Alert type="info" showIcon title={t('report.firstSaveNote')} />
        )}
        {editable && report.state === 'draft' && !report.abilities.submit && (
          <Alert type="info" showIcon title={t('report.delegateNote')} />
        )}
        <FormErrorAlert failure={failure} onReload={onReload} />
        <Form<ReportValues>
          form={form}
          layout="vertical"
          name="self-assessment"
          initialValues={toValues(report)}
          onValuesChange={() => setDirty(true)}
        >
          <Flex vertical gap={16}>
            <Card
              title={<h2 className="card-title">{t('report.tasksTitle', { count: report.totals.tasks })}</h2>}
            >
              <dl className={styles.totals}>
                {(['done', 'early', 'late', 'exceeded', 'notDone', 'cancelled'] as const).map((k) => (
                  <div key={k}>
                    <dt>{t(`report.total.${k}`)}</dt>
                    <dd>{report.totals[k]}</dd>
                  </div>
                ))}
              </dl>
              <ReportTasks report={report} editable={editable} />
            </Card>
            <Card title={<h2 className="card-title">{t('report.criteriaTitle')}</h2>}>
              <ReportCriteria report={report} editable={editable} />
            </Card>
            <Card title={<h2 className="card-title">{t('report.textsTitle')}</h2>}>
              <ReportTexts report={report} editable={editable} />
            </Card>
          </Flex>
        </Form>
      </Flex>
      <div className={styles.actionBar}>
        <Typography.Text className={styles.grandTotal} data-testid="report-total">
          {t('report.grandTotal', {
            tasks: points2(taskSum, lang),
            criteria: points2(criteriaSum, lang),
            total: points2(sumPoints([taskSum, criteriaSum]), lang),
          })}
        </Typography.Text>
        {editable && (
          <Flex wrap gap={8}>
            {dirty && <Typography.Text type="secondary">{t('report.unsaved')}</Typography.Text>}
            <Button icon={<SaveOutlined aria-hidden="true" />} onClick={onSave} loading={save.isPending}>
              {t('report.saveDraft')}
            </Button>
            {report.abilities.submit && (
              <Button
                type="primary"
                icon={<CheckOutlined aria-hidden="true" />}
                onClick={onSubmit}
                loading={submit.isPending}
              >
                {t('report.submit')}
              </Button>
            )}
          </Flex>
        )}
      </div>
    </>
  );
}
