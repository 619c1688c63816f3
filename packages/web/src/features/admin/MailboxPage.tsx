import { Accordion, Alert, Badge, Card, Group, Stack, Text } from '@mantine/core';
import { IconInfoCircle, IconMail } from '@tabler/icons-react';
import { ApiFailure } from '../../api/api-failure.js';
import { useDevMailbox } from '../../api/queries/mailbox.js';
import { EmptyState } from '../../components/EmptyState.js';
import { formatDateTime } from '../../components/format.js';
import { LoadingRows } from '../../components/LoadingRows.js';
import { PageHeader } from '../../components/PageHeader.js';
import { QueryError } from '../../components/QueryError.js';
import { linkify } from './linkify.js';

/**
 * The development mailbox (admins, when SMTP is not configured): the email groundup would have sent
 * to the organization's people and invitees, newest first, with their links clickable.
 *
 * @returns the page
 */
export function MailboxPage() {
  const mailbox = useDevMailbox();
  const smtpConfigured = mailbox.error instanceof ApiFailure && mailbox.error.status === 404;

  return (
    <>
      <PageHeader
        title="Mailbox"
        description="Email is not configured on this server, so messages are kept here instead of being sent."
      />
      <Alert color="blue" variant="light" icon={<IconInfoCircle aria-hidden />} mb="lg">
        For development and trials only. Set the SMTP settings to send real email; this page then closes.
      </Alert>
      <Card withBorder padding="lg">
        {mailbox.isPending ? (
          <LoadingRows />
        ) : smtpConfigured ? (
          <EmptyState icon={<IconMail size={26} />} title="Email is sent by SMTP">
            This server sends real email, so there is no development mailbox.
          </EmptyState>
        ) : mailbox.isError ? (
          <QueryError error={mailbox.error} retry={() => void mailbox.refetch()} />
        ) : mailbox.data.length === 0 ? (
          <EmptyState icon={<IconMail size={26} />} title="No messages">
            Invitations and notices to your organization’s people appear here.
          </EmptyState>
        ) : (
          <Accordion variant="separated" multiple defaultValue={mailbox.data.slice(0, 1).map((m) => m.id)}>
            {[...mailbox.data]
              .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
              .map((message) => (
                <Accordion.Item key={message.id} value={message.id}>
                  <Accordion.Control>
                    <Group justify="space-between" wrap="wrap" gap="xs">
                      <Stack gap={0}>
                        <Text fw={600}>{message.subject}</Text>
                        <Text size="sm" c="dimmed">
                          To {message.to}
                        </Text>
                      </Stack>
                      <Group gap="xs">
                        <Text size="sm" c="dimmed">
                          {formatDateTime(message.createdAt)}
                        </Text>
                        <Badge variant="light" color={message.sentAt === null ? 'gray' : 'groundup'}>
                          {message.sentAt === null ? 'Queued' : 'Delivered here'}
                        </Badge>
                      </Group>
                    </Group>
                  </Accordion.Control>
                  <Accordion.Panel>
                    <Text component="div" size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                      {linkify(message.text)}
                    </Text>
                  </Accordion.Panel>
                </Accordion.Item>
              ))}
          </Accordion>
        )}
      </Card>
    </>
  );
}
