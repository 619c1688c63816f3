import { createHash, randomUUID, type Hash } from 'node:crypto';
import { hostname } from 'node:os';
import { Transform, type Readable } from 'node:stream';

/** A stored file: its key in the storage, content hash and size. */
export interface StoredFile {
  /** `sha256/<first two hex>/<64 hex>`: the key names the content, so a read can check it. */
  readonly key: string;
  /** SHA-256 of the content, lowercase hex. */
  readonly sha256: string;
  readonly sizeBytes: number;
}

/** A temporary file left by a write in progress (or by a process that died mid-write). */
export interface TempFile {
  readonly name: string;
  readonly modifiedAt: Date;
}

/** Why a storage operation failed. */
export type FileStorageErrorCode =
  /** The stream passed `maxBytes`; the partial file has been removed. */
  | 'too_large'
  /** No file under that key. */
  | 'not_found'
  /** The bytes read do not hash to the key: the stored file was changed or damaged. */
  | 'integrity_mismatch'
  /** A key that is not `sha256/xx/<64 hex>`. */
  | 'invalid_key'
  /** The disk or the object store failed (the message says how). */
  | 'storage_failed';

/** A typed storage failure: never a silent wrong answer. */
export class FileStorageError extends Error {
  readonly code: FileStorageErrorCode;
  /** The key or temp name concerned, when there is one. */
  readonly where: string;

  constructor(code: FileStorageErrorCode, message: string, where = '', options?: ErrorOptions) {
    super(message, options);
    this.name = 'FileStorageError';
    this.code = code;
    this.where = where;
  }
}

/**
 * Where uploaded files live: the data directory or S3-compatible object storage. Writes are streamed (never held
 * whole in memory) and atomic (a temporary file or object first, then renamed or copied into place); files are
 * addressed by their SHA-256 and checked against it on every read.
 */
export interface FileStorage {
  /** `disk` or `s3`, for the health page and logs. */
  readonly kind: 'disk' | 's3';
  /** A printable description (directory, or endpoint and bucket), with no secret in it. */
  readonly description: string;
  /**
   * Stores a stream, counting and hashing as it goes.
   *
   * @param source - the bytes (a Node stream, a web stream, any async iterable of chunks)
   * @param options - `maxBytes`: more than this is refused
   * @returns the key, hash and size, once the file is in place
   * @throws FileStorageError `too_large` (the partial file removed), `storage_failed`; the source's own error
   *   (a client that went away) after the partial file is removed
   */
  putStream(source: AsyncIterable<Uint8Array>, options: { readonly maxBytes: number }): Promise<StoredFile>;
  /**
   * Reads a whole file and checks its hash.
   *
   * @param key - from {@link FileStorage.putStream}
   * @returns the bytes
   * @throws FileStorageError `not_found`, `integrity_mismatch`, `invalid_key`, `storage_failed`
   */
  get(key: string): Promise<Buffer>;
  /**
   * Streams a file. The hash is checked as the bytes pass: on a mismatch the stream ends with a
   * `FileStorageError('integrity_mismatch')` instead of finishing, so a damaged file never reads as complete.
   *
   * @param key - from {@link FileStorage.putStream}
   * @returns the stream and the file's size
   * @throws FileStorageError `not_found`, `invalid_key`, `storage_failed` (before any byte is sent)
   */
  getStream(key: string): Promise<{ readonly stream: Readable; readonly sizeBytes: number }>;
  /**
   * Removes a file (nothing happens when it is not there). Files are shared by content: the caller removes a key
   * only when no record refers to it any more.
   *
   * @param key - from {@link FileStorage.putStream}
   */
  delete(key: string): Promise<void>;
  /**
   * Lists the temporary files of writes in progress, or left by a process that died mid-write.
   *
   * @returns the temporary files
   */
  listTemp(): Promise<readonly TempFile[]>;
  /**
   * Removes one temporary file (see {@link cleanOrphanTemp}, which decides which).
   *
   * @param name - from {@link FileStorage.listTemp}
   */
  removeTemp(name: string): Promise<void>;
}

