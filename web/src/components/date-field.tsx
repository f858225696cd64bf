import { DatePicker } from 'antd';
import type { Dayjs } from 'dayjs';
import { DATE_FORMAT } from '../lib/format.ts';

type Props = {
  id?: string;
  value?: Dayjs | null;
  onChange?: (value: Dayjs | null) => void;
  'aria-describedby'?: string;
};

/** A date typed or picked as dd/MM/yyyy (sent to the API as YYYY-MM-DD by the caller). */
export function DateField({ id, value, onChange, ...rest }: Props) {
  return (
    <DatePicker
      id={id}
      value={value}
      onChange={(d) => onChange?.(d)}
      format={DATE_FORMAT}
      placeholder="dd/mm/yyyy"
      style={{ width: '100%', maxWidth: 240 }}
      {...rest}
    />
  );
}
