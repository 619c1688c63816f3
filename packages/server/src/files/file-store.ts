import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** A stored file: its key in the store, content hash and size. */
export interface StoredFile {
  readonly key: string;
  readonly sha256: string;
  readonly sizeBytes: number;
}

/**
 * Files on disk, addressed by content: the key is the SHA-256, so storing the same bytes twice
 * keeps one copy, and a write is atomic (temporary file, then rename).
 */
export class FileStore {
  readonly root: string;

  constructor(root: string) {
    this.root = root;
  }

  /**
   * Stores bytes.
   *
   * @param bytes - the file's content
   * @returns its key, hash and size
   */
  async put(bytes: Uint8Array): Promise<StoredFile> {
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const key = `${sha256.slice(0, 2)}/${sha256}`;
    const target = this.#pathOf(key);
    await mkdir(path.dirname(target), { recursive: true });
    const temporary = `${target}.${randomBytes(6).toString('hex')}.tmp`;
    await writeFile(temporary, bytes);
    await rename(temporary, target);
    return { key, sha256, sizeBytes: bytes.byteLength };
  }

  /**
   * Reads a stored file.
   *
   * @param key - from {@link FileStore.put}
   * @returns the bytes
   * @throws Error with code ENOENT when the file is not there
   */
  async get(key: string): Promise<Buffer> {
    return readFile(this.#pathOf(key));
  }

  #pathOf(key: string): string {
    if (!/^[0-9a-f]{2}\/[0-9a-f]{64}$/.test(key)) throw new Error(`invalid file key ${key}`);
    return path.join(this.root, key);
  }
}
