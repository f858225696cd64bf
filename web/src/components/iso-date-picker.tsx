import { DatePicker } from 'antd';
import dayjs from 'dayjs';
import { DATE_FORMAT, toApiDate } from '../lib/format.ts';

type Props = {
  id?: string;
  value: string | null;
  onChange: (value: string | null) => void;
  status?: 'error';
  disabledBefore?: string;
  disabledAfter?: string;
  /** The month the calendar opens on while empty (e.g. the cycle's start). */
  openOn?: string;
  'aria-label'?: string;
  'aria-describedby'?: string;
};

/** A date shown and typed as dd/MM/yyyy, held as the API's YYYY-MM-DD (for inline editors without a Form). */
export function IsoDatePicker({ value, onChange, disabledBefore, disabledAfter, openOn, ...rest }: Props) {
  return (
    <DatePicker
      value={value ? dayjs(value) : null}
      onChange={(d) => onChange(toApiDate(d) ?? null)}
      format={DATE_FORMAT}
      placeholder="dd/mm/yyyy"
      defaultPickerValue={openOn ? dayjs(openOn) : undefined}
      style={{ width: '100%' }}
      disabledDate={(d) =>
        (disabledBefore !== undefined && d.format('YYYY-MM-DD') < disabledBefore) ||
        (disabledAfter !== undefined && d.format('YYYY-MM-DD') > disabledAfter)
      }
      {...rest}
    />
  );
}
