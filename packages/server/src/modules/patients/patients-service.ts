import { hasErrors, normalisePatientInput, validatePatientInput, type Sex } from '@groundup/core';
import type { Actor } from '../../auth/actor.js';
import { authorize, authorizeFound, ownOrganization } from '../../auth/policy.js';
import { recordAudit } from '../../audit/record-audit.js';
import type { ServiceDeps } from '../../deps.js';
import { ServiceError } from '../../service-error.js';
import { patientJson, type PatientJson } from './patient-json.js';
import { patientResource } from './patient-resource.js';
import {
  findPatient,
  findPatientByAccount,
  insertPatient,
  listPatients,
  updatePatient,
  type PatientSort,
} from './patients-repository.js';

/** Patients a list answers when the request names no `limit` (at most 500 with one). */
export const DEFAULT_PATIENT_LIMIT = 100;

/** The editable fields of a patient, as a request carries them. */
export interface PatientFields {
  readonly givenName?: string | undefined;
  readonly familyName?: string | undefined;
  readonly birthDate?: string | null | undefined;
  readonly sex?: Sex | undefined;
  readonly email?: string | null | undefined;
}

/** The patient use cases. Every method authorizes, works in one transaction and writes its audit entry. */
export interface PatientsService {
  list(
    actor: Actor,
    query: { q?: string | undefined; sort?: PatientSort | undefined; limit?: number | undefined },
  ): Promise<PatientJson[]>;
  create(actor: Actor, fields: PatientFields): Promise<PatientJson>;
  get(actor: Actor, id: string): Promise<PatientJson>;
  update(actor: Actor, id: string, fields: PatientFields): Promise<PatientJson>;
  /** A patient user's own record. */
  getOwn(actor: Actor): Promise<PatientJson>;
}

function invalid(issues: ReturnType<typeof validatePatientInput>): ServiceError {
  const errors = issues.filter((issue) => issue.severity === 'error');
  const first = errors[0];
  return new ServiceError(
    'invalid',
    'invalid_request',
    errors.length === 1 && first !== undefined ? first.message : `${errors.length} fields are invalid.`,
    {
      where: first === undefined || first.path === '' ? 'body' : `body.${first.path}`,
      issues: issues.map((issue) => ({ ...issue, path: issue.path === '' ? 'body' : `body.${issue.path}` })),
    },
  );
}

/**
 * Builds the patients service.
 *
 * @param deps - database, clock, ids
 * @returns the service
 */
export function createPatientsService(deps: ServiceDeps): PatientsService {
  const today = () => deps.now().toISOString().slice(0, 10);
  return {
    list(actor, query) {
      return deps.db.transaction().execute(async (tx) => {
        authorize(actor, 'patient.list', ownOrganization(actor));
        const term = query.q?.trim() ?? '';
        const rows = await listPatients(tx, actor.organizationId, {
          q: term === '' ? null : term,
          sort: query.sort ?? 'name',
          limit: query.limit ?? DEFAULT_PATIENT_LIMIT,
        });
        await recordAudit(tx, deps, actor, { action: 'patient.list', resourceType: 'patient', resourceId: null });
        return rows.map(patientJson);
      });
    },

    create(actor, fields) {
      return deps.db.transaction().execute(async (tx) => {
        authorize(actor, 'patient.create', ownOrganization(actor));
        const issues = validatePatientInput(fields, today());
        if (hasErrors(issues)) throw invalid(issues);
        const input = normalisePatientInput({
          ...fields,
          givenName: fields.givenName ?? '',
          familyName: fields.familyName ?? '',
        });
        const row = await insertPatient(tx, actor.organizationId, {
          id: deps.newId(),
          ...input,
          createdBy: actor.userId,
          now: deps.now(),
        });
        await recordAudit(tx, deps, actor, { action: 'patient.create', resourceType: 'patient', resourceId: row.id });
        return patientJson(row);
      });
    },

    get(actor, id) {
      return deps.db.transaction().execute(async (tx) => {
        const found = await findPatient(tx, actor.organizationId, id);
        const row = authorizeFound(actor, 'patient.read', found, patientResource, 'patient');
        await recordAudit(tx, deps, actor, { action: 'patient.read', resourceType: 'patient', resourceId: row.id });
        return patientJson(row);
      });
    },

    update(actor, id, fields) {
      return deps.db.transaction().execute(async (tx) => {
        const found = await findPatient(tx, actor.organizationId, id);
        const current = authorizeFound(actor, 'patient.update', found, patientResource, 'patient');
        const merged = {
          givenName: fields.givenName ?? current.given_name,
          familyName: fields.familyName ?? current.family_name,
          birthDate: fields.birthDate === undefined ? current.birth_date : fields.birthDate,
          sex: fields.sex ?? current.sex,
          email: fields.email === undefined ? current.email : fields.email,
        };
        const issues = validatePatientInput(merged, today());
        if (hasErrors(issues)) throw invalid(issues);
        const input = normalisePatientInput({ ...merged, sex: merged.sex as Sex });
        const updated = await updatePatient(tx, actor.organizationId, current.id, input, deps.now());
        if (updated === undefined)
          throw new ServiceError('not_found', 'not_found', 'No such patient.', { where: 'path.id' });
        await recordAudit(tx, deps, actor, {
          action: 'patient.update',
          resourceType: 'patient',
          resourceId: current.id,
        });
        return patientJson(updated);
      });
    },

    getOwn(actor) {
      return deps.db.transaction().execute(async (tx) => {
        const found =
          actor.userId === null ? undefined : await findPatientByAccount(tx, actor.organizationId, actor.userId);
        const row = authorizeFound(actor, 'patient.readOwn', found, patientResource, 'patient record for this account');
        await recordAudit(tx, deps, actor, { action: 'patient.read', resourceType: 'patient', resourceId: row.id });
        return patientJson(row);
      });
    },
  };
}
