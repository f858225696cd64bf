import { describe, expect, it } from 'vitest';
import {
  type AppraisalLineRecord,
  type CheckInRecord,
  effectiveCheckIns,
  toAppraisals,
  toCheckIns,
} from './records.ts';

const checkIn = (id: string, reportedOn: string, over: Partial<CheckInRecord> = {}): CheckInRecord => ({
  id,
  taskId: 't',
  reportedOn,
  value: '10',
  percent: null,
  submitsProduct: false,
  correctsId: null,
  createdAt: `${reportedOn}T01:00:00Z`,
  ...over,
});

const line = (appraisedOn: string, over: Partial<AppraisalLineRecord> = {}): AppraisalLineRecord => ({
  taskId: 't',
  appraisedOn,
  createdAt: `${appraisedOn}T01:00:00Z`,
  verifiedValue: null,
  verifiedFraction: null,
  progress: 'on_track',
  productDecision: null,
  acceptedCheckInId: null,
  exceeded: false,
  ...over,
});

describe('check-ins in force', () => {
  it('drops an entry once a later entry corrects it, and keeps the correction', () => {
    const rows = [
      checkIn('a', '2022-04-05'),
      checkIn('b', '2022-07-05'),
      checkIn('c', '2022-04-05', { correctsId: 'a', value: '11', createdAt: '2022-07-06T00:00:00Z' }),
    ];
    expect(effectiveCheckIns(rows).map((r) => r.id)).toEqual(['c', 'b']);
  });

  it('orders same-day entries by the time they were recorded', () => {
    const rows = [
      checkIn('late', '2022-04-05', { createdAt: '2022-04-05T09:00:00Z' }),
      checkIn('early', '2022-04-05', { createdAt: '2022-04-05T08:00:00Z' }),
    ];
    expect(effectiveCheckIns(rows).map((r) => r.id)).toEqual(['early', 'late']);
  });

  it('turns stored decimals into numbers for the status rules', () => {
    expect(toCheckIns([checkIn('a', '2022-04-05', { value: '12.50' })])).toEqual([
      { id: 'a', date: '2022-04-05', value: 12.5 },
    ]);
  });
});

describe('appraisal lines for the status rules', () => {
  it('counts an accepted product as the whole product, from the check-in that carried it', () => {
    const [a] = toAppraisals([
      line('2022-07-12', { productDecision: 'accepted', acceptedCheckInId: 'c1', exceeded: true }),
    ]);
    expect(a).toMatchObject({ appraisedFraction: 1, acceptedCheckInId: 'c1', exceeded: true, atRisk: false });
  });

  it('treats a returned product without a share as nothing accepted, undoing an earlier acceptance', () => {
    const lines = toAppraisals([
      line('2022-07-12', { productDecision: 'accepted' }),
      line('2022-10-12', { productDecision: 'returned' }),
    ]);
    expect(lines.map((l) => l.appraisedFraction)).toEqual([1, 0]);
  });

  it('keeps the verified share of a product not yet judged, and no share when only progress was judged', () => {
    const lines = toAppraisals([line('2022-07-12', { verifiedFraction: '0.6' }), line('2022-10-12')]);
    expect(lines.map((l) => l.appraisedFraction)).toEqual([0.6, null]);
  });

  it('flags a task at risk when judged at risk or late, never an exceeded product that was not accepted', () => {
    const lines = toAppraisals([
      line('2022-07-12', { progress: 'at_risk', exceeded: true }),
      line('2022-10-12', { progress: 'late' }),
    ]);
    expect(lines.map((l) => [l.atRisk, l.exceeded])).toEqual([
      [true, false],
      [true, false],
    ]);
  });
});
