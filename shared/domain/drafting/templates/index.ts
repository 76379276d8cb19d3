import type { DraftLanguage } from '../doc-types';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import type { LanguagePack } from './types';

export type { LanguagePack, SectionText } from './types';

export const LANGUAGE_PACKS: Record<DraftLanguage, LanguagePack> = { en, fr, es };
