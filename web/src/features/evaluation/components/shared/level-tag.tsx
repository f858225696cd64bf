import { Tag } from 'antd';
import { LEVELS, type LevelDto } from '../../../../../../contracts/results.ts';
import type { Translate } from '../../../../i18n/i18n.tsx';
import { useI18n } from '../../../../i18n/i18n.tsx';
import type { MessageKey } from '../../../../i18n/vi.ts';
import styles from './level-tag.module.css';

export { LEVELS };
export type Level = LevelDto;

/** The full official name of a level ("Hoàn thành tốt nhiệm vụ"). */
export function levelLabel(t: Translate, level: string): string {
  return t(`level.${level}` as MessageKey);
}

/** A level as a tag in its fixed colour, always with its full name. */
export function LevelTag({ level, provisional }: { level: Level; provisional?: boolean }) {
  const { t } = useI18n();
  return (
    <Tag className={`${styles.tag} ${styles[level]}`} data-level={level}>
      {levelLabel(t, level)}
      {provisional ? ` (${t('eval.provisional')})` : ''}
    </Tag>
  );
}

/** The level options of a select, in order from the top. */
export function levelOptions(t: Translate) {
  return LEVELS.map((l) => ({ value: l, label: levelLabel(t, l) }));
}
