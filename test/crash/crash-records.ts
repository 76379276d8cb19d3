import type { ChannelInput } from '../../shared/ipc-contract';

/** The writer opens its database with this key, as the app does after sign-in: crashes hit the encrypted file. */
export const CRASH_DATA_KEY = Buffer.alloc(32, 9);

export const CRASH_OFFICE = {
  name: 'Crash Test Office',
  homeCountry: 'FR',
  hostCountry: 'US',
  timeZone: 'America/New_York',
  referencePrefix: 'CRS',
  officers: [{ name: 'Anne Officer', title: 'Attaché', email: 'anne@example.org' }],
} satisfies ChannelInput<'office:setup'>;

/** A summary long enough to span pages, derived from n, so a half-written row cannot pass for whole. */
export function crashSummary(n: number): string {
  return (
    `crash-${n}:` + Array.from({ length: 60 }, (_, i) => ((n * 7919 + i * 104729) % 1000003).toString(36)).join('.')
  );
}

export function crashCase(n: number): ChannelInput<'case:create'> {
  return {
    title: `crash-${n}`,
    offenceCategory: 'illegal_access',
    counterpartCountry: 'US',
    openedOn: '2026-11-02',
    tags: ['crash'],
    summary: crashSummary(n),
  };
}
