import { AxeBuilder } from '@axe-core/playwright';
import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { requirement } from '../../../test-support/requirements.js';
import { ROOT, startServer, stopServer, tetrahedronStl, type ServerInfo } from './server-process.js';

const CHROMIUM = '/usr/bin/chromium';
/** Screenshots of every page, at a laptop's and a tablet's size, to look at after a run. */
const SHOTS = process.env['GROUNDUP_SHOTS'] ?? '/tmp/shots';
const BUILT = ['packages/web/dist/index.html', 'packages/cli/dist/main.js'];
const LAPTOP = { width: 1280, height: 800 } as const;
const TABLET = { width: 820, height: 1180 } as const;
// Skips with a visible message on a machine without Chromium; throws (fails the file) under CI=true.
const hasChromium = requirement(
  'Chromium (/usr/bin/chromium)',
  existsSync(CHROMIUM),
  'apt-get install -y --no-install-recommends chromium',
);

/** The demo accounts of the API contract (the seed prints them too; passwords are public, demo only). */
const DEMO = {
  clinician: { email: 'clinician@north.demo.groundup.test', password: 'demo-clinician' },
  clinicAdmin: { email: 'admin@north.demo.groundup.test', password: 'demo-admin' },
  patient: { email: 'patient@north.demo.groundup.test', password: 'demo-patient' },
  labTechnician: { email: 'technician@lab.demo.groundup.test', password: 'demo-lab' },
  labAdmin: { email: 'admin@lab.demo.groundup.test', password: 'demo-admin' },
} as const;

