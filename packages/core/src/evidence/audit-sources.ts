import type { Issue } from '../issue.js';
import { findEvidenceSource } from './evidence-library.js';

/**
 * The tagged kinds that carry clinical numbers, rules or claims and must name at least one source.
 * (`Band` sits inside a `BandSet`, which carries the sources; `minimum-answered` is a published missing-item rule.)
 */
export const SOURCED_KINDS: readonly string[] = [
  'SourcedValue',
  'SourcedClaim',
  'BandSet',
  'Mcid',
  'EvidenceStatement',
  'RedFlagCategoryDefinition',
  'QuestionnaireDefinition',
  'minimum-answered',
  'ChainLink',
  'PrescriptionRule',
];

/** What an audit found, for the test and for data loaded at run time (e.g. rules from a clinic). */
export interface SourceAudit {
  readonly issues: readonly Issue[];
  /** How many objects of each sourced kind were checked (so a test can see the walk reached them). */
  readonly checked: Readonly<Record<string, number>>;
  /** How many source references were resolved. */
  readonly references: number;
}

/**
 * Walks any data (objects, arrays, maps; functions are skipped) and checks that every source reference
 * resolves to a library entry and that every sourced kind has at least one source.
 *
 * @param data - the data to audit, e.g. the core module's exports
 * @param rootPath - a name for the root in issue paths
 * @returns the issues (`dangling_source`, `unsourced`) with the path of each offender, and counts
 */
export function auditSources(data: unknown, rootPath = ''): SourceAudit {
  const issues: Issue[] = [];
  const checked: Record<string, number> = {};
  const seen = new Set<object>();
  let references = 0;
  const visit = (value: unknown, path: string): void => {
    if (typeof value !== 'object' || value === null || seen.has(value) || ArrayBuffer.isView(value)) return;
    seen.add(value);
    if (value instanceof Map) {
      for (const [key, entry] of value) visit(entry, `${path}[${String(key)}]`);
      return;
    }
    if (Array.isArray(value)) {
      value.forEach((entry: unknown, index) => visit(entry, `${path}[${index}]`));
      return;
    }
    const record = value as Record<string, unknown>;
    const kind = record['kind'];
    if (kind === 'SourceRef') {
      references += 1;
      const id = record['source'];
      if (typeof id !== 'string' || findEvidenceSource(id) === undefined) {
        issues.push({
          severity: 'error',
          code: 'dangling_source',
          path,
          message: `Source ${JSON.stringify(id)} is not in the evidence library.`,
        });
      }
    }
    if (typeof kind === 'string' && SOURCED_KINDS.includes(kind)) {
      checked[kind] = (checked[kind] ?? 0) + 1;
      const sources = record['sources'];
      if (!Array.isArray(sources) || sources.length === 0) {
        issues.push({ severity: 'error', code: 'unsourced', path, message: `${kind} at ${path} names no source.` });
      }
    }
    for (const [key, entry] of Object.entries(record)) visit(entry, path === '' ? key : `${path}.${key}`);
  };
  visit(data, rootPath);
  return { issues, checked, references };
}
