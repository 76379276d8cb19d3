import type { Plugin } from 'vite';
import { contract } from '../shared/ipc-contract';

const ID = 'virtual:channel-effects';

/**
 * `virtual:channel-effects`: each channel's access, shows and changes, read from the contract when the
 * renderer is built. The page needs only these (which cached reads a write makes stale); importing the
 * contract itself put zod and every schema, 434 KB, on the path to the first screen.
 */
export function channelEffects(): Plugin {
  return {
    name: 'legat-channel-effects',
    resolveId: (id) => (id === ID ? `\0${ID}` : undefined),
    load(id) {
      if (id !== `\0${ID}`) return undefined;
      const effects = Object.fromEntries(
        Object.entries(contract).map(([name, { access, shows, changes }]) => [name, { access, shows, changes }]),
      );
      return `export default ${JSON.stringify(effects)};`;
    },
  };
}
