import { Badge, Button, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconMailForward, IconUserPlus, IconUsers } from '@tabler/icons-react';
import { useState } from 'react';
import { useCurrentUser } from '../../api/queries/auth.js';
import { useInvitations, useRevokeInvitation, useUpdateUser, useUsers } from '../../api/queries/users.js';
import type { Invitation, User } from '../../api/types.js';
import { roleName } from '../../app/access.js';
import { EmptyState } from '../../components/EmptyState.js';
import { formatDateTime } from '../../components/format.js';
import { LoadingRows } from '../../components/LoadingRows.js';
import { PageHeader } from '../../components/PageHeader.js';
import { QueryError } from '../../components/QueryError.js';
import { ConfirmModal } from './ConfirmModal.js';
import { InviteModal } from './InviteModal.js';
import { invitationState, type InvitationState } from './pending-invitations.js';
import { TableScroll } from '../../components/TableScroll.js';

const STATE_COLORS: Record<InvitationState, string> = {
  pending: 'blue',
  accepted: 'groundup',
  revoked: 'gray',
  expired: 'orange',
};

/** The organization's people: role, status, last sign-in; deactivate and reactivate. */
function UsersTable({ me }: { readonly me: User }) {
  const users = useUsers();
  const update = useUpdateUser();
  const [deactivating, setDeactivating] = useState<User | null>(null);

  if (users.isPending) return <LoadingRows />;
  if (users.isError) return <QueryError error={users.error} retry={() => void users.refetch()} />;
  return (
    <>
      <TableScroll label="Users">
        <Table verticalSpacing="sm" striped aria-label="Users" miw={680}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Name</Table.Th>
              <Table.Th>Email</Table.Th>
              <Table.Th>Role</Table.Th>
              <Table.Th>Status</Table.Th>
              <Table.Th>Last sign-in</Table.Th>
              <Table.Th>
                <span className="visually-hidden">Actions</span>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {users.data.map((person) => (
              <Table.Tr key={person.id}>
                <Table.Td fw={600}>
                  {person.name}
                  {person.id === me.id && (
                    <Text span size="sm" c="dimmed" fw={400}>
                      {' '}
                      (you)
                    </Text>
                  )}
                </Table.Td>
                <Table.Td className="nowrap">{person.email}</Table.Td>
                <Table.Td>{roleName(person.role)}</Table.Td>
                <Table.Td>
                  <Badge variant="light" color={person.active ? 'groundup' : 'gray'}>
                    {person.active ? 'Active' : 'Deactivated'}
                  </Badge>
                </Table.Td>
                <Table.Td>{formatDateTime(person.lastSignInAt, 'Never')}</Table.Td>
                <Table.Td ta="right">
                  {person.id === me.id ? null : person.active ? (
                    <Button
                      variant="subtle"
                      color="red"
                      size="compact-sm"
                      aria-label={`Deactivate ${person.name}`}
                      onClick={() => {
                        update.reset();
                        setDeactivating(person);
                      }}
                    >
                      Deactivate
                    </Button>
                  ) : (
                    <Button
                      variant="subtle"
                      size="compact-sm"
                      aria-label={`Reactivate ${person.name}`}
                      loading={update.isPending && update.variables.id === person.id}
                      onClick={() =>
                        update.mutate(
                          { id: person.id, active: true },
                          { onSuccess: () => notifications.show({ message: `${person.name} can sign in again.` }) },
                        )
                      }
                    >
                      Reactivate
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableScroll>
      <ConfirmModal
        opened={deactivating !== null}
        title={`Deactivate ${deactivating?.name ?? ''}?`}
        confirmLabel="Deactivate"
        busy={update.isPending}
        error={update.error}
        onClose={() => setDeactivating(null)}
        onConfirm={() => {
          if (deactivating === null) return;
          update.mutate(
            { id: deactivating.id, active: false },
            {
              onSuccess: () => {
                notifications.show({ message: `${deactivating.name} can no longer sign in.` });
                setDeactivating(null);
              },
            },
          );
        }}
      >
        They are signed out everywhere and their API tokens stop working. Their records stay; you can reactivate them
        later.
      </ConfirmModal>
    </>
  );
}

/** The organization's invitations, newest first: state, who invited, expiry; revoke a pending one. */
function InvitationsTable({ onInvite }: { readonly onInvite: () => void }) {
  const invitations = useInvitations();
  const revoke = useRevokeInvitation();
  const [revoking, setRevoking] = useState<Invitation | null>(null);
  const now = new Date();

  if (invitations.isPending) return <LoadingRows rows={2} />;
  if (invitations.isError) return <QueryError error={invitations.error} retry={() => void invitations.refetch()} />;
  if (invitations.data.length === 0) {
    return (
      <EmptyState
        icon={<IconMailForward size={26} />}
        title="No invitations yet"
        action={
          <Button variant="default" onClick={onInvite}>
            Invite someone
          </Button>
        }
      >
        Invite colleagues by email; they choose their own password.
      </EmptyState>
    );
  }
  const sorted = [...invitations.data].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return (
    <>
      <TableScroll label="Invitations">
        <Table verticalSpacing="sm" aria-label="Invitations" miw={680}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Email</Table.Th>
              <Table.Th>Role</Table.Th>
              <Table.Th>Status</Table.Th>
              <Table.Th>Invited</Table.Th>
              <Table.Th>Expires</Table.Th>
              <Table.Th>
                <span className="visually-hidden">Actions</span>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {sorted.map((invitation) => {
              const state = invitationState(invitation, now);
              return (
                <Table.Tr key={invitation.id}>
                  <Table.Td className="nowrap">{invitation.email}</Table.Td>
                  <Table.Td>{roleName(invitation.role)}</Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={STATE_COLORS[state]}>
                      {state}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{formatDateTime(invitation.createdAt)}</Text>
                    <Text size="xs" c="dimmed">
                      by {invitation.invitedBy}
                    </Text>
                  </Table.Td>
                  <Table.Td>{formatDateTime(invitation.expiresAt)}</Table.Td>
                  <Table.Td ta="right">
                    {state === 'pending' && (
                      <Button
                        variant="subtle"
                        color="red"
                        size="compact-sm"
                        aria-label={`Revoke the invitation to ${invitation.email}`}
                        onClick={() => {
                          revoke.reset();
                          setRevoking(invitation);
                        }}
                      >
                        Revoke
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </TableScroll>
      <ConfirmModal
        opened={revoking !== null}
        title="Revoke this invitation?"
        confirmLabel="Revoke"
        busy={revoke.isPending}
        error={revoke.error}
        onClose={() => setRevoking(null)}
        onConfirm={() => {
          if (revoking === null) return;
          revoke.mutate(revoking.id, {
            onSuccess: () => {
              notifications.show({ message: `The invitation to ${revoking.email} was revoked.` });
              setRevoking(null);
            },
          });
        }}
      >
        The link sent to {revoking?.email} stops working. You can invite them again later.
      </ConfirmModal>
    </>
  );
}

/**
 * Users & invitations (admins): who can sign in to the organization, and who has been invited.
 *
 * @returns the page
 */
export function UsersPage() {
  const me = useCurrentUser();
  const [inviting, { open, close }] = useDisclosure(false);
  return (
    <>
      <PageHeader
        title="Users & invitations"
        description={`The people of ${me.organizationName}. Deactivating someone signs them out at once.`}
        actions={
          <Button leftSection={<IconUserPlus size={18} aria-hidden />} onClick={open}>
            Invite someone
          </Button>
        }
      />
      <Stack gap="lg">
        <Card withBorder padding="lg">
          <Group gap="xs" mb="md">
            <IconUsers size={20} aria-hidden />
            <Title order={2} fz="lg">
              Users
            </Title>
          </Group>
          <UsersTable me={me} />
        </Card>
        <Card withBorder padding="lg">
          <Group gap="xs" mb="md">
            <IconMailForward size={20} aria-hidden />
            <Title order={2} fz="lg">
              Invitations
            </Title>
          </Group>
          <InvitationsTable onInvite={open} />
        </Card>
      </Stack>
      <InviteModal opened={inviting} onClose={close} kind={me.organizationKind} />
    </>
  );
}
