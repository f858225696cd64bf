import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Form, Grid, Input, Table, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { PersonDto } from '../../../../../contracts/people.ts';
import { PageHeader } from '../../../components/page-header.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { UnitPicker } from '../../../components/unit-picker.tsx';
import { useI18n } from '../../../i18n/i18n.tsx';
import { compareVi, formatNumber } from '../../../lib/format.ts';
import { useDebouncedValue } from '../../../lib/use-debounced-value.ts';
import { useSignedInMe } from '../../auth/api/get-me.ts';
import { PEOPLE_PAGE, usePeople } from '../api/list-people.ts';
import { PersonFormModal } from './person-form-modal.tsx';

function CurrentPosts({ person }: { person: PersonDto }) {
  const { t } = useI18n();
  if (person.currentPosts.length === 0)
    return <Typography.Text type="secondary">{t('people.noCurrentPost')}</Typography.Text>;
  return (
    <Flex vertical gap={2}>
      {person.currentPosts.map((c) => (
        <span key={`${c.unitId}:${c.postTitle}`}>
          {c.postTitle} — <Link to={`/units/${c.unitId}`}>{c.unitName}</Link>
        </span>
      ))}
    </Flex>
  );
}

/** People the caller may see: search by name, filter by unit, each with the posts they hold today. */
export function PeoplePage() {
  const { t, lang } = useI18n();
  const me = useSignedInMe();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const [text, setText] = useState(params.get('q') ?? '');
  const q = useDebouncedValue(text.trim(), 300);
  const unitId = params.get('unitId') ?? undefined;
  const people = usePeople({ q: q || undefined, unitId });
  const [creating, setCreating] = useState(false);
  const narrow = !(Grid.useBreakpoint().sm ?? true);

  const setParam = (key: string, value: string | undefined) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };

  return (
    <>
      <PageHeader
        title={t('people.title')}
        extra={
          // No per-caller "create person" ability exists yet; administrators always may.
          me.abilities.manageUsers ? (
            <Button
              type="primary"
              icon={<PlusOutlined aria-hidden="true" />}
              onClick={() => setCreating(true)}
            >
              {t('people.add')}
            </Button>
          ) : undefined
        }
      />
      <Card>
        <Form layout="vertical" role="search">
          <Flex wrap gap={16}>
            <Form.Item
              label={t('people.searchLabel')}
              htmlFor="people-q"
              style={{ flex: '1 1 260px', marginBottom: 16 }}
            >
              <Input.Search
                id="people-q"
                placeholder={t('people.searchPlaceholder')}
                allowClear
                value={text}
                onChange={(e) => {
                  setText(e.target.value);
                  setParam('q', e.target.value.trim() || undefined);
                }}
              />
            </Form.Item>
            <Form.Item
              label={t('people.unitFilter')}
              htmlFor="people-unit"
              style={{ flex: '1 1 260px', marginBottom: 16 }}
            >
              <UnitPicker
                id="people-unit"
                value={unitId}
                onChange={(v) => setParam('unitId', v)}
                placeholder={t('people.unitFilterPlaceholder')}
              />
            </Form.Item>
          </Flex>
        </Form>
        {people.isError ? (
          <QueryError error={people.error} onRetry={() => people.refetch()} />
        ) : (
          <>
            <Typography.Paragraph type="secondary" aria-live="polite" style={{ marginBottom: 8 }}>
              {people.data
                ? people.data.length >= PEOPLE_PAGE
                  ? t('people.limitHint', { count: formatNumber(PEOPLE_PAGE, lang) })
                  : t('people.count', { count: formatNumber(people.data.length, lang) })
                : t('common.loading')}
            </Typography.Paragraph>
            <Table<PersonDto>
              rowKey="id"
              loading={people.isPending || (people.isFetching && people.isPlaceholderData)}
              dataSource={people.data ?? []}
              sticky
              size="middle"
              pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
              locale={{ emptyText: t('people.empty') }}
              columns={[
                {
                  key: 'name',
                  title: t('people.fullName'),
                  width: narrow ? undefined : 240,
                  defaultSortOrder: 'ascend',
                  sorter: (a, b) => compareVi(a.fullName, b.fullName),
                  render: (_, p) =>
                    narrow ? (
                      <>
                        <Link to={`/people/${p.id}`} style={{ fontWeight: 500 }}>
                          {p.fullName}
                        </Link>
                        <CurrentPosts person={p} />
                      </>
                    ) : (
                      <Link to={`/people/${p.id}`}>{p.fullName}</Link>
                    ),
                },
                ...(narrow
                  ? []
                  : [
                      {
                        key: 'posts',
                        title: t('people.currentPosts'),
                        sorter: (a: PersonDto, b: PersonDto) =>
                          compareVi(a.currentPosts[0]?.postTitle, b.currentPosts[0]?.postTitle),
                        render: (_: unknown, p: PersonDto) => <CurrentPosts person={p} />,
                      },
                    ]),
              ]}
            />
          </>
        )}
      </Card>
      <PersonFormModal
        open={creating}
        onClose={(created) => {
          setCreating(false);
          if (created) navigate(`/people/${created.id}`);
        }}
      />
    </>
  );
}
