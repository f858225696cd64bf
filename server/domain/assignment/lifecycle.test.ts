import { describe, expect, it } from 'vitest';
import { DomainError } from './errors.ts';
import {
  type ActorRoleFacts,
  ASSIGNMENT_STATES,
  type AssignmentState,
  allowedActions,
  canAdjust,
  canEditTasksDirectly,
  isLocked,
  type LifecycleAction,
  type LifecycleActionType,
  TRANSITIONS,
  transition,
} from './lifecycle.ts';

const assigner: ActorRoleFacts = { isAssigner: true, isHead: false };
const head: ActorRoleFacts = { isAssigner: false, isHead: true };
const delegate: ActorRoleFacts = { isAssigner: false, isHead: false, isDelegate: true };
const stranger: ActorRoleFacts = { isAssigner: false, isHead: false };
const actors = { assigner, head, delegate, stranger };

const validReturn: LifecycleAction = {
  type: 'return',
  reason: 'Chỉ tiêu doanh nghiệp vượt khả năng của xã',
  proposedChanges: [{ taskId: 't1', field: 'targetValue', proposal: 'Giảm từ 120 xuống 100' }],
};

function action(type: LifecycleActionType): LifecycleAction {
  return type === 'return' ? validReturn : ({ type } as LifecycleAction);
}

function refusal(run: () => unknown): DomainError {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError');
}

describe('allowed transitions', () => {
  it.each<[string, AssignmentState, LifecycleActionType, ActorRoleFacts, AssignmentState]>([
    ['the assigner issues a draft', 'draft', 'issue', assigner, 'issued'],
    ['the head commits to an issued assignment', 'issued', 'commit', head, 'committed'],
    ['the head returns an issued assignment to draft', 'issued', 'return', head, 'draft'],
    ['the head starts a committed assignment', 'committed', 'start', head, 'in_progress'],
    ['a delegate starts it with the first check-in', 'committed', 'start', delegate, 'in_progress'],
    ['the assigner starts it at the cycle opening', 'committed', 'start', assigner, 'in_progress'],
    ['the head self-assesses work in progress', 'in_progress', 'self_assess', head, 'self_assessed'],
    ['the assigner closes scoring after self-assessment', 'self_assessed', 'score', assigner, 'scored'],
    ['the assigner finalizes a scored assignment', 'scored', 'finalize', assigner, 'finalized'],
    [
      'someone both head and assigner may commit',
      'issued',
      'commit',
      { isAssigner: true, isHead: true },
      'committed',
    ],
  ])('%s', (_name, from, type, actor, to) => {
    expect(transition({ state: from }, action(type), actor)).toBe(to);
  });
});

describe('transitions refused for the state', () => {
  const cases = (Object.keys(TRANSITIONS) as LifecycleActionType[]).flatMap((type) =>
    ASSIGNMENT_STATES.filter((state) => state !== TRANSITIONS[type].from).map(
      (state) => [`refuses to ${type} an assignment that is ${state}`, type, state] as const,
    ),
  );

  it.each(cases)('%s', (_name, type, state) => {
    const error = refusal(() =>
      transition({ state }, action(type), { isAssigner: true, isHead: true, isDelegate: true }),
    );
    expect(error.code).toBe('assignment_transition_not_allowed');
    expect(error.params).toMatchObject({ action: type, from: state, transition: `${state} --${type}-->` });
  });

  it('locks a finalized assignment against every action', () => {
    for (const type of Object.keys(TRANSITIONS) as LifecycleActionType[]) {
      expect(() => transition({ state: 'finalized' }, action(type), assigner)).toThrow(DomainError);
    }
  });
});

