import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { requirement } from '../../../test-support/requirements.js';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const CHROMIUM = '/usr/bin/chromium';
const SHOTS = path.join(tmpdir(), 'groundup-e2e');
const BUILT = ['packages/web/dist/index.html', 'packages/cli/dist/main.js'];
// Skips with a visible message on a machine without Chromium; throws (fails the file) under CI=true.
const hasChromium = requirement(
  'Chromium (/usr/bin/chromium)',
  existsSync(CHROMIUM),
  'apt-get install -y --no-install-recommends chromium',
);

interface ServerInfo {
  readonly url: string;
  readonly database: string;
  readonly logins: readonly { readonly role: string; readonly email: string; readonly password: string }[];
}

/** A binary STL of a tetrahedron: 80-byte header, uint32 triangle count, 50 bytes per triangle. */
function tetrahedronStl(): Buffer {
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

/**
 * Starts `groundup serve --demo --port 0 --json` on a fresh data directory and the embedded
 * database, and resolves with the JSON line it prints once listening.
 */
function startServer(dataDir: string): { child: ChildProcess; ready: Promise<ServerInfo> } {
  const env: NodeJS.ProcessEnv = { ...process.env, GROUNDUP_DATA_DIR: dataDir };
  delete env['DATABASE_URL'];
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

/** Sends SIGTERM and waits for the exit; SIGKILL after 15 s. */
async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
  await exited;
  clearTimeout(timer);
}

describe.runIf(hasChromium)('the web app in Chromium, against the real server', { timeout: 120_000 }, () => {
  let server: ChildProcess | undefined;
  let info: ServerInfo;
  let dataDir = '';
  let browser: Browser | undefined;
  let page: Page;
  const shots: string[] = [];

  const login = (role: string) => {
    const found = info.logins.find((l) => l.role === role);
    if (found === undefined) throw new Error(`the server printed no demo login for ${role}`);
    return found;
  };

  const screenshot = async (name: string) => {
    const file = path.join(SHOTS, `${name}.png`);
    await page.screenshot({ path: file, fullPage: true });
    shots.push(file);
    console.info(`screenshot: ${file}`);
  };

  const signIn = async (role: string, password = login(role).password) => {
    await page.getByRole('heading', { name: 'Sign in to groundup' }).waitFor();
    await page.getByLabel('Email').fill(login(role).email);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
  };

  beforeAll(async () => {
    const missing = BUILT.filter((file) => !existsSync(path.join(ROOT, file)));
    if (missing.length > 0) throw new Error(`${missing.join(' and ')} missing: run npm run build first`);
    dataDir = await mkdtemp(path.join(tmpdir(), 'groundup-e2e-data-'));
    await mkdir(SHOTS, { recursive: true });
    const started = startServer(dataDir);
    server = started.child;
    info = await started.ready;
    expect(info.database).toBe('pglite');
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    });
    page = await browser.newPage({ viewport: { width: 1180, height: 820 } });
    page.setDefaultTimeout(30_000);
  });

  beforeEach(({ task, onTestFailed }) => {
    onTestFailed(async () => {
      await screenshot(`failed-${task.name.replace(/[^a-z0-9]+/gi, '-').slice(0, 60)}`).catch(() => undefined);
    });
  });

  afterAll(async () => {
    await browser?.close();
    if (server !== undefined) await stopServer(server);
    if (dataDir !== '') await rm(dataDir, { recursive: true, force: true });
    if (shots.length > 0) console.info(`screenshots in ${SHOTS}: ${shots.map((f) => path.basename(f)).join(', ')}`);
  });

  it('refuses a wrong password with an alert', async () => {
    await page.goto(info.url);
    await signIn('clinician', 'not the password');
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('email or password is wrong');
    await screenshot('login-refused');
  });

  it('signs in the demo clinician, adds a patient, uploads a scan and sees the job finish', async () => {
    await page.goto(info.url);
    await signIn('clinician');
    await page.getByRole('heading', { name: 'Patients' }).waitFor();
    await page.locator('table.patients').getByRole('link', { name: 'Demo', exact: true }).waitFor();
    expect(await page.locator('footer').textContent()).toContain('Decision support for clinicians, not a diagnosis.');

    // The server's field errors show beside the field they concern.
    const form = page.getByRole('form', { name: 'Add patient' });
    const family = `Testpatient-${Date.now().toString(36)}`;
    await form.getByLabel('Given name').fill('Jordan');
    await form.getByLabel('Family name').fill(family);
    await form.getByLabel('Birth date').fill('2999-01-01');
    await form.getByRole('button', { name: 'Add patient' }).click();
    const birthDate = form.getByLabel('Birth date');
    await expect.poll(() => birthDate.getAttribute('aria-invalid')).toBe('true');
    expect(await form.locator('.field-error').textContent()).toContain('Birth date is in the future');
    await screenshot('field-error');

    await birthDate.fill('1985-03-02');
    await form.getByLabel('Sex').selectOption('female');
    await form.getByRole('button', { name: 'Add patient' }).click();
    const link = page.locator('table.patients').getByRole('link', { name: family });
    await link.waitFor();
    const row = page.locator('table.patients tr', { has: page.getByRole('link', { name: family }) });
    expect(await row.textContent()).toContain('1985-03-02');
    expect(await form.locator('.field-error').count()).toBe(0);
    await screenshot('patients');

    // Search narrows the list.
    await page.getByLabel('Search by name').fill(family);
    await expect.poll(() => page.locator('table.patients tbody tr').count()).toBe(1);

    await link.click();
    await page.getByRole('heading', { name: `Jordan ${family}` }).waitFor();
    const stl = path.join(dataDir, 'left-foot.stl');
    await writeFile(stl, tetrahedronStl());
    await page.getByLabel('Upload a capture file').setInputFiles(stl);
    const uploads = page.locator('table.uploads');
    await uploads.locator('[data-status]').first().waitFor();
    await uploads.locator('[data-status="done"]').waitFor({ timeout: 60_000 });
    const text = await uploads.textContent();
    expect(text).toContain('left-foot.stl');
    expect(text).toContain('stl-binary · scan · 4 triangles');

    // A file that is no capture ends as failed, with the reason shown.
    const junk = path.join(dataDir, 'notes.stl');
    await writeFile(junk, 'these are notes, not a foot scan\n');
    await page.getByLabel('Upload a capture file').setInputFiles(junk);
    await uploads.locator('[data-status="failed"]').waitFor({ timeout: 60_000 });
    const reason = await uploads.locator('tr', { hasText: 'notes.stl' }).locator('.outcome-failed').textContent();
    expect(reason?.trim()).not.toBe('');
    await screenshot('patient');

    // The same page at a tablet width, portrait.
    await page.setViewportSize({ width: 768, height: 1024 });
    await screenshot('patient-tablet');
    await page.setViewportSize({ width: 1180, height: 820 });
  });

  it('sends a signed-out browser back to the sign-in page with a message', async () => {
    await page.goto(`${info.url}/#/patients`);
    const demo = page.locator('table.patients').getByRole('link', { name: 'Demo', exact: true });
    await demo.waitFor();
    await page.context().clearCookies();
    await demo.click();
    await page.getByRole('heading', { name: 'Sign in to groundup' }).waitFor();
    expect(await page.getByRole('status').textContent()).toContain('Your session has expired; sign in again.');
  });

  it('tells a lab technician which pages are coming, and signs out', async () => {
    await page.goto(info.url);
    await signIn('lab_technician');
    await page.getByRole('heading', { name: /^Welcome/ }).waitFor();
    const main = await page.locator('main').textContent();
    expect(main).toContain('not built yet');
    expect(main).toContain('order queue');
    await screenshot('lab-technician');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: 'Sign in to groundup' }).waitFor();
  });
});
