import { describe, expect, it } from 'vitest';
import { prefillFor, WORKFLOWS } from '../../shared/domain/workflow';

const known = { ourReference: 'ASIW/MLA/001', theirReference: 'DOJ-OIA-1', handlingCode: 'H2' };

describe('step fields start from what the request already records', () => {
  it.each([
    ['ticket', 'DOJ-OIA-1'],
    ['messageReference', 'DOJ-OIA-1'],
    ['theirReference', 'DOJ-OIA-1'],
    ['handlingCode', 'H2'],
    ['centralAuthorityReference', null],
    ['diplomaticNoteNumber', null],
    ['reason', null],
  ] as const)('%s starts as %s', (field, expected) => {
    expect(prefillFor(field, known)).toBe(expected);
  });

  it('offers nothing where the request holds nothing yet', () => {
    expect(prefillFor('ticket', { ourReference: '', theirReference: ' ', handlingCode: null })).toBeNull();
  });

  it('never asks a step to replace the request’s own reference', () => {
    const asking = Object.values(WORKFLOWS).flatMap((w) =>
      w.transitions
        .filter((t) => t.fields.some((f) => f.name === 'ourReference'))
        .map((t) => `${w.channel}:${t.action}`),
    );
    expect(asking).toEqual([]);
  });
});
