import { Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApiQuery } from '../../platform/api';

/** Requests made together, e.g. the preservation sent so the formal request can follow in time. */
export function LinkedRequests({ requestId }: { requestId: number }) {
  const { t } = useTranslation();
  const links = useApiQuery('links:list', { id: requestId });
  const items = links.data?.links ?? [];
  if (items.length === 0) return null;
  return (
    <Paper withBorder p="sm" component="section" aria-labelledby="linked-requests-heading">
      <Title order={2} size="h4" id="linked-requests-heading" mb="xs">
        {t('advisor.links.title')}
      </Title>
      <Stack gap={4}>
        {items.map((link) => (
          <Group key={link.requestId} gap="xs">
            <Text size="sm">{t(`advisor.links.${link.relation}.${link.direction}`)}</Text>
            <Anchor component={Link} to={`/requests/${link.requestId}`} size="sm">
              {link.title}
            </Anchor>
            <Badge size="xs" variant="light">
              {t(`workflow.status.${link.status}`, { defaultValue: link.status })}
            </Badge>
          </Group>
        ))}
      </Stack>
    </Paper>
  );
}
