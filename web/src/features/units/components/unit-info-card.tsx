import { Card, Descriptions } from 'antd';
import type { UnitDetailDto } from '../../../../../contracts/units.ts';
import { useI18n } from '../../../i18n/i18n.tsx';
import { unitKindLabel } from '../../../i18n/labels.ts';
import { formatDate, formatNumber } from '../../../lib/format.ts';

/** Code, kind, dates and size of a unit. */
export function UnitInfoCard({ unit }: { unit: UnitDetailDto }) {
  const { t, lang } = useI18n();
  const items = [
    { key: 'code', label: t('unit.code'), children: unit.code },
    { key: 'kind', label: t('unit.kind'), children: unitKindLabel(t, unit.kind) },
    ...(unit.shortName ? [{ key: 'short', label: t('unit.shortName'), children: unit.shortName }] : []),
    { key: 'opened', label: t('unit.openedOn'), children: formatDate(unit.openedOn) },
    ...(unit.closedOn
      ? [{ key: 'closed', label: t('unit.closedOn'), children: formatDate(unit.closedOn) }]
      : []),
    { key: 'size', label: t('unit.subtreeSize'), children: formatNumber(unit.subtreeSize, lang) },
  ];
  return (
    <Card title={<h2 className="card-title">{t('unit.info')}</h2>} style={{ height: '100%' }}>
      <Descriptions column={1} size="small" items={items} />
    </Card>
  );
}
