import { CheckOutlined, CloseOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, List, Tag, Typography } from 'antd';
import type { AssignmentDto } from '../../../../../contracts/assignments.ts';
import { useI18n } from '../../../i18n/i18n.tsx';
import { adjustmentKindLabel } from '../../../i18n/labels.ts';
import type { MessageKey } from '../../../i18n/vi.ts';
import { formatDate, formatPoints } from '../../../lib/format.ts';
import { type Adjustment, useDescribeChange } from './adjustment-change.tsx';

const STATE_COLORS: Record<Adjustment['state'], string> = {
  pending: 'gold',
  approved: 'green',
  rejected: 'red',
};

/** The adjustment requests of an assignment, newest first; the assigner approves or rejects the pending ones. */
export function AdjustmentsCard({
  assignment,
  onDecide,
}: {
  assignment: AssignmentDto;
  onDecide: (adjustment: Adjustment, decision: 'approve' | 'reject') => void;
}) {
  const { t, lang } = useI18n();
  const changeText = useDescribeChange(assignment);
  const items = [...assignment.adjustments].sort(
    (a, b) =>
      Number(b.state === 'pending') - Number(a.state === 'pending') ||
      b.requestedOn.localeCompare(a.requestedOn),
  );
  const pending = items.filter((a) => a.state === 'pending').length;
  const indexOf = (taskId: string) => assignment.tasks.findIndex((x) => x.id === taskId);
  return (
    <Card
      title={
        <h2 className="card-title">
          {t('adjustments.title')}
          {pending > 0 && (
            <Tag color="gold" style={{ marginInlineStart: 8 }}>
              {t('adjustments.pending', { count: pending })}
            </Tag>
          )}
        </h2>
      }
      data-testid="adjustments-card"
    >
      {items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('adjustments.empty')} />
      ) : (
        <List
          dataSource={items}
          rowKey="id"
          renderItem={(adj) => {
            const i = indexOf(adj.taskId);
            const task = assignment.tasks[i];
            const kind = String(adj.change.kind);
            return (
              <List.Item data-testid="adjustment-item" data-state={adj.state}>
                <Flex vertical gap={4} style={{ width: '100%' }}>
                  <Flex wrap gap={8} align="center" justify="space-between">
                    <Flex wrap gap={8} align="center">
                      <Tag color={STATE_COLORS[adj.state]}>
                        {t(`adjustmentState.${adj.state}` as MessageKey)}
                      </Tag>
                      <strong>{adjustmentKindLabel(t, kind)}</strong>
                      {kind !== 'cancellation' && <span>{changeText(adj)}</span>}
                    </Flex>
                    {adj.state === 'pending' && assignment.abilities.decideAdjustment && (
                      <Flex gap={8} wrap>
                        <Button
                          type="primary"
                          size="small"
                          icon={<CheckOutlined aria-hidden="true" />}
                          onClick={() => onDecide(adj, 'approve')}
                          aria-label={t('decide.approveFor', { n: i + 1 })}
                        >
                          {t('decide.approve')}
                        </Button>
                        <Button
                          size="small"
                          danger
                          icon={<CloseOutlined aria-hidden="true" />}
                          onClick={() => onDecide(adj, 'reject')}
                          aria-label={t('decide.rejectFor', { n: i + 1 })}
                        >
                          {t('decide.reject')}
                        </Button>
                      </Flex>
                    )}
                  </Flex>
                  <Typography.Text>
                    {t('adjustments.task', { n: i + 1, title: task?.title ?? '' })}
                  </Typography.Text>
                  <Typography.Text type="secondary">
                    {t('adjustments.requested', { date: formatDate(adj.requestedOn), reason: adj.reason })}
                  </Typography.Text>
                  {adj.proposedRebalance.length > 0 && (
                    <Typography.Text type="secondary">
                      {t('adjustments.proposedRebalance', {
                        list: adj.proposedRebalance
                          .map((r) => `#${indexOf(r.taskId) + 1}: ${formatPoints(r.weight, lang)}`)
                          .join('; '),
                      })}
                    </Typography.Text>
                  )}
                  {adj.decidedOn && (
                    <Typography.Text>
                      {t('adjustments.decided', { date: formatDate(adj.decidedOn) })}
                      {adj.decisionNote ? ` — ${adj.decisionNote}` : ''}
                    </Typography.Text>
                  )}
                </Flex>
              </List.Item>
            );
          }}
        />
      )}
    </Card>
  );
}
