import { CrownOutlined } from '@ant-design/icons';
import { Card, Typography } from 'antd';
import { Link } from 'react-router';
import type { UnitDetailDto } from '../../../../../contracts/units.ts';
import { useI18n } from '../../../i18n/i18n.tsx';
import { formatDate } from '../../../lib/format.ts';

/** Who heads the unit today (Người đứng đầu), or why nobody does. */
export function UnitHeadCard({ unit }: { unit: UnitDetailDto }) {
  const { t } = useI18n();
  const { head } = unit;
  return (
    <section aria-labelledby="unit-head-title" data-testid="unit-head-card">
      <Card
        className="unit-head-card"
        title={
          <h2 className="card-title" id="unit-head-title">
            <CrownOutlined aria-hidden="true" style={{ color: '#1f4e8c', marginInlineEnd: 8 }} />
            {t('unit.head')}
          </h2>
        }
        style={{ height: '100%' }}
      >
        {head ? (
          <div data-testid="unit-head">
            <Link to={`/people/${head.personId}`} style={{ fontSize: 18, fontWeight: 600 }}>
              {head.fullName}
            </Link>
            <div>{head.postTitle}</div>
            <Typography.Text type="secondary">
              {t('unit.headSince', { date: formatDate(head.since) })}
            </Typography.Text>
          </div>
        ) : (
          <div data-testid="unit-head-empty">
            <Typography.Paragraph style={{ marginBottom: 4 }}>{t('unit.headEmpty')}</Typography.Paragraph>
            {unit.abilities.managePosts && !unit.closedOn && (
              <Typography.Text type="secondary">{t('unit.headEmptyAction')}</Typography.Text>
            )}
          </div>
        )}
      </Card>
    </section>
  );
}
