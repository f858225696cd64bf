import { Segmented } from 'antd';
import type { Locale } from '../../../contracts/errors.ts';
import { useI18n } from '../i18n/i18n.tsx';

/** Switches the UI between Vietnamese and English. */
export function LanguageSwitch({ size = 'middle' }: { size?: 'small' | 'middle' }) {
  const { lang, setLang, t } = useI18n();
  return (
    <Segmented<Locale>
      size={size}
      aria-label={t('user.language')}
      value={lang}
      onChange={setLang}
      options={[
        { value: 'vi', label: <span lang="vi">{t('lang.vi')}</span> },
        { value: 'en', label: <span lang="en">{t('lang.en')}</span> },
      ]}
    />
  );
}
