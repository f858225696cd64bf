import { Col, Form, Input, Row, Typography } from 'antd';
import type { SelfAssessmentDto } from '../../../../../../contracts/self-assessment.ts';
import { useI18n } from '../../../../i18n/i18n.tsx';
import type { MessageKey } from '../../../../i18n/vi.ts';
import styles from './report.module.css';

const SECTIONS = ['summary', 'obstacles', 'directionRequests', 'proposals'] as const;
export type ReportSection = (typeof SECTIONS)[number];

/** The report's free text: overall assessment, obstacles, requests for direction, proposals. */
export function ReportTexts({ report, editable }: { report: SelfAssessmentDto; editable: boolean }) {
  const { t } = useI18n();
  return (
    <Row gutter={[16, 8]}>
      {SECTIONS.map((s) => (
        <Col key={s} xs={24} xl={12}>
          {editable ? (
            <Form.Item
              name={s}
              label={t(`report.${s}` as MessageKey)}
              extra={t(`report.${s}Hint` as MessageKey)}
            >
              <Input.TextArea autoSize={{ minRows: 4, maxRows: 16 }} maxLength={20_000} showCount />
            </Form.Item>
          ) : (
            <div style={{ marginBottom: 16 }}>
              <Typography.Title level={3} style={{ fontSize: 15 }}>
                {t(`report.${s}` as MessageKey)}
              </Typography.Title>
              <p className={styles.readText}>{report[s] || t('common.none')}</p>
            </div>
          )}
        </Col>
      ))}
    </Row>
  );
}
