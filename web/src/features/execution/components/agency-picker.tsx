import { useQuery } from '@tanstack/react-query';
import { Select, Spin } from 'antd';
import { useMemo, useState } from 'react';
import type { SupportAgencyDto } from '../../../../../contracts/support.ts';
import type { UnitDto } from '../../../../../contracts/units.ts';
import { useI18n } from '../../../i18n/i18n.tsx';
import { apiGet } from '../../../lib/api-client.ts';
import { compareVi } from '../../../lib/format.ts';
import { useDebouncedValue } from '../../../lib/use-debounced-value.ts';

export type UnitOption = { id: string; name: string };

type Props = {
  id?: string;
  value?: string;
  onChange?: (value: string | undefined) => void;
  /** Agencies named on the task (coordinating units, support providers): listed before any search. */
  suggestions: UnitOption[];
  excludeIds?: string[];
  'aria-describedby'?: string;
};

/**
 * Picks the functional agency a request goes to: the agencies named on the task first, then
 * any unit the caller can find by name or code.
 */
export function AgencyPicker({ suggestions, excludeIds = [], ...props }: Props) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  // A unit picked from a search stays listed after the search text changes.
  const [picked, setPicked] = useState<UnitOption | null>(null);
  const q = useDebouncedValue(text.trim(), 300);
  const search = useQuery({
    queryKey: ['units', 'search', q],
    queryFn: ({ signal }) => apiGet<{ items: UnitDto[] }>('/units', { q, limit: 30 }, signal),
    enabled: q.length > 0,
  });
  // Agencies with someone to answer, listed for every head (they often lie outside the head's tree).
  const agencies = useQuery({
    queryKey: ['support-agencies'],
    queryFn: ({ signal }) => apiGet<{ items: SupportAgencyDto[] }>('/support-agencies', undefined, signal),
    staleTime: 5 * 60_000,
  });
  const options = useMemo(() => {
    const seen = new Set(excludeIds);
    const pick = (units: UnitOption[]) =>
      units
        .filter((u) => {
          if (seen.has(u.id)) return false;
          seen.add(u.id);
          return true;
        })
        .sort((a, b) => compareVi(a.name, b.name))
        .map((u) => ({ value: u.id, label: u.name }));
    const suggested = pick([...suggestions, ...(picked && picked.id === props.value ? [picked] : [])]);
    const typed = text.trim().toLocaleLowerCase('vi');
    const answering = pick(
      (agencies.data?.items ?? []).filter(
        (a) =>
          !typed || a.name.toLocaleLowerCase('vi').includes(typed) || a.code.toLowerCase().includes(typed),
      ),
    );
    const found = pick((search.data?.items ?? []).map((u) => ({ id: u.id, name: u.name })));
    return [
      ...(suggested.length ? [{ label: t('request.agencySuggested'), options: suggested }] : []),
      ...(answering.length ? [{ label: t('request.agencyAnswering'), options: answering }] : []),
      ...(found.length ? [{ label: t('request.agencyFound'), options: found }] : []),
    ];
  }, [suggestions, excludeIds, search.data, agencies.data, text, t, picked, props.value]);

  return (
    <Select
      {...props}
      onChange={(next: string | undefined, option) => {
        const label = option && !Array.isArray(option) ? String(option.label ?? '') : '';
        setPicked(next ? { id: next, name: label } : null);
        props.onChange?.(next);
      }}
      showSearch={{ filterOption: false, onSearch: setText }}
      allowClear
      options={options}
      placeholder={t('request.agencyPlaceholder')}
      notFoundContent={search.isFetching ? <Spin size="small" /> : t('request.agencyNone')}
      style={{ width: '100%' }}
    />
  );
}
