import type { Issue } from '../issue.js';
import type { Validated } from '../intake/validated.js';
import type { Prescription } from '../prescription/prescription.js';

const NUMBER_FIELDS = [
  'shellThicknessMm',
  'heelCupDepthMm',
  'rearfootPostDeg',
  'rearfootMotionGrindDeg',
  'forefootPostDeg',
  'medialHeelSkiveMm',
  'lateralHeelSkiveMm',
  'heelLiftMm',
] as const;
const CHOICE_FIELDS = {
  shellMaterial: ['polypropylene', 'subortholen', 'polyethylene', 'eva', 'graphite', 'fiberglass'],
  length: ['three-quarter', 'sulcus', 'full'],
  width: ['narrow', 'standard', 'wide'],
  archFill: ['minimal', 'standard', 'maximal'],
} as const;
const COVER_MATERIALS = ['none', 'eva', 'poron', 'spenco', 'plastazote-1', 'plastazote-2', 'plastazote-3'];
const SIZE_SYSTEMS = ['eu', 'uk', 'us-men', 'us-women', 'mondopoint-mm'];

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The structural check insole design needs of an `rx.json` document: the format tag and version, at least
 * one side, and every side field present as `{ value, … }` with a value of the right type. Clinical limits
 * are checked on the insole parameters (`validateInsoleParameters`), and the prescription engine has its
 * own full validator; this one only makes sure design can read the document.
 *
 * @param input - the parsed JSON
 * @returns the prescription, or issues naming the fields
 */
export function readPrescriptionForDesign(input: unknown): Validated<Prescription> {
  const issues: Issue[] = [];
  const error = (code: string, path: string, message: string) =>
    issues.push({ severity: 'error', code, path, message });
  if (!isRecord(input)) {
    error('invalid_type', '', 'The prescription must be a JSON object.');
    return { kind: 'invalid', issues };
  }
  if (input['format'] !== 'groundup-prescription')
    error('invalid_value', 'format', 'format must be "groundup-prescription".');
  if (input['formatVersion'] !== 1) error('invalid_value', 'formatVersion', 'formatVersion must be 1.');
  if (typeof input['revision'] !== 'number' || !Number.isInteger(input['revision']) || input['revision'] < 0)
    error('invalid_value', 'revision', 'revision must be a whole number ≥ 0.');
  const footwear = input['footwear'];
  if (!isRecord(footwear)) error('required', 'footwear', 'footwear is required (an object with at least type).');
  else {
    for (const field of ['heelHeightMm', 'maxHeelHeightInShoeMm'] as const) {
      const value = footwear[field];
      if (value !== undefined && (typeof value !== 'number' || !Number.isFinite(value) || value < 0))
        error('invalid_value', `footwear.${field}`, `footwear.${field} must be a number ≥ 0 (mm).`);
    }
    const size = footwear['size'];
    if (size !== undefined) {
      if (!isRecord(size) || !SIZE_SYSTEMS.includes(String(size['system'])))
        error(
          'invalid_value',
          'footwear.size.system',
          `footwear.size.system must be one of ${SIZE_SYSTEMS.join(', ')}.`,
        );
      else if (typeof size['size'] !== 'number' || !(size['size'] > 0))
        error('invalid_value', 'footwear.size.size', 'footwear.size.size must be a number above 0.');
    }
  }
  const sides = input['sides'];
  if (!isRecord(sides) || (sides['left'] === undefined && sides['right'] === undefined)) {
    error('required', 'sides', 'sides must prescribe at least one of left and right.');
  } else {
    for (const side of ['left', 'right'] as const) {
      const rx = sides[side];
      if (rx === undefined) continue;
      checkSide(rx, `sides.${side}`, error);
    }
  }
  return issues.length > 0
    ? { kind: 'invalid', issues }
    : { kind: 'valid', value: input as unknown as Prescription, issues };
}

function checkSide(rx: unknown, path: string, error: (code: string, path: string, message: string) => void): void {
  if (!isRecord(rx)) {
    error('invalid_type', path, `${path} must be an object of fields.`);
    return;
  }
  const value = (field: string): { present: boolean; value: unknown } => {
    const entry = rx[field];
    if (!isRecord(entry) || !('value' in entry)) {
      error('required', `${path}.${field}`, `${path}.${field} must be a field { value, ruleId | override }.`);
      return { present: false, value: undefined };
    }
    return { present: true, value: entry['value'] };
  };
  for (const field of NUMBER_FIELDS) {
    const v = value(field);
    if (v.present && (typeof v.value !== 'number' || !Number.isFinite(v.value)))
      error('invalid_type', `${path}.${field}.value`, `${field} must be a number.`);
  }
  for (const [field, choices] of Object.entries(CHOICE_FIELDS)) {
    const v = value(field);
    if (v.present && !(choices as readonly string[]).includes(String(v.value)))
      error('invalid_value', `${path}.${field}.value`, `${field} must be one of ${choices.join(', ')}.`);
  }
  const arch = value('archHeightMm');
  if (arch.present && arch.value !== null && (typeof arch.value !== 'number' || !Number.isFinite(arch.value)))
    error('invalid_type', `${path}.archHeightMm.value`, 'archHeightMm must be a number or null (from the scan).');
  const pad = value('metatarsalPad');
  if (pad.present && pad.value !== null) {
    const p = pad.value;
    if (
      !isRecord(p) ||
      ![1, 2, 3, 4, 5].includes(Number(p['metatarsal'])) ||
      typeof p['heightMm'] !== 'number' ||
      typeof p['proximalOffsetMm'] !== 'number'
    )
      error(
        'invalid_value',
        `${path}.metatarsalPad.value`,
        'metatarsalPad must be null or { metatarsal: 1–5, heightMm, proximalOffsetMm }.',
      );
  }
  const cover = value('topCover');
  if (cover.present) {
    const c = cover.value;
    if (
      !isRecord(c) ||
      !COVER_MATERIALS.includes(String(c['material'])) ||
      typeof c['thicknessMm'] !== 'number' ||
      !CHOICE_FIELDS.length.includes(c['length'] as never)
    )
      error('invalid_value', `${path}.topCover.value`, 'topCover must be { material, thicknessMm, length }.');
  }
  const additions = value('additions');
  if (additions.present && !Array.isArray(additions.value))
    error('invalid_type', `${path}.additions.value`, 'additions must be a list.');
}
