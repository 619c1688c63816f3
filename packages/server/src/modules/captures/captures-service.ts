import type { Actor } from '../../auth/actor.js';
import { authorizeFound, type Resource } from '../../auth/policy.js';
import { recordAudit } from '../../audit/record-audit.js';
import type { ServiceDeps } from '../../deps.js';
import { ServiceError } from '../../service-error.js';
import type { Readable } from 'node:stream';
import { FileStorageError, type FileStorage, type StoredFile } from '../../files/file-storage.js';
import type { JobQueue } from '../../jobs/job-queue.js';
import { patientResource } from '../patients/patient-resource.js';
import { findPatient, touchPatient } from '../patients/patients-repository.js';
import { findUpload, insertUpload, listUploads, type ScopedUpload } from './captures-repository.js';
import { cleanFilename, uploadJson, type UploadJson } from './upload-json.js';

/** What the captures service needs besides the database, clock and ids. */
export interface CapturesDeps extends ServiceDeps {
  readonly files: Pick<FileStorage, 'getStream'>;
  readonly jobs: Pick<JobQueue, 'enqueue' | 'wake'>;
}

/** A stored upload's bytes, for a download: streamed from storage, checked against their SHA-256 as they pass. */
export interface UploadDownload {
  readonly filename: string;
  readonly mediaType: string;
  readonly sizeBytes: number;
  /** Ends with a `FileStorageError('integrity_mismatch')` instead of finishing when the stored file was altered. */
  readonly stream: Readable;
}

/** The capture use cases: uploads of a patient's scans, pressure and motion files. */
export interface CapturesService {
  /**
   * Checks, before any byte is stored, that the actor may add a capture to this patient.
   *
   * @throws ServiceError forbidden or not_found
   */
  assertMayUpload(actor: Actor, patientId: string): Promise<void>;
  /** Records a file already in storage as an upload of the patient and queues its analysis. */
  createUpload(
    actor: Actor,
    patientId: string,
    filename: string,
    mediaType: string,
    stored: StoredFile,
  ): Promise<UploadJson>;
  list(actor: Actor, patientId: string): Promise<UploadJson[]>;
  get(actor: Actor, uploadId: string): Promise<UploadJson>;
  download(actor: Actor, uploadId: string): Promise<UploadDownload>;
}

function uploadResource(found: ScopedUpload): Resource {
  return {
    type: 'patient',
    patientId: found.upload.patient_id,
    clinicId: found.clinicId,
    accountUserId: found.patientAccountUserId,
  };
}

/**
 * Builds the captures service.
 *
 * @param deps - database, clock, ids, file store and job queue
 * @returns the service
 */
export function createCapturesService(deps: CapturesDeps): CapturesService {
  return {
    async assertMayUpload(actor, patientId) {
      const found = await findPatient(deps.db, actor.organizationId, patientId);
      authorizeFound(actor, 'capture.create', found, patientResource, 'patient');
    },

    async createUpload(actor, patientId, filename, mediaType, stored) {
      const row = await deps.db.transaction().execute(async (tx) => {
        const found = await findPatient(tx, actor.organizationId, patientId);
        const patient = authorizeFound(actor, 'capture.create', found, patientResource, 'patient');
        const now = deps.now();
        const jobId = deps.newId();
        const upload = await insertUpload(tx, {
          id: deps.newId(),
          patientId: patient.id,
          filename: cleanFilename(filename),
          mediaType,
          sizeBytes: stored.sizeBytes,
          sha256: stored.sha256,
          storageKey: stored.key,
          jobId,
          createdBy: actor.userId,
          now,
        });
        await touchPatient(tx, actor.organizationId, patient.id, now);
        await recordAudit(tx, deps, actor, { action: 'capture.create', resourceType: 'upload', resourceId: upload.id });
        // Queued in the same transaction: the upload and its analysis exist together or not at all.
        await deps.jobs.enqueue('analyse-upload', { uploadId: upload.id }, { transaction: tx, jobId });
        return upload;
      });
      deps.jobs.wake('analyse-upload');
      return uploadJson(row);
    },

    list(actor, patientId) {
      return deps.db.transaction().execute(async (tx) => {
        const found = await findPatient(tx, actor.organizationId, patientId);
        const patient = authorizeFound(actor, 'capture.list', found, patientResource, 'patient');
        const rows = await listUploads(tx, actor.organizationId, patient.id);
        await recordAudit(tx, deps, actor, { action: 'capture.list', resourceType: 'patient', resourceId: patient.id });
        return rows.map(uploadJson);
      });
    },

    get(actor, uploadId) {
      return deps.db.transaction().execute(async (tx) => {
        const found = await findUpload(tx, actor.organizationId, uploadId);
        const { upload } = authorizeFound(actor, 'capture.read', found, uploadResource, 'upload');
        await recordAudit(tx, deps, actor, { action: 'capture.read', resourceType: 'upload', resourceId: upload.id });
        return uploadJson(upload);
      });
    },

    async download(actor, uploadId) {
      const upload = await deps.db.transaction().execute(async (tx) => {
        const found = await findUpload(tx, actor.organizationId, uploadId);
        const scoped = authorizeFound(actor, 'capture.download', found, uploadResource, 'upload');
        await recordAudit(tx, deps, actor, {
          action: 'capture.download',
          resourceType: 'upload',
          resourceId: scoped.upload.id,
        });
        return scoped.upload;
      });
      let opened;
      try {
        opened = await deps.files.getStream(upload.storage_key);
      } catch (error) {
        if (error instanceof FileStorageError && error.code === 'not_found') {
          throw new ServiceError('not_found', 'file_missing', "The upload's file is no longer in storage.", {
            where: 'path.id',
          });
        }
        throw error;
      }
      return {
        filename: upload.filename,
        mediaType: upload.media_type,
        sizeBytes: opened.sizeBytes,
        stream: opened.stream,
      };
    },
  };
}
