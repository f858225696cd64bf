import { useQuery } from '@tanstack/react-query';
import { Select, Spin } from 'antd';
import { useMemo, useState } from 'react';
import type { UnitDto } from '../../../contracts/units.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { unitKindLabel } from '../i18n/labels.ts';
import { apiGet } from '../lib/api-client.ts';
import { useDebouncedValue } from '../lib/use-debounced-value.ts';

export type UnitRef = { id: string; name: string };

type Props = {
  id?: string;
  value?: UnitRef[];
  onChange?: (value: UnitRef[]) => void;
  placeholder?: string;
  status?: 'error';
  'aria-label'?: string;
  'aria-describedby'?: string;
};

/** Picks several units the caller may see (e.g. coordinating units), searching by name or code. */
export function UnitMultiPicker({ id, value = [], onChange, placeholder, status, ...aria }: Props) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const q = useDebouncedValue(text, 250).trim();
  const query = useQuery({
    queryKey: ['units', 'search', q],
    queryFn: async ({ signal }) =>
      (await apiGet<{ items: UnitDto[] }>('/units', { q, limit: 50 }, signal)).items,
    enabled: q.length > 0,
  });
  const options = useMemo(() => {
    const found = (query.data ?? []).map((u) => ({
      value: u.id,
      label: u.name,
      hint: `${unitKindLabel(t, u.kind)} · ${u.code}`,
    }));
    const picked = value.filter((v) => !found.some((f) => f.value === v.id));
    return [...picked.map((v) => ({ value: v.id, label: v.name, hint: '' })), ...found];
  }, [query.data, value, t]);

  return (
    <Select
      id={id}
      mode="multiple"
      labelInValue
      aria-label={aria['aria-label']}
      aria-describedby={aria['aria-describedby']}
      status={status}
      style={{ width: '100%' }}
      placeholder={placeholder}
      value={value.map((v) => ({ value: v.id, label: v.name }))}
      showSearch={{ filterOption: false, onSearch: setText }}
      onChange={(next: { value: string; label: unknown }[]) =>
        onChange?.(
          next.map((n) => ({
            id: n.value,
            name: options.find((o) => o.value === n.value)?.label ?? String(n.label ?? ''),
          })),
        )
      }
      notFoundContent={query.isFetching ? <Spin size="small" description={t('common.loading')} /> : null}
      options={options.map((o) => ({ value: o.value, label: o.label, hint: o.hint }))}
      optionRender={(option) => (
        <div>
          <div style={{ whiteSpace: 'normal' }}>{option.label}</div>
          {option.data.hint && (
            <div style={{ fontSize: 12, color: 'rgba(0,0,0,0.62)', whiteSpace: 'normal' }}>
              {option.data.hint}
            </div>
          )}
        </div>
      )}
    />
  );
}