describe('transitions refused for the actor', () => {
  const cases: [string, LifecycleActionType, keyof typeof actors][] = [
    ['a head cannot issue their own assignment', 'issue', 'head'],
    ['a delegate cannot issue', 'issue', 'delegate'],
    ['the assigner cannot commit on the head\u2019s behalf', 'commit', 'assigner'],
    ['a delegate cannot commit (SPEC §5)', 'commit', 'delegate'],
    ['the assigner cannot return its own issue', 'return', 'assigner'],
    ['a delegate cannot return the assignment', 'return', 'delegate'],
    ['a stranger cannot start the work', 'start', 'stranger'],
    ['a delegate cannot self-assess (SPEC §5)', 'self_assess', 'delegate'],
    ['the assigner cannot self-assess for the head', 'self_assess', 'assigner'],
    ['the head cannot close scoring on themselves', 'score', 'head'],
    ['a delegate cannot close scoring', 'score', 'delegate'],
    ['the head cannot finalize their own result', 'finalize', 'head'],
    ['a stranger cannot finalize', 'finalize', 'stranger'],
  ];

  it.each(cases)('%s', (_name, type, who) => {
    const error = refusal(() => transition({ state: TRANSITIONS[type].from }, action(type), actors[who]));
    expect(error.code).toBe('assignment_transition_forbidden');
    expect(error.params).toMatchObject({ action: type, to: TRANSITIONS[type].to });
  });
});

describe('returning an issued assignment', () => {
  it.each<[string, { reason: string; proposedChanges: { proposal: string }[] }, string[]]>([
    [
      'refuses a return without a reason',
      { reason: '', proposedChanges: [{ proposal: 'Giảm chỉ tiêu' }] },
      ['reason'],
    ],
    [
      'refuses a return whose reason is only spaces',
      { reason: '   ', proposedChanges: [{ proposal: 'x' }] },
      ['reason'],
    ],
    [
      'refuses a return without proposed changes',
      { reason: 'Quá sức', proposedChanges: [] },
      ['proposedChanges'],
    ],
    [
      'refuses a return with a blank proposal',
      { reason: 'Quá sức', proposedChanges: [{ proposal: ' ' }] },
      ['proposedChanges'],
    ],
    [
      'names both gaps when both are missing',
      { reason: '', proposedChanges: [] },
      ['reason', 'proposedChanges'],
    ],
  ])('%s', (_name, body, missing) => {
    const error = refusal(() => transition({ state: 'issued' }, { type: 'return', ...body }, head));
    expect(error.code).toBe('assignment_return_incomplete');
    expect(error.params.missing).toEqual(missing);
  });

  it('lets a returned assignment be issued again after editing', () => {
    const back = transition({ state: 'issued' }, validReturn, head);
    expect(canEditTasksDirectly(back)).toBe(true);
    expect(transition({ state: back }, { type: 'issue' }, assigner)).toBe('issued');
  });
});

describe('abilities and locks by state', () => {
  it.each<[AssignmentState, keyof typeof actors, LifecycleActionType[]]>([
    ['draft', 'assigner', ['issue']],
    ['draft', 'head', []],
    ['issued', 'head', ['commit', 'return']],
    ['issued', 'delegate', []],
    ['committed', 'delegate', ['start']],
    ['in_progress', 'head', ['self_assess']],
    ['in_progress', 'delegate', []],
    ['self_assessed', 'assigner', ['score']],
    ['scored', 'assigner', ['finalize']],
    ['finalized', 'assigner', []],
  ])('in %s, %s may %j', (state, who, expected) => {
    expect(allowedActions(state, actors[who])).toEqual(expected);
  });

  it.each<[AssignmentState, boolean, boolean, boolean]>([
    ['draft', true, false, false],
    ['issued', false, true, false],
    ['committed', false, true, false],
    ['in_progress', false, true, false],
    ['self_assessed', false, false, false],
    ['scored', false, false, false],
    ['finalized', false, false, true],
  ])('%s: direct task edit %s, adjustment %s, locked %s', (state, edit, adjust, locked) => {
    expect(canEditTasksDirectly(state)).toBe(edit);
    expect(canAdjust(state)).toBe(adjust);
    expect(isLocked(state)).toBe(locked);
  });
});
