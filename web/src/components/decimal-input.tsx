import { InputNumber, type InputNumberProps } from 'antd';
import { useI18n } from '../i18n/i18n.tsx';
import { decimalSeparator } from '../lib/format.ts';

/** A number typed the UI language's way (Vietnamese: 69,75), null when empty. */
export function DecimalInput(props: Omit<InputNumberProps<number>, 'decimalSeparator'>) {
  const { lang } = useI18n();
  return (
    <InputNumber<number> decimalSeparator={decimalSeparator(lang)} style={{ width: '100%' }} {...props} />
  );
}
