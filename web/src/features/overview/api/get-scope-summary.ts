import { useQuery } from '@tanstack/react-query';
import type { MeDto } from '../../../../../contracts/auth.ts';
import type { PersonDto } from '../../../../../contracts/people.ts';
import type { UnitDetailDto, UnitDto } from '../../../../../contracts/units.ts';
import { apiGet } from '../../../lib/api-client.ts';

const PEOPLE_CAP = 200;

export type ScopeSummary = {
  topUnits: UnitDetailDto[];
  unitCount: number;
  peopleCount: number;
  peopleCapped: boolean;
};

/** The caller's top units (with their subtree sizes) and how many units and people they reach. */
export async function getScopeSummary(me: MeDto): Promise<ScopeSummary> {
  const [{ items: tops }, { items: people }] = await Promise.all([
    apiGet<{ items: UnitDto[] }>('/units'),
    apiGet<{ items: PersonDto[] }>('/people', { limit: PEOPLE_CAP }),
  ]);
  const topUnits = await Promise.all(tops.map((u) => apiGet<UnitDetailDto>(`/units/${u.id}`)));
  // A grant without its subtree reaches the unit alone; with it, the whole subtree.
  const unitCount = topUnits.reduce((sum, u) => {
    const withSubtree = me.grants.some((g) => g.unitId === u.id && g.includeSubtree);
    return sum + (withSubtree ? u.subtreeSize : 1);
  }, 0);
  return { topUnits, unitCount, peopleCount: people.length, peopleCapped: people.length >= PEOPLE_CAP };
}

/** The overview's counts. */
export function useScopeSummary(me: MeDto) {
  return useQuery({ queryKey: ['overview', me.user.id], queryFn: () => getScopeSummary(me) });
}
