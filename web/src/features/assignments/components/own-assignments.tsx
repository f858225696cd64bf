import { RightOutlined } from '@ant-design/icons';
import { Card, Flex, List, Typography } from 'antd';
import type { AssignmentSummaryDto } from '../../../../../contracts/assignments.ts';
import { ButtonLink } from '../../../components/button-link.tsx';
import { useI18n } from '../../../i18n/i18n.tsx';
import { formatDate, formatPoints } from '../../../lib/format.ts';
import { AssignmentStateTag } from './assignment-state-tag.tsx';

/** The assignments addressed to the caller's own unit (a head or their office): what they owe this cycle. */
export function OwnAssignments({ rows }: { rows: AssignmentSummaryDto[] }) {
  const { t, lang } = useI18n();
  return (
    <Card title={<h2 className="card-title">{t('assignments.own')}</h2>} data-testid="own-assignments">
      <List
        dataSource={rows}
        rowKey="id"
        renderItem={(a) => (
          <List.Item>
            <Flex wrap gap={12} align="center" justify="space-between" style={{ width: '100%' }}>
              <Flex vertical gap={4} style={{ minWidth: 0 }}>
                <Flex wrap gap={8} align="center">
                  <strong>{a.assigneeUnit.name}</strong>
                  <AssignmentStateTag state={a.state} />
                </Flex>
                <Typography.Text type="secondary">
                  {a.documentNumber
                    ? t('info.documentValue', { number: a.documentNumber, date: formatDate(a.documentDate) })
                    : t('info.notIssued')}{' '}
                  · {t('assignments.fromUnit', { unit: a.assigningUnit.name })}
                </Typography.Text>
                <Typography.Text type="secondary">
                  {t('assignments.taskSummary', {
                    count: a.taskCount,
                    weight: formatPoints(a.weightTotal, lang),
                  })}
                </Typography.Text>
              </Flex>
              <ButtonLink
                type="primary"
                to={`/assignments/${a.id}`}
                icon={<RightOutlined aria-hidden="true" />}
              >
                {a.abilities.commit ? t('assignments.openToCommit') : t('assignments.open')}
              </ButtonLink>
            </Flex>
          </List.Item>
        )}
      />
    </Card>
  );
}
