import { createHash } from 'node:crypto';
import { Readable, pipeline } from 'node:stream';
import {
  CopyObjectCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import {
  FileStorageError,
  keyForSha256,
  newTempName,
  sha256OfKey,
  tooLarge,
  verified,
  verifyingStream,
  type FileStorage,
  type StoredFile,
  type TempFile,
} from './file-storage.js';

/** How to reach an S3-compatible object store (`GROUNDUP_S3_*`). */
export interface S3StorageSettings {
  /** `GROUNDUP_S3_ENDPOINT`, e.g. `http://minio.local:9000`; null for AWS itself. */
  readonly endpoint: string | null;
  /** `GROUNDUP_S3_BUCKET`: the bucket, which must exist. */
  readonly bucket: string;
  /** `GROUNDUP_S3_REGION` (default `us-east-1`). */
  readonly region: string;
  /** `GROUNDUP_S3_ACCESS_KEY_ID` and `GROUNDUP_S3_SECRET_ACCESS_KEY`; null for the SDK's default credential chain. */
  readonly credentials: { readonly accessKeyId: string; readonly secretAccessKey: string } | null;
  /** `GROUNDUP_S3_FORCE_PATH_STYLE=true`: `endpoint/bucket/key` URLs (MinIO, s3rver) instead of `bucket.endpoint/key`. */
  readonly forcePathStyle: boolean;
}

const TEMP_PREFIX = 'tmp/';
/** Multipart part size: 8 MiB, with at most 4 parts in flight, so an upload holds about 32 MiB at most. */
const PART_BYTES = 8 * 1024 * 1024;
const PARTS_IN_FLIGHT = 4;

/**
 * Files in S3-compatible object storage, so that workers on other machines share them. A write streams to
 * `tmp/<uuid>` (multipart for large files), then is copied to `sha256/xx/<hash>` and the temporary object removed.
 */
export class S3FileStorage implements FileStorage {
  readonly kind = 's3' as const;
  readonly description: string;
  readonly #client: S3Client;
  readonly #bucket: string;

  /**
   * @param settings - endpoint, bucket, region, credentials, path style
   */
  constructor(settings: S3StorageSettings) {
    this.#bucket = settings.bucket;
    this.description = `S3 bucket ${settings.bucket}${settings.endpoint === null ? '' : ` at ${settings.endpoint}`}`;
    this.#client = new S3Client({
      region: settings.region,
      ...(settings.endpoint === null ? {} : { endpoint: settings.endpoint }),
      ...(settings.credentials === null ? {} : { credentials: settings.credentials }),
      forcePathStyle: settings.forcePathStyle,
      // The content is checked by its SHA-256 key; S3-compatible servers differ in the newer checksum headers.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    });
  }

  async putStream(source: AsyncIterable<Uint8Array>, options: { readonly maxBytes: number }): Promise<StoredFile> {
    const temp = `${TEMP_PREFIX}${newTempName()}`;
    const hash = createHash('sha256');
    let sizeBytes = 0;
    const state = { over: false };
    async function* counted(): AsyncGenerator<Uint8Array> {
      for await (const chunk of source) {
        sizeBytes += chunk.byteLength;
        if (sizeBytes > options.maxBytes) {
          state.over = true;
          throw tooLarge(options.maxBytes);
        }
        hash.update(chunk);
        yield chunk;
      }
    }
    const upload = new Upload({
      client: this.#client,
      params: { Bucket: this.#bucket, Key: temp, Body: Readable.from(counted()) },
      partSize: PART_BYTES,
      queueSize: PARTS_IN_FLIGHT,
      leavePartsOnError: false,
    });
    try {
      await upload.done();
    } catch (error) {
      await this.#deleteQuietly(temp);
      if (state.over) throw tooLarge(options.maxBytes);
      if (error instanceof FileStorageError) throw error;
      throw this.#failure(error, temp);
    }
    const sha256 = hash.digest('hex');
    const key = keyForSha256(sha256);
    try {
      if (!(await this.#exists(key))) {
        await this.#client.send(
          new CopyObjectCommand({ Bucket: this.#bucket, Key: key, CopySource: `${this.#bucket}/${temp}` }),
        );
      }
    } catch (error) {
      throw this.#failure(error, key);
    } finally {
      await this.#deleteQuietly(temp);
    }
    return { key, sha256, sizeBytes };
  }

  async get(key: string): Promise<Buffer> {
    const { stream } = await this.#open(key);
    const chunks: Buffer[] = [];
    try {
      for await (const chunk of stream) chunks.push(chunk as Buffer);
    } catch (error) {
      throw this.#failure(error, key);
    }
    return verified(Buffer.concat(chunks), key);
  }

  async getStream(
    key: string,
  ): Promise<{ readonly stream: ReturnType<typeof verifyingStream>; readonly sizeBytes: number }> {
    const { stream, sizeBytes } = await this.#open(key);
    const check = verifyingStream(sha256OfKey(key), key);
    pipeline(stream, check, () => undefined);
    return { stream: check, sizeBytes };
  }

  async delete(key: string): Promise<void> {
    sha256OfKey(key);
    try {
      await this.#client.send(new DeleteObjectCommand({ Bucket: this.#bucket, Key: key }));
    } catch (error) {
      throw this.#failure(error, key);
    }
  }

  async listTemp(): Promise<readonly TempFile[]> {
    const found: TempFile[] = [];
    let token: string | undefined;
    try {
      do {
        const page = await this.#client.send(
          new ListObjectsV2Command({ Bucket: this.#bucket, Prefix: TEMP_PREFIX, ContinuationToken: token }),
        );
        for (const object of page.Contents ?? []) {
          if (object.Key === undefined) continue;
          found.push({ name: object.Key.slice(TEMP_PREFIX.length), modifiedAt: object.LastModified ?? new Date(0) });
        }
        token = page.IsTruncated === true ? page.NextContinuationToken : undefined;
      } while (token !== undefined);
    } catch (error) {
      throw this.#failure(error, TEMP_PREFIX);
    }
    return found;
  }

  async removeTemp(name: string): Promise<void> {
    if (!/^[A-Za-z0-9.-]+$/.test(name))
      throw new FileStorageError('invalid_key', `Not a temporary file: ${name}.`, name);
    try {
      await this.#client.send(new DeleteObjectCommand({ Bucket: this.#bucket, Key: `${TEMP_PREFIX}${name}` }));
    } catch (error) {
      throw this.#failure(error, name);
    }
  }

  /** Closes the client's connections. */
  close(): void {
    this.#client.destroy();
  }

  async #open(key: string): Promise<{ stream: Readable; sizeBytes: number }> {
    sha256OfKey(key);
    try {
      const object = await this.#client.send(new GetObjectCommand({ Bucket: this.#bucket, Key: key }));
      if (!(object.Body instanceof Readable)) throw new Error('the object store answered without a body');
      return { stream: object.Body, sizeBytes: object.ContentLength ?? 0 };
    } catch (error) {
      throw this.#failure(error, key);
    }
  }

  async #exists(key: string): Promise<boolean> {
    try {
      await this.#client.send(new HeadObjectCommand({ Bucket: this.#bucket, Key: key }));
      return true;
    } catch (error) {
      if (isNotFound(error)) return false;
      throw error;
    }
  }

  async #deleteQuietly(key: string): Promise<void> {
    await this.#client.send(new DeleteObjectCommand({ Bucket: this.#bucket, Key: key })).catch(() => undefined);
  }

  #failure(error: unknown, where: string): FileStorageError {
    if (error instanceof FileStorageError) return error;
    if (isNotFound(error))
      return new FileStorageError('not_found', `No stored file ${where}.`, where, { cause: error });
    const message = error instanceof Error ? error.message || error.name : String(error);
    return new FileStorageError('storage_failed', `${this.description}: ${where}: ${message}`, where, { cause: error });
  }
}

function isNotFound(error: unknown): boolean {
  return (
    error instanceof S3ServiceException &&
    (error.name === 'NoSuchKey' || error.name === 'NotFound' || error.$metadata.httpStatusCode === 404)
  );
}
