import { Card, Empty, Timeline } from 'antd';
import type { UnitDetailDto } from '../../../../../contracts/units.ts';
import { useI18n } from '../../../i18n/i18n.tsx';
import { formatDate } from '../../../lib/format.ts';

type UnitEvent = UnitDetailDto['events'][number];

function useDescribe() {
  const { t } = useI18n();
  return (e: UnitEvent): string => {
    const d = e.details as Record<string, unknown>;
    switch (e.kind) {
      case 'created':
        return t('event.created', { name: String(d.name ?? '') });
      case 'renamed':
        return t('event.renamed', { from: String(d.from ?? ''), to: String(d.to ?? '') });
      case 'moved':
        return t('event.moved');
      case 'closed':
        return d.reason ? t('event.closedReason', { reason: String(d.reason) }) : t('event.closed');
      default:
        return e.kind;
    }
  };
}

/** The unit's lineage: founded, renamed, moved, closed, with dates. */
export function UnitEventsCard({ unit }: { unit: UnitDetailDto }) {
  const { t } = useI18n();
  const describeEvent = useDescribe();
  const events = [...unit.events].sort((a, b) => b.effectiveOn.localeCompare(a.effectiveOn));
  return (
    <Card title={<h2 className="card-title">{t('unit.events')}</h2>}>
      {events.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('unit.eventsEmpty')} />
      ) : (
        <Timeline
          items={events.map((e) => ({
            key: e.id,
            color: e.kind === 'closed' ? 'gray' : 'blue',
            content: (
              <>
                <div style={{ fontWeight: 600 }}>{formatDate(e.effectiveOn)}</div>
                <div>{describeEvent(e)}</div>
              </>
            ),
          }))}
        />
      )}
    </Card>
  );
}
