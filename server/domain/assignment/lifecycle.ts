/**
 * Assignment lifecycle (SPEC §3): draft → issued → committed | back to draft (returned)
 * → in_progress → self_assessed → scored → finalized. One table says which action moves
 * which state and who may take it, so refusals and the UI's abilities agree.
 */
import { DomainError } from './errors.ts';

/** The states of an assignment, in lifecycle order. */
export const ASSIGNMENT_STATES = [
  'draft',
  'issued',
  'committed',
  'in_progress',
  'self_assessed',
  'scored',
  'finalized',
] as const;
/** One assignment state. */
export type AssignmentState = (typeof ASSIGNMENT_STATES)[number];

/** What the actor is with respect to this assignment (computed by the permissions module). */
export interface ActorRoleFacts {
  /** Holds the assigner role over the unit whose head receives the assignment. */
  isAssigner: boolean;
  /** Is the head the assignment is addressed to, acting in person. */
  isHead: boolean;
  /** Enters data on the head's behalf; may not commit, self-assess or appeal (SPEC §5). */
  isDelegate?: boolean;
}

/** A role able to take a lifecycle action. */
export type LifecycleRole = 'assigner' | 'head' | 'delegate';

/** A change the head proposes when returning an issued assignment. */
export interface ProposedChange {
  taskId?: string;
  field?: string;
  proposal: string;
}

/** An action on the lifecycle; returning carries the head's reason and proposals. */
export type LifecycleAction =
  | { type: 'issue' }
  | { type: 'commit' }
  | { type: 'return'; reason: string; proposedChanges: ProposedChange[] }
  | { type: 'start' }
  | { type: 'self_assess' }
  | { type: 'score' }
  | { type: 'finalize' };

/** The name of a lifecycle action. */
export type LifecycleActionType = LifecycleAction['type'];

interface TransitionRule {
  from: AssignmentState;
  to: AssignmentState;
  by: readonly LifecycleRole[];
}

/**
 * The only moves allowed. `start` is open to the delegate because the first check-in,
 * which a delegate may enter, is what puts the work in progress. Scoring and finalizing
 * belong to the assigning body, which forms the council and decides (SPEC §5).
 */
export const TRANSITIONS: Readonly<Record<LifecycleActionType, TransitionRule>> = {
  issue: { from: 'draft', to: 'issued', by: ['assigner'] },
  commit: { from: 'issued', to: 'committed', by: ['head'] },
  return: { from: 'issued', to: 'draft', by: ['head'] },
  start: { from: 'committed', to: 'in_progress', by: ['head', 'delegate', 'assigner'] },
  self_assess: { from: 'in_progress', to: 'self_assessed', by: ['head'] },
  score: { from: 'self_assessed', to: 'scored', by: ['assigner'] },
  finalize: { from: 'scored', to: 'finalized', by: ['assigner'] },
};

function actorHasRole(actor: ActorRoleFacts, role: LifecycleRole): boolean {
  if (role === 'assigner') return actor.isAssigner;
  if (role === 'head') return actor.isHead;
  return actor.isDelegate === true;
}

function isBlank(text: unknown): boolean {
  return typeof text !== 'string' || text.trim() === '';
}

/**
 * The state after `action`, or a DomainError naming the refused transition:
 * `assignment_transition_not_allowed` (wrong state), `assignment_transition_forbidden`
 * (wrong actor) or `assignment_return_incomplete` (return without reason or proposals).
 */
export function transition(
  assignment: { state: AssignmentState },
  action: LifecycleAction,
  actor: ActorRoleFacts,
): AssignmentState {
  const rule = TRANSITIONS[action.type];
  const from = assignment.state;
  const named = { action: action.type, from, transition: `${from} --${action.type}-->` };
  // State is checked before the actor: "already committed" is the more useful answer.
  if (!rule || rule.from !== from) throw new DomainError('assignment_transition_not_allowed', named);
  if (!rule.by.some((role) => actorHasRole(actor, role))) {
    throw new DomainError('assignment_transition_forbidden', {
      ...named,
      to: rule.to,
      allowedRoles: rule.by.join(', '),
    });
  }
  if (action.type === 'return') {
    const missing: string[] = [];
    if (isBlank(action.reason)) missing.push('reason');
    const changes = Array.isArray(action.proposedChanges) ? action.proposedChanges : [];
    if (changes.length === 0 || changes.some((change) => isBlank(change?.proposal))) {
      missing.push('proposedChanges');
    }
    if (missing.length > 0) throw new DomainError('assignment_return_incomplete', { ...named, missing });
  }
  return rule.to;
}

/** The actions this actor may take now (sent to the client as abilities). */
export function allowedActions(state: AssignmentState, actor: ActorRoleFacts): LifecycleActionType[] {
  return (Object.keys(TRANSITIONS) as LifecycleActionType[]).filter((type) => {
    const rule = TRANSITIONS[type];
    return rule.from === state && rule.by.some((role) => actorHasRole(actor, role));
  });
}

/** Tasks may be edited directly only in a draft; once issued, only approved adjustments change them. */
export function canEditTasksDirectly(state: AssignmentState): boolean {
  return state === 'draft';
}

/** Adjustments are possible from issue until the head self-assesses. */
export function canAdjust(state: AssignmentState): boolean {
  return state === 'issued' || state === 'committed' || state === 'in_progress';
}

/** A finalized assignment is locked; later changes go through appeal, outside the lifecycle. */
export function isLocked(state: AssignmentState): boolean {
  return state === 'finalized';
}
