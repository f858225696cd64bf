import { Input, Select } from 'antd';
import type { ReactNode } from 'react';
import type { AssignmentDto } from '../../../../../contracts/assignments.ts';
import { DIRECTIONS, ROLLUP_METHODS, TASK_LIMITS } from '../../../../../contracts/tasks.ts';
import { DecimalInput } from '../../../components/decimal-input.tsx';
import { UnitMultiPicker } from '../../../components/unit-multi-picker.tsx';
import { useI18n } from '../../../i18n/i18n.tsx';
import type { MessageKey } from '../../../i18n/vi.ts';
import { type DraftRow, type FieldMessages as Messages, messagesFor } from '../hooks/draft-rows.ts';
import { FieldMessages } from './field-messages.tsx';
import { ParentTaskSelect } from './parent-task-select.tsx';
import { SupportEditor } from './support-editor.tsx';
import styles from './task-editor.module.css';

type Props = {
  row: DraftRow;
  assignment: AssignmentDto;
  messages: Messages | undefined;
  update: (key: string, patch: Partial<DraftRow>) => void;
};

/** The rest of a task, under its row: what proves completion, coordinating units, support owed, cascade. */
export function TaskDetailEditor({ row, assignment, messages, update }: Props) {
  const { t } = useI18n();
  const set = (patch: Partial<DraftRow>) => update(row.key, patch);
  const field = (name: string, label: MessageKey, control: (p: FieldProps) => ReactNode, wide = false) => {
    const msgs = messagesFor(messages, name);
    const id = `${row.key}-${name}`;
    return (
      <div className={wide ? styles.wide : undefined}>
        <label htmlFor={id} className={styles.label}>
          {t(label)}
        </label>
        {control({
          id,
          status: msgs.length ? 'error' : undefined,
          'aria-describedby': msgs.length ? `${id}-msg` : undefined,
        })}
        <FieldMessages id={`${id}-msg`} messages={msgs} />
      </div>
    );
  };
  const text = (name: 'metric' | 'unitOfMeasure', max: number) => (p: FieldProps) => (
    <Input {...p} value={row[name]} maxLength={max} onChange={(e) => set({ [name]: e.target.value })} />
  );
  const area =
    (name: 'expectedProduct' | 'acceptanceCriteria', placeholder: MessageKey) => (p: FieldProps) => (
      <Input.TextArea
        {...p}
        autoSize={{ minRows: 2, maxRows: 6 }}
        placeholder={t(placeholder)}
        value={row[name]}
        maxLength={TASK_LIMITS.text}
        onChange={(e) => set({ [name]: e.target.value })}
      />
    );
  const supportMessages = Object.keys(messages ?? {}).some((k) => k.startsWith('supportCommitments'));

  return (
    <div className={styles.detail}>
      {row.kind === 'target' ? (
        <>
          {field('metric', 'task.metric', text('metric', TASK_LIMITS.title))}
          {field('unitOfMeasure', 'task.unitOfMeasure', text('unitOfMeasure', 100))}
          {field('direction', 'task.direction', (p) => (
            <Select
              {...p}
              style={{ width: '100%' }}
              value={row.direction ?? undefined}
              options={DIRECTIONS.map((d) => ({ value: d, label: t(`direction.${d}` as MessageKey) }))}
              onChange={(direction) => set({ direction })}
            />
          ))}
          {field('baseline', 'task.baseline', (p) => (
            <DecimalInput {...p} value={row.baseline} onChange={(v) => set({ baseline: v ?? null })} />
          ))}
          {field('targetValue', 'task.targetValue', (p) => (
            <DecimalInput {...p} value={row.targetValue} onChange={(v) => set({ targetValue: v ?? null })} />
          ))}
          {field('rollup', 'task.rollup', (p) => (
            <Select
              {...p}
              allowClear
              style={{ width: '100%' }}
              placeholder={t('task.rollupNone')}
              value={row.rollup ?? undefined}
              options={ROLLUP_METHODS.map((m) => ({ value: m, label: t(`rollup.${m}` as MessageKey) }))}
              onChange={(rollup) => set({ rollup: rollup ?? null })}
            />
          ))}
          {field(
            'parentTaskId',
            'task.parentTask',
            (p) => (
              <ParentTaskSelect
                id={p.id}
                status={p.status}
                assignment={assignment}
                value={row.parentTask}
                onChange={(parentTask) => set({ parentTask })}
              />
            ),
            true,
          )}
        </>
      ) : (
        <>
          {field(
            'expectedProduct',
            'task.expectedProduct',
            area('expectedProduct', 'task.expectedProductHint'),
            true,
          )}
          {field(
            'acceptanceCriteria',
            'task.acceptanceCriteria',
            area('acceptanceCriteria', 'task.acceptanceCriteriaHint'),
            true,
          )}
        </>
      )}
      {field(
        'coordinatingUnitIds',
        'task.coordinatingUnits',
        (p) => (
          <UnitMultiPicker
            {...p}
            placeholder={t('admin.unitPlaceholder')}
            value={row.coordinatingUnits}
            onChange={(coordinatingUnits) => set({ coordinatingUnits })}
          />
        ),
        true,
      )}
      <fieldset className={`${styles.wide} ${styles.fieldset}`}>
        <legend className={styles.label}>{t('task.supportCommitments')}</legend>
        <div data-has-problems={supportMessages}>
          <SupportEditor
            idPrefix={row.key}
            value={row.supportCommitments}
            openOn={assignment.cycleStartsOn}
            messages={messages}
            onChange={(supportCommitments) => set({ supportCommitments })}
          />
        </div>
      </fieldset>
    </div>
  );
}

type FieldProps = { id: string; status?: 'error'; 'aria-describedby'?: string };
