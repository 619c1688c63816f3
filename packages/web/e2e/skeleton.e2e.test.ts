import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requirement } from '../../../test-support/requirements.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const CHROMIUM = '/usr/bin/chromium';
const SHOTS = path.join(tmpdir(), 'groundup-e2e');
const hasChromium = requirement(
  'Chromium (/usr/bin/chromium)',
  existsSync(CHROMIUM),
  'apt-get install -y --no-install-recommends chromium',
);

/** A binary STL of a tetrahedron: 80-byte header, count, 50 bytes per triangle. */
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
    let offset = 84 + 50 * k + 12; // normal left as zero: readers recompute it
    for (const index of face) {
      for (const c of v[index]) {
        bytes.writeFloatLE(c, offset);
        offset += 4;
      }
    }
  });
  return bytes;
}

describe.runIf(hasChromium)('the web app in Chromium, against the real server', () => {
  let server: ChildProcess;
  let url = '';
  let clinician = { email: '', password: '' };
  let dataDir = '';
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    for (const built of ['packages/web/dist/index.html', 'packages/cli/dist/main.js']) {
      if (!existsSync(path.join(ROOT, built))) throw new Error(`${built} is missing: run npm run build first`);
    }
    dataDir = await mkdtemp(path.join(tmpdir(), 'groundup-e2e-data-'));
    await mkdir(SHOTS, { recursive: true });
    const { DATABASE_URL: _unused, ...env } = process.env;
    server = spawn(
      process.execPath,
      [path.join(ROOT, 'packages/cli/bin/groundup.js'), 'serve', '--demo', '--json', '--port', '0'],
      {
        env: { ...env, GROUNDUP_DATA_DIR: dataDir },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stderr = '';
    server.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const info = await new Promise<{ url: string; demoLogins: { role: string; email: string; password: string }[] }>(
      (resolve, reject) => {
        let stdout = '';
        const timer = setTimeout(() => reject(new Error(`the server did not start in 60 s: ${stderr}`)), 60_000);
        server.stdout?.on('data', (chunk: Buffer) => {
          stdout += chunk.toString();
          if (stdout.includes('\n')) {
            clearTimeout(timer);
            resolve(JSON.parse(stdout.split('\n')[0] ?? ''));
          }
        });
        server.once('exit', (code) => reject(new Error(`the server exited (${String(code)}): ${stderr}`)));
      },
    );
    url = info.url;
    const login = info.demoLogins.find((l) => l.role === 'clinician');
    if (login === undefined) throw new Error('no demo clinician');
    clinician = login;
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
  });

  afterAll(async () => {
    await (browser as Browser | undefined)?.close();
    if ((server as ChildProcess | undefined) !== undefined && server.exitCode === null) {
      const exited = new Promise((resolve) => server.once('exit', resolve));
      server.kill('SIGTERM');
      await exited;
    }
    if (dataDir !== '') await rm(dataDir, { recursive: true, force: true });
  });

  it('refuses a wrong password with an alert', async () => {
    await page.goto(url);
    await page.getByRole('heading', { name: 'Sign in to groundup' }).waitFor();
    await page.getByLabel('Email').fill(clinician.email);
    await page.getByLabel('Password').fill('not the password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('email or password is wrong');
  });

  it('signs in the demo clinician, adds a patient, uploads a scan and sees the job finish', async () => {
    await page.goto(url);
    await page.getByLabel('Email').fill(clinician.email);
    await page.getByLabel('Password').fill(clinician.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Patients' }).waitFor();
    await page.locator('table.patients').getByRole('link', { name: 'Demo' }).waitFor();

    const family = `Testpatient-${Date.now().toString(36)}`;
    const form = page.getByRole('form', { name: 'Add patient' });
    await form.getByLabel('Given name').fill('Jordan');
    await form.getByLabel('Family name').fill(family);
    await form.getByLabel('Birth date').fill('1985-03-02');
    await form.getByRole('button', { name: 'Add patient' }).click();
    const link = page.locator('table.patients').getByRole('link', { name: family });
    await link.waitFor();
    await page.screenshot({ path: path.join(SHOTS, 'patients.png'), fullPage: true });

    await link.click();
    await page.getByRole('heading', { name: `Jordan ${family}` }).waitFor();
    const stl = path.join(dataDir, 'left-foot.stl');
    await writeFile(stl, tetrahedronStl());
    await page.getByLabel('Upload a capture file').setInputFiles(stl);
    const status = page.locator('table.uploads [data-status]').first();
    await status.waitFor();
    await page.locator('table.uploads [data-status="done"]').waitFor({ timeout: 30_000 });
    expect(await page.locator('table.uploads').textContent()).toContain('stl-binary · scan · 4 triangles');
    await page.screenshot({ path: path.join(SHOTS, 'patient.png'), fullPage: true });
    console.info(`screenshots: ${path.join(SHOTS, 'patients.png')}, ${path.join(SHOTS, 'patient.png')}`);
  });
});
