import { setOfficerLanguage } from '../../core/i18n/officer-language';
import type { HandlerGroup } from './types';

export const officerHandlers: HandlerGroup<'officer'> = {
  'officer:setLanguage': (ctx, input) => setOfficerLanguage(ctx, input.language),
};
