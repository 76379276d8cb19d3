import { Center, Loader, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Shown under a virtual table while its next page loads. */
export function LoadingMore({ active }: { active: boolean }) {
  const { t } = useTranslation();
  if (!active) return null;
  return (
    <Center py={6} style={{ gap: 8 }}>
      <Loader size="xs" />
      <Text size="xs" c="dimmed">
        {t('common.loadingMore')}
      </Text>
    </Center>
  );
}
