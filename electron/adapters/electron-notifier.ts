import { Notification } from 'electron';
import type { Logger, Notifier, ReminderNotice } from '../core/ports';

/** Desktop notifications; where the OS has none (some Linux sessions) the message goes to the log. */
export function createElectronNotifier(logger: Logger, onClick: (notice: ReminderNotice) => void): Notifier {
  return {
    notify(notice) {
      if (!Notification.isSupported()) {
        logger.info('notification (unsupported here)', { title: notice.title, body: notice.body });
        return;
      }
      const shown = new Notification({ title: notice.title, body: notice.body, silent: false });
      shown.on('click', () => onClick(notice));
      shown.show();
    },
  };
}
