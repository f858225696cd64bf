import { Form, Table, type TableColumnsType } from 'antd';
import type { SelfAssessmentDto } from '../../../../../../contracts/self-assessment.ts';
import { DecimalInput } from '../../../../components/decimal-input.tsx';
import { useI18n } from '../../../../i18n/i18n.tsx';
import { formatPoints } from '../../../../lib/format.ts';
import { points2 } from '../shared/points.ts';
import styles from './report.module.css';
import { scoreRule } from './score-rules.ts';

type Criterion = SelfAssessmentDto['criteria'][number];

/** The general criteria (366-QĐ/TW) with the head's self-score each, within its maximum. */
export function ReportCriteria({ report, editable }: { report: SelfAssessmentDto; editable: boolean }) {
  const { t, lang } = useI18n();
  const columns: TableColumnsType<Criterion> = [
    { key: 'label', title: t('report.colCriterion'), render: (_, c) => c.label[lang] },
    {
      key: 'max',
      title: t('report.colMax'),
      width: 96,
      align: 'right',
      render: (_, c) => <span className={styles.number}>{formatPoints(c.max, lang)}</span>,
    },
    {
      key: 'selfScore',
      title: t('report.colSelfScore'),
      width: 132,
      render: (_, c, i) =>
        editable ? (
          <Form.Item
            name={['criteria', i, 'selfScore']}
            style={{ margin: 0 }}
            rules={[scoreRule(c.max, t, formatPoints(c.max, lang))]}
          >
            <DecimalInput
              step={0.25}
              aria-label={t('report.criterionScoreOf', {
                label: c.label[lang],
                max: formatPoints(c.max, lang),
              })}
            />
          </Form.Item>
        ) : (
          <span className={styles.number}>{points2(c.selfScore, lang) || t('common.none')}</span>
        ),
    },
  ];
  return (
    <Table<Criterion>
      rowKey="key"
      size="small"
      columns={columns}
      dataSource={report.criteria}
      pagination={false}
    />
  );
}
