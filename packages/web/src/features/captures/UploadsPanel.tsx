import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  FileButton,
  Group,
  Progress,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { IconDownload, IconFileUpload, IconUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { messageOf } from '../../api/api-failure.js';
import { useUploadCapture, useUploads } from '../../api/queries/uploads.js';
import { EmptyState } from '../../components/EmptyState.js';
import { formatDateTime, formatSize } from '../../components/format.js';
import { LoadingRows } from '../../components/LoadingRows.js';
import { QueryError } from '../../components/QueryError.js';
import { failureReason, resultSummary, statusLook } from './upload-status.js';
import { TableScroll } from '../../components/TableScroll.js';

/**
 * A patient's captures: upload a file (with the bytes sent shown as it goes), then its analysis status,
 * the detected format, and a download link. The list refreshes itself while an analysis runs.
 *
 * @param props - the `patientId`
 * @returns the card
 */
export function UploadsPanel({ patientId }: { readonly patientId: string }) {
  const uploads = useUploads(patientId);
  const upload = useUploadCapture(patientId);
  const [sending, setSending] = useState<{ name: string; fraction: number } | null>(null);

  const send = (file: File | null) => {
    if (file === null) return;
    setSending({ name: file.name, fraction: 0 });
    upload.mutate(
      { file, onProgress: (fraction) => setSending({ name: file.name, fraction }) },
      { onSettled: () => setSending(null) },
    );
  };

  return (
    <Card withBorder padding="lg">
      <Group justify="space-between" mb="md" wrap="wrap">
        <Stack gap={2}>
          <Title order={2} fz="lg">
            Captures
          </Title>
          <Text size="sm" c="dimmed">
            Foot scans (STL, OBJ, PLY), pressure exports and motion files (C3D, TRC, MOT). Each file is analysed after
            upload.
          </Text>
        </Stack>
        <FileButton onChange={send} disabled={upload.isPending}>
          {(props) => (
            <Button {...props} leftSection={<IconUpload size={18} aria-hidden />} loading={upload.isPending}>
              Upload a capture file
            </Button>
          )}
        </FileButton>
      </Group>

      {sending !== null && (
        <Stack gap={4} mb="md" role="status">
          <Text size="sm">
            Sending {sending.name}: {Math.round(sending.fraction * 100)} %
          </Text>
          <Progress value={sending.fraction * 100} aria-label={`Sending ${sending.name}`} animated />
        </Stack>
      )}
      {upload.isError && (
        <Alert color="red" variant="light" role="alert" mb="md" title="The file was not uploaded">
          {messageOf(upload.error)}
        </Alert>
      )}

      {uploads.isPending ? (
        <LoadingRows rows={3} />
      ) : uploads.isError ? (
        <QueryError error={uploads.error} retry={() => void uploads.refetch()} />
      ) : uploads.data.length === 0 ? (
        <EmptyState icon={<IconFileUpload size={26} />} title="No captures yet">
          Upload a foot scan or a pressure or motion export; groundup detects the format and measures it.
        </EmptyState>
      ) : (
        <TableScroll label="Captures">
          <Table verticalSpacing="sm" aria-label="Captures" miw={640} className="uploads">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>File</Table.Th>
                <Table.Th>Status</Table.Th>
                <Table.Th>Detected format</Table.Th>
                <Table.Th>Uploaded</Table.Th>
                <Table.Th>
                  <span className="visually-hidden">Download</span>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {uploads.data.map((item) => {
                const look = statusLook(item.status);
                return (
                  <Table.Tr key={item.id} data-status={item.status}>
                    <Table.Td>
                      <Text fw={600} size="sm" className="break-all">
                        {item.filename}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {formatSize(item.sizeBytes)}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Stack gap={4}>
                        <Badge color={look.color} variant="light">
                          {look.label}
                        </Badge>
                        {item.status === 'running' && item.progress !== null && (
                          <Progress
                            value={item.progress * 100}
                            size="sm"
                            w={110}
                            aria-label={`Analysis of ${item.filename}`}
                          />
                        )}
                      </Stack>
                    </Table.Td>
                    <Table.Td>
                      {item.status === 'failed' ? (
                        <Text size="sm" c="red.9" className="outcome-failed">
                          {failureReason(item)}
                        </Text>
                      ) : (
                        <>
                          <Text size="sm">{item.format ?? (item.status === 'done' ? 'Not recognised' : '…')}</Text>
                          {item.status === 'done' && resultSummary(item.result) !== null && (
                            <Text size="xs" c="dimmed">
                              {resultSummary(item.result)}
                            </Text>
                          )}
                        </>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{formatDateTime(item.createdAt)}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Anchor
                        href={`/api/uploads/${encodeURIComponent(item.id)}/file`}
                        download={item.filename}
                        size="sm"
                        aria-label={`Download ${item.filename}`}
                      >
                        <Group gap={4} wrap="nowrap">
                          <IconDownload size={16} aria-hidden />
                          Download
                        </Group>
                      </Anchor>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </TableScroll>
      )}
    </Card>
  );
}
