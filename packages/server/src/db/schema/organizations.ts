import type { Selectable } from 'kysely';
import type { CreatedAt, Id, Json } from './columns.js';

/** What an organization is: a clinic sees patients; a lab makes what clinics order. */
export type OrganizationKind = 'clinic' | 'lab';

/** Contact details an admin keeps on the organization (all optional). */
export interface OrganizationSettings {
  readonly address?: string;
  readonly phone?: string;
  readonly email?: string;
}

export interface OrganizationTable {
  id: Id;
  kind: OrganizationKind;
  name: string;
  /** {@link OrganizationSettings} as JSON (migration 0003). */
  settings: Json;
  created_at: CreatedAt;
}

/** A clinic orders from a lab (migration 0003). */
export interface PartnerLabTable {
  clinic_id: string;
  lab_id: string;
  created_at: CreatedAt;
}

export type OrganizationRow = Selectable<OrganizationTable>;
