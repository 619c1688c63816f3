import { Anchor, Badge, Breadcrumbs, Card, SimpleGrid, Stack, Text } from '@mantine/core';
import { getRouteApi, Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { ApiFailure } from '../../api/api-failure.js';
import { usePatient } from '../../api/queries/patients.js';
import { NotFoundPage } from '../../app/NotFoundPage.js';
import { formatDate, formatDateTime, sexLabel } from '../../components/format.js';
import { LoadingRows } from '../../components/LoadingRows.js';
import { PageHeader } from '../../components/PageHeader.js';
import { QueryError } from '../../components/QueryError.js';
import { UploadsPanel } from '../captures/UploadsPanel.js';

const route = getRouteApi('/app/patients/$patientId');

/** One labelled value of the patient's details. */
function Detail({ label, children }: { readonly label: string; readonly children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
        {label}
      </Text>
      <Text>{children}</Text>
    </Stack>
  );
}

/**
 * A patient's page: their details and their captures.
 *
 * @returns the page
 */
export function PatientPage() {
  const { patientId } = route.useParams();
  const patient = usePatient(patientId);

  if (patient.isError && patient.error instanceof ApiFailure && patient.error.status === 404) return <NotFoundPage />;

  return (
    <>
      <Breadcrumbs mb="sm" aria-label="Breadcrumb">
        <Anchor component={Link} to="/patients" size="sm">
          Patients
        </Anchor>
        <Text size="sm">
          {patient.data === undefined ? '…' : `${patient.data.givenName} ${patient.data.familyName}`}
        </Text>
      </Breadcrumbs>
      {patient.isPending ? (
        <LoadingRows />
      ) : patient.isError ? (
        <QueryError error={patient.error} retry={() => void patient.refetch()} />
      ) : (
        <Stack gap="lg">
          <PageHeader
            title={`${patient.data.givenName} ${patient.data.familyName}`}
            description={`Registered ${formatDate(patient.data.createdAt)}.`}
          />
          <Card withBorder padding="lg">
            <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="lg">
              <Detail label="Birth date">{formatDate(patient.data.birthDate)}</Detail>
              <Detail label="Sex">{sexLabel(patient.data.sex)}</Detail>
              <Detail label="Email">{patient.data.email ?? '—'}</Detail>
              <Detail label="Portal account">
                {patient.data.hasAccount ? <Badge variant="light">Yes</Badge> : 'No'}
              </Detail>
            </SimpleGrid>
            <Text size="xs" c="dimmed" mt="md">
              Last updated {formatDateTime(patient.data.updatedAt)}
            </Text>
          </Card>
          <UploadsPanel patientId={patientId} />
        </Stack>
      )}
    </>
  );
}
