import type { UploadRow, UploadStatus } from '../../db/schema.js';

/** An upload as the API returns it (see API-CONTRACT.md). */
export interface UploadJson {
  readonly id: string;
  readonly patientId: string;
  readonly filename: string;
  readonly mediaType: string;
  readonly sizeBytes: number;
  readonly sha256: string;
  readonly status: UploadStatus;
  /** 0..1 as the analysis goes (1 when it ended); null before it starts. */
  readonly progress: number | null;
  /** The detected capture format (`stl-binary`, `c3d`, …) once analysed. */
  readonly format: string | null;
  readonly result: unknown;
  readonly error: { readonly code: string; readonly message: string; readonly where: string } | null;
  readonly createdAt: string;
  readonly updatedAt: string;
}

function formatOf(result: unknown): string | null {
  if (typeof result !== 'object' || result === null) return null;
  const format = (result as { format?: unknown }).format;
  if (typeof format !== 'object' || format === null) return null;
  const kind = (format as { kind?: unknown }).kind;
  return typeof kind === 'string' && kind !== 'unknown' ? kind : null;
}

/**
 * An upload row as the API returns it.
 *
 * @param row - from the repository
 * @returns the JSON shape
 */
export function uploadJson(row: UploadRow): UploadJson {
  return {
    id: row.id,
    patientId: row.patient_id,
    filename: row.filename,
    mediaType: row.media_type,
    sizeBytes: row.size_bytes,
    sha256: row.sha256,
    status: row.status,
    progress: row.progress,
    format: row.format ?? formatOf(row.result),
    result: row.result ?? null,
    error: (row.error ?? null) as UploadJson['error'],
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

/**
 * Keeps the last path segment of a client-supplied file name, without control characters.
 *
 * @param name - as sent
 * @returns a name safe to store and show
 */
export function cleanFilename(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
  const cleaned = base.replace(/[\u0000-\u001f\u007f]/g, '').trim();
  return cleaned === '' ? 'upload' : cleaned.slice(0, 255);
}
