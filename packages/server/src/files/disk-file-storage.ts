import { createReadStream } from 'node:fs';
import { mkdir, open, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream';
import {
  copyCounted,
  FileStorageError,
  keyForSha256,
  newTempName,
  sha256OfKey,
  verified,
  verifyingStream,
  type FileStorage,
  type StoredFile,
  type TempFile,
} from './file-storage.js';

const TEMP_DIR = 'tmp';
const TEMP_SUFFIX = '.tmp';

/**
 * Files in a directory (the data directory's `files/`, the embedded default): a write goes to `tmp/<uuid>.tmp`,
 * is flushed to disk, then renamed to `sha256/xx/<hash>` (a rename within one file system is atomic, so a reader
 * sees the whole file or none).
 */
export class DiskFileStorage implements FileStorage {
  readonly kind = 'disk' as const;
  readonly root: string;
  readonly description: string;

  /**
   * @param root - the directory (created on first write)
   */
  constructor(root: string) {
    this.root = root;
    this.description = `directory ${root}`;
  }

  async putStream(source: AsyncIterable<Uint8Array>, options: { readonly maxBytes: number }): Promise<StoredFile> {
    const tempDir = path.join(this.root, TEMP_DIR);
    await this.#io(() => mkdir(tempDir, { recursive: true }), tempDir);
    const temp = path.join(tempDir, `${newTempName()}${TEMP_SUFFIX}`);
    const handle = await this.#io(() => open(temp, 'wx'), temp);
    let closed = false;
    try {
      const { sha256, sizeBytes } = await copyCounted(source, options.maxBytes, async (chunk) => {
        await handle.write(chunk);
      });
      await handle.sync();
      await handle.close();
      closed = true;
      const key = keyForSha256(sha256);
      const target = this.#pathOf(key);
      await this.#io(() => mkdir(path.dirname(target), { recursive: true }), target);
      await this.#io(() => rename(temp, target), target);
      return { key, sha256, sizeBytes };
    } catch (error) {
      if (!closed) await handle.close().catch(() => undefined);
      await rm(temp, { force: true }).catch(() => undefined);
      throw error;
    }
  }

  async get(key: string): Promise<Buffer> {
    const file = this.#pathOf(key);
    return verified(await this.#io(() => readFile(file), key), key);
  }

  async getStream(
    key: string,
  ): Promise<{ readonly stream: ReturnType<typeof verifyingStream>; readonly sizeBytes: number }> {
    const file = this.#pathOf(key);
    const info = await this.#io(() => stat(file), key);
    const check = verifyingStream(sha256OfKey(key), key);
    pipeline(createReadStream(file), check, () => undefined);
    return { stream: check, sizeBytes: info.size };
  }

  async delete(key: string): Promise<void> {
    const file = this.#pathOf(key);
    await this.#io(() => rm(file, { force: true }), key);
  }

  async listTemp(): Promise<readonly TempFile[]> {
    const tempDir = path.join(this.root, TEMP_DIR);
    let names: string[];
    try {
      names = await readdir(tempDir);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw new FileStorageError('storage_failed', `Cannot list ${tempDir}: ${String(error)}`, tempDir, {
        cause: error,
      });
    }
    const found: TempFile[] = [];
    for (const name of names) {
      if (!name.endsWith(TEMP_SUFFIX)) continue;
      try {
        found.push({ name, modifiedAt: (await stat(path.join(tempDir, name))).mtime });
      } catch {
        // finished or removed meanwhile
      }
    }
    return found;
  }

  async removeTemp(name: string): Promise<void> {
    if (!/^[A-Za-z0-9.-]+$/.test(name))
      throw new FileStorageError('invalid_key', `Not a temporary file: ${name}.`, name);
    await this.#io(() => rm(path.join(this.root, TEMP_DIR, name), { force: true }), name);
  }

  #pathOf(key: string): string {
    sha256OfKey(key); // throws invalid_key
    return path.join(this.root, ...key.split('/'));
  }

  async #io<T>(operation: () => Promise<T>, where: string): Promise<T> {
    try {
      return await operation();
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
        throw new FileStorageError('not_found', `No stored file ${where}.`, where, { cause: error });
      }
      throw new FileStorageError('storage_failed', `${where}: ${(error as Error).message}`, where, { cause: error });
    }
  }
}
