import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Code, CopyButton, Group, Modal, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { IconCheck, IconCopy, IconAlertTriangle } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { messageOf } from '../../api/api-failure.js';
import { useCreateApiToken } from '../../api/queries/tokens.js';
import type { User } from '../../api/types.js';
import { roleName } from '../../app/access.js';
import { applyServerIssues } from '../../components/apply-server-issues.js';
import { invitableRoles } from './InviteModal.js';

const tokenSchema = z.object({
  name: z.string().trim().min(1, 'Name the token after what uses it.').max(200, 'At most 200 characters.'),
  role: z.enum(['clinician', 'lab_technician', 'patient', 'admin']),
});
type TokenValues = z.infer<typeof tokenSchema>;

/**
 * Creates an API token: a name and the role it acts as. The secret is then shown once, with a copy
 * button; closing the dialog forgets it.
 *
 * @param props - `opened`, `onClose` and the organization `kind`
 * @returns the modal
 */
export function CreateTokenModal({
  opened,
  onClose,
  kind,
}: {
  readonly opened: boolean;
  readonly onClose: () => void;
  readonly kind: User['organizationKind'];
}) {
  const roles = invitableRoles(kind);
  const create = useCreateApiToken();
  const queryClient = useQueryClient();
  const empty: TokenValues = { name: '', role: roles[0] ?? 'clinician' };
  const form = useForm<TokenValues>({ resolver: zodResolver(tokenSchema), defaultValues: empty });
  const { errors } = form.formState;
  const secret = create.data?.secret;

  const close = () => {
    form.reset(empty);
    create.reset();
    // The new token may have been tried while its secret was shown: show its "last used" now.
    void queryClient.invalidateQueries({ queryKey: ['tokens'] });
    onClose();
  };

  const submit = form.handleSubmit((values) =>
    create.mutate(values, { onError: (error) => applyServerIssues(error, ['name', 'role'], form.setError) }),
  );

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={secret === undefined ? 'Create an API token' : 'Copy the token now'}
      size="lg"
    >
      {secret !== undefined ? (
        <Stack gap="md">
          <Alert color="yellow" variant="light" icon={<IconAlertTriangle aria-hidden />} title="Shown only once">
            groundup keeps only a hash of this token. Copy it into the script or lab system that will use it; if it is
            lost, revoke it and create another.
          </Alert>
          <Text size="sm" fw={600} id="new-token-label">
            Token “{create.data?.token.name}”
          </Text>
          <Code block className="break-all" aria-labelledby="new-token-label" data-testid="token-secret">
            {secret}
          </Code>
          <Text size="sm" c="dimmed">
            Send it as <Code>Authorization: Bearer {'<token>'}</Code> with each request.
          </Text>
          <Group justify="flex-end">
            <CopyButton value={secret}>
              {({ copied, copy }) => (
                <Button
                  variant={copied ? 'light' : 'filled'}
                  leftSection={copied ? <IconCheck size={16} aria-hidden /> : <IconCopy size={16} aria-hidden />}
                  onClick={copy}
                >
                  {copied ? 'Copied' : 'Copy token'}
                </Button>
              )}
            </CopyButton>
            <Button variant="default" onClick={close}>
              Done
            </Button>
          </Group>
        </Stack>
      ) : (
        <form onSubmit={(event) => void submit(event)} noValidate aria-label="Create an API token">
          <Stack gap="md">
            <Text size="sm" c="dimmed">
              A token lets a script or a lab system use the API as your organization, with the role you choose.
            </Text>
            {create.isError && (
              <Alert color="red" variant="light" role="alert">
                {messageOf(create.error)}
              </Alert>
            )}
            <TextInput
              label="Name"
              placeholder="e.g. Nightly export"
              required
              data-autofocus
              {...form.register('name')}
              error={errors.name?.message}
            />
            <NativeSelect
              label="Acts as"
              data={roles.map((role) => ({ value: role, label: roleName(role) }))}
              {...form.register('role')}
              error={errors.role?.message}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                Cancel
              </Button>
              <Button type="submit" loading={create.isPending}>
                Create token
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
