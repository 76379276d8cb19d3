import { Badge, Paper, Stack, Table, Text, Title, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DraftView } from '../../../../shared/contract/drafting';
import { formatInstant } from '../../lib/format';
import { useOffice } from '../../lib/office-context';

/** Every file generated from this draft, newest first, each with its version and SHA-256. */
export function OutputsTable({ draft }: { draft: DraftView }) {
  const { t } = useTranslation();
  const { timeZone } = useOffice();
  return (
    <Paper withBorder p="md">
      <Stack gap="xs">
        <Title order={2} size="h3">
          {t('drafting.versions')}
        </Title>
        {draft.outputs.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('drafting.noVersions')}
          </Text>
        ) : (
          <Table striped aria-label={t('drafting.versions')} layout="fixed">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w="44%">{t('drafting.columns.file')}</Table.Th>
                <Table.Th w="22%">{t('drafting.columns.version')}</Table.Th>
                <Table.Th>{t('drafting.columns.sha256')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {draft.outputs.map((output) => (
                <Table.Tr key={output.id}>
                  <Table.Td style={{ overflowWrap: 'anywhere' }}>
                    <Text size="sm">{output.name}</Text>
                    <Text size="xs" c="dimmed">
                      {output.format.toUpperCase()} · {t(`drafting.languages.${output.language}`)} ·{' '}
                      {formatInstant(output.generatedAt, timeZone)} · {output.generatedBy ?? ''}
                      {output.overridden.length > 0
                        ? ` · ${t('drafting.withOverrides', { count: output.overridden.length })}`
                        : ''}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Stack gap={2} align="flex-start">
                      <Text size="sm">v{output.version}</Text>
                      <Badge size="xs" variant="light" color={output.current ? 'green' : 'gray'}>
                        {t(output.current ? 'drafting.current' : 'drafting.superseded')}
                      </Badge>
                    </Stack>
                  </Table.Td>
                  <Table.Td>
                    <Tooltip label={output.sha256}>
                      <Text size="xs" ff="monospace" style={{ overflowWrap: 'anywhere' }} data-testid="output-sha256">
                        {output.sha256}
                      </Text>
                    </Tooltip>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </Paper>
  );
}
