import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's root. */
export const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

/** What `groundup serve --json` prints once listening. */
export interface ServerInfo {
  readonly url: string;
  readonly database: string;
  readonly logins: readonly {
    readonly role: string;
    readonly email: string;
    readonly password: string;
    readonly organization?: string;
  }[];
}

/**
 * Starts `groundup serve --demo --port 0 --json` on a fresh data directory and the embedded
 * database, and resolves with the JSON line it prints once listening.
 *
 * @param dataDir - an empty directory for the database and files
 * @returns the child process and the promise of its first line
 */
export function startServer(dataDir: string): { child: ChildProcess; ready: Promise<ServerInfo> } {
  const env: NodeJS.ProcessEnv = { ...process.env, GROUNDUP_DATA_DIR: dataDir };
  delete env['DATABASE_URL'];
  delete env['GROUNDUP_SMTP_URL'];
  const child = spawn(
    process.execPath,
    [path.join(ROOT, 'packages/cli/bin/groundup.js'), 'serve', '--demo', '--port', '0', '--json'],
    { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const ready = new Promise<ServerInfo>((resolve, reject) => {
    let stdout = '';
    const fail = (why: string) => {
      clearTimeout(timer);
      reject(new Error(`groundup serve ${why}.\nstdout: ${stdout}\nstderr: ${stderr}`));
    };
    const timer = setTimeout(() => fail('printed no JSON line within 60 s'), 60_000);
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const newline = stdout.indexOf('\n');
      if (newline < 0) return;
      clearTimeout(timer);
      try {
        resolve(JSON.parse(stdout.slice(0, newline)) as ServerInfo);
      } catch {
        fail('printed a first line that is not JSON');
      }
    });
    child.once('error', (error) => fail(`could not be started: ${error.message}`));
    child.once('exit', (code, signal) => fail(`exited early (code ${String(code)}, signal ${String(signal)})`));
  });
  return { child, ready };
}

/**
 * Sends SIGTERM and waits for the exit; SIGKILL after 15 s.
 *
 * @param child - the server process
 */
export async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
  await exited;
  clearTimeout(timer);
}

/**
 * A binary STL of a tetrahedron: 80-byte header, uint32 triangle count, 50 bytes per triangle.
 *
 * @returns the file's bytes
 */
export function tetrahedronStl(): Buffer {
  const v = [
    [0, 0, 0],
    [30, 0, 0],
    [0, 30, 0],
    [0, 0, 30],
  ] as const;
  const faces = [
    [0, 2, 1],
    [0, 1, 3],
    [0, 3, 2],
    [1, 2, 3],
  ] as const;
  const bytes = Buffer.alloc(84 + 50 * faces.length);
  bytes.write('groundup e2e tetrahedron', 0, 'ascii');
  bytes.writeUInt32LE(faces.length, 80);
  faces.forEach((face, k) => {
    let offset = 84 + 50 * k + 12; // normal left as zero: readers recompute it; attribute bytes stay zero
    for (const index of face) {
      for (const c of v[index]) {
        bytes.writeFloatLE(c, offset);
        offset += 4;
      }
    }
  });
  return bytes;
}
