import { spawnSync } from 'node:child_process';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { Readable } from 'node:stream';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanOrphanTemp, FOREIGN_TEMP_MAX_AGE_MS } from '../files/clean-orphan-temp.js';
import { FileStorageError, type FileStorage } from '../files/file-storage.js';

/** What an adapter's test gives the contract: the storage, and ways to damage it as the world might. */
export interface FileStorageUnderTest {
  readonly storage: FileStorage;
  /** Replaces the stored bytes under `key` behind the storage's back (a disk fault, an operator's mistake). */
  tamper(key: string, bytes: Uint8Array): Promise<void>;
  /** Leaves a temporary file named `name`, as a writer that died mid-write would. */
  plantTemp(name: string): Promise<void>;
  dispose(): Promise<void>;
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** The bytes as chunks of the given sizes (the rest in one last chunk). */
async function* chunked(bytes: Uint8Array, sizes: readonly number[] = [65536]): AsyncGenerator<Uint8Array> {
  let offset = 0;
  let i = 0;
  while (offset < bytes.byteLength) {
    const size = Math.max(1, sizes[i % sizes.length] ?? 65536);
    yield bytes.subarray(offset, offset + size);
    offset += size;
    i++;
    await Promise.resolve();
  }
}

/** `count` deterministic pseudo-random chunks of `chunkBytes`, generated as read (never all in memory). */
async function* generated(count: number, chunkBytes: number, seed: number): AsyncGenerator<Uint8Array> {
  let state = seed;
  for (let c = 0; c < count; c++) {
    const chunk = Buffer.allocUnsafe(chunkBytes);
    for (let i = 0; i < chunkBytes; i += 4) {
      state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
      chunk.writeUInt32LE(state, i);
    }
    yield chunk;
    await Promise.resolve();
  }
}

async function drain(stream: Readable): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const part of stream) parts.push(part as Buffer);
  return Buffer.concat(parts);
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'no error';
  } catch (error) {
    return error instanceof FileStorageError ? error.code : `not a FileStorageError: ${String(error)}`;
  }
}

/**
 * The behaviour every {@link FileStorage} adapter must have; the disk and S3 adapters each run it.
 *
 * @param name - the adapter, for the suite title
 * @param setup - makes a fresh storage for the suite
 * @param options - `skip`: the adapter cannot run here (the suite is reported as skipped)
 */
