import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileStorageContract } from '../testing/file-storage-contract.js';
import { DiskFileStorage } from './disk-file-storage.js';

fileStorageContract('disk', async () => {
  const root = await mkdtemp(path.join(tmpdir(), 'groundup-files-'));
  return {
    storage: new DiskFileStorage(root),
    async tamper(key, bytes) {
      await writeFile(path.join(root, ...key.split('/')), bytes);
    },
    async plantTemp(name) {
      await mkdir(path.join(root, 'tmp'), { recursive: true });
      await writeFile(path.join(root, 'tmp', `${name}.tmp`), 'partial');
    },
    dispose: () => rm(root, { recursive: true, force: true }),
  };
});
