import type { KeyboardEvent } from 'react';
import styles from './scoring.module.css';

type Props = {
  id: string;
  col: 'score' | 'bonus';
  row: number;
  value: string;
  error?: string;
  disabled?: boolean;
  label: string;
  placeholder?: string;
  onChange: (text: string) => void;
  /** "=" in a score cell takes the system's proposal. */
  onUseProposal?: () => void;
  /** Enter on the last row of a column (e.g. to reach the comment). */
  onPastEnd?: () => void;
};

/** Moves focus to the same column, `step` rows away; false when there is no such cell. */
export function focusCell(from: HTMLElement, col: string, row: number): boolean {
  const root = from.closest('[data-sheet]');
  const next = root?.querySelector<HTMLInputElement>(`input[data-col="${col}"][data-row="${row}"]`);
  if (!next) return false;
  next.focus();
  next.select();
  return true;
}

/**
 * One score as typed (comma or dot for decimals), spreadsheet keys: Enter or ↓ down the
 * column, Shift+Enter or ↑ up; Tab goes along the row (score, bonus, next row).
 */
export function ScoreCell({
  id,
  col,
  row,
  value,
  error,
  disabled,
  label,
  placeholder,
  onChange,
  onUseProposal,
  onPastEnd,
}: Props) {
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === '=' && onUseProposal) {
      e.preventDefault();
      onUseProposal();
      return;
    }
    const down = (e.key === 'Enter' && !e.shiftKey) || e.key === 'ArrowDown';
    const up = (e.key === 'Enter' && e.shiftKey) || e.key === 'ArrowUp';
    if (!down && !up) return;
    e.preventDefault();
    const moved = focusCell(e.currentTarget, col, row + (down ? 1 : -1));
    if (!moved && down) onPastEnd?.();
  };
  return (
    <div className={styles.cell}>
      <input
        id={id}
        className={`${styles.input} ${error ? styles.inputError : ''}`}
        data-col={col}
        data-row={row}
        value={value}
        disabled={disabled}
        inputMode="decimal"
        autoComplete="off"
        spellCheck={false}
        placeholder={placeholder}
        aria-label={label}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => onChange(e.target.value)}
        onKeyDown={onKeyDown}
        onFocus={(e) => e.currentTarget.select()}
      />
      {error && (
        <div id={`${id}-error`} className={styles.cellError} role="alert">
          {error}
        </div>
      )}
    </div>
  );
}
