import type { MedicalClearance } from '../exam/red-flags/orthotic-plan-gate.js';
import type { Issue } from '../issue.js';
import { BODY_SIDES } from '../intake/body-side.js';
import { errorAt, isRecord, joinPath, readNumber, readText } from '../intake/field-checks.js';
import type { CaseCaptures, CaseFileRef, ClinicianChoices } from './case-file.js';

function readFileRef(
  raw: unknown,
  at: string,
  extra: readonly string[],
  issues: Issue[],
): (CaseFileRef & Record<string, unknown>) | null {
  if (raw === undefined || raw === null) return null;
  if (!isRecord(raw)) {
    issues.push(errorAt('invalid_type', at, `${at} must be an object with a "file".`));
    return null;
  }
  for (const key of Object.keys(raw)) {
    if (key !== 'file' && !extra.includes(key))
      issues.push(errorAt('unknown_field', joinPath(at, key), `${key} is not a field of ${at}.`));
  }
  const file = readText(raw, 'file', joinPath(at, 'file'), { required: true, maxLength: 1000 }, issues);
  return file === undefined ? null : { ...raw, file, at };
}

/**
 * Reads `captures`: the files a case names (scan per side with optional units, pressure with optional side, motion
 * with an optional static calibration trial).
 *
 * @param raw - the field as parsed
 * @param issues - where problems go
 * @returns the file references
 */
export function readCaptures(raw: unknown, issues: Issue[]): CaseCaptures {
  const none: CaseCaptures = { scan: { left: null, right: null }, pressure: null, motion: null };
  if (raw === undefined || raw === null) return none;
  if (!isRecord(raw)) {
    issues.push(errorAt('invalid_type', 'captures', 'captures must be an object.'));
    return none;
  }
  for (const key of Object.keys(raw)) {
    if (!['scan', 'pressure', 'motion'].includes(key))
      issues.push(
        errorAt('unknown_field', `captures.${key}`, `${key} is not a capture; use scan, pressure or motion.`),
      );
  }
  const scanRaw = raw['scan'];
  const scan: { left: CaseCaptures['scan']['left']; right: CaseCaptures['scan']['right'] } = {
    left: null,
    right: null,
  };
  if (scanRaw !== undefined && scanRaw !== null) {
    if (!isRecord(scanRaw))
      issues.push(errorAt('invalid_type', 'captures.scan', 'captures.scan must have left and/or right.'));
    else {
      for (const key of Object.keys(scanRaw)) {
        if (key !== 'left' && key !== 'right')
          issues.push(errorAt('unknown_field', `captures.scan.${key}`, `${key} is not a side; use left or right.`));
      }
      for (const side of BODY_SIDES) {
        const ref = readFileRef(scanRaw[side], `captures.scan.${side}`, ['units'], issues);
        if (ref === null) continue;
        const units = ref['units'];
        if (units !== undefined && units !== 'mm' && units !== 'cm' && units !== 'm') {
          issues.push(errorAt('invalid_value', `captures.scan.${side}.units`, 'units must be mm, cm or m.'));
        }
        scan[side] = {
          file: ref.file,
          at: ref.at,
          ...(units === 'mm' || units === 'cm' || units === 'm' ? { units } : {}),
        };
      }
    }
  }
  const pressure = readFileRef(raw['pressure'], 'captures.pressure', ['side'], issues);
  const pressureSide = pressure?.['side'];
  if (pressureSide !== undefined && pressureSide !== 'left' && pressureSide !== 'right') {
    issues.push(errorAt('invalid_value', 'captures.pressure.side', 'side must be left or right.'));
  }
  const motion = readFileRef(raw['motion'], 'captures.motion', ['static', 'grf'], issues);
  const staticFile =
    motion === null
      ? undefined
      : readText(motion, 'static', 'captures.motion.static', { required: false, maxLength: 1000 }, issues);
  if (typeof motion?.['static'] === 'string' && motion['static'].trim() === '') {
    issues.push(errorAt('invalid_value', 'captures.motion.static', 'static must name a TRC or C3D file.'));
  }
  const grfFile =
    motion === null
      ? undefined
      : readText(motion, 'grf', 'captures.motion.grf', { required: false, maxLength: 1000 }, issues);
  if (typeof motion?.['grf'] === 'string' && motion['grf'].trim() === '') {
    issues.push(errorAt('invalid_value', 'captures.motion.grf', 'grf must name an OpenSim MOT file.'));
  }
  return {
    scan,
    pressure:
      pressure === null
        ? null
        : {
            file: pressure.file,
            at: pressure.at,
            ...(pressureSide === 'left' || pressureSide === 'right' ? { side: pressureSide } : {}),
          },
    motion:
      motion === null
        ? null
        : {
            file: motion.file,
            at: motion.at,
            static: staticFile === undefined ? null : { file: staticFile, at: 'captures.motion.static' },
            ...(grfFile === undefined || grfFile.trim() === ''
              ? {}
              : { grf: { file: grfFile, at: 'captures.motion.grf' } }),
          },
  };
}

