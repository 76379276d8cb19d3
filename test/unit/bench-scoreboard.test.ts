import { describe, expect, it } from 'vitest';
import { formatScoreboard } from '../bench/scoreboard';

describe('bench scoreboard', () => {
  const rows = [
    {
      operation: 'open a case, p95',
      legat: '0.90 ms',
      peer: '0.40 ms',
      ratio: 2.25,
      target: '≤ 2x raw + 1 ms',
      pass: true,
    },
    { operation: 'seeding the large archive', legat: '421 s', peer: '', ratio: null, target: '≤ 120 s', pass: false },
  ];

  it('prints one aligned row per goal with its verdict', () => {
    const lines = formatScoreboard(rows);
    expect(lines[0]).toMatch(/^operation\s+Legat\s+raw\/peer\s+ratio\s+target\s+verdict$/);
    expect(lines[2]).toMatch(/^open a case, p95\s+0\.90 ms\s+0\.40 ms\s+2\.25x\s+≤ 2x raw \+ 1 ms\s+PASS$/);
    expect(lines[3]).toMatch(/^seeding the large archive\s+421 s\s+—\s+—\s+≤ 120 s\s+MISS$/);
    expect(lines[2]!.indexOf('0.90 ms')).toBe(lines[3]!.indexOf('421 s'));
  });

  it('ends with a targets line naming every row and how many were met', () => {
    const last = formatScoreboard(rows).at(-1)!;
    expect(last.startsWith('targets: ')).toBe(true);
    expect(last).toContain('open a case, p95 PASS');
    expect(last).toContain('seeding the large archive MISS');
    expect(last).toMatch(/1 of 2 met$/);
  });
});
