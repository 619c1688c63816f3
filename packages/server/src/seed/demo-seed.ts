import type { Kysely } from 'kysely';
import { hashPassword } from '../auth/password.js';
import type { Database, OrganizationKind, Role } from '../db/schema.js';
import type { ServiceDeps } from '../deps.js';

/** Which demo organization: the two clinics and the lab. */
export type DemoOrganizationKey = 'north' | 'harbour' | 'lab';

/** A demo organization. */
export interface DemoOrganization {
  readonly key: DemoOrganizationKey;
  readonly kind: OrganizationKind;
  readonly name: string;
}

/** A demo login, printed at start-up (`groundup serve --demo`). */
export interface DemoLogin {
  readonly email: string;
  readonly password: string;
  readonly role: Role;
  /** The organization's name. */
  readonly organization: string;
  readonly organizationKey: DemoOrganizationKey;
  readonly name: string;
}

/** A demo patient record, with the login of their account if they have one. */
export interface DemoPatient {
  readonly organizationKey: 'north' | 'harbour';
  readonly givenName: string;
  readonly familyName: string;
  readonly birthDate: string;
  readonly sex: 'female' | 'male' | 'other' | 'unknown';
  readonly accountEmail: string | null;
}

/** The demo organizations: two clinics and a lab. */
export const DEMO_ORGANIZATIONS: readonly DemoOrganization[] = [
  { key: 'north', kind: 'clinic', name: 'Northside Foot Clinic' },
  { key: 'harbour', kind: 'clinic', name: 'Harbour Podiatry' },
  { key: 'lab', kind: 'lab', name: 'Demo Orthotic Lab' },
];

function login(
  organizationKey: DemoOrganizationKey,
  local: string,
  role: Role,
  password: string,
  name: string,
): DemoLogin {
  const organization = DEMO_ORGANIZATIONS.find((o) => o.key === organizationKey)?.name ?? organizationKey;
  return {
    email: `${local}@${organizationKey}.demo.groundup.test`,
    password,
    role,
    organization,
    organizationKey,
    name,
  };
}

/** The demo users. Their passwords are public: the demo data is for trying groundup, never for patients. */
export const DEMO_LOGINS: readonly DemoLogin[] = [
  login('north', 'admin', 'admin', 'demo-admin', 'Nora North'),
  login('north', 'clinician', 'clinician', 'demo-clinician', 'Dr Casey North'),
  login('north', 'patient', 'patient', 'demo-patient', 'Alex Demo'),
  login('harbour', 'admin', 'admin', 'demo-admin', 'Hari Harbour'),
  login('harbour', 'clinician', 'clinician', 'demo-clinician', 'Dr Robin Harbour'),
  login('harbour', 'patient', 'patient', 'demo-patient', 'Jordan Lee'),
  login('lab', 'admin', 'admin', 'demo-admin', 'Lena Lab'),
  login('lab', 'technician', 'lab_technician', 'demo-lab', 'Lee Technician'),
];

/** The demo patients, two per clinic, one of each with an account. */
export const DEMO_PATIENTS: readonly DemoPatient[] = [
  {
    organizationKey: 'north',
    givenName: 'Alex',
    familyName: 'Demo',
    birthDate: '1978-05-14',
    sex: 'unknown',
    accountEmail: 'patient@north.demo.groundup.test',
  },
  {
    organizationKey: 'north',
    givenName: 'Sam',
    familyName: 'Rivera',
    birthDate: '1991-09-02',
    sex: 'female',
    accountEmail: null,
  },
  {
    organizationKey: 'harbour',
    givenName: 'Jordan',
    familyName: 'Lee',
    birthDate: '1984-11-23',
    sex: 'male',
    accountEmail: 'patient@harbour.demo.groundup.test',
  },
  {
    organizationKey: 'harbour',
    givenName: 'Morgan',
    familyName: 'Price',
    birthDate: '1969-02-07',
    sex: 'other',
    accountEmail: null,
  },
];

/**
 * Seeds the demo: two clinics (each an admin, a clinician and two patients, one with an account),
 * one lab (an admin and a technician) that both clinics order from. Once only: a database that
 * already has an organization is left as it is.
 *
 * @param db - a migrated database
 * @param deps - clock and ids
 * @returns true when it seeded now, false when data was already there
 */
export async function seedDemo(db: Kysely<Database>, deps: Pick<ServiceDeps, 'now' | 'newId'>): Promise<boolean> {
  const existing = await db.selectFrom('organizations').select('id').limit(1).executeTakeFirst();
  if (existing !== undefined) return false;
  const hashes = await Promise.all(DEMO_LOGINS.map((l) => hashPassword(l.password)));
  return db.transaction().execute(async (tx) => {
    const again = await tx.selectFrom('organizations').select('id').limit(1).executeTakeFirst();
    if (again !== undefined) return false;
    const now = deps.now();
    const orgIds = new Map<DemoOrganizationKey, string>();
    for (const org of DEMO_ORGANIZATIONS) {
      const id = deps.newId();
      orgIds.set(org.key, id);
      await tx.insertInto('organizations').values({ id, kind: org.kind, name: org.name, created_at: now }).execute();
    }
    const orgId = (key: DemoOrganizationKey) => orgIds.get(key) ?? '';
    const userIds = new Map<string, string>();
    for (const [index, l] of DEMO_LOGINS.entries()) {
      const id = deps.newId();
      userIds.set(l.email, id);
      await tx
        .insertInto('users')
        .values({
          id,
          organization_id: orgId(l.organizationKey),
          email: l.email,
          name: l.name,
          role: l.role,
          password_hash: hashes[index] ?? '',
          created_at: now,
        })
        .execute();
    }
    for (const p of DEMO_PATIENTS) {
      await tx
        .insertInto('patients')
        .values({
          id: deps.newId(),
          clinic_id: orgId(p.organizationKey),
          given_name: p.givenName,
          family_name: p.familyName,
          birth_date: p.birthDate,
          sex: p.sex,
          email: p.accountEmail,
          user_id: p.accountEmail === null ? null : (userIds.get(p.accountEmail) ?? null),
          created_by: userIds.get(`clinician@${p.organizationKey}.demo.groundup.test`) ?? null,
          created_at: now,
          updated_at: now,
        })
        .execute();
    }
    for (const clinic of ['north', 'harbour'] as const) {
      await tx
        .insertInto('partner_labs')
        .values({ clinic_id: orgId(clinic), lab_id: orgId('lab'), created_at: now })
        .execute();
    }
    return true;
  });
}
