import { MessageOutlined, RollbackOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Tag, Typography } from 'antd';
import { useState } from 'react';
import type {
  AssignmentSupportDto,
  CommitmentDto,
  SupportRequestDto,
} from '../../../../../contracts/support.ts';
import { useI18n } from '../../../i18n/i18n.tsx';
import { supportKindLabel } from '../../../i18n/labels.ts';
import { formatDate } from '../../../lib/format.ts';
import { useWithdrawSupportRequest } from '../api/support.ts';
import { CommitmentStateModal } from './commitment-state-modal.tsx';
import styles from './execution.module.css';
import { EscalatedTag, RequestStateTag, ResponseDue } from './request-bits.tsx';
import { RespondModal } from './respond-modal.tsx';
import { requestKindLabel } from './support-request-modal.tsx';
import tagStyles from './task-status-tag.module.css';
import { commitmentStateText } from './timeline-labels.ts';

type TaskSupport = AssignmentSupportDto['tasks'][number];

function RequestItem({ r, onRespond }: { r: SupportRequestDto; onRespond: () => void }) {
  const { t } = useI18n();
  const { modal, message } = App.useApp();
  const withdraw = useWithdrawSupportRequest();
  const onWithdraw = () =>
    modal.confirm({
      title: t('request.withdrawConfirm'),
      content: r.subject,
      okText: t('request.withdraw'),
      cancelText: t('common.cancel'),
      onOk: () =>
        withdraw
          .mutateAsync({ id: r.id, version: r.version })
          .then(() => void message.success(t('request.withdrawn')))
          .catch((e: Error) => void message.error(e.message)),
    });
  return (
    <li>
      <Flex wrap gap={4} align="center">
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {requestKindLabel(t, r.kind)} · {r.routedToUnit.name}
        </Typography.Text>
        <RequestStateTag request={r} />
        <EscalatedTag request={r} />
      </Flex>
      <strong>{r.subject}</strong>
      <Typography.Paragraph
        style={{ margin: 0, whiteSpace: 'pre-line', fontSize: 13 }}
        ellipsis={{
          rows: 3,
          expandable: 'collapsible',
        }}
      >
        {r.body}
      </Typography.Paragraph>
      <div className={styles.small}>
        {t('request.responseDueShort')}: <ResponseDue request={r} />
      </div>
      {r.response && (
        <div className={styles.answer}>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('request.answeredBy', { name: r.respondedByName ?? '', date: formatDate(r.respondedOn) })}
          </Typography.Text>
          <div style={{ whiteSpace: 'pre-line' }}>{r.response}</div>
        </div>
      )}
      {(r.abilities.respond || r.abilities.withdraw) && (
        <Flex gap={8} wrap style={{ marginTop: 6 }}>
          {r.abilities.respond && (
            <Button
              size="small"
              type="primary"
              icon={<MessageOutlined aria-hidden="true" />}
              onClick={onRespond}
            >
              {t('request.respond')}
            </Button>
          )}
          {r.abilities.withdraw && (
            <Button size="small" icon={<RollbackOutlined aria-hidden="true" />} onClick={onWithdraw}>
              {t('request.withdraw')}
            </Button>
          )}
        </Flex>
      )}
    </li>
  );
}

function CommitmentItem({ c, onRecord }: { c: CommitmentDto; onRecord: () => void }) {
  const { t } = useI18n();
  const owed = c.standing === 'overdue' || c.standing === 'not_delivered' || c.standing === 'delivered_late';
  return (
    <li>
      <Flex wrap gap={4} align="center">
        <strong>{supportKindLabel(t, c.kind)}</strong>
        <Tag
          className={`${tagStyles.tag} ${owed ? tagStyles.overdue : c.state === 'delivered' ? tagStyles.done_on_time : tagStyles.not_due}`}
        >
          {t(`commitment.standing.${c.standing}`)}
        </Tag>
      </Flex>
      <div>{c.description}</div>
      <div className={styles.small}>
        {c.provider.name}
        {c.dueOn && ` · ${t('commitment.dueOn', { date: formatDate(c.dueOn) })}`}
        {c.deliveredOn && ` · ${t('timeline.deliveredOn', { date: formatDate(c.deliveredOn) })}`}
      </div>
      {c.abilities.record && (
        <Button
          size="small"
          style={{ marginTop: 6 }}
          onClick={onRecord}
          aria-label={t('commitment.recordFor', { what: c.description })}
        >
          {t('commitment.record')} ({commitmentStateText(t, c.state)})
        </Button>
      )}
    </li>
  );
}

/** The task's requests (answer or withdraw them) and the support committed to it (record its state). */
export function TaskSupportCard({ support }: { support: TaskSupport | undefined }) {
  const { t } = useI18n();
  const [answering, setAnswering] = useState<SupportRequestDto | null>(null);
  const [recording, setRecording] = useState<CommitmentDto | null>(null);
  const requests = support?.requests ?? [];
  const commitments = support?.commitments ?? [];
  return (
    <>
      <Card
        size="small"
        title={<h2 className="card-title">{t('taskPage.requests', { count: requests.length })}</h2>}
      >
        {requests.length === 0 ? (
          <Typography.Text type="secondary">{t('taskPage.noRequests')}</Typography.Text>
        ) : (
          <ul className={styles.plainList}>
            {requests.map((r) => (
              <RequestItem key={r.id} r={r} onRespond={() => setAnswering(r)} />
            ))}
          </ul>
        )}
      </Card>
      {commitments.length > 0 && (
        <Card size="small" title={<h2 className="card-title">{t('task.supportCommitments')}</h2>}>
          <ul className={styles.plainList}>
            {commitments.map((c) => (
              <CommitmentItem key={c.id} c={c} onRecord={() => setRecording(c)} />
            ))}
          </ul>
        </Card>
      )}
      {answering && <RespondModal request={answering} onClose={() => setAnswering(null)} />}
      {recording && <CommitmentStateModal commitment={recording} onClose={() => setRecording(null)} />}
    </>
  );
}
