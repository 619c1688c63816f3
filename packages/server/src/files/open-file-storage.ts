import type { StorageConfig } from '../config.js';
import { DiskFileStorage } from './disk-file-storage.js';
import type { FileStorage } from './file-storage.js';

/** An open file storage and how to release it. */
export interface OpenFileStorage {
  readonly storage: FileStorage;
  close(): void;
}

/**
 * Opens the configured file storage (the S3 SDK is loaded only when S3 is configured).
 *
 * @param config - disk root, or S3 settings
 * @returns the storage
 */
export async function openFileStorage(config: StorageConfig): Promise<OpenFileStorage> {
  switch (config.kind) {
    case 'disk':
      return { storage: new DiskFileStorage(config.root), close: () => undefined };
    case 's3': {
      const { S3FileStorage } = await import('./s3-file-storage.js');
      const storage = new S3FileStorage(config);
      return { storage, close: () => storage.close() };
    }
  }
}
