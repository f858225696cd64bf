import { KNOWN_UNIT_KINDS } from '../../../contracts/common.ts';
import type { Role } from '../../../contracts/roles.ts';
import type { Translate } from './i18n.tsx';
import type { MessageKey } from './vi.ts';

/** The label of a unit kind; kinds outside the known list are shown as they are stored. */
export function unitKindLabel(t: Translate, kind: string): string {
  return (KNOWN_UNIT_KINDS as readonly string[]).includes(kind) ? t(`unitKind.${kind}` as MessageKey) : kind;
}

/** The label of a role. */
export function roleLabel(t: Translate, role: Role | string): string {
  return t(`role.${role}` as MessageKey);
}

/** The label of a stored gender, or the raw value for anything unexpected. */
export function genderLabel(t: Translate, gender: string | null): string {
  if (!gender) return t('common.none');
  return ['male', 'female', 'other'].includes(gender) ? t(`gender.${gender}` as MessageKey) : gender;
}

/** The Vietnamese (or English) name of an assignment state. */
export function assignmentStateLabel(t: Translate, state: string): string {
  return t(`assignmentState.${state}` as MessageKey);
}

/** The label of a task tag (mới, khó, đột phá, điểm nghẽn, thường xuyên). */
export function taskTagLabel(t: Translate, tag: string): string {
  return t(`taskTag.${tag}` as MessageKey);
}

/** The label of a kind of support the superior commits to give. */
export function supportKindLabel(t: Translate, kind: string): string {
  return t(`supportKind.${kind}` as MessageKey);
}

/** The label of an adjustment kind (extension, target value, weight, cancellation). */
export function adjustmentKindLabel(t: Translate, kind: string): string {
  return t(`adjustmentKind.${kind}` as MessageKey);
}
