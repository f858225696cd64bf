import { AppError } from './app-error.ts';

/**
 * The organisation tree: units of any depth. A unit's `path` lists the ids of
 * its ancestors and itself, root first, as "/a/b/c/" so that a subtree is a
 * prefix match. Levels are never hard-coded: `kind` is data.
 */
export type UnitNode = {
  id: string;
  parentId: string | null;
  path: string;
  openedOn: string;
  closedOn: string | null;
};

/** Builds the path of a unit placed under `parent` (or at the root). */
export function childPath(parent: Pick<UnitNode, 'path'> | null, id: string): string {
  return `${parent ? parent.path : '/'}${id}/`;
}

/** Ids on a path, root first. */
export function pathIds(path: string): string[] {
  return path.split('/').filter(Boolean);
}

/** True when `unit` is `ancestor` itself or lies in its subtree. */
export function isInSubtree(unit: Pick<UnitNode, 'path'>, ancestor: Pick<UnitNode, 'path'>): boolean {
  return unit.path.startsWith(ancestor.path);
}

/** A unit is open at `date` when it has opened and not yet closed. */
export function isOpenAt(unit: Pick<UnitNode, 'openedOn' | 'closedOn'>, date: string): boolean {
  return unit.openedOn <= date && (unit.closedOn === null || date < unit.closedOn);
}

/** Refuses a move that would put a unit under itself or its own descendant. */
export function assertCanMove(unit: UnitNode, newParent: UnitNode | null): void {
  if (newParent && isInSubtree(newParent, unit))
    throw new AppError('unit_cycle', {}, [{ field: 'parentId', code: 'unit_cycle' }]);
  if (newParent?.closedOn)
    throw new AppError('unit_closed', {}, [{ field: 'parentId', code: 'unit_closed' }]);
}

/** Refuses a child under a closed parent and dates out of order. */
export function assertCanCreateUnder(parent: UnitNode | null, openedOn: string): void {
  if (parent?.closedOn && parent.closedOn <= openedOn) {
    throw new AppError('unit_closed', {}, [{ field: 'parentId', code: 'unit_closed' }]);
  }
}

/** Refuses closing a unit that still has open children, or closing before it opened. */
export function assertCanClose(unit: UnitNode, closedOn: string, openChildren: number): void {
  if (unit.closedOn) throw new AppError('unit_closed', {}, [{ field: 'closedOn', code: 'unit_closed' }]);
  if (closedOn < unit.openedOn) {
    throw new AppError('invalid_date_range', {}, [{ field: 'closedOn', code: 'invalid_date_range' }]);
  }
  if (openChildren > 0) throw new AppError('unit_has_open_children', { count: openChildren });
}

/** Rewrites a descendant's path when its ancestor moves from `oldPrefix` to `newPrefix`. */
export function rebasePath(path: string, oldPrefix: string, newPrefix: string): string {
  if (!path.startsWith(oldPrefix)) throw new Error(`path ${path} is not under ${oldPrefix}`);
  return newPrefix + path.slice(oldPrefix.length);
}
