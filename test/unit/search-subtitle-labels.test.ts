import { describe, expect, it } from 'vitest';
import domain from '../../renderer/src/i18n/en/domain.json';
import { SUBTITLE_LABELS } from '../../renderer/src/features/search/search-hits';
import { CASE_STATUSES, OFFENCE_CATEGORIES } from '../../shared/domain/cases';

/** A case hit's subtitle is "offence · status" (search-repo): each code must find its words, not show as "computer_fraud". */
describe('search palette subtitles', () => {
  it.each([...OFFENCE_CATEGORIES, ...CASE_STATUSES])('a case’s %s reads as words', (code) => {
    const found = SUBTITLE_LABELS.case.some(
      (ns) => typeof (domain as Record<string, Record<string, unknown>>)[ns]?.[code] === 'string',
    );
    expect(found).toBe(true);
  });
});
