import { FileTextOutlined, TrophyOutlined } from '@ant-design/icons';
import type { AssignmentDto } from '../../../../../../contracts/assignments.ts';
import { ButtonLink } from '../../../../components/button-link.tsx';
import { useI18n } from '../../../../i18n/i18n.tsx';
import { useSignedInMe } from '../../../auth/api/get-me.ts';

const REPORT_STATES = ['committed', 'in_progress', 'self_assessed', 'scored', 'finalized'];

/** On an assignment's page: the way to the head's report and, for the head, to their results. */
export function EvaluationLinks({ assignment: a }: { assignment: AssignmentDto }) {
  const { t } = useI18n();
  const me = useSignedInMe();
  if (!REPORT_STATES.includes(a.state)) return null;
  const isHead = me.grants.some((g) => g.role === 'head' && g.unitId === a.assigneeUnit.id);
  const drafting = (a.state === 'committed' || a.state === 'in_progress') && isHead;
  return (
    <>
      <ButtonLink
        type={drafting ? 'primary' : 'default'}
        icon={<FileTextOutlined aria-hidden="true" />}
        to={`/assignments/${a.id}/self-assessment`}
      >
        {t('report.title')}
      </ButtonLink>
      {isHead && (a.state === 'scored' || a.state === 'finalized') && (
        <ButtonLink icon={<TrophyOutlined aria-hidden="true" />} to="/my-results">
          {t('myResults.title')}
        </ButtonLink>
      )}
    </>
  );
}
