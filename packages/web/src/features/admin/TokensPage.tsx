import { Badge, Button, Card, Code, Table, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconKey, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useCurrentUser } from '../../api/queries/auth.js';
import { useApiTokens, useRevokeApiToken } from '../../api/queries/tokens.js';
import type { ApiToken } from '../../api/types.js';
import { roleName } from '../../app/access.js';
import { EmptyState } from '../../components/EmptyState.js';
import { formatDateTime } from '../../components/format.js';
import { LoadingRows } from '../../components/LoadingRows.js';
import { PageHeader } from '../../components/PageHeader.js';
import { QueryError } from '../../components/QueryError.js';
import { ConfirmModal } from './ConfirmModal.js';
import { CreateTokenModal } from './CreateTokenModal.js';
import { TableScroll } from '../../components/TableScroll.js';

/**
 * API tokens (admins): for scripts and lab systems. Create one (its secret is shown once), see when
 * each was last used, revoke one.
 *
 * @returns the page
 */
export function TokensPage() {
  const me = useCurrentUser();
  const tokens = useApiTokens();
  const revoke = useRevokeApiToken();
  const [creating, { open, close }] = useDisclosure(false);
  const [revoking, setRevoking] = useState<ApiToken | null>(null);

  return (
    <>
      <PageHeader
        title="API tokens"
        description="For scripts and lab systems that use the groundup API. A token acts as your organization with one role."
        actions={
          <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={open}>
            Create token
          </Button>
        }
      />
      <Card withBorder padding="lg">
        {tokens.isPending ? (
          <LoadingRows />
        ) : tokens.isError ? (
          <QueryError error={tokens.error} retry={() => void tokens.refetch()} />
        ) : tokens.data.length === 0 ? (
          <EmptyState
            icon={<IconKey size={26} />}
            title="No API tokens"
            action={
              <Button variant="default" onClick={open}>
                Create token
              </Button>
            }
          >
            Create a token for each script or system, so you can revoke one without stopping the others.
          </EmptyState>
        ) : (
          <TableScroll label="API tokens">
            <Table verticalSpacing="sm" striped aria-label="API tokens" miw={720}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Name</Table.Th>
                  <Table.Th>Token</Table.Th>
                  <Table.Th>Acts as</Table.Th>
                  <Table.Th>Created</Table.Th>
                  <Table.Th>Last used</Table.Th>
                  <Table.Th>Status</Table.Th>
                  <Table.Th>
                    <span className="visually-hidden">Actions</span>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {tokens.data.map((token) => (
                  <Table.Tr key={token.id}>
                    <Table.Td fw={600}>{token.name}</Table.Td>
                    <Table.Td>
                      <Code>{token.prefix}…</Code>
                    </Table.Td>
                    <Table.Td>{roleName(token.role)}</Table.Td>
                    <Table.Td>
                      <Text size="sm">{formatDateTime(token.createdAt)}</Text>
                      <Text size="xs" c="dimmed">
                        by {token.createdBy}
                      </Text>
                    </Table.Td>
                    <Table.Td>{formatDateTime(token.lastUsedAt, 'Never')}</Table.Td>
                    <Table.Td>
                      <Badge variant="light" color={token.revokedAt === null ? 'groundup' : 'gray'}>
                        {token.revokedAt === null ? 'Active' : 'Revoked'}
                      </Badge>
                    </Table.Td>
                    <Table.Td ta="right">
                      {token.revokedAt === null && (
                        <Button
                          variant="subtle"
                          color="red"
                          size="compact-sm"
                          aria-label={`Revoke ${token.name}`}
                          onClick={() => {
                            revoke.reset();
                            setRevoking(token);
                          }}
                        >
                          Revoke
                        </Button>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableScroll>
        )}
      </Card>
      <CreateTokenModal opened={creating} onClose={close} kind={me.organizationKind} />
      <ConfirmModal
        opened={revoking !== null}
        title={`Revoke “${revoking?.name ?? ''}”?`}
        confirmLabel="Revoke token"
        busy={revoke.isPending}
        error={revoke.error}
        onClose={() => setRevoking(null)}
        onConfirm={() => {
          if (revoking === null) return;
          revoke.mutate(revoking.id, {
            onSuccess: () => {
              notifications.show({ message: `The token “${revoking.name}” was revoked.` });
              setRevoking(null);
            },
          });
        }}
      >
        Anything using this token gets “401 unauthorized” from now on. This cannot be undone.
      </ConfirmModal>
    </>
  );
}
