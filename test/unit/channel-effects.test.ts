import CHANNEL_EFFECTS from 'virtual:channel-effects';
import { describe, expect, it } from 'vitest';
import { contract } from '../../shared/ipc-contract';

describe("the renderer's table of what each channel shows and changes", () => {
  it('says exactly what the contract declares, for every channel and no other', () => {
    const declared = Object.fromEntries(
      Object.entries(contract).map(([name, spec]) => [
        name,
        { access: spec.access, shows: [...spec.shows], changes: [...spec.changes] },
      ]),
    );
    expect(CHANNEL_EFFECTS).toEqual(declared);
  });
});
