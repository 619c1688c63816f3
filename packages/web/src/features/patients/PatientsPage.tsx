import { Button, Card, Group, SegmentedControl, TextInput } from '@mantine/core';
import { useDebouncedCallback, useDisclosure } from '@mantine/hooks';
import { IconSearch, IconUserPlus, IconUsersGroup } from '@tabler/icons-react';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { usePatients } from '../../api/queries/patients.js';
import { EmptyState } from '../../components/EmptyState.js';
import { LoadingRows } from '../../components/LoadingRows.js';
import { PageHeader } from '../../components/PageHeader.js';
import { QueryError } from '../../components/QueryError.js';
import { AddPatientModal } from './AddPatientModal.js';
import { PatientTable } from './PatientTable.js';

const route = getRouteApi('/app/patients/');

/**
 * The clinic's patients: search by name (kept in the address), by name or most recent, add a patient.
 *
 * @returns the page
 */
export function PatientsPage() {
  const { q = '' } = route.useSearch();
  const navigate = useNavigate();
  const [text, setText] = useState(q);
  const [sort, setSort] = useState<'name' | 'recent'>('name');
  const [adding, { open, close }] = useDisclosure(false);
  const patients = usePatients({ q, sort, limit: 200 });

  // The search box writes the address (after a pause), so a search can be shared and survives reload.
  const writeSearch = useDebouncedCallback((value: string) => {
    const trimmed = value.trim();
    void navigate({ to: '/patients', search: trimmed === '' ? {} : { q: trimmed }, replace: true });
  }, 250);

  return (
    <>
      <PageHeader
        title="Patients"
        description="Everyone your clinic has registered. Open a patient to add captures."
        actions={
          <Button leftSection={<IconUserPlus size={18} aria-hidden />} onClick={open}>
            Add patient
          </Button>
        }
      />
      <Card withBorder padding="lg">
        <Group justify="space-between" mb="md" wrap="wrap">
          <TextInput
            label="Search by name"
            placeholder="Given or family name"
            leftSection={<IconSearch size={16} aria-hidden />}
            value={text}
            onChange={(event) => {
              setText(event.currentTarget.value);
              writeSearch(event.currentTarget.value);
            }}
            w={{ base: '100%', sm: 320 }}
          />
          <SegmentedControl
            aria-label="Order"
            value={sort}
            onChange={(value) => setSort(value === 'recent' ? 'recent' : 'name')}
            data={[
              { value: 'name', label: 'By name' },
              { value: 'recent', label: 'Most recent' },
            ]}
          />
        </Group>
        {patients.isPending ? (
          <LoadingRows />
        ) : patients.isError ? (
          <QueryError error={patients.error} retry={() => void patients.refetch()} />
        ) : patients.data.length === 0 ? (
          <EmptyState icon={<IconUsersGroup size={26} />} title={q === '' ? 'No patients yet' : 'No patient matches'}>
            {q === ''
              ? 'Add your first patient to start an intake and upload their scans.'
              : `Nobody's name contains “${q}”. Check the spelling, or add the patient.`}
          </EmptyState>
        ) : (
          <PatientTable patients={patients.data} label="Patients" />
        )}
      </Card>
      <AddPatientModal opened={adding} onClose={close} />
    </>
  );
}
