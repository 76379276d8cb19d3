/** The Electron IPC channel names shared by the preload and the main process. */
export const INVOKE_CHANNEL = 'legat:invoke';
export const EVENT_CHANNEL = 'legat:event';

/**
 * Main hands the contract's channel names to the preload as a command-line switch, so the sandboxed
 * preload keeps its allow-list without bundling zod and every schema (1.7 MB instead of a few kB).
 */
export const CHANNELS_SWITCH = '--legat-channels=';