const KEY_PATTERN = /^sha256\/([0-9a-f]{2})\/([0-9a-f]{64})$/;

/**
 * The storage key of content with this hash.
 *
 * @param sha256 - lowercase hex
 * @returns `sha256/<first two>/<hash>`
 */
export function keyForSha256(sha256: string): string {
  return `sha256/${sha256.slice(0, 2)}/${sha256}`;
}

/**
 * The hash a key names.
 *
 * @param key - a storage key
 * @returns the SHA-256 hex
 * @throws FileStorageError `invalid_key` for anything else (so a key can never walk out of the storage)
 */
export function sha256OfKey(key: string): string {
  const match = KEY_PATTERN.exec(key);
  if (match?.[1] === undefined || match[2] === undefined || match[1] !== match[2].slice(0, 2)) {
    throw new FileStorageError('invalid_key', `Not a file key: ${JSON.stringify(key.slice(0, 100))}.`, key);
  }
  return match[2];
}

/**
 * Hashes and counts a stream as it is consumed, failing once it passes the cap.
 *
 * @param source - the bytes
 * @param maxBytes - the cap
 * @param sink - what each chunk is written to
 * @returns the hash and size
 * @throws FileStorageError `too_large`
 */
export async function copyCounted(
  source: AsyncIterable<Uint8Array>,
  maxBytes: number,
  sink: (chunk: Uint8Array) => Promise<void>,
): Promise<{ sha256: string; sizeBytes: number }> {
  const hash = createHash('sha256');
  let sizeBytes = 0;
  for await (const chunk of source) {
    sizeBytes += chunk.byteLength;
    if (sizeBytes > maxBytes) throw tooLarge(maxBytes);
    hash.update(chunk);
    await sink(chunk);
  }
  return { sha256: hash.digest('hex'), sizeBytes };
}

/**
 * The error for a stream over the cap.
 *
 * @param maxBytes - the cap
 * @returns a `too_large` FileStorageError
 */
export function tooLarge(maxBytes: number): FileStorageError {
  return new FileStorageError('too_large', `The file is larger than ${String(maxBytes)} bytes.`);
}

/**
 * A pass-through stream that hashes what passes and fails at the end when the hash is not `expected`.
 *
 * @param expected - the SHA-256 the content must have
 * @param key - for the error message
 * @returns the transform
 */
export function verifyingStream(expected: string, key: string): Transform {
  const hash: Hash = createHash('sha256');
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      hash.update(chunk);
      callback(null, chunk);
    },
    flush(callback) {
      const actual = hash.digest('hex');
      callback(actual === expected ? null : integrityMismatch(key, actual));
    },
  });
}

/**
 * Checks whole bytes against their key.
 *
 * @param bytes - as read
 * @param key - the key they were read from
 * @returns the bytes
 * @throws FileStorageError `integrity_mismatch`
 */
export function verified(bytes: Buffer, key: string): Buffer {
  const actual = createHash('sha256').update(bytes).digest('hex');
  if (actual !== sha256OfKey(key)) throw integrityMismatch(key, actual);
  return bytes;
}

function integrityMismatch(key: string, actual: string): FileStorageError {
  return new FileStorageError(
    'integrity_mismatch',
    `The stored file ${key} has changed: its content hashes to ${actual}.`,
    key,
  );
}

/**
 * A new temporary file name: `<host>.<pid>.<uuid>`, so that a process starting later can tell the writes of a
 * process that died on this machine from those of live processes elsewhere.
 *
 * @returns the name (letters, digits, dot and dash only)
 */
export function newTempName(): string {
  return `${hostname().replace(/[^A-Za-z0-9-]/g, '-')}.${String(process.pid)}.${randomUUID()}`;
}

/**
 * Who wrote a temporary file.
 *
 * @param name - from {@link newTempName}
 * @returns host and pid, or null for a name of another shape
 */
export function tempOwner(name: string): { readonly host: string; readonly pid: number } | null {
  const match = /^([A-Za-z0-9-]+)\.(\d+)\./.exec(name);
  return match?.[1] === undefined || match[2] === undefined ? null : { host: match[1], pid: Number(match[2]) };
}
