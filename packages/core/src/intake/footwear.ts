import { cite } from '../evidence/source-ref.js';
import { sourcedValue, type SourcedValue } from '../evidence/sourced-value.js';
import type { Issue } from '../issue.js';
import {
  errorAt,
  isRecord,
  joinPath,
  readBoolean,
  readChoice,
  readNumber,
  readObject,
  warningAt,
} from './field-checks.js';
import { readShoeSize, type ShoeSize } from './patient-profile.js';
import { validated, type Validated } from './validated.js';

/** The kind of shoe the device must fit (the types lab forms ask for, plus casual, work and other). */
export type FootwearType = 'athletic' | 'dress' | 'boot' | 'cleat' | 'casual' | 'work' | 'other';

/** The shoe the device must fit. */
export interface Footwear {
  readonly kind: 'Footwear';
  readonly type: FootwearType;
  /** Heel height (heel-to-forefoot drop) of the shoe, mm. */
  readonly heelHeightMm: number;
  /** Whether the shoe's own insole comes out. */
  readonly removableInsole: boolean;
  readonly shoeSize: ShoeSize | null;
}

/** Heels above 1.5" (38.1 mm) need a cast modification, which costs control; a ½" heel lace-up is advised. */
export const HIGH_HEEL_CAST_MODIFICATION_MM: SourcedValue = sourcedValue(
  'high-heel-cast-modification-mm',
  38.1,
  'mm',
  false,
  cite('nwpl-heel-posting', 'secondary', 'heels > 1.5" need cast modification'),
);

const TYPES: readonly FootwearType[] = ['athletic', 'dress', 'boot', 'cleat', 'casual', 'work', 'other'];

/**
 * Reads the footwear: `{ type, heelHeightMm, removableInsole, shoeSize? }`. A negative heel height is an
 * error; a heel above 1.5" is a warning with its source.
 *
 * @param input - the fields as entered
 * @param path - where it sits (e.g. `footwear`)
 * @returns the footwear, or the issues
 */
export function readFootwear(input: unknown, path = ''): Validated<Footwear> {
  if (!isRecord(input))
    return { kind: 'invalid', issues: [errorAt('invalid_type', path, 'Footwear must be an object.')] };
  const issues: Issue[] = [];
  const type = readChoice(input, 'type', joinPath(path, 'type'), TYPES, true, issues);
  const heelHeightMm = readNumber(
    input,
    'heelHeightMm',
    joinPath(path, 'heelHeightMm'),
    { min: 0, unit: 'mm', required: true },
    issues,
  );
  if (heelHeightMm !== undefined && heelHeightMm > HIGH_HEEL_CAST_MODIFICATION_MM.value) {
    issues.push(
      warningAt(
        'high_heel',
        joinPath(path, 'heelHeightMm'),
        `A heel of ${heelHeightMm} mm is above 1.5" (38 mm): the cast needs modifying, which costs control (NWPL, [V2]).`,
      ),
    );
  }
  const removableInsole = readBoolean(input, 'removableInsole', joinPath(path, 'removableInsole'), true, issues);
  let shoeSize: ShoeSize | null = null;
  const rawSize = readObject(input, 'shoeSize', joinPath(path, 'shoeSize'), false, issues);
  if (rawSize !== undefined) {
    const read = readShoeSize(rawSize, joinPath(path, 'shoeSize'));
    issues.push(...read.issues);
    if (read.kind === 'valid') shoeSize = read.value;
  }
  return validated(issues, () => ({
    kind: 'Footwear',
    type: type ?? 'other',
    heelHeightMm: heelHeightMm ?? 0,
    removableInsole: removableInsole ?? false,
    shoeSize,
  }));
}
