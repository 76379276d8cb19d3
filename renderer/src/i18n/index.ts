import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';

/** Every file in ./en becomes a top-level key: en/cases.json holds the keys `cases.*`. */
const files = import.meta.glob<{ default: Record<string, unknown> }>('./en/*.json', { eager: true });
const english: Record<string, unknown> = {};
for (const [path, module] of Object.entries(files)) {
  const name = path.replace(/^.*\/(.+)\.json$/, '$1');
  english[name] = module.default;
}

void i18next.use(initReactI18next).init({
  lng: 'en',
  fallbackLng: 'en',
  resources: { en: { translation: english } },
  interpolation: { escapeValue: false },
  returnNull: false,
});

export default i18next;
