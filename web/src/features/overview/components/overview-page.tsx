import {
  ApartmentOutlined,
  FileDoneOutlined,
  RightOutlined,
  ScheduleOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import { Card, Col, Flex, List, Row, Skeleton, Statistic, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { ButtonLink } from '../../../components/button-link.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { useI18n } from '../../../i18n/i18n.tsx';
import { roleLabel, unitKindLabel } from '../../../i18n/labels.ts';
import { compareVi, formatNumber } from '../../../lib/format.ts';
import { useSignedInMe } from '../../auth/api/get-me.ts';
import { useScopeSummary } from '../api/get-scope-summary.ts';
import styles from './overview-page.module.css';

/** The landing page: greeting, the caller's roles and units, what they reach, and what comes next. */
export function OverviewPage() {
  const { t, lang } = useI18n();
  const me = useSignedInMe();
  const summary = useScopeSummary(me);
  const grants = [...me.grants].sort((a, b) => compareVi(a.unitName, b.unitName));

  return (
    <>
      <PageHeader
        title={t('overview.greeting', { name: me.user.displayName })}
        subtitle={t('overview.subtitle')}
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <Flex vertical gap={16}>
            <Card title={<h2 className="card-title">{t('overview.roles')}</h2>}>
              {grants.length === 0 ? (
                <Typography.Paragraph style={{ margin: 0 }}>{t('overview.noRoles')}</Typography.Paragraph>
              ) : (
                <List
                  dataSource={grants}
                  rowKey="id"
                  renderItem={(g) => (
                    <List.Item>
                      <Flex wrap gap={8} align="center">
                        <Tag color="blue">{roleLabel(t, g.role)}</Tag>
                        <Link to={`/units/${g.unitId}`}>{g.unitName}</Link>
                        <Typography.Text type="secondary">
                          ({g.includeSubtree ? t('overview.withSubtree') : t('overview.unitOnly')})
                        </Typography.Text>
                      </Flex>
                    </List.Item>
                  )}
                />
              )}
            </Card>
            <Card className={styles.next}>
              <Flex gap={16} align="flex-start">
                <ScheduleOutlined aria-hidden="true" className={styles.nextIcon} />
                <div>
                  <h2 className="card-title">{t('overview.nextTitle')}</h2>
                  <Typography.Paragraph style={{ margin: '8px 0 16px' }}>
                    {t('overview.nextBody')}
                  </Typography.Paragraph>
                  <Flex wrap gap={8}>
                    <ButtonLink
                      type="primary"
                      to="/assignments"
                      icon={<FileDoneOutlined aria-hidden="true" />}
                    >
                      {t('overview.openAssignments')}
                    </ButtonLink>
                    <ButtonLink to="/units" icon={<ApartmentOutlined aria-hidden="true" />}>
                      {t('overview.openOrganisation')}
                    </ButtonLink>
                    <ButtonLink to="/people" icon={<TeamOutlined aria-hidden="true" />}>
                      {t('overview.openPeople')}
                    </ButtonLink>
                  </Flex>
                </div>
              </Flex>
            </Card>
          </Flex>
        </Col>
        <Col xs={24} lg={10}>
          <Row gutter={[16, 16]}>
            <Col xs={12}>
              <Card>
                {summary.isPending ? (
                  <Skeleton active paragraph={false} />
                ) : (
                  <Statistic
                    title={t('overview.unitsInScope')}
                    value={summary.data ? formatNumber(summary.data.unitCount, lang) : '—'}
                    prefix={<ApartmentOutlined aria-hidden="true" />}
                  />
                )}
              </Card>
            </Col>
            <Col xs={12}>
              <Card>
                {summary.isPending ? (
                  <Skeleton active paragraph={false} />
                ) : (
                  <Statistic
                    title={t('overview.peopleInScope')}
                    value={
                      summary.data
                        ? `${formatNumber(summary.data.peopleCount, lang)}${summary.data.peopleCapped ? '+' : ''}`
                        : '—'
                    }
                    prefix={<TeamOutlined aria-hidden="true" />}
                  />
                )}
              </Card>
            </Col>
            <Col xs={24}>
              <Card title={<h2 className="card-title">{t('overview.topUnits')}</h2>}>
                {summary.isError && <QueryError error={summary.error} onRetry={() => summary.refetch()} />}
                {summary.isPending && <Skeleton active />}
                {summary.data && (
                  <List
                    dataSource={summary.data.topUnits}
                    rowKey="id"
                    renderItem={(u) => (
                      <List.Item>
                        <Link to={`/units/${u.id}`}>
                          {u.name} <RightOutlined aria-hidden="true" style={{ fontSize: 11 }} />
                        </Link>
                        <Typography.Text type="secondary">{unitKindLabel(t, u.kind)}</Typography.Text>
                      </List.Item>
                    )}
                  />
                )}
              </Card>
            </Col>
          </Row>
        </Col>
      </Row>
    </>
  );
}
