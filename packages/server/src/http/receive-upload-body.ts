import { FileStorageError, type FileStorage, type StoredFile } from '../files/file-storage.js';
import { ApiError } from './api-error.js';

/**
 * Streams a request body into file storage, counting the size cap as the bytes arrive: the body is never held
 * whole in memory, and a body over the cap leaves no file behind. A declared `Content-Length` over the cap is
 * refused before a byte is read.
 *
 * @param request - the incoming request
 * @param files - where to store it
 * @param maxBytes - the cap
 * @returns the stored file
 * @throws ApiError 413 `too_large`, 400 `empty_file`; 503 `storage_unavailable` when the storage fails
 */
export async function receiveUploadBody(
  request: Request,
  files: Pick<FileStorage, 'putStream'>,
  maxBytes: number,
): Promise<StoredFile> {
  const declared = Number(request.headers.get('content-length') ?? Number.NaN);
  if (Number.isFinite(declared) && declared > maxBytes) throw tooLarge(maxBytes);
  if (request.body === null || declared === 0) throw emptyFile();
  let stored: StoredFile;
  try {
    stored = await files.putStream(request.body, { maxBytes });
  } catch (error) {
    if (error instanceof FileStorageError) {
      if (error.code === 'too_large') throw tooLarge(maxBytes);
      throw new ApiError(503, 'storage_unavailable', 'The file could not be stored; try again.', { where: 'body' });
    }
    throw new ApiError(400, 'upload_interrupted', 'The upload ended before the whole file arrived.', {
      where: 'body',
    });
  }
  if (stored.sizeBytes === 0) throw emptyFile();
  return stored;
}

function tooLarge(maxBytes: number): ApiError {
  return new ApiError(413, 'too_large', `Uploads are limited to ${String(Math.round(maxBytes / 1048576))} MB.`, {
    where: 'body',
  });
}

function emptyFile(): ApiError {
  return new ApiError(400, 'empty_file', 'The uploaded file is empty.', { where: 'body' });
}
