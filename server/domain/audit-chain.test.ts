import { describe, expect, it } from 'vitest';
import {
  type AuditFields,
  type ChainedEvent,
  canonicalJson,
  eventHash,
  verifyEntityChain,
} from './audit-chain.ts';

function chain(n: number): ChainedEvent[] {
  const out: ChainedEvent[] = [];
  for (let i = 1; i <= n; i++) {
    const fields: AuditFields = {
      seq: i,
      at: `2026-01-0${i}T00:00:00.000Z`,
      actorUserId: 'u1',
      onBehalfOfUserId: null,
      action: 'unit.update',
      entityType: 'unit',
      entityId: 'U',
      before: { name: `v${i - 1}` },
      after: { name: `v${i}` },
      requestId: null,
    };
    const prevHash = out.length ? out[out.length - 1].hash : null;
    out.push({ ...fields, id: i, prevHash, hash: eventHash(prevHash, fields) });
  }
  return out;
}

describe('audit hash chain', () => {
  it('serializes objects with sorted keys at every level so equal content hashes equally', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { f: 2, e: 1 }], c: null } })).toBe(
      '{"a":{"c":null,"d":[1,{"e":1,"f":2}]},"b":1}',
    );
    expect(canonicalJson({ a: undefined, b: 1 })).toBe('{"b":1}');
  });

  it('accepts an intact chain', () => {
    expect(verifyEntityChain(chain(4))).toBeNull();
  });

  it('names the first event whose content was altered', () => {
    const events = chain(4);
    events[1] = { ...events[1], after: { name: 'forged' } };
    expect(verifyEntityChain(events)).toMatchObject({
      eventId: 2,
      seq: 2,
      reason: 'content does not match its hash',
    });
  });

  it('detects an event removed from the middle of a chain', () => {
    const events = chain(4);
    events.splice(2, 1);
    expect(verifyEntityChain(events)).toMatchObject({ eventId: 4, reason: 'missing event: expected seq 3' });
  });

  it('detects an event re-hashed after alteration by its broken link to the next one', () => {
    const events = chain(3);
    const { id, prevHash, hash: _h, ...fields } = events[0];
    const forged = { ...fields, after: { name: 'forged' } };
    events[0] = { ...forged, id, prevHash, hash: eventHash(prevHash, forged) };
    expect(verifyEntityChain(events)).toMatchObject({
      eventId: 2,
      reason: 'prev_hash does not match the previous event',
    });
  });
});
