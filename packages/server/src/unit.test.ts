import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from './auth/password.js';
import { configFromEnv } from './config.js';
import { redactUrl } from './db/database.js';
import { AsyncMutex } from './db/async-mutex.js';
import { cleanFilename } from './modules/captures/upload-json.js';
import { StartupError } from './startup-error.js';

describe('passwords', () => {
  it('verify the right password and refuse a wrong one or a malformed hash', async () => {
    const hash = await hashPassword('correct horse');
    expect(hash).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(await verifyPassword('correct horse', hash)).toBe(true);
    expect(await verifyPassword('correct horsE', hash)).toBe(false);
    expect(await verifyPassword('correct horse', 'plain')).toBe(false);
    expect(await verifyPassword('correct horse', 'scrypt$x$8$1$AAAA$BBBB')).toBe(false);
    expect(await hashPassword('correct horse')).not.toBe(hash); // salted
  });
});

describe('configFromEnv', () => {
  it('uses the documented defaults', () => {
    const config = configFromEnv({}, '/srv');
    expect(config).toMatchObject({
      port: 5170,
      host: '127.0.0.1',
      dataDir: '/srv/.groundup',
      databaseUrl: null,
      inProcessJobs: true,
    });
  });

  it('names the variable that is wrong', () => {
    for (const [env, variable] of [
      [{ PORT: 'eighty' }, 'PORT'],
      [{ PORT: '70000' }, 'PORT'],
      [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL'],
      [{ GROUNDUP_JOBS: 'sometimes' }, 'GROUNDUP_JOBS'],
      [{ GROUNDUP_MAX_UPLOAD_MB: '0' }, 'GROUNDUP_MAX_UPLOAD_MB'],
    ] as const) {
      expect(() => configFromEnv(env, '/srv')).toThrow(StartupError);
      expect(() => configFromEnv(env, '/srv')).toThrow(variable);
    }
  });
});

describe('redactUrl', () => {
  it('hides the password and keeps the rest', () => {
    expect(redactUrl('postgres://u:pw@db.example:5432/g')).toBe('postgres://u:***@db.example:5432/g');
    expect(redactUrl('::not a url')).toBe('(unparseable URL)');
  });
});

describe('AsyncMutex', () => {
  it('lets one holder in at a time, in arrival order', async () => {
    const mutex = new AsyncMutex();
    const events: string[] = [];
    await Promise.all(
      [0, 1, 2, 3].map((i) =>
        mutex.run(async () => {
          events.push(`in ${i}`);
          await new Promise((resolve) => setTimeout(resolve, 5 - i));
          events.push(`out ${i}`);
        }),
      ),
    );
    expect(events).toEqual(['in 0', 'out 0', 'in 1', 'out 1', 'in 2', 'out 2', 'in 3', 'out 3']);
  });

  it('releases the lock when the work throws', async () => {
    const mutex = new AsyncMutex();
    await expect(mutex.run(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await mutex.run(() => Promise.resolve('next'))).toBe('next');
  });
});

describe('cleanFilename', () => {
  it('keeps the last path segment without control characters', () => {
    expect(cleanFilename('C:\\scans\\left.stl')).toBe('left.stl');
    expect(cleanFilename('../../x/y.ply')).toBe('y.ply');
    expect(cleanFilename('a\u0000b\nc.obj')).toBe('abc.obj');
    expect(cleanFilename('/')).toBe('upload');
  });
});
