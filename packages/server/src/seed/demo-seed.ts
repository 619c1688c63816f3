import type { Kysely } from 'kysely';
import { hashPassword } from '../auth/password.js';
import type { Database, Role } from '../db/schema.js';

/** A demo login, printed at start-up. */
export interface DemoLogin {
  readonly role: Role;
  readonly email: string;
  readonly password: string;
}

/** The demo users. Their passwords are public: the demo data is for trying groundup, never for patients. */
export const DEMO_LOGINS: readonly DemoLogin[] = [
  { role: 'clinician', email: 'clinician@demo.groundup.test', password: 'demo-clinician' },
  { role: 'lab_technician', email: 'lab@demo.groundup.test', password: 'demo-lab' },
  { role: 'patient', email: 'patient@demo.groundup.test', password: 'demo-patient' },
  { role: 'admin', email: 'admin@demo.groundup.test', password: 'demo-admin' },
];

/**
 * Seeds a demo clinic, a demo lab, one user per role and a demo patient, once: a database that
 * already has an organization is left as it is.
 *
 * @param db - a migrated database
 * @returns true when it seeded now, false when data was already there
 */
export async function seedDemo(db: Kysely<Database>): Promise<boolean> {
  const hashes = await Promise.all(DEMO_LOGINS.map((login) => hashPassword(login.password)));
  return db.transaction().execute(async (tx) => {
    const existing = await tx.selectFrom('organizations').select('id').limit(1).executeTakeFirst();
    if (existing !== undefined) return false;
    const clinic = await tx
      .insertInto('organizations')
      .values({ kind: 'clinic', name: 'Demo Foot Clinic' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const lab = await tx
      .insertInto('organizations')
      .values({ kind: 'lab', name: 'Demo Orthotic Lab' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const names: Record<Role, string> = {
      clinician: 'Dr Casey Clinician',
      lab_technician: 'Lee Lab',
      patient: 'Alex Demo',
      admin: 'Ada Admin',
    };
    const userIds = new Map<Role, string>();
    for (const [index, login] of DEMO_LOGINS.entries()) {
      const user = await tx
        .insertInto('users')
        .values({
          organization_id: login.role === 'lab_technician' ? lab.id : clinic.id,
          email: login.email,
          name: names[login.role],
          role: login.role,
          password_hash: hashes[index] ?? '',
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      userIds.set(login.role, user.id);
    }
    await tx
      .insertInto('patients')
      .values({
        clinic_id: clinic.id,
        given_name: 'Alex',
        family_name: 'Demo',
        birth_date: '1978-05-14',
        sex: 'unknown',
        email: 'patient@demo.groundup.test',
        user_id: userIds.get('patient') ?? null,
        created_by: userIds.get('clinician') ?? null,
      })
      .execute();
    return true;
  });
}
