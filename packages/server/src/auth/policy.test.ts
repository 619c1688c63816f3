import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { OrganizationKind, Role } from '../db/schema.js';
import { ServiceError } from '../service-error.js';
import type { Actor } from './actor.js';
import { authorize, POLICY, type Action, type Resource } from './policy.js';

const CLINIC_A = '00000000-0000-4000-8000-00000000000a';
const CLINIC_B = '00000000-0000-4000-8000-00000000000b';
const LAB = '00000000-0000-4000-8000-0000000000ff';

function actor(role: Role, organizationKind: OrganizationKind, organizationId: string, userId = 'u1'): Actor {
  return {
    via: 'session',
    userId,
    tokenId: null,
    name: 'Test',
    role,
    organizationId,
    organizationKind,
    patientId: null,
    ip: null,
    userAgent: null,
  };
}

function outcome(a: Actor, action: Action, resource: Resource | undefined): string {
  try {
    authorize(a, action, resource);
    return 'allow';
  } catch (error) {
    if (error instanceof ServiceError) return error.kind;
    throw error;
  }
}

const patientOfA: Resource = { type: 'patient', patientId: 'p1', clinicId: CLINIC_A, accountUserId: 'patient-user' };

describe('authorize', () => {
  it("lets a clinic's staff read its patient, and hides another clinic's patient as not found", () => {
    for (const role of ['clinician', 'admin'] as const) {
      expect(outcome(actor(role, 'clinic', CLINIC_A), 'patient.read', patientOfA)).toBe('allow');
      expect(outcome(actor(role, 'clinic', CLINIC_B), 'patient.read', patientOfA)).toBe('not_found');
    }
  });

  it('forbids a role that may never take the action, before looking at the resource', () => {
    expect(outcome(actor('lab_technician', 'lab', LAB), 'patient.read', patientOfA)).toBe('forbidden');
    expect(outcome(actor('lab_technician', 'lab', LAB), 'patient.read', undefined)).toBe('forbidden');
    expect(outcome(actor('clinician', 'clinic', CLINIC_A), 'user.list', undefined)).toBe('forbidden');
    expect(outcome(actor('admin', 'lab', LAB), 'patient.list', { type: 'organization', organizationId: LAB })).toBe(
      'forbidden',
    );
  });

  it('lets a patient read only their own record', () => {
    expect(outcome(actor('patient', 'clinic', CLINIC_A, 'patient-user'), 'patient.read', patientOfA)).toBe('allow');
    expect(outcome(actor('patient', 'clinic', CLINIC_A, 'someone-else'), 'patient.read', patientOfA)).toBe('not_found');
    expect(outcome(actor('patient', 'clinic', CLINIC_A, 'patient-user'), 'patient.update', patientOfA)).toBe(
      'forbidden',
    );
  });

  it('routes orders by relationship: the clinic that placed it and the lab it went to', () => {
    const order: Resource = { type: 'order', clinicId: CLINIC_A, labId: LAB };
    expect(outcome(actor('clinician', 'clinic', CLINIC_A), 'order.read', order)).toBe('allow');
    expect(outcome(actor('lab_technician', 'lab', LAB), 'order.read', order)).toBe('allow');
    expect(outcome(actor('clinician', 'clinic', CLINIC_B), 'order.read', order)).toBe('not_found');
  });

  it('never allows an action on another organization, whatever the role, action or resource', () => {
    const actions = [...new Set(POLICY.map((r) => r.action))];
    fc.assert(
      fc.property(
        fc.constantFrom<Role>('clinician', 'lab_technician', 'patient', 'admin'),
        fc.constantFrom<OrganizationKind>('clinic', 'lab'),
        fc.constantFrom(...actions),
        (role, kind, action) => {
          const a = actor(role, kind, CLINIC_B, 'patient-user');
          const resources: Resource[] = [
            { type: 'organization', organizationId: CLINIC_A },
            patientOfA,
            { type: 'order', clinicId: CLINIC_A, labId: LAB },
          ];
          for (const resource of resources) expect(outcome(a, action, resource)).not.toBe('allow');
        },
      ),
    );
  });
});
