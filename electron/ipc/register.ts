import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { isChannelName, type Envelope } from '../../shared/ipc-contract';
import type { Logger } from '../core/ports';
import type { SenderFrame } from '../security/sender-check';
import type { Dispatch } from './dispatch';
import { INVOKE_CHANNEL } from './transport';

/**
 * One invoke handler for the whole contract. Every message is checked against its sender frame
 * (Electron security checklist item 17): only the app's own page may reach dispatch.
 */
export function registerIpc(
  dispatch: Dispatch,
  isTrustedSender: (frame: SenderFrame | null) => boolean,
  logger: Logger,
): () => void {
  ipcMain.handle(
    INVOKE_CHANNEL,
    async (event: IpcMainInvokeEvent, channel: unknown, input: unknown): Promise<Envelope<unknown>> => {
      const frame = event.senderFrame;
      const senderUrl = frame?.url ?? '';
      if (!isTrustedSender(frame ? { url: senderUrl, isMainFrame: frame.parent === null } : null)) {
        logger.warn('refused IPC from an unexpected frame', { senderUrl, channel: String(channel) });
        return failure('FORBIDDEN', 'This request did not come from the Legat window.');
      }
      if (typeof channel !== 'string' || !isChannelName(channel)) {
        return failure('UNKNOWN_CHANNEL', `Unknown channel: ${String(channel)}`);
      }
      try {
        return await dispatch(channel, input);
      } catch (error) {
        // dispatch() promises never to throw; this keeps a broken promise from reaching the page as a raw string.
        logger.error('dispatch threw', { channel, error: String(error) });
        return failure('INTERNAL', 'Something went wrong inside Legat.');
      }
    },
  );
  return () => ipcMain.removeHandler(INVOKE_CHANNEL);
}

function failure(code: 'FORBIDDEN' | 'UNKNOWN_CHANNEL' | 'INTERNAL', message: string): Envelope<unknown> {
  return { ok: false, error: { code, message } };
}
