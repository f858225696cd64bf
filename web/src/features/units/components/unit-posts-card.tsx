import { PlusOutlined, UserAddOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, Grid, List, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import type { PostDto, TermDto, UnitDetailDto } from '../../../../../contracts/units.ts';
import { useI18n } from '../../../i18n/i18n.tsx';
import { compareVi, formatDate } from '../../../lib/format.ts';

type Props = {
  unit: UnitDetailDto;
  onAddPost: () => void;
  onAppoint: (post: PostDto) => void;
  onEndTerm: (term: TermDto) => void;
};

function TermLine({ term, canEnd, onEnd }: { term: TermDto; canEnd: boolean; onEnd: () => void }) {
  const { t } = useI18n();
  const to = term.endOn ? formatDate(term.endOn) : t('common.present');
  return (
    <Flex wrap gap={8} align="center" className="term-line">
      <Link to={`/people/${term.personId}`}>{term.personName}</Link>
      <Typography.Text type="secondary">
        {t('post.termRange', { from: formatDate(term.startOn), to })}
      </Typography.Text>
      {term.decisionRef && (
        <Typography.Text type="secondary">· {t('post.decision', { ref: term.decisionRef })}</Typography.Text>
      )}
      {canEnd && !term.endOn && (
        <Button size="small" onClick={onEnd}>
          {t('action.endTerm')}
        </Button>
      )}
    </Flex>
  );
}

function PostTerms({
  post,
  manage,
  onEndTerm,
}: {
  post: PostDto;
  manage: boolean;
  onEndTerm: (term: TermDto) => void;
}) {
  const { t } = useI18n();
  const terms = [...post.terms].sort((a, b) => b.startOn.localeCompare(a.startOn));
  const current = terms.some((term) => !term.endOn);
  return (
    <Flex vertical gap={4} align="flex-start">
      {!current && <Tag>{t('post.vacant')}</Tag>}
      {terms.length === 0 && <Typography.Text type="secondary">{t('post.noTerms')}</Typography.Text>}
      {terms.map((term) => (
        <TermLine key={term.id} term={term} canEnd={manage} onEnd={() => onEndTerm(term)} />
      ))}
    </Flex>
  );
}

/** The unit's posts: who holds each today and everyone who held it, with dates; appoint and end terms by abilities. */
export function UnitPostsCard({ unit, onAddPost, onAppoint, onEndTerm }: Props) {
  const { t } = useI18n();
  const manage = unit.abilities.managePosts && !unit.closedOn;
  const narrow = !(Grid.useBreakpoint().md ?? true);
  const posts = [...unit.posts].sort(
    (a, b) => Number(b.isHead) - Number(a.isHead) || compareVi(a.title, b.title),
  );
  return (
    <Card
      title={<h2 className="card-title">{t('unit.posts')}</h2>}
      extra={
        manage ? (
          <Button icon={<PlusOutlined aria-hidden="true" />} onClick={onAddPost}>
            {t('action.addPost')}
          </Button>
        ) : undefined
      }
    >
      {posts.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('unit.postsEmpty')} />
      ) : narrow ? (
        <List
          dataSource={posts}
          rowKey="id"
          renderItem={(post) => (
            <List.Item>
              <Flex vertical gap={6} style={{ width: '100%' }}>
                <div>
                  <div style={{ fontWeight: 600 }}>{post.title}</div>
                  {post.isHead && <Tag color="blue">{t('post.isHeadTag')}</Tag>}
                </div>
                <PostTerms post={post} manage={manage} onEndTerm={onEndTerm} />
                {manage && (
                  <div>
                    <Button
                      size="small"
                      type="primary"
                      ghost
                      icon={<UserAddOutlined aria-hidden="true" />}
                      onClick={() => onAppoint(post)}
                    >
                      {t('action.appoint')}
                    </Button>
                  </div>
                )}
              </Flex>
            </List.Item>
          )}
        />
      ) : (
        <Table<PostDto>
          rowKey="id"
          dataSource={posts}
          pagination={false}
          sticky
          size="middle"
          scroll={{ x: 640 }}
          columns={[
            {
              key: 'title',
              title: t('post.title'),
              width: 260,
              sorter: (a, b) => compareVi(a.title, b.title),
              render: (_, post) => (
                <div>
                  <div style={{ fontWeight: 500 }}>{post.title}</div>
                  {post.isHead && <Tag color="blue">{t('post.isHeadTag')}</Tag>}
                </div>
              ),
            },
            {
              key: 'terms',
              title: t('post.terms'),
              render: (_, post) => <PostTerms post={post} manage={manage} onEndTerm={onEndTerm} />,
            },
            ...(manage
              ? [
                  {
                    key: 'actions',
                    title: t('common.actions'),
                    width: 140,
                    render: (_: unknown, post: PostDto) => (
                      <Button
                        size="small"
                        type="primary"
                        ghost
                        icon={<UserAddOutlined aria-hidden="true" />}
                        onClick={() => onAppoint(post)}
                      >
                        {t('action.appoint')}
                      </Button>
                    ),
                  },
                ]
              : []),
          ]}
        />
      )}
    </Card>
  );
}
