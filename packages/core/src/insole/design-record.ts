import { GROUNDUP_VERSION } from '../version.js';
import type { Side } from '../scan/foot-frame.js';
import type { InsoleCheck, InsoleReport } from './check-insole.js';
import type { InsoleParameters } from './insole-parameters.js';
import { sha256Hex } from './sha256.js';

/** What one side of a design was made from and how it checked out. */
export interface DesignSideRecord {
  readonly parameters: InsoleParameters;
  readonly triangleCount: number;
  readonly volumeMm3: number;
  readonly massG: number;
  readonly minThicknessMm: number;
  readonly checks: readonly InsoleCheck[];
}

/**
 * The provenance of a design: hashes of the exact input bytes (SHA-256 of the rx.json and of the scan
 * file), the prescription revision, the parameters, the software version and the check results. No
 * patient name or case reference: the hashes tie it to its inputs.
 */
export interface DesignRecord {
  readonly format: 'groundup-design-record';
  readonly formatVersion: 1;
  /** First 16 hex digits of the SHA-256 of the record's other content: the same inputs give the same id. */
  readonly designId: string;
  readonly softwareVersion: string;
  readonly inputs: {
    readonly prescriptionSha256: string;
    readonly prescriptionRevision: number;
    readonly scanSha256: string | null;
  };
  readonly sides: { readonly left?: DesignSideRecord; readonly right?: DesignSideRecord };
  /**
   * Failed error checks that a person chose to override (`groundup design --allow fits_shoe`): the design was
   * written despite them. Absent when nothing was overridden.
   */
  readonly overrides?: readonly DesignOverride[];
}

/** A failed check written anyway, on whose say-so: the check's code, the side, and the check's message. */
export interface DesignOverride {
  readonly check: InsoleCheck['code'];
  readonly side: Side;
  readonly message: string;
  /** How it was overridden, e.g. `--allow fits_shoe`. */
  readonly by: string;
}

/**
 * Builds the design record.
 *
 * @param inputs - the bytes of the rx.json as read, its revision, and the scan file's bytes if any; an edge that
 *   has a native SHA-256 (node:crypto, WebCrypto) may pass the hex digests instead (`prescriptionSha256`,
 *   `scanSha256`): the same digest, faster on a scan of tens of megabytes
 * @param sides - per side, the parameters and the check report
 * @param overrides - failed error checks written anyway (recorded, and part of the id)
 * @returns the record, with its content-derived id
 */
export function createDesignRecord(
  inputs: {
    readonly prescriptionBytes?: Uint8Array;
    readonly prescriptionSha256?: string;
    readonly prescriptionRevision: number;
    readonly scanBytes?: Uint8Array;
    readonly scanSha256?: string;
  },
  sides: Partial<Record<Side, { readonly parameters: InsoleParameters; readonly report: InsoleReport }>>,
  overrides: readonly DesignOverride[] = [],
): DesignRecord {
  const sideRecords: { left?: DesignSideRecord; right?: DesignSideRecord } = {};
  for (const side of ['left', 'right'] as const) {
    const entry = sides[side];
    if (entry === undefined) continue;
    sideRecords[side] = {
      parameters: entry.parameters,
      triangleCount: entry.report.triangleCount,
      volumeMm3: round(entry.report.volumeMm3, 1),
      massG: round(entry.report.massG, 2),
      minThicknessMm: round(entry.report.minThicknessMm, 3),
      checks: entry.report.checks,
    };
  }
  const content = {
    softwareVersion: GROUNDUP_VERSION,
    inputs: {
      prescriptionSha256: inputs.prescriptionSha256 ?? sha256Hex(inputs.prescriptionBytes ?? new Uint8Array(0)),
      prescriptionRevision: inputs.prescriptionRevision,
      scanSha256: inputs.scanSha256 ?? (inputs.scanBytes === undefined ? null : sha256Hex(inputs.scanBytes)),
    },
    sides: sideRecords,
    ...(overrides.length === 0 ? {} : { overrides }),
  };
  return {
    format: 'groundup-design-record',
    formatVersion: 1,
    designId: sha256Hex(canonicalJson(content)).slice(0, 16),
    ...content,
  };
}

const round = (value: number, digits: number) => Number(value.toFixed(digits));

/**
 * JSON with object keys sorted at every level: the same value always gives the same text (for hashing).
 *
 * @param value - a JSON value
 * @returns the text
 */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item ?? null)).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>;
    return `{${Object.keys(record)
      .filter((key) => record[key] !== undefined)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key])}`)
      .join(',')}}`;
  }
  return value === undefined ? 'null' : JSON.stringify(value);
}

/** One difference between two designs' parameters. */
export interface ParameterChange {
  /** Dotted path, e.g. `heelLiftMm` or `shell.thicknessMm`. */
  readonly path: string;
  readonly before: unknown;
  readonly after: unknown;
}

/** Arrays longer than this (outlines, height maps) are summarised rather than listed value by value. */
const LONG_ARRAY = 16;

/**
 * The differences between two designs' parameters, leaf by leaf (long arrays such as a scan outline are
 * reported once, as how many values differ).
 *
 * @param before - the earlier parameters
 * @param after - the later parameters
 * @returns the changes, in path order
 */
export function diffInsoleParameters(before: InsoleParameters, after: InsoleParameters): ParameterChange[] {
  const changes: ParameterChange[] = [];
  walk(before, after, '', changes);
  return changes.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

function walk(a: unknown, b: unknown, path: string, changes: ParameterChange[]): void {
  if (Array.isArray(a) && Array.isArray(b) && (a.length > LONG_ARRAY || b.length > LONG_ARRAY)) {
    let differing = Math.abs(a.length - b.length);
    for (let i = 0; i < Math.min(a.length, b.length); i++) if (canonicalJson(a[i]) !== canonicalJson(b[i])) differing++;
    if (differing > 0)
      changes.push({ path, before: `[${a.length} values]`, after: `[${b.length} values, ${differing} differ]` });
    return;
  }
  const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
  if (isObject(a) && isObject(b) && Array.isArray(a) === Array.isArray(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const key of keys) walk(a[key], b[key], path === '' ? key : `${path}.${key}`, changes);
    return;
  }
  if (canonicalJson(a) !== canonicalJson(b)) changes.push({ path, before: a ?? null, after: b ?? null });
}
