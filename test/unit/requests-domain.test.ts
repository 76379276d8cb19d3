import { describe, expect, it } from 'vitest';
import { contract } from '../../shared/ipc-contract';
import { CHANNELS, isFinished, STATUSES_BY_CHANNEL, FINISHED_STATUSES } from '../../shared/domain/requests';
import { addDays, dateInZone, daysBetween } from '../../shared/domain/dates';
import { formatCaseReference } from '../../shared/domain/cases';

describe('channel vocabulary', () => {
  it('starts every channel at draft and ends it at closed', () => {
    for (const channel of CHANNELS) {
      expect(STATUSES_BY_CHANNEL[channel][0]).toBe('draft');
      expect(isFinished(channel, 'closed')).toBe(true);
      expect(isFinished(channel, 'draft')).toBe(false);
      for (const status of FINISHED_STATUSES[channel]) expect(STATUSES_BY_CHANNEL[channel]).toContain(status);
    }
  });

  it('names every IPC channel domain:verb', () => {
    for (const name of Object.keys(contract)) expect(name).toMatch(/^[a-z]+:[a-zA-Z]+$/);
  });
});

describe('dates and references', () => {
  it('does calendar arithmetic across month and year ends', () => {
    expect(addDays('2026-12-30', 3)).toBe('2027-01-02');
    expect(daysBetween('2026-11-29', '2026-12-06')).toBe(7);
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
  });

  it('takes the calendar day in the office time zone, not the machine', () => {
    const instant = new Date('2026-11-30T03:00:00Z');
    expect(dateInZone(instant, 'America/New_York')).toBe('2026-11-29');
    expect(dateInZone(instant, 'Asia/Tokyo')).toBe('2026-11-30');
  });

  it('formats office references with four-digit numbers', () => {
    expect(formatCaseReference('LGT', 2026, 42)).toBe('LGT-2026-0042');
    expect(formatCaseReference('LGT', 2026, 12345)).toBe('LGT-2026-12345');
  });
});
