import { zodResolver } from '@hookform/resolvers/zod';
import {
  Alert,
  Button,
  Card,
  Group,
  NativeSelect,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFlask } from '@tabler/icons-react';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { messageOf } from '../../api/api-failure.js';
import { useCurrentUser } from '../../api/queries/auth.js';
import {
  useLabs,
  useOrganization,
  usePartnerLabs,
  useSetPartnerLab,
  useUpdateOrganization,
} from '../../api/queries/organization.js';
import type { Organization } from '../../api/types.js';
import { applyServerIssues } from '../../components/apply-server-issues.js';
import { EmptyState } from '../../components/EmptyState.js';
import { LoadingRows } from '../../components/LoadingRows.js';
import { PageHeader } from '../../components/PageHeader.js';
import { QueryError } from '../../components/QueryError.js';

const settingsSchema = z.object({
  name: z.string().trim().min(1, 'Enter the organization’s name.').max(200, 'At most 200 characters.'),
  address: z.string().trim().max(500, 'At most 500 characters.'),
  phone: z.string().trim().max(50, 'At most 50 characters.'),
  email: z.union([z.literal(''), z.email('Enter an email address, or leave it empty.')]),
});
type SettingsValues = z.infer<typeof settingsSchema>;
const FIELDS = ['name', 'address', 'phone', 'email'] as const;

/** The organization's name and contact details, saved together. */
function SettingsForm({ organization }: { readonly organization: Organization }) {
  const update = useUpdateOrganization();
  const initial: SettingsValues = {
    name: organization.name,
    address: organization.settings.address ?? '',
    phone: organization.settings.phone ?? '',
    email: organization.settings.email ?? '',
  };
  const form = useForm<SettingsValues>({ resolver: zodResolver(settingsSchema), defaultValues: initial });
  const { errors, isDirty } = form.formState;

  // Only the fields the admin changed are sent, so an untouched empty field is never "set to empty".
  const submit = form.handleSubmit((values) => {
    const changed = Object.fromEntries(
      FIELDS.filter((field) => form.formState.dirtyFields[field] === true).map((field) => [field, values[field]]),
    );
    update.mutate(changed, {
      onSuccess: () => {
        form.reset(values);
        notifications.show({ color: 'groundup', message: 'Organization settings saved.' });
      },
      onError: (error) => applyServerIssues(error, FIELDS, form.setError),
    });
  });

  return (
    <Card withBorder padding="lg">
      <Title order={2} fz="lg" mb="md">
        Details
      </Title>
      <form onSubmit={(event) => void submit(event)} noValidate aria-label="Organization details">
        <Stack gap="md">
          {update.isError && (
            <Alert color="red" variant="light" role="alert">
              {messageOf(update.error)}
            </Alert>
          )}
          <TextInput label="Name" required {...form.register('name')} error={errors.name?.message} />
          <Textarea
            label="Address"
            autosize
            minRows={2}
            {...form.register('address')}
            error={errors.address?.message}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label="Phone" type="tel" {...form.register('phone')} error={errors.phone?.message} />
            <TextInput label="Contact email" type="email" {...form.register('email')} error={errors.email?.message} />
          </SimpleGrid>
          <Group justify="flex-end">
            <Button variant="default" disabled={!isDirty} onClick={() => form.reset(initial)}>
              Discard changes
            </Button>
            <Button type="submit" loading={update.isPending} disabled={!isDirty}>
              Save
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}

/** The labs a clinic orders from: the list, remove one, add one of the labs on groundup. */
function PartnerLabs() {
  const partners = usePartnerLabs();
  const labs = useLabs();
  const setPartner = useSetPartnerLab();
  const [choice, setChoice] = useState('');
  const available = (labs.data ?? []).filter((lab) => !(partners.data ?? []).some((partner) => partner.id === lab.id));

  return (
    <Card withBorder padding="lg" id="partner-labs">
      <Title order={2} fz="lg" mb={4}>
        Partner labs
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        The labs your clinicians can send orders to. A lab sees a clinic’s orders only once they are submitted to it.
      </Text>
      {setPartner.isError && (
        <Alert color="red" variant="light" role="alert" mb="md">
          {messageOf(setPartner.error)}
        </Alert>
      )}
      {partners.isPending ? (
        <LoadingRows rows={2} />
      ) : partners.isError ? (
        <QueryError error={partners.error} retry={() => void partners.refetch()} />
      ) : partners.data.length === 0 ? (
        <EmptyState icon={<IconFlask size={26} />} title="No partner lab yet">
          Add the lab that makes your clinic’s orthotics.
        </EmptyState>
      ) : (
        <Table verticalSpacing="sm" aria-label="Partner labs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Lab</Table.Th>
              <Table.Th>
                <span className="visually-hidden">Actions</span>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {partners.data.map((lab) => (
              <Table.Tr key={lab.id}>
                <Table.Td>{lab.name}</Table.Td>
                <Table.Td ta="right">
                  <Button
                    variant="subtle"
                    color="red"
                    size="compact-sm"
                    aria-label={`Remove ${lab.name}`}
                    loading={setPartner.isPending && setPartner.variables.labId === lab.id}
                    onClick={() => setPartner.mutate({ labId: lab.id, partner: false })}
                  >
                    Remove
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <form
        aria-label="Add a partner lab"
        onSubmit={(event) => {
          event.preventDefault();
          if (choice !== '') setPartner.mutate({ labId: choice, partner: true }, { onSuccess: () => setChoice('') });
        }}
      >
        <Group align="flex-end" mt="md" wrap="wrap">
          <NativeSelect
            label="Add a lab"
            value={choice}
            onChange={(event) => setChoice(event.currentTarget.value)}
            data={[
              { value: '', label: available.length === 0 ? 'No other lab to add' : 'Choose a lab…' },
              ...available.map((lab) => ({ value: lab.id, label: lab.name })),
            ]}
            disabled={available.length === 0}
            style={{ flex: 1, minWidth: 220 }}
          />
          <Button type="submit" variant="default" disabled={choice === ''} loading={setPartner.isPending}>
            Add lab
          </Button>
        </Group>
      </form>
    </Card>
  );
}

/**
 * Organization settings (admins): the name and contact details; for a clinic, its partner labs.
 *
 * @returns the page
 */
export function OrganizationPage() {
  const user = useCurrentUser();
  const organization = useOrganization();
  return (
    <>
      <PageHeader
        title="Organization settings"
        description={`How ${user.organizationKind === 'lab' ? 'your lab' : 'your clinic'} appears on orders, forms and email.`}
      />
      <Stack gap="lg" maw={880}>
        {organization.isPending ? (
          <LoadingRows />
        ) : organization.isError ? (
          <QueryError error={organization.error} retry={() => void organization.refetch()} />
        ) : (
          <SettingsForm key={organization.data.id} organization={organization.data} />
        )}
        {user.organizationKind === 'clinic' && <PartnerLabs />}
      </Stack>
    </>
  );
}