/**
 * Reads `clinicianChoices`: values the reference has no number for.
 *
 * @param raw - the field as parsed
 * @param issues - where problems go
 * @returns the choices (null where not given)
 */
export function readChoices(raw: unknown, issues: Issue[]): ClinicianChoices {
  const none: ClinicianChoices = { metatarsalPadHeightMm: null, lateralHeelSkiveMm: null, painfulMetatarsal: null };
  if (raw === undefined || raw === null) return none;
  if (!isRecord(raw)) {
    issues.push(errorAt('invalid_type', 'clinicianChoices', 'clinicianChoices must be an object.'));
    return none;
  }
  const keys = ['metatarsalPadHeightMm', 'lateralHeelSkiveMm', 'painfulMetatarsal'];
  for (const key of Object.keys(raw)) {
    if (!keys.includes(key))
      issues.push(errorAt('unknown_field', `clinicianChoices.${key}`, `${key} is not a clinician choice.`));
  }
  const pad = readNumber(
    raw,
    'metatarsalPadHeightMm',
    'clinicianChoices.metatarsalPadHeightMm',
    { min: 0, max: 20, unit: 'mm' },
    issues,
  );
  const skive = readNumber(
    raw,
    'lateralHeelSkiveMm',
    'clinicianChoices.lateralHeelSkiveMm',
    { min: 0, max: 8, unit: 'mm' },
    issues,
  );
  const mt = readNumber(
    raw,
    'painfulMetatarsal',
    'clinicianChoices.painfulMetatarsal',
    { min: 1, max: 5, integer: true },
    issues,
  );
  return {
    metatarsalPadHeightMm: pad ?? null,
    lateralHeelSkiveMm: skive ?? null,
    painfulMetatarsal: mt === undefined ? null : (mt as 1 | 2 | 3 | 4 | 5),
  };
}

/**
 * Reads `medicalClearance`: a recorded medical review after a routine referral.
 *
 * @param raw - the field as parsed
 * @param issues - where problems go
 * @returns the clearance, or null
 */
export function readClearance(raw: unknown, issues: Issue[]): MedicalClearance | null {
  if (raw === undefined || raw === null) return null;
  if (!isRecord(raw)) {
    issues.push(errorAt('invalid_type', 'medicalClearance', 'medicalClearance must be an object.'));
    return null;
  }
  for (const key of Object.keys(raw)) {
    if (key !== 'reviewedOn' && key !== 'note')
      issues.push(errorAt('unknown_field', `medicalClearance.${key}`, `${key} is not a clearance field.`));
  }
  const reviewedOn = readText(
    raw,
    'reviewedOn',
    'medicalClearance.reviewedOn',
    { required: true, maxLength: 10 },
    issues,
  );
  const note = readText(raw, 'note', 'medicalClearance.note', { required: true, maxLength: 1000 }, issues);
  if (reviewedOn === undefined || note === undefined) return null;
  return { kind: 'MedicalClearance', reviewedOn, note };
}
