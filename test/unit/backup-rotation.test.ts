import { describe, expect, it } from 'vitest';
import { backupsToPrune } from '../../electron/core/backups/rotation';

const at = (iso: string) => ({ name: iso, createdAt: iso });

describe('backup rotation (7 daily + 4 weekly)', () => {
  it('keeps everything while there are fewer copies than the policy allows', () => {
    const backups = ['2026-11-28T02:00:00Z', '2026-11-29T02:00:00Z', '2026-11-30T02:00:00Z'].map(at);
    expect(backupsToPrune(backups)).toEqual([]);
  });

  it('keeps only the newest copy of a day', () => {
    const backups = ['2026-11-30T02:00:00Z', '2026-11-30T14:00:00Z', '2026-11-30T20:00:00Z'].map(at);
    expect(backupsToPrune(backups).map((b) => b.name)).toEqual(['2026-11-30T14:00:00Z', '2026-11-30T02:00:00Z']);
  });

  it('after 60 daily copies keeps the last 7 days and one per each of the 4 weeks before them', () => {
    const days = Array.from({ length: 60 }, (_, i) => new Date(Date.UTC(2026, 8, 1 + i, 2)).toISOString());
    const pruned = new Set(backupsToPrune(days.map(at)).map((b) => b.name));
    const kept = days.filter((day) => !pruned.has(day));
    expect(kept).toHaveLength(11);
    expect(kept.slice(-7)).toEqual(days.slice(-7));
    // The weekly copies: older than the daily ones, each the newest (Sunday) of its own ISO week.
    const weekly = kept.slice(0, 4);
    expect(weekly.every((day) => day < days.at(-7)!)).toBe(true);
    expect(weekly.slice(0, 3).map((day) => new Date(day).getUTCDay())).toEqual([0, 0, 0]);
    const mondayOf = (day: string) => {
      const date = new Date(day);
      date.setUTCDate(date.getUTCDate() - ((date.getUTCDay() + 6) % 7));
      return date.toISOString().slice(0, 10);
    };
    expect(new Set(weekly.map(mondayOf)).size).toBe(4);
  });

  it('survives gaps: a machine switched off for weeks keeps its older copies', () => {
    const backups = ['2026-06-01T02:00:00Z', '2026-08-15T02:00:00Z', '2026-11-30T02:00:00Z'].map(at);
    expect(backupsToPrune(backups)).toEqual([]);
  });
});
