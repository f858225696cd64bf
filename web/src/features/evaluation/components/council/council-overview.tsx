import { WarningOutlined } from '@ant-design/icons';
import { Card, Col, Flex, List, Row, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import type { AssignmentSummaryDto } from '../../../../../../contracts/assignments.ts';
import type { CouncilDto } from '../../../../../../contracts/councils.ts';
import { useI18n } from '../../../../i18n/i18n.tsx';
import { compareVi } from '../../../../lib/format.ts';
import { AssignmentStateTag } from '../../../assignments/components/assignment-state-tag.tsx';
import { ToneTag } from '../shared/tone-tag.tsx';

type CohortRow = CouncilDto['cohort'][number];

/** The members (chair first) and the heads of the cohort, with who does not score whom and why. */
export function CouncilOverview({ council }: { council: CouncilDto }) {
  const { t } = useI18n();
  const members = [...council.members].sort((a, b) => a.position - b.position);
  const cohort = [...council.cohort].sort((a, b) => compareVi(a.unit.name, b.unit.name));
  const columns: TableColumnsType<CohortRow> = [
    {
      key: 'unit',
      title: t('council.colUnit'),
      render: (_, r) => (
        <div>
          <Link to={`/assignments/${r.assignmentId}`} style={{ fontWeight: 500 }}>
            {r.unit.name}
          </Link>
          <div style={{ fontSize: 13, color: 'rgba(0,0,0,0.62)' }}>{r.unit.code}</div>
        </div>
      ),
    },
    {
      key: 'head',
      title: t('council.colHead'),
      render: (_, r) =>
        r.head?.fullName ?? <Typography.Text type="secondary">{t('info.headVacant')}</Typography.Text>,
    },
    {
      key: 'state',
      title: t('council.colState'),
      width: 150,
      render: (_, r) => <AssignmentStateTag state={r.state as AssignmentSummaryDto['state']} />,
    },
    {
      key: 'report',
      title: t('council.colReport'),
      width: 130,
      render: (_, r) => (
        <Link to={`/assignments/${r.assignmentId}/self-assessment`}>{t('council.openReport')}</Link>
      ),
    },
    {
      key: 'recused',
      title: t('council.colRecused'),
      render: (_, r) =>
        r.recused.length === 0 ? (
          <Typography.Text type="secondary">{t('council.noRecusal')}</Typography.Text>
        ) : (
          <Flex vertical gap={2}>
            {r.recused.map((x) => (
              <span key={x.memberId} data-recusal={x.reason}>
                <strong>{x.fullName}</strong>: {x.reasonLabel}
              </span>
            ))}
          </Flex>
        ),
    },
  ];
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={7} xxl={6}>
        <Card title={<h2 className="card-title">{t('council.members', { count: members.length })}</h2>}>
          <List
            size="small"
            dataSource={members}
            renderItem={(m) => (
              <List.Item>
                <Flex wrap gap={8} align="center" style={{ width: '100%' }} justify="space-between">
                  <span>
                    {m.position}. <Link to={`/people/${m.personId}`}>{m.fullName}</Link>
                  </span>
                  <Flex gap={4} wrap>
                    {m.role === 'chair' && <Tag color="blue">{t('council.role.chair')}</Tag>}
                    {!m.userId && (
                      <ToneTag tone="warn" icon={<WarningOutlined aria-hidden="true" />}>
                        {t('council.noAccount')}
                      </ToneTag>
                    )}
                  </Flex>
                </Flex>
              </List.Item>
            )}
          />
        </Card>
      </Col>
      <Col xs={24} xl={17} xxl={18}>
        <Card title={<h2 className="card-title">{t('council.cohort', { count: cohort.length })}</h2>}>
          <Table<CohortRow>
            rowKey="assignmentId"
            size="small"
            columns={columns}
            dataSource={cohort}
            pagination={false}
            scroll={{ x: 760 }}
          />
        </Card>
      </Col>
    </Row>
  );
}