export function fileStorageContract(
  name: string,
  setup: () => Promise<FileStorageUnderTest>,
  options: { readonly skip?: boolean } = {},
): void {
  describe.skipIf(options.skip === true)(`the ${name} file storage`, () => {
    let subject: FileStorageUnderTest;
    beforeAll(async () => {
      subject = await setup();
    });
    afterAll(async () => {
      await subject.dispose();
    });

    it('stores a stream under its SHA-256, and gives back the same bytes whole and streamed', async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.uint8Array({ minLength: 0, maxLength: 5000 }),
          fc.array(fc.integer({ min: 1, max: 700 }), { minLength: 1, maxLength: 5 }),
          async (bytes, sizes) => {
            const stored = await subject.storage.putStream(chunked(bytes, sizes), { maxBytes: 10_000 });
            expect(stored.sha256).toBe(sha256(bytes));
            expect(stored.sizeBytes).toBe(bytes.byteLength);
            expect(stored.key).toContain(stored.sha256);
            expect(Buffer.compare(await subject.storage.get(stored.key), Buffer.from(bytes))).toBe(0);
            const { stream, sizeBytes } = await subject.storage.getStream(stored.key);
            expect(sizeBytes).toBe(bytes.byteLength);
            expect(Buffer.compare(await drain(stream), Buffer.from(bytes))).toBe(0);
          },
        ),
        { numRuns: 15 },
      );
    });

    it('streams a 20 MB file through without holding it, and reads it back with the same hash', async () => {
      const expected = createHash('sha256');
      for await (const chunk of generated(320, 65536, 12345)) expected.update(chunk);
      const stored = await subject.storage.putStream(generated(320, 65536, 12345), { maxBytes: 64 * 1024 * 1024 });
      expect(stored.sizeBytes).toBe(320 * 65536);
      expect(stored.sha256).toBe(expected.digest('hex'));
      const { stream } = await subject.storage.getStream(stored.key);
      const readBack = createHash('sha256');
      for await (const chunk of stream) readBack.update(chunk as Buffer);
      expect(readBack.digest('hex')).toBe(stored.sha256);
    });

    it('refuses a stream over the cap as too_large and leaves no partial file', async () => {
      const code = await codeOf(subject.storage.putStream(generated(40, 65536, 7), { maxBytes: 1_000_000 }));
      expect(code).toBe('too_large');
      expect(await subject.storage.listTemp()).toEqual([]);
    });

    it('passes on the error of a source that fails midway, and leaves no partial file', async () => {
      async function* broken(): AsyncGenerator<Uint8Array> {
        yield randomBytes(1000);
        await Promise.resolve();
        throw new Error('client went away');
      }
      await expect(subject.storage.putStream(broken(), { maxBytes: 1_000_000 })).rejects.toThrow(/client went away/);
      expect(await subject.storage.listTemp()).toEqual([]);
    });

    it('keeps one copy of the same content, deletes it, and then answers not_found', async () => {
      const bytes = randomBytes(3000);
      const first = await subject.storage.putStream(chunked(bytes), { maxBytes: 10_000 });
      const second = await subject.storage.putStream(chunked(bytes, [17]), { maxBytes: 10_000 });
      expect(second.key).toBe(first.key);
      await subject.storage.delete(first.key);
      expect(await codeOf(subject.storage.get(first.key))).toBe('not_found');
      expect(await codeOf(subject.storage.getStream(first.key))).toBe('not_found');
      await subject.storage.delete(first.key); // already gone: no error
    });

    it('answers integrity_mismatch, never the changed bytes, when a stored file was altered', async () => {
      const stored = await subject.storage.putStream(chunked(randomBytes(5000)), { maxBytes: 10_000 });
      await subject.tamper(stored.key, randomBytes(5000));
      expect(await codeOf(subject.storage.get(stored.key))).toBe('integrity_mismatch');
      const { stream } = await subject.storage.getStream(stored.key);
      expect(await codeOf(drain(stream))).toBe('integrity_mismatch');
    });

    it('refuses keys that are not content keys, so no key reaches outside the storage', async () => {
      const bad = [
        '../../etc/passwd',
        'sha256/00/abc',
        `sha256/ff/${'0'.repeat(64)}`,
        `sha256/00/${'0'.repeat(64)}/..`,
      ];
      for (const key of bad) {
        expect(await codeOf(subject.storage.get(key)), key).toBe('invalid_key');
        expect(await codeOf(subject.storage.delete(key)), key).toBe('invalid_key');
      }
    });

    it('removes at start the temporary files of a dead writer on this machine, and of anyone after an hour', async () => {
      const here = hostname().replace(/[^A-Za-z0-9-]/g, '-');
      const dead = spawnSync(process.execPath, ['-e', '']).pid; // has exited: its pid is free
      const live = process.ppid;
      await subject.plantTemp(`${here}.${String(dead)}.${randomUUID()}`);
      await subject.plantTemp(`${here}.${String(live)}.${randomUUID()}`);
      await subject.plantTemp(`another-machine.${String(dead)}.${randomUUID()}`);
      expect((await subject.storage.listTemp()).length).toBe(3);
      expect(await cleanOrphanTemp(subject.storage, new Date())).toBe(1);
      const left = (await subject.storage.listTemp()).map((t) => t.name).sort();
      expect(left.map((name) => name.split('.').slice(0, 2).join('.'))).toEqual(
        [`another-machine.${String(dead)}`, `${here}.${String(live)}`].sort(),
      );
      expect(await cleanOrphanTemp(subject.storage, new Date(Date.now() + 2 * FOREIGN_TEMP_MAX_AGE_MS))).toBe(2);
      expect(await subject.storage.listTemp()).toEqual([]);
    });

    it('refuses to remove a temporary name that could reach outside its folder', async () => {
      expect(await codeOf(subject.storage.removeTemp('../sha256'))).toBe('invalid_key');
    });
  });
}
