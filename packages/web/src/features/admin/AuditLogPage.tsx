import { Button, Card, Code, Group, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconChevronLeft, IconChevronRight, IconListDetails } from '@tabler/icons-react';
import { useState } from 'react';
import { useAuditEvents } from '../../api/queries/audit.js';
import { EmptyState } from '../../components/EmptyState.js';
import { formatDateTime } from '../../components/format.js';
import { LoadingRows } from '../../components/LoadingRows.js';
import { PageHeader } from '../../components/PageHeader.js';
import { QueryError } from '../../components/QueryError.js';
import { TableScroll } from '../../components/TableScroll.js';

/**
 * An id short enough for a table cell: its first 8 characters (the full id is the cell's title).
 *
 * @param id - a resource id
 * @returns e.g. "da18e475…"
 */
function shortId(id: string): string {
  return id.length > 10 ? `${id.slice(0, 8)}…` : id;
}

/** Entries per page of the audit log. */
export const AUDIT_PAGE_SIZE = 25;

/**
 * The audit log (admins): every read and change of the organization's data, newest first, filtered
 * by action and resource type, a page at a time.
 *
 * @returns the page
 */
export function AuditLogPage() {
  const [action, setAction] = useState('');
  const [resourceType, setResourceType] = useState('');
  const [filters] = useDebouncedValue({ action: action.trim(), resourceType: resourceType.trim() }, 300);
  // The cursors of the pages before this one: "Newer" pops, "Older" pushes the answer's nextBefore.
  const [cursors, setCursors] = useState<readonly (string | undefined)[]>([]);
  const [before, setBefore] = useState<string | undefined>(undefined);
  const events = useAuditEvents({ limit: AUDIT_PAGE_SIZE, before, ...filters });

  const resetPaging = () => {
    setCursors([]);
    setBefore(undefined);
  };
  const page = cursors.length + 1;

  return (
    <>
      <PageHeader
        title="Audit log"
        description="Every read and change of your organization's records: who, what, when and from where."
      />
      <Card withBorder padding="lg">
        <Group mb="md" align="flex-end" wrap="wrap">
          <TextInput
            label="Action"
            placeholder="e.g. patient.read"
            value={action}
            onChange={(event) => {
              setAction(event.currentTarget.value);
              resetPaging();
            }}
            w={{ base: '100%', sm: 240 }}
          />
          <TextInput
            label="Resource type"
            placeholder="e.g. patient"
            value={resourceType}
            onChange={(event) => {
              setResourceType(event.currentTarget.value);
              resetPaging();
            }}
            w={{ base: '100%', sm: 240 }}
          />
        </Group>
        {events.isPending ? (
          <LoadingRows rows={6} />
        ) : events.isError ? (
          <QueryError error={events.error} retry={() => void events.refetch()} />
        ) : events.data.events.length === 0 ? (
          <EmptyState icon={<IconListDetails size={26} />} title="No entries">
            {filters.action === '' && filters.resourceType === ''
              ? 'Nothing has been recorded yet.'
              : 'No entry matches these filters.'}
          </EmptyState>
        ) : (
          <TableScroll label="Audit log">
            <Table verticalSpacing="xs" striped aria-label="Audit log" miw={760} aria-busy={events.isFetching}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>When</Table.Th>
                  <Table.Th>Who</Table.Th>
                  <Table.Th>Action</Table.Th>
                  <Table.Th>Resource</Table.Th>
                  <Table.Th>From</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {events.data.events.map((event) => (
                  <Table.Tr key={event.id}>
                    <Table.Td>
                      <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                        {formatDateTime(event.at)}
                      </Text>
                    </Table.Td>
                    <Table.Td className="nowrap">{event.actorName}</Table.Td>
                    <Table.Td>
                      <Code>{event.action}</Code>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{event.resourceType}</Text>
                      {event.resourceId !== null && (
                        <Text size="xs" c="dimmed" ff="monospace" title={event.resourceId}>
                          {shortId(event.resourceId)}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{event.ip ?? '—'}</Text>
                      {event.userAgent !== null && (
                        <Text size="xs" c="dimmed" lineClamp={1} title={event.userAgent}>
                          {event.userAgent}
                        </Text>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableScroll>
        )}
        <Group justify="space-between" mt="md">
          <Text size="sm" c="dimmed">
            Page {page}
          </Text>
          <Group gap="xs">
            <Button
              variant="default"
              leftSection={<IconChevronLeft size={16} aria-hidden />}
              disabled={cursors.length === 0}
              onClick={() => {
                setBefore(cursors[cursors.length - 1]);
                setCursors(cursors.slice(0, -1));
              }}
            >
              Newer
            </Button>
            <Button
              variant="default"
              rightSection={<IconChevronRight size={16} aria-hidden />}
              disabled={events.data?.nextBefore == null || events.isPlaceholderData}
              onClick={() => {
                const next = events.data?.nextBefore;
                if (next == null) return;
                setCursors([...cursors, before]);
                setBefore(next);
              }}
            >
              Older
            </Button>
          </Group>
        </Group>
      </Card>
    </>
  );
}
