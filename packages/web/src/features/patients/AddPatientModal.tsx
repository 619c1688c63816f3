import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, Modal, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useNavigate } from '@tanstack/react-router';
import { useForm } from 'react-hook-form';
import { messageOf } from '../../api/api-failure.js';
import { useCreatePatient } from '../../api/queries/patients.js';
import { applyServerIssues } from '../../components/apply-server-issues.js';
import { patientFormSchema, toNewPatient, type PatientFormValues } from './patient-form-schema.js';

const EMPTY: PatientFormValues = { givenName: '', familyName: '', birthDate: '', sex: 'unknown', email: '' };
const FIELDS = ['givenName', 'familyName', 'birthDate', 'sex', 'email'] as const;

/** Today's date in the browser's time zone, `YYYY-MM-DD`. */
function localToday(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * The add-patient dialog: checked in the browser with core's validator, then by the server (whose
 * field errors show beside the fields). On success it opens the new patient's page.
 *
 * @param props - `opened` and `onClose`
 * @returns the modal
 */
export function AddPatientModal({ opened, onClose }: { readonly opened: boolean; readonly onClose: () => void }) {
  const create = useCreatePatient();
  const navigate = useNavigate();
  const form = useForm<PatientFormValues>({
    resolver: zodResolver(patientFormSchema(localToday())),
    defaultValues: EMPTY,
  });
  const { errors } = form.formState;

  const close = () => {
    form.reset(EMPTY);
    create.reset();
    onClose();
  };

  const submit = form.handleSubmit((values) =>
    create.mutate(toNewPatient(values), {
      onSuccess: (patient) => {
        notifications.show({ color: 'groundup', message: `${patient.givenName} ${patient.familyName} was added.` });
        close();
        void navigate({ to: '/patients/$patientId', params: { patientId: patient.id } });
      },
      onError: (error) => applyServerIssues(error, FIELDS, form.setError),
    }),
  );

  return (
    <Modal opened={opened} onClose={close} title="Add a patient" size="lg">
      <form onSubmit={(event) => void submit(event)} noValidate aria-label="Add patient">
        <Stack gap="md">
          {create.isError && (
            <Alert color="red" variant="light" role="alert">
              {messageOf(create.error)}
            </Alert>
          )}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label="Given name"
              required
              data-autofocus
              {...form.register('givenName')}
              error={errors.givenName?.message}
            />
            <TextInput
              label="Family name"
              required
              {...form.register('familyName')}
              error={errors.familyName?.message}
            />
            <TextInput
              label="Birth date"
              type="date"
              {...form.register('birthDate')}
              error={errors.birthDate?.message}
            />
            <NativeSelect
              label="Sex"
              data={[
                { value: 'unknown', label: 'Not stated' },
                { value: 'female', label: 'Female' },
                { value: 'male', label: 'Male' },
                { value: 'other', label: 'Other' },
              ]}
              {...form.register('sex')}
              error={errors.sex?.message}
            />
          </SimpleGrid>
          <TextInput
            label="Email"
            type="email"
            description="Optional: for the patient's own account later."
            {...form.register('email')}
            error={errors.email?.message}
          />
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" loading={create.isPending}>
              Add patient
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
