import { useQuery } from '@tanstack/react-query';
import { Select, Spin } from 'antd';
import { type ReactNode, useMemo, useState } from 'react';
import { useI18n } from '../i18n/i18n.tsx';
import { useDebouncedValue } from '../lib/use-debounced-value.ts';

export type RemoteOption = { value: string; label: string; hint?: ReactNode };

/** How a picker searches: the cache key and fetch for a text, and how results become options. */
export type RemoteSearch<T> = {
  key: (text: string) => readonly unknown[];
  fetch: (text: string, signal: AbortSignal) => Promise<T[]>;
  toOption: (item: T) => RemoteOption;
  /** Leaves some results out (the cache keeps them all). */
  keep?: (item: T) => boolean;
  /** Search with an empty text too (e.g. the first people); otherwise wait for typing. */
  searchEmpty?: boolean;
};

type Props<T> = {
  id?: string;
  value?: string;
  onChange?: (value: string | undefined, option?: RemoteOption) => void;
  placeholder?: string;
  search: RemoteSearch<T>;
  /** The label of the current value when it is not among the search results (e.g. preset). */
  initialOption?: RemoteOption;
  allowClear?: boolean;
  status?: 'error';
  'aria-label'?: string;
  'aria-describedby'?: string;
};

/** A select that searches the server as the user types, showing a hint (kind, posts…) under each option. */
export function RemoteSelect<T>({
  id,
  value,
  onChange,
  placeholder,
  search,
  initialOption,
  allowClear = true,
  status,
  ...aria
}: Props<T>) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const q = useDebouncedValue(text, 250).trim();
  const query = useQuery({
    queryKey: search.key(q),
    queryFn: ({ signal }) => search.fetch(q, signal),
    enabled: q.length > 0 || Boolean(search.searchEmpty),
  });
  const [picked, setPicked] = useState<RemoteOption | undefined>(initialOption);
  const shown = useMemo(() => {
    const list = (query.data ?? []).filter((item) => search.keep?.(item) ?? true).map(search.toOption);
    const current =
      picked?.value === value ? picked : initialOption?.value === value ? initialOption : undefined;
    if (current && !list.some((o) => o.value === current.value)) list.unshift(current);
    return list;
  }, [query.data, search, picked, initialOption, value]);

  return (
    <Select
      id={id}
      aria-label={aria['aria-label']}
      aria-describedby={aria['aria-describedby']}
      status={status}
      showSearch={{ filterOption: false, onSearch: setText }}
      value={value}
      placeholder={placeholder}
      allowClear={allowClear}
      style={{ width: '100%' }}
      notFoundContent={query.isFetching ? <Spin size="small" description={t('common.loading')} /> : undefined}
      onChange={(next: string | undefined) => {
        const option = shown.find((o) => o.value === next);
        setPicked(option);
        onChange?.(next, option);
      }}
      options={shown.map((o) => ({ value: o.value, label: o.label, title: o.label, hint: o.hint }))}
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
