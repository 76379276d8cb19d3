import { describe, expect, it } from 'vitest';
import { DEFAULT_RULES } from '../../shared/domain/deadlines';

/** Settings → Deadline rules shows each note to officers: sentences for them, no code or file names. */
const DEVELOPER_TEXT = /NOTES\.md|appliesWhen|excludedCountries|'[a-z]+_[a-z_]+'|\bURL\b|mailing-list/;

describe('shipped deadline rule notes', () => {
  it.each(DEFAULT_RULES.map((rule) => [rule.id, rule.source.note ?? ''] as const))(
    '%s reads for officers',
    (_, note) => {
      expect(note).not.toMatch(DEVELOPER_TEXT);
    },
  );
});
