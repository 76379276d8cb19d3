import { Button, Code, Group, Modal, Stack, Text } from '@mantine/core';
import { IconPrinter } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

export interface PrintedAnchor {
  fingerprint: string;
  lastId: number;
  rows: number;
  at: string;
  text: string;
}

/**
 * "Print anchor": the audit chain's head, signed by the office key, as text for the paper file. Kept
 * outside Legat, it later shows whether the log was rewritten (Verify chain against an anchor).
 */
export function AnchorPrintModal(props: { anchor: PrintedAnchor | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { anchor } = props;
  return (
    <Modal opened={anchor !== null} onClose={props.onClose} title={t('audit.anchor.title')} size="lg">
      {anchor && (
        <Stack gap="sm">
          <Text size="sm">{t('audit.anchor.intro', { id: anchor.lastId, count: anchor.rows })}</Text>
          <Text size="sm" fw={600}>
            {t('audit.anchor.fingerprint', { fingerprint: anchor.fingerprint })}
          </Text>
          <Code block style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>
            {anchor.text}
          </Code>
          <Group justify="flex-end">
            <Button variant="default" onClick={props.onClose}>
              {t('audit.anchor.close')}
            </Button>
            <Button leftSection={<IconPrinter size={16} />} onClick={() => window.print()}>
              {t('audit.anchor.print')}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
