import { describe, expect, it } from 'vitest';
import type { AppError } from './app-error.ts';
import {
  assertCanClose,
  assertCanMove,
  childPath,
  isInSubtree,
  isOpenAt,
  pathIds,
  rebasePath,
  type UnitNode,
} from './org-tree.ts';

const node = (path: string, extra: Partial<UnitNode> = {}): UnitNode => {
  const ids = pathIds(path);
  return {
    id: ids[ids.length - 1],
    parentId: ids[ids.length - 2] ?? null,
    path,
    openedOn: '2020-01-01',
    closedOn: null,
    ...extra,
  };
};
const code = (fn: () => void) => {
  try {
    fn();
    return null;
  } catch (e) {
    return (e as AppError).code;
  }
};

describe('organisation tree', () => {
  it('builds a child path from the parent path and the child id', () => {
    expect(childPath(null, 'r')).toBe('/r/');
    expect(childPath(node('/r/a/'), 'b')).toBe('/r/a/b/');
  });

  it('treats a unit as inside its own subtree and inside every ancestor, but not a sibling', () => {
    expect(isInSubtree(node('/r/a/'), node('/r/a/'))).toBe(true);
    expect(isInSubtree(node('/r/a/b/'), node('/r/'))).toBe(true);
    expect(isInSubtree(node('/r/ab/'), node('/r/a/'))).toBe(false);
    expect(isInSubtree(node('/r/'), node('/r/a/'))).toBe(false);
  });

  it.each([
    ['under itself', '/r/a/', '/r/a/', 'unit_cycle'],
    ['under its child', '/r/a/', '/r/a/b/', 'unit_cycle'],
    ['under a deep descendant', '/r/a/', '/r/a/b/c/d/', 'unit_cycle'],
    ['under a sibling', '/r/a/', '/r/b/', null],
    ['under the root', '/r/a/b/', '/r/', null],
  ])('moving a unit %s answers %s', (_, unit, parent, expected) => {
    expect(code(() => assertCanMove(node(unit), node(parent)))).toBe(expected);
  });

  it('refuses moving a unit under a closed parent', () => {
    expect(code(() => assertCanMove(node('/r/a/'), node('/r/b/', { closedOn: '2025-07-01' })))).toBe(
      'unit_closed',
    );
  });

  it('refuses closing a unit that still has open children, or closing it before it opened, or twice', () => {
    expect(code(() => assertCanClose(node('/r/a/'), '2025-07-01', 2))).toBe('unit_has_open_children');
    expect(code(() => assertCanClose(node('/r/a/'), '2019-12-31', 0))).toBe('invalid_date_range');
    expect(code(() => assertCanClose(node('/r/a/', { closedOn: '2025-07-01' }), '2025-08-01', 0))).toBe(
      'unit_closed',
    );
    expect(code(() => assertCanClose(node('/r/a/'), '2025-07-01', 0))).toBeNull();
  });

  it('knows whether a unit is open on a date, the closing day excluded', () => {
    const u = node('/r/', { openedOn: '2020-01-01', closedOn: '2025-07-01' });
    expect(isOpenAt(u, '2019-12-31')).toBe(false);
    expect(isOpenAt(u, '2020-01-01')).toBe(true);
    expect(isOpenAt(u, '2025-06-30')).toBe(true);
    expect(isOpenAt(u, '2025-07-01')).toBe(false);
  });

  it('rebases a descendant path onto a new ancestor path', () => {
    expect(rebasePath('/r/a/b/c/', '/r/a/', '/r/x/a/')).toBe('/r/x/a/b/c/');
    expect(() => rebasePath('/r/z/', '/r/a/', '/r/x/a/')).toThrow();
  });
});
