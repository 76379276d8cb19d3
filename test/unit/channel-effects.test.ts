import { describe, expect, it } from 'vitest';
import { CHANNEL_EFFECTS, isKnownChannel } from '../../shared/contract/channel-effects';
import { contract } from '../../shared/ipc-contract';

describe("the renderer's table of what each channel shows and changes", () => {
  it('says exactly what the contract declares (else run `npx tsx electron/build/channel-effects.ts`)', () => {
    const declared = Object.fromEntries(
      Object.entries(contract).map(([name, spec]) => [
        name,
        { access: spec.access, shows: [...spec.shows], changes: [...spec.changes] },
      ]),
    );
    expect(CHANNEL_EFFECTS).toEqual(declared);
  });

  it('knows every channel of the contract and nothing else', () => {
    for (const name of Object.keys(contract)) expect(isKnownChannel(name)).toBe(true);
    expect(isKnownChannel('case:drop')).toBe(false);
    expect(isKnownChannel('toString')).toBe(false);
  });
});
