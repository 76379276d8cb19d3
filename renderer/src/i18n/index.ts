import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { UI_LANGUAGES, type UiLanguage } from '../../../shared/domain/languages';
import { initialLanguage, showLanguage } from './language';

/**
 * Every file in ./<language> becomes a top-level key: en/cases.json holds the keys `cases.*`. All three
 * languages are bundled (about 100 kB each before compression): switching needs no loading.
 */
const files = import.meta.glob<{ default: Record<string, unknown> }>('./*/*.json', { eager: true });
const resources = Object.fromEntries(UI_LANGUAGES.map((lang) => [lang, { translation: {} }])) as Record<
  UiLanguage,
  { translation: Record<string, unknown> }
>;
for (const [path, module] of Object.entries(files)) {
  const [, lang, name] = /^\.\/([a-z]+)\/(.+)\.json$/.exec(path) ?? [];
  const bucket = resources[lang as UiLanguage];
  if (bucket && name) bucket.translation[name] = module.default;
}

void i18next.use(initReactI18next).init({
  lng: initialLanguage(),
  fallbackLng: 'en',
  supportedLngs: [...UI_LANGUAGES],
  resources,
  interpolation: { escapeValue: false },
  returnNull: false,
});
showLanguage(i18next.language);
i18next.on('languageChanged', showLanguage);

export default i18next;
