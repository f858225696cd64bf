import type { UnitDetailDto, UnitDto } from '../../../contracts/units.ts';
import type { UnitRow } from '../../db/repositories/units.ts';
import { type Actor, unitAbilities } from '../../domain/permissions.ts';
import type { getUnit } from '../../services/units/get-unit.ts';

/** A unit as the API shows it, with the caller's abilities on it. */
export function presentUnit(actor: Actor, unit: UnitRow, childCount?: number): UnitDto {
  return {
    id: unit.id,
    kind: unit.kind,
    code: unit.code,
    name: unit.name,
    shortName: unit.shortName,
    parentId: unit.parentId,
    depth: unit.depth,
    openedOn: unit.openedOn,
    closedOn: unit.closedOn,
    version: unit.version,
    ...(childCount === undefined ? {} : { childCount }),
    abilities: unitAbilities(actor, unit),
  };
}

/** A unit's page. */
export function presentUnitDetail(actor: Actor, d: Awaited<ReturnType<typeof getUnit>>): UnitDetailDto {
  return {
    ...presentUnit(actor, d.unit),
    ancestors: d.ancestors.map((a) => ({ id: a.id, name: a.name, kind: a.kind, readable: a.readable })),
    head: d.head,
    posts: d.posts.map((p) => ({
      id: p.id,
      unitId: p.unitId,
      title: p.title,
      isHead: p.isHead,
      version: p.version,
      terms: p.terms.map((t) => ({
        id: t.id,
        postId: t.postId,
        personId: t.personId,
        personName: t.personName,
        startOn: t.startOn,
        endOn: t.endOn,
        decisionRef: t.decisionRef,
        version: t.version,
      })),
    })),
    events: d.events.map((e) => ({
      id: e.id,
      kind: e.kind,
      effectiveOn: e.effectiveOn,
      details: e.details as Record<string, unknown>,
    })),
    subtreeSize: d.subtreeSize,
  };
}
