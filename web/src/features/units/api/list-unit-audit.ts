import { useQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client.ts';

export type AuditEvent = {
  id: number;
  seq: number;
  at: string;
  actorUserId: string | null;
  onBehalfOfUserId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
};

/** The audit trail of a unit, newest first (admins over it). */
export async function listUnitAudit(unitId: string): Promise<AuditEvent[]> {
  const { items } = await apiGet<{ items: AuditEvent[] }>('/audit', { entityType: 'unit', entityId: unitId });
  return items;
}

/** A unit's audit trail, fetched only when shown. */
export function useUnitAudit(unitId: string, enabled: boolean) {
  return useQuery({ queryKey: ['units', 'audit', unitId], queryFn: () => listUnitAudit(unitId), enabled });
}
