import { Select } from 'antd';
import { KNOWN_UNIT_KINDS } from '../../../../../contracts/common.ts';
import { useI18n } from '../../../i18n/i18n.tsx';
import { unitKindLabel } from '../../../i18n/labels.ts';

/** Picks a unit kind among the known ones (a unit's own unknown kind stays selectable). */
export function KindSelect({
  id,
  value,
  onChange,
  currentKind,
}: {
  id?: string;
  value?: string;
  onChange?: (v: string) => void;
  currentKind?: string;
}) {
  const { t } = useI18n();
  const kinds: string[] = [...KNOWN_UNIT_KINDS];
  if (currentKind && !kinds.includes(currentKind)) kinds.push(currentKind);
  return (
    <Select
      id={id}
      value={value}
      onChange={onChange}
      showSearch={{ optionFilterProp: 'label' }}
      options={kinds.map((k) => ({ value: k, label: unitKindLabel(t, k) }))}
    />
  );
}
