import { useMemo } from 'react';
import type { UnitDto } from '../../../contracts/units.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { unitKindLabel } from '../i18n/labels.ts';
import { apiGet } from '../lib/api-client.ts';
import { type RemoteOption, type RemoteSearch, RemoteSelect } from './remote-select.tsx';

type Props = {
  id?: string;
  value?: string;
  onChange?: (value: string | undefined, option?: RemoteOption) => void;
  placeholder?: string;
  /** Leaves these units out (e.g. the unit being moved). */
  excludeIds?: string[];
  initialOption?: RemoteOption;
  status?: 'error';
  'aria-label'?: string;
  'aria-describedby'?: string;
};

/** Picks a unit the caller may see, searching by name or code (GET /api/units?q=). */
export function UnitPicker({ excludeIds, ...props }: Props) {
  const { t } = useI18n();
  const excluded = (excludeIds ?? []).join(',');
  const search = useMemo<RemoteSearch<UnitDto>>(
    () => ({
      key: (q) => ['units', 'search', q],
      fetch: async (q, signal) =>
        (await apiGet<{ items: UnitDto[] }>('/units', { q, limit: 50 }, signal)).items,
      keep: (u) => !excluded.split(',').includes(u.id),
      toOption: (u) => ({ value: u.id, label: u.name, hint: `${unitKindLabel(t, u.kind)} · ${u.code}` }),
    }),
    [t, excluded],
  );
  return <RemoteSelect {...props} search={search} />;
}
