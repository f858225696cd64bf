import { Input } from 'antd';
import { useState } from 'react';
import { useI18n } from '../../../i18n/i18n.tsx';
import { useDebouncedValue } from '../../../lib/use-debounced-value.ts';
import styles from './organisation-page.module.css';
import { UnitSearchResults } from './unit-search-results.tsx';
import { UnitTree } from './unit-tree.tsx';

type Props = {
  selectedId?: string;
  ancestorIds: string[];
  onSelected?: () => void;
  /** Scroll the tree inside its own panel, keeping the search box in view (desktop side panel). */
  ownScroll?: boolean;
};

/** The search box over the tree: with text, the matches; without, the tree. */
export function UnitNavigator({ selectedId, ancestorIds, onSelected, ownScroll }: Props) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const q = useDebouncedValue(text, 300);
  return (
    <>
      <search>
        <Input.Search
          aria-label={t('org.searchLabel')}
          placeholder={t('org.searchPlaceholder')}
          allowClear
          value={text}
          onChange={(e) => setText(e.target.value)}
          onSearch={setText}
          style={{ marginBottom: 12 }}
          enterButton={false}
        />
      </search>
      <div className={ownScroll ? styles.treeScroll : undefined}>
        {q.trim() ? (
          <UnitSearchResults q={q} onSelected={onSelected} />
        ) : (
          <UnitTree selectedId={selectedId} ancestorIds={ancestorIds} onSelected={onSelected} />
        )}
      </div>
    </>
  );
}
