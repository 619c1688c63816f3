// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- s3rver has no types; every tsconfig that reaches this file needs the declaration
/// <reference path="./s3rver.d.ts" />
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import S3rver from 's3rver';

/** A real S3-protocol server (s3rver) on a free local port, with one empty bucket. */
export interface S3TestServer {
  readonly endpoint: string;
  readonly bucket: string;
  /** The `GROUNDUP_S3_*` environment that points groundup at it. */
  readonly env: Record<string, string>;
  close(): Promise<void>;
}

/**
 * Starts s3rver on 127.0.0.1 and a port the system picks, storing in a temporary directory.
 *
 * @returns the server; close it in `afterAll`
 */
export async function startS3TestServer(): Promise<S3TestServer> {
  const directory = await mkdtemp(path.join(tmpdir(), 'groundup-s3-'));
  const bucket = 'groundup-test';
  const server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory,
    resetOnClose: true,
    configureBuckets: [{ name: bucket }],
  });
  const address = await server.run();
  const endpoint = `http://127.0.0.1:${String(address.port)}`;
  return {
    endpoint,
    bucket,
    env: {
      GROUNDUP_S3_ENDPOINT: endpoint,
      GROUNDUP_S3_BUCKET: bucket,
      GROUNDUP_S3_REGION: 'us-east-1',
      GROUNDUP_S3_ACCESS_KEY_ID: 'S3RVER',
      GROUNDUP_S3_SECRET_ACCESS_KEY: 'S3RVER',
      GROUNDUP_S3_FORCE_PATH_STYLE: 'true',
    },
    async close() {
      await server.close();
      await rm(directory, { recursive: true, force: true });
    },
  };
}
