import { Alert } from 'antd';
import type { AssignmentDto } from '../../../../../contracts/assignments.ts';
import { useI18n } from '../../../i18n/i18n.tsx';

/** A returned assignment: the head's reason and proposed changes, for the assigner to revise. */
export function ReturnedAlert({ assignment: a }: { assignment: AssignmentDto }) {
  const { t } = useI18n();
  if (a.state !== 'draft' || !a.returnReason) return null;
  const taskName = (taskId?: string) => {
    const i = a.tasks.findIndex((x) => x.id === taskId);
    return i >= 0 ? t('returned.task', { n: i + 1, title: a.tasks[i].title }) : t('return.general');
  };
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="returned-alert"
      title={t('returned.title')}
      description={
        <>
          <div>
            <strong>{t('return.reason')}:</strong> {a.returnReason}
          </div>
          {(a.proposedChanges ?? []).length > 0 && (
            <>
              <strong>{t('return.proposals')}:</strong>
              <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                {(a.proposedChanges ?? []).map((p) => (
                  <li key={`${p.taskId ?? ''}-${p.proposal}`}>
                    <em>{taskName(p.taskId)}</em>: {p.proposal}
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      }
    />
  );
}

/** Whether a draft can be issued: the problems that belong to no task, and how many sit on tasks. */
export function DraftStatus({ assignment: a, dirty }: { assignment: AssignmentDto; dirty: boolean }) {
  const { t } = useI18n();
  if (a.state !== 'draft' || !a.abilities.edit) return null;
  const general = a.problems.filter((p) => p.taskIndex === undefined);
  const onTasks = a.problems.length - general.length;
  if (a.problems.length === 0) {
    return (
      <Alert
        type="success"
        showIcon
        data-testid="draft-status"
        title={a.abilities.issue ? t('draft.readyToIssue') : t('draft.readyForAssigner')}
        description={dirty ? t('draft.dirtyHint') : undefined}
      />
    );
  }
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="draft-status"
      title={
        a.abilities.issue
          ? t('draft.problems', { count: a.problems.length })
          : t('draft.problemsForHead', { count: a.problems.length })
      }
      description={
        <>
          {general.length > 0 && (
            <ul style={{ margin: 0, paddingInlineStart: 18 }}>
              {general.map((p) => (
                <li key={`${p.field}-${p.code}`}>{p.message}</li>
              ))}
            </ul>
          )}
          {onTasks > 0 && <div>{t('draft.problemsOnTasks', { count: onTasks })}</div>}
          {dirty && <div>{t('draft.dirtyHint')}</div>}
        </>
      }
    />
  );
}
