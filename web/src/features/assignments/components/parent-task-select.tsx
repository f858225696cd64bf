import { Select } from 'antd';
import type { AssignmentDto } from '../../../../../contracts/assignments.ts';
import { useI18n } from '../../../i18n/i18n.tsx';
import { formatNumber } from '../../../lib/format.ts';
import { useAssignment } from '../api/get-assignment.ts';
import { useAssignments } from '../api/list-assignments.ts';

type Parent = { id: string; title: string; assignmentId: string };

/**
 * Picks the target this one is split from (cascade): a target assigned to the assigning unit
 * itself in the same cycle, e.g. the district's land-revenue target for a commune's share.
 */
export function ParentTaskSelect({
  id,
  assignment,
  value,
  onChange,
  status,
}: {
  id: string;
  assignment: AssignmentDto;
  value: Parent | null;
  onChange: (value: Parent | null) => void;
  status?: 'error';
}) {
  const { t, lang } = useI18n();
  const list = useAssignments(assignment.cycleId);
  const own = list.data?.find((a) => a.assigneeUnit.id === assignment.assigningUnit.id);
  const parentAssignment = useAssignment(own?.id);
  const targets = (parentAssignment.data?.tasks ?? []).filter(
    (task) => task.kind === 'target' && !task.cancelled,
  );
  const options = targets.map((task) => ({
    value: task.id,
    label:
      task.targetValue === null
        ? task.title
        : `${task.title} (${task.direction === 'at_most' ? '≤' : '≥'} ${formatNumber(task.targetValue, lang)} ${task.unitOfMeasure ?? ''})`,
  }));
  if (value && !options.some((o) => o.value === value.id))
    options.unshift({ value: value.id, label: value.title });
  const loading = list.isPending || (Boolean(own) && parentAssignment.isPending);
  return (
    <Select
      id={id}
      allowClear
      loading={loading}
      status={status}
      style={{ width: '100%' }}
      placeholder={own || loading ? t('editor.parentPlaceholder') : t('editor.parentNone')}
      disabled={!loading && !own && !value}
      value={value?.id}
      options={options}
      onChange={(next?: string) => {
        const task = targets.find((x) => x.id === next);
        onChange(task && own ? { id: task.id, title: task.title, assignmentId: own.id } : null);
      }}
    />
  );
}
