import { z } from 'zod';
import { UI_LANGUAGES } from '../domain/languages';

export const uiLanguage = z.enum(UI_LANGUAGES, { error: 'validation.choose' });

/** The signed-in officer's interface language, which the main process's notices follow too. */
export const setLanguageInput = z.object({ language: uiLanguage });
export const officerLanguage = z.object({ language: uiLanguage });
