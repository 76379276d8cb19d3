import { readFileSync } from 'node:fs';
import path from 'node:path';

export interface MigrationJournal {
  /** How many migrations this build of the app knows. */
  count: number;
  /** drizzle records each applied migration with the `when` of its journal entry. */
  lastWhen: number;
  tags: string[];
}

export function readJournal(migrationsDir: string): MigrationJournal {
  const file = path.join(migrationsDir, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(file, 'utf8')) as { entries: { tag: string; when: number }[] };
  return {
    count: journal.entries.length,
    lastWhen: Math.max(0, ...journal.entries.map((e) => e.when)),
    tags: journal.entries.map((e) => e.tag),
  };
}
