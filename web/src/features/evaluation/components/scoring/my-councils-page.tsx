import { FormOutlined } from '@ant-design/icons';
import { Alert, Card, Empty, Flex, List, Skeleton, Tag, Typography } from 'antd';
import { ButtonLink } from '../../../../components/button-link.tsx';
import { PageHeader } from '../../../../components/page-header.tsx';
import { QueryError } from '../../../../components/query-error.tsx';
import { useI18n } from '../../../../i18n/i18n.tsx';
import { formatDate } from '../../../../lib/format.ts';
import { useCurrentCycle } from '../../../cycles/api/list-cycles.ts';
import { useCouncils } from '../../api/councils.ts';
import { WindowStateTag } from '../shared/window-state-tag.tsx';

/** "Chấm điểm": the councils of the cycle where the caller holds a seat, with the way into the sheets. */
export function MyCouncilsPage() {
  const { t } = useI18n();
  const { cycle, query: cycles } = useCurrentCycle();
  const councils = useCouncils(cycle?.id);
  if (cycles.isPending) return <Skeleton active />;
  if (!cycle) return <Alert type="info" showIcon title={t('eval.noCycle')} />;
  const mine = (councils.data ?? []).filter((c) => c.myRole !== null);
  return (
    <>
      <PageHeader title={t('nav.scoring')} subtitle={t('scoring.listSubtitle', { cycle: cycle.name })} />
      {councils.isError ? (
        <QueryError error={councils.error} onRetry={() => councils.refetch()} />
      ) : (
        <Card>
          <List
            loading={councils.isPending}
            dataSource={mine}
            locale={{ emptyText: <Empty description={t('scoring.noCouncil')} /> }}
            renderItem={(c) => (
              <List.Item
                actions={[
                  c.abilities.score ? (
                    <ButtonLink
                      key="score"
                      type="primary"
                      icon={<FormOutlined aria-hidden="true" />}
                      to={`/councils/${c.id}/score`}
                    >
                      {t('scoring.open')}
                    </ButtonLink>
                  ) : (
                    <ButtonLink key="view" to={`/councils/${c.id}/score`}>
                      {t('scoring.view')}
                    </ButtonLink>
                  ),
                  ...(c.abilities.progress
                    ? [
                        <ButtonLink key="progress" to={`/councils/${c.id}?tab=progress`}>
                          {t('scoring.progress')}
                        </ButtonLink>,
                      ]
                    : []),
                ]}
              >
                <List.Item.Meta
                  title={c.name}
                  description={
                    <Flex wrap gap={8} align="center">
                      <span>{c.assigningUnit.name}</span>
                      <span>
                        {formatDate(c.opensOn)} – {formatDate(c.closesOn)}
                      </span>
                      <WindowStateTag council={c} />
                      {c.myRole && <Tag>{t(`council.role.${c.myRole}`)}</Tag>}
                    </Flex>
                  }
                />
              </List.Item>
            )}
          />
          <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
            {t('scoring.listHint')}
          </Typography.Paragraph>
        </Card>
      )}
    </>
  );
}
