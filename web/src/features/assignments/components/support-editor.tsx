import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Input, Select } from 'antd';
import { SUPPORT_KINDS, TASK_LIMITS } from '../../../../../contracts/tasks.ts';
import { IsoDatePicker } from '../../../components/iso-date-picker.tsx';
import { useI18n } from '../../../i18n/i18n.tsx';
import { supportKindLabel } from '../../../i18n/labels.ts';
import { type FieldMessages as Messages, messagesFor, newKey, type SupportRow } from '../hooks/draft-rows.ts';
import { FieldMessages } from './field-messages.tsx';
import styles from './task-editor.module.css';

type Props = {
  idPrefix: string;
  value: SupportRow[];
  onChange: (value: SupportRow[]) => void;
  messages: Messages | undefined;
  openOn: string;
};

/** The support the superior commits to give for a task (không khoán trắng): kind, what, by when. */
export function SupportEditor({ idPrefix, value, onChange, messages, openOn }: Props) {
  const { t } = useI18n();
  const set = (key: string, patch: Partial<SupportRow>) =>
    onChange(value.map((s) => (s.key === key ? { ...s, ...patch } : s)));
  return (
    <div className={styles.support}>
      {value.map((s, i) => {
        const at = `supportCommitments.${i}`;
        const kindMsgs = messagesFor(messages, `${at}.kind`);
        const descMsgs = messagesFor(messages, `${at}.description`);
        const dueMsgs = [...messagesFor(messages, `${at}.dueDate`), ...messagesFor(messages, `${at}.dueOn`)];
        const id = `${idPrefix}-support-${i}`;
        return (
          <div key={s.key} className={styles.supportLine}>
            <div>
              <Select
                aria-label={t('support.kind', { n: i + 1 })}
                value={s.kind ?? undefined}
                status={kindMsgs.length ? 'error' : undefined}
                style={{ width: '100%' }}
                options={SUPPORT_KINDS.map((k) => ({ value: k, label: supportKindLabel(t, k) }))}
                onChange={(kind) => set(s.key, { kind })}
              />
              <FieldMessages messages={kindMsgs} />
            </div>
            <div>
              <Input
                aria-label={t('support.description', { n: i + 1 })}
                aria-describedby={descMsgs.length ? `${id}-desc-msg` : undefined}
                placeholder={t('support.descriptionPlaceholder')}
                value={s.description}
                maxLength={TASK_LIMITS.text}
                status={descMsgs.length ? 'error' : undefined}
                onChange={(e) => set(s.key, { description: e.target.value })}
              />
              <FieldMessages id={`${id}-desc-msg`} messages={descMsgs} />
            </div>
            <div>
              <IsoDatePicker
                aria-label={t('support.dueOn', { n: i + 1 })}
                value={s.dueOn}
                openOn={openOn}
                status={dueMsgs.length ? 'error' : undefined}
                onChange={(dueOn) => set(s.key, { dueOn })}
              />
              <FieldMessages messages={dueMsgs} />
            </div>
            <Button
              type="text"
              danger
              icon={<DeleteOutlined aria-hidden="true" />}
              aria-label={t('support.remove', { n: i + 1 })}
              onClick={() => onChange(value.filter((x) => x.key !== s.key))}
            />
          </div>
        );
      })}
      {value.length < TASK_LIMITS.supportPerTask && (
        <Button
          size="small"
          icon={<PlusOutlined aria-hidden="true" />}
          onClick={() =>
            onChange([...value, { key: newKey('support'), kind: 'resources', description: '', dueOn: null }])
          }
        >
          {t('support.add')}
        </Button>
      )}
    </div>
  );
}
