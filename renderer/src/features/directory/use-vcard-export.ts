import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { VcardExportInput } from '../../../../shared/contract/vcard';
import { useApiMutation } from '../../platform/api';
import { downloadFromHost } from '../../platform/files';

/** Writes a .vcf and, in the browser, downloads it; on the desktop the save dialog chose the place. */
export function useVcardExport() {
  const { t } = useTranslation();
  const mutation = useApiMutation('vcard:export');
  const run = (input: VcardExportInput) =>
    mutation.mutate(input, {
      onSuccess: (result) => {
        if (result.cancelled) return;
        if (result.downloadPath) downloadFromHost(result.downloadPath);
        notifications.show({
          color: 'green',
          message: t('directory.vcard.exported', { count: result.count, file: result.fileName }),
        });
      },
      onError: (error) =>
        notifications.show({ color: 'red', title: t(`errors.${error.code}`), message: error.message }),
    });
  return { run, pending: mutation.isPending };
}
