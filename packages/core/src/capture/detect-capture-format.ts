import type { Issue } from '../issue.js';
import { triangleCount, vertexCount } from '../mesh/mesh.js';
import { isPlyMagic, isText, readMesh, type MeshReadResult } from '../mesh/read-mesh.js';
import { binaryStlTriangleCount, startsWithSolid } from '../mesh/read-stl.js';
import { readC3d } from '../motion/read-c3d.js';
import { readMot } from '../motion/read-mot.js';
import { readTrc } from '../motion/read-trc.js';
import { decodeText } from '../pressure/decode-text.js';
import { detectPressureFormat, readPressure } from '../pressure/read-pressure.js';

/** Counts of a mesh file, as its reader found them. */
interface MeshCounts {
  readonly family: 'scan';
  readonly triangleCount: number;
  readonly vertexCount: number;
}

/** What kind of capture a file holds: the format whose reader read it, with what that reader counted. */
export type CaptureFormat =
  | ({ readonly kind: 'stl-binary' } & MeshCounts)
  | ({ readonly kind: 'stl-ascii' } & MeshCounts)
  | ({ readonly kind: 'obj' } & MeshCounts)
  | ({
      readonly kind: 'ply';
      readonly encoding: 'ascii' | 'binary_little_endian' | 'binary_big_endian';
    } & MeshCounts)
  | {
      readonly kind: 'c3d';
      readonly family: 'motion';
      readonly frameCount: number;
      readonly pointCount: number;
      readonly analogCount: number;
    }
  | { readonly kind: 'trc'; readonly family: 'motion'; readonly frameCount: number; readonly markerCount: number }
  | { readonly kind: 'mot'; readonly family: 'motion'; readonly rowCount: number; readonly columnCount: number }
  | { readonly kind: 'grid-csv'; readonly family: 'pressure'; readonly frameCount: number }
  | { readonly kind: 'pedar'; readonly family: 'pressure'; readonly frameCount: number }
  | { readonly kind: 'gaitpdb'; readonly family: 'pressure'; readonly frameCount: number }
  | { readonly kind: 'unknown'; readonly family: 'unknown' };

/** The result of {@link detectCaptureFormat}: the format and the reader's warnings, or why nothing read it. */
export interface CaptureFormatReport {
  readonly format: CaptureFormat;
  readonly sizeBytes: number;
  /** The reader's warnings; when the format is `unknown`, at least one error. */
  readonly issues: readonly Issue[];
}

/** A reader's verdict on a file. */
type Verdict =
  | { readonly ok: true; readonly format: CaptureFormat; readonly warnings: readonly Issue[] }
  | { readonly ok: false; readonly code: string; readonly where: string; readonly message: string };

/** One format groundup reads: a cheap look at the first bytes, and its real reader. */
interface Candidate {
  /** The format's name in messages. */
  readonly label: string;
  /**
   * `strong`: the file announces the format (a magic line, an exact length), so a reader error is the file's
   * error. `weak`: the first bytes merely fit (one key byte, text with vertex lines), so a reader error means
   * "not this format".
   */
  readonly signature: 'strong' | 'weak';
  readonly claims: (probe: Probe) => boolean;
  readonly read: (probe: Probe) => Verdict;
}

/** The file and lazily decoded views of it. */
interface Probe {
  readonly bytes: Uint8Array;
  readonly isText: boolean;
  /** The first 8 KiB as Latin-1 text. */
  readonly head: string;
  /** The whole file as Latin-1 text (decoded once, on first use). */
  text(): string;
}

const HEAD_CHARS = 8192;
/** The C3D header's second byte (c3d.org, "The C3D File Format User Guide", header section). */
const C3D_KEY_BYTE = 0x50;
const C3D_HEADER_BYTES = 512;

