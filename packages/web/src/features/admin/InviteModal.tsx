import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, Modal, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { messageOf } from '../../api/api-failure.js';
import { useCreateInvitation } from '../../api/queries/users.js';
import type { Role, User } from '../../api/types.js';
import { roleName } from '../../app/access.js';
import { applyServerIssues } from '../../components/apply-server-issues.js';

/**
 * The roles an admin can invite to their kind of organization: a clinic's clinicians and admins, a
 * lab's technicians and admins. (Patients get accounts from their record, not by a staff invitation.)
 *
 * @param kind - the admin's organization kind
 * @returns the roles, most common first
 */
export function invitableRoles(kind: User['organizationKind']): readonly Role[] {
  return kind === 'lab' ? ['lab_technician', 'admin'] : ['clinician', 'admin'];
}

const inviteSchema = z.object({
  email: z.email('Enter an email address.').max(320, 'At most 320 characters.'),
  name: z.string().trim().max(200, 'At most 200 characters.'),
  role: z.enum(['clinician', 'lab_technician', 'patient', 'admin']),
});
type InviteValues = z.infer<typeof inviteSchema>;

/**
 * Invites someone: their email, optional name and role. The link is emailed (or lands in the
 * development mailbox) and expires.
 *
 * @param props - `opened`, `onClose` and the organization `kind`
 * @returns the modal
 */
export function InviteModal({
  opened,
  onClose,
  kind,
}: {
  readonly opened: boolean;
  readonly onClose: () => void;
  readonly kind: User['organizationKind'];
}) {
  const roles = invitableRoles(kind);
  const create = useCreateInvitation();
  const empty: InviteValues = { email: '', name: '', role: roles[0] ?? 'clinician' };
  const form = useForm<InviteValues>({ resolver: zodResolver(inviteSchema), defaultValues: empty });
  const { errors } = form.formState;

  const close = () => {
    form.reset(empty);
    create.reset();
    onClose();
  };

  const submit = form.handleSubmit(({ email, name, role }) =>
    create.mutate(
      { email, role, ...(name === '' ? {} : { name }) },
      {
        onSuccess: () => {
          notifications.show({ color: 'groundup', message: `Invitation sent to ${email}.` });
          close();
        },
        onError: (error) => applyServerIssues(error, ['email', 'name', 'role'], form.setError),
      },
    ),
  );

  return (
    <Modal opened={opened} onClose={close} title="Invite someone" size="md">
      <form onSubmit={(event) => void submit(event)} noValidate aria-label="Invite someone">
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            They get an email with a link to set their name and password. The link works once and expires.
          </Text>
          {create.isError && (
            <Alert color="red" variant="light" role="alert">
              {messageOf(create.error)}
            </Alert>
          )}
          <TextInput
            label="Email"
            type="email"
            required
            data-autofocus
            {...form.register('email')}
            error={errors.email?.message}
          />
          <TextInput
            label="Name"
            description="Optional: they can change it."
            {...form.register('name')}
            error={errors.name?.message}
          />
          <NativeSelect
            label="Role"
            data={roles.map((role) => ({ value: role, label: roleName(role) }))}
            {...form.register('role')}
            error={errors.role?.message}
          />
          <Group justify="flex-end" mt="xs">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" loading={create.isPending}>
              Send invitation
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
