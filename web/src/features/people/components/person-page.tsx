import { EditOutlined } from '@ant-design/icons';
import {
  Button,
  Card,
  Col,
  Descriptions,
  Empty,
  Flex,
  Grid,
  Row,
  Skeleton,
  Table,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import type { PersonDetailDto } from '../../../../../contracts/people.ts';
import { NotFoundPage } from '../../../components/not-found-page.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { useI18n } from '../../../i18n/i18n.tsx';
import { genderLabel } from '../../../i18n/labels.ts';
import { ApiError } from '../../../lib/api-client.ts';
import { compareVi, formatDate } from '../../../lib/format.ts';
import { PersonResultsSection } from '../../evaluation/components/person/person-results.tsx';
import { usePerson } from '../api/get-person.ts';
import { PersonFormModal } from './person-form-modal.tsx';

type HistoryRow = PersonDetailDto['history'][number];

/** A person's page: details, posts held today, and every post held across units over time. */
export function PersonPage() {
  const { t } = useI18n();
  const { id } = useParams();
  const query = usePerson(id);
  const [editing, setEditing] = useState(false);
  const narrow = !(Grid.useBreakpoint().md ?? true);

  if (query.isPending) return <Skeleton active paragraph={{ rows: 8 }} />;
  if (query.isError) {
    if (query.error instanceof ApiError && query.error.status === 404) return <NotFoundPage />;
    return <QueryError error={query.error} onRetry={() => query.refetch()} />;
  }
  const person = query.data;
  const history = [...person.history].sort((a, b) => b.startOn.localeCompare(a.startOn));
  const none = t('common.none');

  return (
    <>
      <PageHeader
        title={<span data-testid="person-name">{person.fullName}</span>}
        subtitle={
          person.currentPosts.length > 0 ? (
            <Flex vertical gap={2} component="span">
              {person.currentPosts.map((c) => (
                <span key={`${c.unitId}:${c.postTitle}`}>
                  {c.postTitle} — <Link to={`/units/${c.unitId}`}>{c.unitName}</Link>
                </span>
              ))}
            </Flex>
          ) : (
            t('people.noCurrentPost')
          )
        }
        extra={
          person.abilities.update ? (
            <Button icon={<EditOutlined aria-hidden="true" />} onClick={() => setEditing(true)}>
              {t('person.edit')}
            </Button>
          ) : undefined
        }
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={8}>
          <Card title={<h2 className="card-title">{t('person.info')}</h2>} style={{ height: '100%' }}>
            <Descriptions
              column={1}
              size="small"
              items={[
                { key: 'by', label: t('people.birthYear'), children: person.birthYear ?? none },
                { key: 'g', label: t('people.gender'), children: genderLabel(t, person.gender) },
                { key: 'e', label: t('people.email'), children: person.email ?? none },
                { key: 'p', label: t('people.phone'), children: person.phone ?? none },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} xl={16}>
          <Card title={<h2 className="card-title">{t('person.history')}</h2>}>
            {history.length === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('person.historyEmpty')} />
            ) : narrow ? (
              <Timeline
                items={history.map((h) => ({
                  key: h.termId,
                  color: h.endOn ? 'gray' : 'green',
                  content: (
                    <>
                      <div style={{ fontWeight: 600 }}>
                        {t('post.termRange', {
                          from: formatDate(h.startOn),
                          to: h.endOn ? formatDate(h.endOn) : t('common.present'),
                        })}
                      </div>
                      <div>
                        {h.postTitle} {h.isHead && <Tag color="blue">{t('post.isHeadTag')}</Tag>}
                      </div>
                      <Link to={`/units/${h.unitId}`}>{h.unitName}</Link>
                      {h.decisionRef && <div>{t('post.decision', { ref: h.decisionRef })}</div>}
                    </>
                  ),
                }))}
              />
            ) : (
              <Table<HistoryRow>
                rowKey="termId"
                dataSource={history}
                pagination={false}
                sticky
                size="middle"
                scroll={{ x: 640 }}
                columns={[
                  {
                    key: 'post',
                    title: t('person.post'),
                    sorter: (a, b) => compareVi(a.postTitle, b.postTitle),
                    render: (_, h) => (
                      <>
                        {h.postTitle} {h.isHead && <Tag color="blue">{t('post.isHeadTag')}</Tag>}
                      </>
                    ),
                  },
                  {
                    key: 'unit',
                    title: t('person.unit'),
                    sorter: (a, b) => compareVi(a.unitName, b.unitName),
                    render: (_, h) => <Link to={`/units/${h.unitId}`}>{h.unitName}</Link>,
                  },
                  {
                    key: 'from',
                    title: t('person.from'),
                    width: 120,
                    defaultSortOrder: 'descend',
                    sorter: (a, b) => a.startOn.localeCompare(b.startOn),
                    render: (_, h) => formatDate(h.startOn),
                  },
                  {
                    key: 'to',
                    title: t('person.to'),
                    width: 120,
                    render: (_, h) =>
                      h.endOn ? formatDate(h.endOn) : <Tag color="green">{t('person.current')}</Tag>,
                  },
                  {
                    key: 'ref',
                    title: t('person.decisionRef'),
                    render: (_, h) =>
                      h.decisionRef ?? <Typography.Text type="secondary">{none}</Typography.Text>,
                  },
                ]}
              />
            )}
          </Card>
        </Col>
      </Row>
      <PersonResultsSection personId={person.id} />
      <PersonFormModal
        person={person}
        open={editing}
        onClose={() => setEditing(false)}
        onReload={async () => (await query.refetch()).data}
      />
    </>
  );
}
