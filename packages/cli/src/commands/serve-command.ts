import { parseArgs } from 'node:util';
import { configFromEnv, DEMO_LOGINS, startServer } from '@groundup/server';
import type { Io } from '../io.js';
import { builtWebDir, untilSignal } from './server-options.js';

export async function execute(args: readonly string[], io: Io): Promise<number> {
  const { values } = parseArgs({
    args: [...args],
    options: { demo: { type: 'boolean' }, port: { type: 'string' }, json: { type: 'boolean' } },
    strict: true,
    allowPositionals: false,
  });
  const env = values.port === undefined ? io.env : { ...io.env, PORT: values.port };
  const config = configFromEnv(env, io.cwd);
  const log = (message: string) => io.stderr(`${message}\n`);
  const webDir = builtWebDir();
  if (webDir === null) log('groundup: the web app is not built (npm run build); serving the API only');
  const server = await startServer(config, { demo: values.demo === true, webDir, log });
  const database = server.runtime.database;
  const logins = (values.demo === true ? DEMO_LOGINS : []).map(({ email, password, role, organization }) => ({
    email,
    password,
    role,
    organization,
  }));
  if (values.json === true) {
    io.stdout(
      `${JSON.stringify({
        url: server.url,
        database: database.kind,
        databaseDescription: database.description,
        dataDir: config.dataDir,
        files: server.runtime.files.description,
        seeded: server.runtime.seeded,
        jobs: config.inProcessJobs ? 'inprocess' : 'off',
        logins,
      })}\n`,
    );
  } else {
    const lines = [
      `groundup is running at ${server.url}`,
      `  database: ${database.description}${server.runtime.seeded ? ' (demo data seeded)' : ''}`,
      `  files:    ${server.runtime.files.description}`,
      `  jobs:     ${config.inProcessJobs ? 'in this process' : 'off (run groundup worker)'}`,
    ];
    if (logins.length > 0) lines.push('  demo logins (passwords are public: demo data only):', ...loginTable(logins));
    lines.push('Press Ctrl-C to stop.');
    io.stdout(`${lines.join('\n')}\n`);
  }
  await untilSignal(io);
  await server.close();
  return 0;
}

/**
 * The demo logins as an aligned text table: organization, role, email, password.
 *
 * @param logins - the demo logins
 * @returns the table's lines, indented by four spaces
 */
export function loginTable(
  logins: readonly {
    readonly email: string;
    readonly password: string;
    readonly role: string;
    readonly organization: string;
  }[],
): string[] {
  const header = { organization: 'organization', role: 'role', email: 'email', password: 'password' };
  const rows = [header, ...logins];
  const width = (key: keyof typeof header) => Math.max(...rows.map((row) => row[key].length));
  const [o, r, e] = [width('organization'), width('role'), width('email')];
  return rows.map((row) =>
    `    ${row.organization.padEnd(o)}  ${row.role.padEnd(r)}  ${row.email.padEnd(e)}  ${row.password}`.trimEnd(),
  );
}
