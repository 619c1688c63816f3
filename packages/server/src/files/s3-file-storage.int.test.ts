import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { requirement } from '../../../../test-support/requirements.js';
import { startS3TestServer } from '../../../../test-support/s3-test-server.js';
import { fileStorageContract } from '../testing/file-storage-contract.js';
import { S3FileStorage } from './s3-file-storage.js';

/** s3rver is a dev dependency; without it the S3 suite is skipped (and fails under CI). */
const s3rverInstalled = await import('s3rver').then(
  () => true,
  () => false,
);

fileStorageContract(
  'S3 (against s3rver, a real S3-protocol server)',
  async () => {
    const server = await startS3TestServer();
    const settings = {
      endpoint: server.endpoint,
      bucket: server.bucket,
      region: 'us-east-1',
      credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
      forcePathStyle: true,
    };
    const storage = new S3FileStorage(settings);
    // A second client, as another program with access to the bucket would be.
    const outside = new S3Client({
      region: settings.region,
      endpoint: settings.endpoint,
      credentials: settings.credentials,
      forcePathStyle: true,
    });
    return {
      storage,
      async tamper(key, bytes) {
        await outside.send(new PutObjectCommand({ Bucket: server.bucket, Key: key, Body: bytes }));
      },
      async plantTemp(name) {
        await outside.send(new PutObjectCommand({ Bucket: server.bucket, Key: `tmp/${name}`, Body: 'partial' }));
      },
      async dispose() {
        storage.close();
        outside.destroy();
        await server.close();
      },
    };
  },
  { skip: !requirement('s3rver (npm dev dependency)', s3rverInstalled, 'run npm install') },
);
