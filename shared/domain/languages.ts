/**
 * The interface languages. Each name is written in its own language: an officer looking for their
 * language finds it whatever the screen is currently in.
 */
export const UI_LANGUAGES = ['en', 'fr', 'es'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

export const LANGUAGE_ENDONYMS: Record<UiLanguage, string> = { en: 'English', fr: 'Français', es: 'Español' };

/** Dates and numbers: British English (day first, 24-hour), metropolitan French, peninsular Spanish. */
export const INTL_LOCALES: Record<UiLanguage, string> = { en: 'en-GB', fr: 'fr-FR', es: 'es-ES' };

export function isUiLanguage(value: unknown): value is UiLanguage {
  return typeof value === 'string' && (UI_LANGUAGES as readonly string[]).includes(value);
}

/** The interface language nearest to a BCP 47 tag (a browser's or the OS's), English when none is near. */
export function uiLanguageOf(tag: string | null | undefined): UiLanguage {
  const base = (tag ?? '').toLowerCase().split(/[-_]/)[0];
  return isUiLanguage(base) ? base : 'en';
}
