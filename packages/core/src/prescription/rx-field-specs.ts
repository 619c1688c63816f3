import type { RxAddition, SidePrescription } from './prescription.js';

/** The name of a per-side prescription field. */
export type RxFieldName = keyof SidePrescription;

/** How one field is checked. */
export interface RxFieldSpec {
  readonly name: RxFieldName;
  /** A plain label for forms. */
  readonly label: string;
  readonly unit: 'mm' | 'deg' | null;
  /** Whether a document may leave it out (older revisions). */
  readonly optional: boolean;
  /**
   * Checks a value read from untrusted JSON.
   *
   * @returns null when valid, else why not
   */
  readonly check: (value: unknown) => string | null;
}

const ADDITIONS: readonly RxAddition[] = [
  'first-ray-cut-out',
  'mortons-extension',
  'reverse-mortons-extension',
  'plantar-fascial-groove',
  'heel-spur-pad',
  'medial-flange',
  'lateral-flange',
  'deep-heel-cup',
];

const oneOf =
  (choices: readonly string[]) =>
  (value: unknown): string | null =>
    typeof value === 'string' && choices.includes(value) ? null : `must be one of ${choices.join(', ')}`;

const numberIn =
  (min: number, max: number) =>
  (value: unknown): string | null =>
    typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max
      ? null
      : `must be a number from ${min} to ${max}`;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function checkPad(value: unknown): string | null {
  if (value === null) return null;
  if (!isObject(value)) return 'must be null or { metatarsal, heightMm, proximalOffsetMm }';
  const keys = Object.keys(value).filter((k) => !['metatarsal', 'heightMm', 'proximalOffsetMm'].includes(k));
  if (keys.length > 0) return `has unknown fields: ${keys.join(', ')}`;
  const mt = value['metatarsal'];
  if (typeof mt !== 'number' || !Number.isInteger(mt) || mt < 1 || mt > 5) return 'metatarsal must be 1–5';
  if (numberIn(0, 20)(value['heightMm']) !== null) return 'heightMm must be a number from 0 to 20';
  if (numberIn(0, 40)(value['proximalOffsetMm']) !== null) return 'proximalOffsetMm must be a number from 0 to 40';
  return null;
}

function checkCover(value: unknown): string | null {
  if (!isObject(value)) return 'must be { material, thicknessMm, length }';
  const keys = Object.keys(value).filter((k) => !['material', 'thicknessMm', 'length'].includes(k));
  if (keys.length > 0) return `has unknown fields: ${keys.join(', ')}`;
  const material = oneOf(['none', 'eva', 'poron', 'spenco', 'plastazote-1', 'plastazote-2', 'plastazote-3'])(
    value['material'],
  );
  if (material !== null) return `material ${material}`;
  if (numberIn(0, 10)(value['thicknessMm']) !== null) return 'thicknessMm must be a number from 0 to 10';
  const length = oneOf(['three-quarter', 'sulcus', 'full'])(value['length']);
  return length === null ? null : `length ${length}`;
}

function checkAdditions(value: unknown): string | null {
  if (!Array.isArray(value)) return 'must be a list';
  const bad = value.filter((v) => typeof v !== 'string' || !(ADDITIONS as readonly string[]).includes(v));
  if (bad.length > 0) return `has unknown additions; use ${ADDITIONS.join(', ')}`;
  return new Set(value).size === value.length ? null : 'lists an addition twice';
}

/**
 * Every per-side field in form order, with its unit and its check. The ranges are data-entry limits from
 * the reference's stated ranges where it has them (shell sheets 2–9 mm, heel cups 0–30 mm, medial skive up to
 * 8 mm, forefoot post limits 5° varus / 20° valgus are the engine's; the checks allow what a lab can order).
 *
 * @see ../../../../../shared/reference/biomech-reference.md §3
 */
export const RX_FIELD_SPECS: readonly RxFieldSpec[] = [
  {
    name: 'shellMaterial',
    label: 'Shell material',
    unit: null,
    optional: false,
    check: oneOf(['polypropylene', 'subortholen', 'polyethylene', 'eva', 'graphite', 'fiberglass']),
  },
  { name: 'shellThicknessMm', label: 'Shell thickness', unit: 'mm', optional: false, check: numberIn(1, 9) },
  { name: 'length', label: 'Length', unit: null, optional: false, check: oneOf(['three-quarter', 'sulcus', 'full']) },
  { name: 'width', label: 'Width', unit: null, optional: false, check: oneOf(['narrow', 'standard', 'wide']) },
  {
    name: 'archFill',
    label: 'Arch fill',
    unit: null,
    optional: false,
    check: oneOf(['minimal', 'standard', 'maximal']),
  },
  {
    name: 'archHeightMm',
    label: 'Arch height',
    unit: 'mm',
    optional: false,
    check: (v) => (v === null ? null : numberIn(0, 60)(v)),
  },
  { name: 'heelCupDepthMm', label: 'Heel cup depth', unit: 'mm', optional: false, check: numberIn(0, 30) },
  {
    name: 'rearfootPostDeg',
    label: 'Rearfoot post (+ varus / − valgus)',
    unit: 'deg',
    optional: false,
    check: numberIn(-15, 15),
  },
  {
    name: 'rearfootMotionGrindDeg',
    label: 'Rearfoot motion grind',
    unit: 'deg',
    optional: false,
    check: numberIn(0, 15),
  },
  {
    name: 'forefootPostDeg',
    label: 'Forefoot post (+ varus / − valgus)',
    unit: 'deg',
    optional: false,
    check: numberIn(-20, 15),
  },
  { name: 'medialHeelSkiveMm', label: 'Medial heel skive', unit: 'mm', optional: false, check: numberIn(0, 8) },
  { name: 'lateralHeelSkiveMm', label: 'Lateral heel skive', unit: 'mm', optional: false, check: numberIn(0, 8) },
  { name: 'heelLiftMm', label: 'Heel lift', unit: 'mm', optional: false, check: numberIn(0, 30) },
  { name: 'metatarsalPad', label: 'Metatarsal pad', unit: null, optional: false, check: checkPad },
  { name: 'topCover', label: 'Top cover', unit: null, optional: false, check: checkCover },
  { name: 'additions', label: 'Additions', unit: null, optional: false, check: checkAdditions },
  { name: 'shoeBuildUpMm', label: 'External shoe build-up', unit: 'mm', optional: true, check: numberIn(0, 60) },
];
