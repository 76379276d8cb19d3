import i18next from 'i18next';
import type { UiLanguage } from '../../../shared/domain/languages';

const CHUNKS: Record<Exclude<UiLanguage, 'en'>, () => Promise<{ default: Record<string, unknown> }>> = {
  fr: () => import('./catalogue-fr'),
  es: () => import('./catalogue-es'),
};

/** Makes a language's texts available (a local chunk, a few milliseconds); English always is. */
export async function loadLanguage(language: UiLanguage): Promise<void> {
  if (language === 'en' || i18next.hasResourceBundle(language, 'translation')) return;
  const { default: translation } = await CHUNKS[language]();
  i18next.addResourceBundle(language, 'translation', translation, true, true);
}