/** The formats in the order they are tried: the most specific signatures first. */
const CANDIDATES: readonly Candidate[] = [
  {
    label: 'binary STL',
    signature: 'strong',
    claims: (p) => binaryStlTriangleCount(p.bytes) !== null,
    read: (p) => meshVerdict(readMesh(p.bytes, { format: 'stl' })),
  },
  {
    label: 'PLY',
    signature: 'strong',
    claims: (p) => isPlyMagic(p.bytes),
    read: (p) => meshVerdict(readMesh(p.bytes, { format: 'ply' })),
  },
  {
    label: 'C3D',
    signature: 'weak',
    claims: (p) => p.bytes.byteLength >= C3D_HEADER_BYTES && p.bytes[1] === C3D_KEY_BYTE,
    read: (p) => {
      const result = readC3d(p.bytes);
      if (!result.ok) return { ok: false, ...result.error };
      const { c3d } = result;
      return {
        ok: true,
        format: {
          kind: 'c3d',
          family: 'motion',
          frameCount: c3d.frames,
          pointCount: c3d.pointLabels.length,
          analogCount: c3d.analogLabels.length,
        },
        warnings: result.warnings,
      };
    },
  },
  {
    label: 'TRC',
    signature: 'strong',
    claims: (p) => p.isText && /^PathFileType\s/i.test(p.head),
    read: (p) => {
      const result = readTrc(p.text());
      if (!result.ok) return { ok: false, ...result.error };
      const { markers } = result;
      return {
        ok: true,
        format: {
          kind: 'trc',
          family: 'motion',
          frameCount: markers.timeS.length,
          markerCount: markers.markerNames.length,
        },
        warnings: result.warnings,
      };
    },
  },
  {
    label: 'MOT/STO',
    signature: 'strong',
    claims: (p) => p.isText && /^endheader\s*$/im.test(p.head),
    read: (p) => {
      const result = readMot(p.text());
      if (!result.ok) return { ok: false, ...result.error };
      const { table } = result;
      return {
        ok: true,
        format: {
          kind: 'mot',
          family: 'motion',
          rowCount: table.columns[0]?.length ?? 0,
          columnCount: table.columnNames.length,
        },
        warnings: result.warnings,
      };
    },
  },
  {
    label: 'pressure recording',
    signature: 'strong',
    claims: (p) => p.isText && detectPressureFormat(p.head) !== null,
    read: (p) => {
      const result = readPressure(p.bytes);
      if (!result.ok) return { ok: false, ...result.error };
      const { recording } = result;
      const kind = recording.format === 'grid' ? 'grid-csv' : recording.format;
      return {
        ok: true,
        format: { kind, family: 'pressure', frameCount: recording.frameCount },
        warnings: result.warnings,
      };
    },
  },
  {
    label: 'ASCII STL',
    signature: 'strong',
    claims: (p) => p.isText && startsWithSolid(p.bytes),
    read: (p) => meshVerdict(readMesh(p.bytes, { format: 'stl' })),
  },
  {
    label: 'OBJ',
    signature: 'weak',
    claims: (p) => p.isText && /^v[ \t]+[-+.\d]/m.test(p.head),
    read: (p) => meshVerdict(readMesh(p.bytes, { format: 'obj' })),
  },
];

/**
 * Decides what capture a file holds by reading it with groundup's own readers (the mesh, C3D, TRC, MOT/STO and
 * pressure readers the CLI and the assessment use): a format counts only when its reader reads the whole file.
 * The first bytes only choose which readers to try, so a PNG whose second byte happens to be the C3D key byte is
 * still not a C3D. Never throws.
 *
 * @param bytes - the whole file
 * @returns the format with the reader's counts and warnings; or `unknown` with an error issue: `empty_file`,
 *   `unknown_format`, or the reader's own error (code and place) when the file announces a format it then breaks
 */
export function detectCaptureFormat(bytes: Uint8Array): CaptureFormatReport {
  const sizeBytes = bytes.byteLength;
  if (sizeBytes === 0) return unknown(sizeBytes, [issue('empty_file', 'byte 0', 'The file is empty.')]);
  let text: string | null = null;
  const probe: Probe = {
    bytes,
    isText: isText(bytes),
    head: decodeText(bytes.subarray(0, HEAD_CHARS)),
    text: () => (text ??= decodeText(bytes)),
  };
  const rejections: { readonly candidate: Candidate; readonly verdict: Verdict & { ok: false } }[] = [];
  for (const candidate of CANDIDATES) {
    if (!candidate.claims(probe)) continue;
    const verdict = candidate.read(probe);
    if (verdict.ok) return { format: verdict.format, sizeBytes, issues: verdict.warnings };
    rejections.push({ candidate, verdict });
  }
  const strong = rejections.find((r) => r.candidate.signature === 'strong');
  if (strong !== undefined) {
    const { candidate, verdict } = strong;
    return unknown(sizeBytes, [
      issue(
        verdict.code,
        verdict.where,
        `The file looks like a ${candidate.label} but cannot be read: ${verdict.message}`,
      ),
    ]);
  }
  const tried = rejections.map((r) => ` It is not a ${r.candidate.label}: ${r.verdict.message}`).join('');
  return unknown(sizeBytes, [
    issue(
      'unknown_format',
      'byte 0',
      `Not a recognised capture format (STL, OBJ, PLY, C3D, TRC, MOT/STO, grid CSV, pedar ASCII or PhysioNet gaitpdb).${tried}`,
    ),
  ]);
}

function meshVerdict(result: MeshReadResult): Verdict {
  if (!result.ok) return { ok: false, ...result.error };
  const counts = {
    family: 'scan' as const,
    triangleCount: triangleCount(result.mesh),
    vertexCount: vertexCount(result.mesh),
  };
  const warnings = result.warnings;
  switch (result.format) {
    case 'stl':
      return {
        ok: true,
        format: { kind: result.encoding === 'ascii' ? 'stl-ascii' : 'stl-binary', ...counts },
        warnings,
      };
    case 'obj':
      return { ok: true, format: { kind: 'obj', ...counts }, warnings };
    case 'ply': {
      const encoding = result.encoding === 'binary' ? 'binary_little_endian' : result.encoding;
      return { ok: true, format: { kind: 'ply', encoding, ...counts }, warnings };
    }
  }
}

function issue(code: string, path: string, message: string): Issue {
  return { severity: 'error', code, path, message };
}

function unknown(sizeBytes: number, issues: readonly Issue[]): CaptureFormatReport {
  return { format: { kind: 'unknown', family: 'unknown' }, sizeBytes, issues };
}
