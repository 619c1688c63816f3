import { Anchor, Badge, Table, Text } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import type { Patient } from '../../api/types.js';
import { formatDate, formatDateTime, sexLabel } from '../../components/format.js';
import { TableScroll } from '../../components/TableScroll.js';

/**
 * Patients in a table: name (a link to the record), birth date, sex, account, last change.
 *
 * @param props - the `patients` and an accessible `label`
 * @returns the table
 */
export function PatientTable({ patients, label }: { readonly patients: readonly Patient[]; readonly label: string }) {
  return (
    <TableScroll label={label}>
      <Table striped highlightOnHover verticalSpacing="sm" aria-label={label} miw={560}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Name</Table.Th>
            <Table.Th>Birth date</Table.Th>
            <Table.Th>Sex</Table.Th>
            <Table.Th>Account</Table.Th>
            <Table.Th>Last updated</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {patients.map((patient) => (
            <Table.Tr key={patient.id}>
              <Table.Td>
                <Anchor
                  fw={600}
                  renderRoot={(props) => (
                    <Link to="/patients/$patientId" params={{ patientId: patient.id }} {...props} />
                  )}
                >
                  {patient.familyName}, {patient.givenName}
                </Anchor>
              </Table.Td>
              <Table.Td>{formatDate(patient.birthDate)}</Table.Td>
              <Table.Td>{sexLabel(patient.sex)}</Table.Td>
              <Table.Td>
                {patient.hasAccount ? (
                  <Badge variant="light" size="sm">
                    Portal account
                  </Badge>
                ) : (
                  <Text size="sm" c="dimmed">
                    None
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Text size="sm">{formatDateTime(patient.updatedAt)}</Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