describe.runIf(hasChromium)('the web app in Chromium, against the real server', { timeout: 180_000 }, () => {
  let server: ChildProcess | undefined;
  let info: ServerInfo;
  let dataDir = '';
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  let page: Page;
  const shots: string[] = [];

  /** A fresh browser context (no cookies) and page at laptop size. */
  const freshPage = async () => {
    await context?.close();
    const fresh = await browser!.newContext({ viewport: LAPTOP });
    context = fresh;
    page = await fresh.newPage();
    page.setDefaultTimeout(30_000);
  };

  const screenshot = async (name: string) => {
    const file = path.join(SHOTS, `${name}.png`);
    await page.screenshot({ path: file, fullPage: true });
    shots.push(file);
  };

  /** No serious or critical axe-core violation on the page as it is now. */
  const expectAccessible = async (name: string) => {
    const results = await new AxeBuilder({ page }).analyze();
    const bad = results.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => ({
        page: name,
        rule: violation.id,
        impact: violation.impact,
        help: violation.help,
        targets: violation.nodes.slice(0, 5).map((node) => node.target.join(' ')),
      }));
    expect(bad).toEqual([]);
  };

  /**
   * Checks a page the way a person meets it: axe-core at a laptop's size and at a tablet's, and a
   * screenshot of each.
   */
  const review = async (name: string) => {
    await page.waitForLoadState('networkidle');
    await expectAccessible(name);
    await screenshot(name);
    await page.setViewportSize(TABLET);
    await expectAccessible(`${name} (tablet)`);
    await screenshot(`${name}-tablet`);
    await page.setViewportSize(LAPTOP);
  };

  const heading = (name: string | RegExp) => page.getByRole('heading', { level: 1, name });

  const signIn = async (account: { email: string; password: string }, password = account.password) => {
    await heading('Sign in to groundup').waitFor();
    await page.getByLabel(/^Email/).fill(account.email);
    await page.getByLabel(/^Password/).fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
  };

  const signOut = async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await heading('Sign in to groundup').waitFor();
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
    await freshPage();
  });

  beforeEach(({ task, onTestFailed }) => {
    onTestFailed(async () => {
      await screenshot(`failed-${task.name.replace(/[^a-z0-9]+/gi, '-').slice(0, 60)}`).catch(() => undefined);
    });
  });

  afterAll(async () => {
    await context?.close().catch(() => undefined);
    await browser?.close();
    if (server !== undefined) await stopServer(server);
    if (dataDir !== '') await rm(dataDir, { recursive: true, force: true });
    if (shots.length > 0) console.info(`screenshots in ${SHOTS}: ${shots.map((f) => path.basename(f)).join(', ')}`);
  });

  it('refuses a wrong password with an alert; the sign-in and not-found pages are accessible', async () => {
    await freshPage();
    await page.goto(info.url);
    await heading('Sign in to groundup').waitFor();
    await review('sign-in');
    await signIn(DEMO.clinician, 'not the password');
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('The email or password is wrong.');
    await screenshot('sign-in-refused');

    await page.goto(`${info.url}/no/such/page`);
    await heading('Page not found').waitFor();
    await review('not-found');
  });

  it('lands a clinician on their recent patients; adds a patient, uploads a scan and sees it analysed', async () => {
    await freshPage();
    await page.goto(info.url);
    await signIn(DEMO.clinician);
    await heading(/^Welcome, /).waitFor();
    await page.getByRole('table', { name: 'Recent patients' }).getByRole('link').first().waitFor();
    expect(await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link').allTextContents()).toEqual(
      ['Home', 'Patients'],
    );
    await review('clinician-home');

    // On a tablet the navigation is a drawer behind the menu button.
    await page.setViewportSize(TABLET);
    const nav = page.getByRole('navigation', { name: 'Main navigation' });
    await page.getByRole('button', { name: 'Open navigation' }).click();
    await nav.getByRole('link', { name: 'Patients' }).waitFor({ state: 'visible' });
    await expectAccessible('navigation drawer (tablet)');
    await screenshot('navigation-drawer-tablet');
    await nav.getByRole('link', { name: 'Patients' }).click();
    await heading('Patients').waitFor();
    await page.setViewportSize(LAPTOP);
    await page.getByRole('table', { name: 'Patients' }).waitFor();
    await review('patients');

    const family = `Okafor-${Date.now().toString(36)}`;
    await page.getByRole('button', { name: 'Add patient' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add a patient' });
    await dialog.getByLabel(/^Given name/).fill('Jordan');
    await dialog.getByLabel(/^Family name/).fill(family);
    await dialog.getByLabel('Birth date').fill('2999-01-01');
    await dialog.getByRole('button', { name: 'Add patient' }).click();
    await dialog.getByText('Birth date is in the future.').waitFor();
    await expectAccessible('add-patient dialog');
    await screenshot('add-patient-error');
    await dialog.getByLabel('Birth date').fill('1985-03-02');
    await dialog.getByRole('button', { name: 'Add patient' }).click();
    await heading(`Jordan ${family}`).waitFor();

    const stl = path.join(dataDir, 'left-foot.stl');
    await writeFile(stl, tetrahedronStl());
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Upload a capture file' }).click();
    await (await chooser).setFiles(stl);
    const captures = page.getByRole('table', { name: 'Captures' });
    await captures.locator('tr[data-status="done"]').waitFor({ timeout: 60_000 });
    const row = captures.locator('tr', { hasText: 'left-foot.stl' });
    expect(await row.textContent()).toMatch(/stl/i);
    const download = page.waitForEvent('download');
    await row.getByRole('link', { name: 'Download left-foot.stl' }).click();
    expect((await download).suggestedFilename()).toBe('left-foot.stl');
    await review('patient');
    await signOut();
  });

  it('lands a lab technician on the order queue, honestly empty', async () => {
    await freshPage();
    await page.goto(info.url);
    await signIn(DEMO.labTechnician);
    await heading('Order queue').waitFor();
    expect(await page.locator('main').textContent()).toContain('Orders arrive here when a clinic submits one');
    await review('lab-technician-home');
    await signOut();
  });

  it('lands a lab admin on the queue with the administration pages', async () => {
    await freshPage();
    await page.goto(info.url);
    await signIn(DEMO.labAdmin);
    await heading('Order queue').waitFor();
    expect(await page.getByRole('navigation', { name: 'Main navigation' }).textContent()).toContain('API tokens');
    await review('lab-admin-home');
    await signOut();
  });

  it('lands a patient on their own record and what comes next', async () => {
    await freshPage();
    await page.goto(info.url);
    await signIn(DEMO.patient);
    await heading(/^Hello, /).waitFor();
    await page.getByText('Northside Foot Clinic').first().waitFor();
    await page.getByRole('heading', { name: 'What comes next' }).waitFor();
    await review('patient-home');
    // A patient's role has no patient list: the address shows the not-found page.
    await page.goto(`${info.url}/patients`);
    await heading('Page not found').waitFor();
    await signOut();
  });

  it('walks a clinic admin through every admin page', async () => {
    await freshPage();
    await page.goto(info.url);
    await signIn(DEMO.clinicAdmin);
    await heading('Northside Foot Clinic').waitFor();
    await page.getByText(/active users?/).waitFor();
    await review('clinic-admin-home');
    // A clinic admin reads a patient record, which the audit log then shows.
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Patients' }).click();
    await page.getByRole('table', { name: 'Patients' }).getByRole('link').first().click();
    await page.getByRole('heading', { name: 'Captures' }).waitFor();

    for (const [link, title, name] of [
      ['Organization', 'Organization settings', 'admin-organization'],
      ['Users & invitations', 'Users & invitations', 'admin-users'],
      ['API tokens', 'API tokens', 'admin-tokens'],
      ['Audit log', 'Audit log', 'admin-audit'],
      ['Mailbox', 'Mailbox', 'admin-mailbox'],
    ] as const) {
      await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: link }).click();
      await heading(title).waitFor();
      await review(name);
    }
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Audit log' }).click();
    const audit = page.getByRole('table', { name: 'Audit log' });
    await audit.getByText('patient.read').first().waitFor();
    await page.getByLabel('Action').fill('patient.read');
    await expect.poll(() => audit.getByText('patient.list').count()).toBe(0);
    expect(await audit.getByText('patient.read').count()).toBeGreaterThan(0);
  });

  it('invites a clinician who accepts from the development mailbox and is signed in', async () => {
    await freshPage();
    await page.goto(`${info.url}/admin/users`);
    await signIn(DEMO.clinicAdmin);
    await heading('Users & invitations').waitFor();
    const email = `new.clinician.${Date.now().toString(36)}@example.test`;
    await page.getByRole('button', { name: 'Invite someone' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Invite someone' });
    await dialog.getByLabel(/^Email/).fill(email);
    await dialog.getByRole('button', { name: 'Send invitation' }).click();
    await page.getByRole('table', { name: 'Invitations' }).getByText(email).waitFor();
    await screenshot('admin-users-invited');

    await page.getByRole('link', { name: 'Mailbox' }).click();
    const message = page.locator('.mantine-Accordion-item', { hasText: `To ${email}` });
    await message.waitFor();
    if ((await message.getByRole('link').count()) === 0) await message.getByRole('button').first().click();
    const link = message.getByRole('link', { name: /\/invitations\/accept\?token=/ });
    const href = await link.getAttribute('href');
    expect(href).toMatch(/\/invitations\/accept\?token=/);
    await screenshot('admin-mailbox-invitation');

    // The invitee opens the link in their own browser.
    await freshPage();
    await page.goto(new URL(href!, info.url).toString().replace(/^https?:\/\/[^/]+/, info.url));
    await heading('Accept your invitation').waitFor();
    const details = page.getByRole('table', { name: 'Invitation' });
    await details.getByText(email).waitFor();
    expect(await details.textContent()).toContain('Northside Foot Clinic');
    await review('accept-invitation');
    await page.getByLabel(/^Your name/).fill('Sam Newcomer');
    await page.getByLabel(/^Password/).fill('a long enough password');
    await page.getByLabel(/^Repeat the password/).fill('a long enough password');
    await page.getByRole('button', { name: /^Join / }).click();
    await heading('Welcome, Sam Newcomer').waitFor();
    await signOut();
    await signIn({ email, password: 'a long enough password' });
    await heading('Welcome, Sam Newcomer').waitFor();
  });

  it('creates an API token whose secret works as a Bearer token until it is revoked', async () => {
    await freshPage();
    await page.goto(`${info.url}/admin/tokens`);
    await signIn(DEMO.clinicAdmin);
    await heading('API tokens').waitFor();
    await page.getByRole('button', { name: 'Create token' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Create an API token' });
    await dialog.getByLabel(/^Name/).fill('e2e script');
    await dialog.getByRole('button', { name: 'Create token' }).click();
    const secretBox = page.getByTestId('token-secret');
    await secretBox.waitFor();
    const secret = (await secretBox.textContent())?.trim() ?? '';
    expect(secret).toMatch(/^gu_/);
    await page.getByRole('button', { name: 'Copy token' }).waitFor();
    await expectAccessible('token secret dialog');
    await screenshot('admin-token-secret');

    const asScript = (token: string) =>
      fetch(`${info.url}/api/patients?limit=5`, { headers: { authorization: `Bearer ${token}` } });
    const answer = await asScript(secret);
    expect(answer.status).toBe(200);
    const body = (await answer.json()) as { patients: { familyName: string }[] };
    expect(body.patients.length).toBeGreaterThan(0);

    await page.getByRole('button', { name: 'Done' }).click();
    const row = page.getByRole('table', { name: 'API tokens' }).locator('tr', { hasText: 'e2e script' });
    await expect.poll(async () => (await row.textContent()) ?? '', { timeout: 15_000 }).not.toContain('Never');
    await row.getByRole('button', { name: 'Revoke e2e script' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Revoke token' }).click();
    await row.getByText('Revoked').waitFor();
    expect((await asScript(secret)).status).toBe(401);
  });

  it('sends a browser whose session ended back to sign-in with a notice', async () => {
    await freshPage();
    await page.goto(`${info.url}/patients`);
    await signIn(DEMO.clinician);
    await heading('Patients').waitFor();
    await page.context().clearCookies();
    await page.getByRole('table', { name: 'Patients' }).getByRole('link').first().click();
    await heading('Sign in to groundup').waitFor();
    expect(await page.getByRole('status').textContent()).toContain('Your session has expired; sign in again.');
    await screenshot('session-expired');
  });
});
