import { Tag } from 'antd';
import type { AssignmentSummaryDto } from '../../../../../contracts/assignments.ts';
import { useI18n } from '../../../i18n/i18n.tsx';
import { assignmentStateLabel } from '../../../i18n/labels.ts';

type State = AssignmentSummaryDto['state'];

/** One colour per state, the same on every screen. */
export const STATE_COLORS: Record<State, string> = {
  draft: 'default',
  issued: 'blue',
  committed: 'green',
  in_progress: 'cyan',
  self_assessed: 'purple',
  scored: 'geekblue',
  finalized: 'magenta',
};

/** The state of an assignment as a coloured tag with its Vietnamese name. */
export function AssignmentStateTag({ state, testId }: { state: State; testId?: string }) {
  const { t } = useI18n();
  return (
    <Tag color={STATE_COLORS[state]} data-testid={testId} data-state={state} style={{ marginInlineEnd: 0 }}>
      {assignmentStateLabel(t, state)}
    </Tag>
  );
}
