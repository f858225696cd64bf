import { Tag, type TagProps } from 'antd';
import styles from './tone-tag.module.css';

type Tone = 'warn' | 'alert' | 'ok';

/** A tag in a warning/alert/ok tone with dark text on a light tint (readable at 4.5:1, unlike the presets). */
export function ToneTag({ tone, className, ...props }: TagProps & { tone: Tone }) {
  return <Tag {...props} className={`${styles.tag} ${styles[tone]} ${className ?? ''}`} />;
}
