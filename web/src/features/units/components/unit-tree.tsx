import { LoadingOutlined, MinusSquareOutlined, PlusSquareOutlined } from '@ant-design/icons';
import { useQueries, useQueryClient } from '@tanstack/react-query';
import { Skeleton, Tag, Tree, type TreeDataNode } from 'antd';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import type { UnitDto } from '../../../../../contracts/units.ts';
import { QueryError } from '../../../components/query-error.tsx';
import { useI18n } from '../../../i18n/i18n.tsx';
import { compareVi } from '../../../lib/format.ts';
import { unitChildrenQuery } from '../api/list-unit-children.ts';

const ROOT = 'root';

type Props = {
  selectedId?: string;
  /** The selected unit's ancestors, top first: opened so the selection is visible. */
  ancestorIds: string[];
  onSelected?: () => void;
};

/** Brings a node into view inside its scrolling panel without moving the page itself. */
function scrollWithinContainer(el: Element) {
  let box = el.parentElement;
  while (box && !/(auto|scroll)/.test(getComputedStyle(box).overflowY)) box = box.parentElement;
  if (!box || box === document.body || box === document.documentElement) return;
  const r = el.getBoundingClientRect();
  const b = box.getBoundingClientRect();
  if (r.top < b.top) box.scrollTop -= b.top - r.top + 8;
  else if (r.bottom > b.bottom) box.scrollTop += r.bottom - b.bottom + 8;
}

/** The organisation tree, loading each level when it is opened (nodes with childCount 0 are leaves). */
export function UnitTree({ selectedId, ancestorIds, onSelected }: Props) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [opened, setOpened] = useState<string[]>([ROOT]);
  const [expandedKeys, setExpandedKeys] = useState<string[]>([]);

  const levels = useQueries({ queries: opened.map((id) => unitChildrenQuery(id === ROOT ? null : id)) });
  const childrenOf = new Map<string, UnitDto[]>();
  opened.forEach((id, i) => {
    const data = levels[i]?.data;
    if (data) childrenOf.set(id, data);
  });
  const rootLevel = levels[0];

  // Opens the path to the selected unit level by level, as each level arrives. Only nodes already
  // shown are used: ancestors above the caller's reach are in the path but not in the tree.
  const shown = new Set([...childrenOf.values()].flat().map((u) => u.id));
  const pathShown = [...ancestorIds, selectedId ?? ''].filter((id) => id && shown.has(id));
  const toLoad = pathShown.filter((id) => !opened.includes(id)).join('/');
  useEffect(() => {
    if (toLoad) setOpened((prev) => [...new Set([...prev, ...toLoad.split('/')])]);
  }, [toLoad]);
  // Expanded when the selection changes or a level of its path arrives; the user may still collapse them.
  const pathKey = pathShown.join('/');
  useEffect(() => {
    if (pathKey) setExpandedKeys((prev) => [...new Set([...prev, ...pathKey.split('/')])]);
  }, [pathKey]);

  // A caller with a single top unit (most heads) sees its children straight away.
  const soleRootId = rootLevel?.data?.length === 1 ? rootLevel.data[0].id : undefined;
  useEffect(() => {
    if (!soleRootId) return;
    setOpened((prev) => (prev.includes(soleRootId) ? prev : [...prev, soleRootId]));
    setExpandedKeys((prev) => (prev.includes(soleRootId) ? prev : [...prev, soleRootId]));
  }, [soleRootId]);

  // Rebuilt on every render: cheap for a province, and always in step with the cached levels.
  const build = (units: UnitDto[]): TreeDataNode[] =>
    [...units]
      .sort((a, b) => compareVi(a.name, b.name))
      .map((u) => {
        const children = childrenOf.get(u.id);
        return {
          key: u.id,
          title: (
            <span className={u.closedOn ? 'unit-tree-closed' : undefined}>
              {u.name}
              {u.closedOn && (
                <Tag style={{ marginInlineStart: 6 }} variant="filled">
                  {t('org.closedTag')}
                </Tag>
              )}
            </span>
          ),
          isLeaf: u.childCount === 0,
          children: children ? build(children) : undefined,
        };
      });
  const treeData = build(childrenOf.get(ROOT) ?? []);
  const dataKey = levels.map((l) => l.dataUpdatedAt).join(',');

  // Re-run when new levels arrive: the selected node may only now be rendered.
  // biome-ignore lint/correctness/useExhaustiveDependencies: dataKey is the trigger, not an input
  useEffect(() => {
    if (!selectedId) return;
    const timer = setTimeout(() => {
      const node = document.querySelector('.unit-tree .ant-tree-treenode-selected');
      if (node) scrollWithinContainer(node);
    }, 50);
    return () => clearTimeout(timer);
  }, [selectedId, dataKey]);

  if (rootLevel?.isPending) return <Skeleton active paragraph={{ rows: 6 }} />;
  if (rootLevel?.isError) return <QueryError error={rootLevel.error} onRetry={() => rootLevel.refetch()} />;
  if (treeData.length === 0) return <p>{t('org.treeEmpty')}</p>;

  return (
    <Tree
      className="unit-tree"
      aria-label={t('org.tree')}
      blockNode
      showLine
      // Icons hidden from assistive tech so a node's accessible name is just the unit's name.
      switcherIcon={({ expanded }) =>
        expanded ? <MinusSquareOutlined aria-hidden="true" /> : <PlusSquareOutlined aria-hidden="true" />
      }
      switcherLoadingIcon={<LoadingOutlined aria-hidden="true" />}
      treeData={treeData}
      expandedKeys={expandedKeys}
      onExpand={(keys) => setExpandedKeys(keys.map(String))}
      loadedKeys={[...childrenOf.keys()]}
      loadData={async (node) => {
        const id = String(node.key);
        await queryClient.ensureQueryData(unitChildrenQuery(id));
        setOpened((prev) => (prev.includes(id) ? prev : [...prev, id]));
      }}
      selectedKeys={selectedId ? [selectedId] : []}
      onSelect={(_keys, info) => {
        const id = String(info.node.key);
        navigate(`/units/${id}`);
        onSelected?.();
      }}
    />
  );
}
