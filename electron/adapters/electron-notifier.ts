import { Notification } from 'electron';
import type { Logger, Notifier } from '../core/ports';

/** Desktop notifications; where the OS has none (some Linux sessions) the message goes to the log. */
export function createElectronNotifier(logger: Logger): Notifier {
  return {
    notify(title, body) {
      if (!Notification.isSupported()) {
        logger.info('notification (unsupported here)', { title, body });
        return;
      }
      new Notification({ title, body, silent: false }).show();
    },
  };
}
