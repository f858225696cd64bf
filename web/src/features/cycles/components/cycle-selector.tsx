import { CalendarOutlined } from '@ant-design/icons';
import { Select } from 'antd';
import { useCycleChoice } from '../../../components/cycle-choice.tsx';
import { useI18n } from '../../../i18n/i18n.tsx';
import { useCurrentCycle } from '../api/list-cycles.ts';

/** The cycle every screen works in, in the top bar; the choice is remembered on this device. */
export function CycleSelector({ compact }: { compact: boolean }) {
  const { t } = useI18n();
  const { setCycleId } = useCycleChoice();
  const { cycle, cycles, query } = useCurrentCycle();
  if (query.isError || (query.isSuccess && cycles.length === 0)) return null;
  return (
    <Select
      aria-label={t('cycle.selector')}
      data-testid="cycle-selector"
      loading={query.isPending}
      value={cycle?.id}
      onChange={setCycleId}
      prefix={compact ? undefined : <CalendarOutlined aria-hidden="true" />}
      style={{ width: compact ? 124 : 190, flex: 'none' }}
      popupMatchSelectWidth={false}
      // The bar shows the cycle's name; the list also names the unit that owns each cycle.
      labelRender={(o) => cycles.find((c) => c.id === o.value)?.name ?? o.label}
      options={cycles.map((c) => ({
        value: c.id,
        label: `${c.name} · ${c.ownerUnitName}`,
        title: `${c.name} · ${c.ownerUnitName}`,
      }))}
    />
  );
}
