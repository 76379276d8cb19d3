import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { UI_LANGUAGES } from '../../../shared/domain/languages';
import en from './catalogue-en';
import { initialLanguage, showLanguage } from './language';
import { loadLanguage } from './load-language';

/**
 * English is in the first script (it is every key's fallback); French and Spanish are a chunk each,
 * fetched when first shown: the start parses one language's texts, not three (see DECISIONS.md).
 */
void i18next.use(initReactI18next).init({
  lng: 'en',
  fallbackLng: 'en',
  supportedLngs: [...UI_LANGUAGES],
  resources: { en: { translation: en } },
  interpolation: { escapeValue: false },
  returnNull: false,
});
showLanguage(i18next.language);
i18next.on('languageChanged', showLanguage);

const firstLanguage = initialLanguage();
/**
 * Settles once the language this computer last used is loaded and shown: the page renders after it.
 * A chunk that cannot be read leaves the page in English rather than blank.
 */
export const i18nReady: Promise<unknown> = loadLanguage(firstLanguage)
  .then(() => i18next.changeLanguage(firstLanguage))
  .catch(() => undefined);

export default i18next;
