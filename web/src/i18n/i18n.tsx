import dayjs from 'dayjs';
import 'dayjs/locale/en';
import 'dayjs/locale/vi';
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { formatMessage, type Locale } from '../../../contracts/errors.ts';
import { setApiLocale } from '../lib/api-client.ts';
import { en } from './en.ts';
import { type MessageKey, vi } from './vi.ts';

const STORAGE_KEY = 'mandate.lang';
const DICTIONARIES: Record<Locale, Record<MessageKey, string>> = { vi, en };

/** Translates a key, filling `{name}` placeholders. */
export type Translate = (key: MessageKey, params?: Record<string, unknown>) => string;

type I18n = { lang: Locale; setLang: (lang: Locale) => void; t: Translate };

const I18nContext = createContext<I18n | null>(null);

function storedLang(): Locale {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'vi';
  } catch {
    return 'vi';
  }
}

function applyLang(lang: Locale) {
  setApiLocale(lang);
  dayjs.locale(lang);
  document.documentElement.lang = lang;
}

// Applied before the first render so the first request already carries the right Accept-Language.
applyLang(storedLang());

/** Holds the UI language (Vietnamese by default), persisted in localStorage. */
export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Locale>(storedLang);

  useEffect(() => applyLang(lang), [lang]);

  const setLang = useCallback((next: Locale) => {
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Private mode: the choice lasts for this page only.
    }
    applyLang(next);
    setLangState(next);
  }, []);

  const t = useCallback<Translate>(
    (key, params) => formatMessage(DICTIONARIES[lang][key] ?? vi[key] ?? key, params),
    [lang],
  );

  const value = useMemo(() => ({ lang, setLang, t }), [lang, setLang, t]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** The current language, its setter and the translate function. */
export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}
