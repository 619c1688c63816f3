import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Anchor, Button, Group, PasswordInput, Skeleton, Stack, Table, Text, TextInput } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { ApiFailure, messageOf } from '../../api/api-failure.js';
import { useAcceptInvitation, useInvitationLookup } from '../../api/queries/auth.js';
import { roleName } from '../../app/access.js';
import { formatDateTime } from '../../components/format.js';
import { AuthCard } from './AuthCard.js';

const route = getRouteApi('/invitations/accept');

/** The server's password rule (at least 10 characters), and a second entry that must match. */
export const acceptSchema = z
  .object({
    name: z.string().trim().min(1, 'Enter your name.').max(200, 'At most 200 characters.'),
    password: z.string().min(10, 'At least 10 characters.').max(200, 'At most 200 characters.'),
    confirm: z.string(),
  })
  .refine((values) => values.password === values.confirm, {
    path: ['confirm'],
    message: 'The two passwords differ.',
  });

/**
 * Why an invitation link does not work, in a sentence.
 *
 * @param error - what the look-up threw
 * @returns the message
 */
function lookupFailure(error: unknown): string {
  if (error instanceof ApiFailure && error.status === 410)
    return 'This invitation has expired. Ask your administrator to send a new one.';
  if (error instanceof ApiFailure && error.status === 404)
    return 'This invitation link is not valid: it may have been revoked or already used.';
  return messageOf(error);
}

/**
 * Accepting an invitation: shows the organization, email and role it is for, takes a name and a
 * password, and signs the new user in.
 *
 * @returns the page
 */
export function AcceptInvitationPage() {
  const { token } = route.useSearch();
  const navigate = useNavigate();
  const lookup = useInvitationLookup(token);
  const accept = useAcceptInvitation();
  const form = useForm({ resolver: zodResolver(acceptSchema), defaultValues: { name: '', password: '', confirm: '' } });

  if (token === '') {
    return (
      <AuthCard title="Accept an invitation">
        <Alert color="red" variant="light" role="alert" icon={<IconAlertTriangle aria-hidden />}>
          This link has no invitation token. Open the link from your invitation email again.
        </Alert>
      </AuthCard>
    );
  }

  const submit = form.handleSubmit(({ name, password }) =>
    accept.mutate({ token, name, password }, { onSuccess: () => void navigate({ to: '/', replace: true }) }),
  );

  return (
    <AuthCard title="Accept your invitation" subtitle="Set your name and a password to join.">
      {lookup.isPending && <Skeleton height={96} aria-label="Loading the invitation" />}
      {lookup.isError && (
        <Stack gap="sm">
          <Alert color="red" variant="light" role="alert" icon={<IconAlertTriangle aria-hidden />}>
            {lookupFailure(lookup.error)}
          </Alert>
          <Button component={Link} to="/sign-in" variant="default">
            Go to sign-in
          </Button>
        </Stack>
      )}
      {lookup.data !== undefined && (
        <>
          <Table variant="vertical" withTableBorder layout="fixed" aria-label="Invitation">
            <Table.Tbody>
              <Table.Tr>
                <Table.Th w={130}>Organization</Table.Th>
                <Table.Td>{lookup.data.organizationName}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>Email</Table.Th>
                <Table.Td className="break-all">{lookup.data.email}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>Role</Table.Th>
                <Table.Td>{roleName(lookup.data.role)}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>Expires</Table.Th>
                <Table.Td>{formatDateTime(lookup.data.expiresAt)}</Table.Td>
              </Table.Tr>
            </Table.Tbody>
          </Table>
          {accept.isError && (
            <Alert color="red" variant="light" role="alert" icon={<IconAlertTriangle aria-hidden />}>
              {messageOf(accept.error)}
            </Alert>
          )}
          <form onSubmit={(event) => void submit(event)} noValidate aria-label="Accept invitation">
            <Stack gap="md">
              <TextInput
                label="Your name"
                autoComplete="name"
                required
                {...form.register('name')}
                error={form.formState.errors.name?.message}
              />
              <PasswordInput
                label="Password"
                description="At least 10 characters."
                autoComplete="new-password"
                required
                {...form.register('password')}
                error={form.formState.errors.password?.message}
              />
              <PasswordInput
                label="Repeat the password"
                autoComplete="new-password"
                required
                {...form.register('confirm')}
                error={form.formState.errors.confirm?.message}
              />
              <Group justify="space-between" mt="xs">
                <Text size="sm" c="dimmed">
                  Already have an account?{' '}
                  <Anchor renderRoot={(props) => <Link to="/sign-in" {...props} />} inherit underline="always">
                    Sign in
                  </Anchor>
                </Text>
                <Button type="submit" loading={accept.isPending}>
                  Join {lookup.data.organizationName}
                </Button>
              </Group>
            </Stack>
          </form>
        </>
      )}
    </AuthCard>
  );
}
