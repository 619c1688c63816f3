import type { Issue } from '../issue.js';
import type { BodySide } from '../intake/body-side.js';
import { errorAt } from '../intake/field-checks.js';
import { readMesh } from '../mesh/read-mesh.js';
import { c3dMarkerTrajectories } from '../motion/c3d-markers.js';
import { jointAngles } from '../motion/joint-angles.js';
import { GAIT2354_MARKER_SET } from '../motion/lower-limb-marker-set.js';
import { calibrateLowerLimb } from '../motion/lower-limb-model.js';
import { readC3d, type C3dFile } from '../motion/read-c3d.js';
import { readMot, type MotionTable } from '../motion/read-mot.js';
import { selectGaitEvents, type GaitEventSource } from '../motion/select-gait-events.js';
import { readTrc, type MarkerTrajectories } from '../motion/read-trc.js';
import { spatialParameters, type SpatialParameters } from '../motion/spatial-parameters.js';
import { stanceSummary, type StanceSummary } from '../motion/stance-summary.js';
import { spatiotemporal, type Spatiotemporal } from '../motion/spatiotemporal.js';
import { decodeText } from '../pressure/decode-text.js';
import { footprintArchIndex, type FootprintArchIndex } from '../pressure/footprint-arch-index.js';
import { analyzeInsole, type InsoleAnalysis } from '../pressure/analyze-insole.js';
import { readPressure } from '../pressure/read-pressure.js';
import type { FootMeasurements } from '../scan/measure-foot.js';
import { scanFoot } from '../scan/scan-foot.js';
import type { Case, CaseFileRef } from './case-file.js';

/**
 * A scan named as one side but detected as the other with at least this confidence is a contradiction (an error);
 * below it the case's side is used. groundup's choice: the detector's confidence is its own score, not a validated
 * probability.
 */
const SIDE_CONTRADICTION_CONFIDENCE = 0.9;

/** A file's bytes, or the reason the caller could not read it (e.g. `no such file`). */
export type CaseFileContent = Uint8Array | { readonly error: string };

/** A scan of one foot, measured. */
export interface ScanCapture {
  readonly kind: 'ScanCapture';
  readonly file: string;
  readonly side: BodySide;
  readonly surface: string;
  readonly measurements: FootMeasurements;
}

/** A pressure recording, analysed. */
export interface PressureCapture {
  readonly kind: 'PressureCapture';
  readonly file: string;
  readonly recordingKind: 'insole' | 'plate';
  readonly format: string;
  /** The in-shoe analysis, or null for a plate recording. */
  readonly insole: InsoleAnalysis | null;
  /** The footprint arch index of a plate recording, or null for insoles. */
  readonly archIndex: FootprintArchIndex | null;
  /** The foot on a one-foot plate recording, as the case names it; null when not named. */
  readonly plateSide: BodySide | null;
}

/** A motion trial, with gait events, temporal and distance parameters and, given a static trial, joint angles over stance. */
export interface MotionCapture {
  readonly kind: 'MotionCapture';
  readonly file: string;
  /** The static calibration trial, as named in the case; null when none was given. */
  readonly staticFile: string | null;
  readonly eventCount: number;
  /** Where the gait events came from ({@link selectGaitEvents}: the same rule as `groundup motion analyze`). */
  readonly eventSource: GaitEventSource;
  readonly spatiotemporal: Spatiotemporal;
  /** Walking speed, stride length and step width from the heel markers (NaN where the markers do not allow them). */
  readonly spatial: SpatialParameters;
  /** Per side, foot progression, inversion, knee adduction and pelvis obliquity over stance; null without a static trial. */
  readonly stance: StanceSummary | null;
}

/** What the case's files gave. */
export interface LoadedCaptures {
  readonly kind: 'LoadedCaptures';
  readonly scan: { readonly left: ScanCapture | null; readonly right: ScanCapture | null };
  readonly pressure: PressureCapture | null;
  readonly motion: MotionCapture | null;
}

/**
 * Reads and analyses the files a case names (scan, pressure, motion) from their bytes. A file that fails to
 * read gives an error issue at its place in the case (`captures.scan.left.file`) with the file's own error.
 *
 * @param kase - the case
 * @param files - the content of each named file, by the path as written in the case
 * @returns the captures, or the issues (warnings from the readers are kept)
 */
export function loadCaseCaptures(
  kase: Case,
  files: ReadonlyMap<string, CaseFileContent>,
): { kind: 'valid'; value: LoadedCaptures; issues: readonly Issue[] } | { kind: 'invalid'; issues: readonly Issue[] } {
  const issues: Issue[] = [];
  const bytesOf = (ref: CaseFileRef, at = `${ref.at}.file`): Uint8Array | null => {
    const content = files.get(ref.file);
    if (content === undefined) {
      issues.push(errorAt('file_missing', at, `${ref.file}: not provided.`));
      return null;
    }
    if (!(content instanceof Uint8Array)) {
      issues.push(errorAt('file_unreadable', at, `${ref.file}: ${content.error}`));
      return null;
    }
    return content;
  };
  const scan: { left: ScanCapture | null; right: ScanCapture | null } = { left: null, right: null };
  for (const side of ['left', 'right'] as const) {
    const ref = kase.captures.scan[side];
    if (ref === null) continue;
    const bytes = bytesOf(ref);
    if (bytes === null) continue;
    const read = readMesh(bytes);
    if (!read.ok) {
      issues.push(...read.issues.map((issue) => fileIssue(issue, ref)));
      continue;
    }
    const scanned = scanFoot(read.value.mesh, { side, ...(ref.units === undefined ? {} : { units: ref.units }) });
    const placed = scanned.issues.map((w) => ({ ...w, path: `${ref.at}.file`, message: `${ref.file}: ${w.message}` }));
    if (!scanned.ok) {
      issues.push(...placed);
      continue;
    }
    const result = scanned.value;
    const mismatch = scanned.issues.find((w) => w.code === 'side_mismatch');
    if (mismatch !== undefined && result.alignment.sideConfidence >= SIDE_CONTRADICTION_CONFIDENCE) {
      issues.push(
        errorAt(
          'contradictory',
          `${ref.at}.file`,
          `${ref.file}: named as the ${side} foot, but it looks like the other foot (side detection confidence ${result.alignment.sideConfidence.toFixed(2)}).`,
        ),
      );
      continue;
    }
    issues.push(...placed);
    scan[side] = {
      kind: 'ScanCapture',
      file: ref.file,
      side,
      surface: result.alignment.surface,
      measurements: result.measurements,
    };
  }
  let pressure: PressureCapture | null = null;
  const pressureRef = kase.captures.pressure;
  if (pressureRef !== null) {
    const bytes = bytesOf(pressureRef);
    if (bytes !== null) {
      const read = readPressure(bytes);
      if (!read.ok) {
        issues.push(...read.issues.map((issue) => fileIssue(issue, pressureRef)));
      } else {
        const recording = read.value;
        pressure = {
          kind: 'PressureCapture',
          file: pressureRef.file,
          recordingKind: recording.kind,
          format: recording.format,
          insole: recording.kind === 'insole' ? analyzeInsole(recording) : null,
          archIndex: recording.kind === 'plate' ? footprintArchIndex(recording, pressureRef.side ?? undefined) : null,
          plateSide: pressureRef.side ?? null,
        };
      }
    }
  }
  const motionRef = kase.captures.motion;
  const motion = motionRef === null ? null : loadMotion(motionRef, bytesOf, issues);
  if (issues.some((issue) => issue.severity === 'error')) return { kind: 'invalid', issues };
  return { kind: 'valid', value: { kind: 'LoadedCaptures', scan, pressure, motion }, issues };
}

/**
 * The walking trial's events, temporal and distance parameters and, with a static trial, the stance summary of
 * joint angles (static calibration of the Gait2354 marker set, then Grood & Suntay angles on the walking trial).
 * Without a static trial a `no_static` warning says joint angles need one.
 */
function loadMotion(
  ref: NonNullable<Case['captures']['motion']>,
  bytesOf: (ref: CaseFileRef, at?: string) => Uint8Array | null,
  issues: Issue[],
): MotionCapture | null {
  const at = `${ref.at}.file`;
  const bytes = bytesOf(ref);
  const trial = bytes === null ? null : readMarkers(ref.file, at, bytes, issues);
  const staticRef = ref.static;
  const staticBytes = staticRef === null ? null : bytesOf(staticRef, staticRef.at);
  const staticMarkers =
    staticRef === null || staticBytes === null
      ? null
      : (readMarkers(staticRef.file, staticRef.at, staticBytes, issues)?.markers ?? null);
  const grf = ref.grf === undefined ? null : readGrf(ref.grf, bytesOf, issues);
  if (trial === null) return null;
  const { markers } = trial;
  const events = selectGaitEvents({ markers, c3d: trial.c3d, grf });
  issues.push(...events.warnings.map((w) => ({ ...w, path: at })));
  const spatial = spatialParameters(markers, events.events);
  issues.push(...spatial.warnings.map((w) => ({ ...w, path: at, message: `${ref.file}: ${w.message}` })));
  let stance: StanceSummary | null = null;
  if (staticRef === null) {
    issues.push({
      severity: 'warning',
      code: 'no_static',
      path: 'captures.motion.static',
      message:
        'Joint angles (foot progression, ankle inversion, knee adduction, pelvis obliquity over stance) need a static calibration trial: add captures.motion.static.',
    });
  } else if (staticMarkers !== null) {
    const calibration = calibrateLowerLimb(staticMarkers, GAIT2354_MARKER_SET);
    if (!calibration.ok) {
      issues.push(errorAt(calibration.error.code, staticRef.at, `${staticRef.file}: ${calibration.error.message}`));
      return null;
    }
    issues.push(
      ...calibration.warnings.map((w) => ({ ...w, path: staticRef.at, message: `${staticRef.file}: ${w.message}` })),
    );
    const curves = jointAngles(markers, calibration.model);
    issues.push(...curves.warnings.map((w) => ({ ...w, path: at, message: `${ref.file}: ${w.message}` })));
    stance = stanceSummary(curves, events.events);
  }
  return {
    kind: 'MotionCapture',
    file: ref.file,
    staticFile: staticRef?.file ?? null,
    eventCount: events.events.length,
    eventSource: events.source,
    spatiotemporal: spatiotemporal(events.events),
    spatial: spatial.spatial,
    stance,
  };
}

/** The ground-reaction-force table a case names for its walking trial, or null (with an issue at its place). */
function readGrf(
  ref: CaseFileRef,
  bytesOf: (ref: CaseFileRef, at?: string) => Uint8Array | null,
  issues: Issue[],
): MotionTable | null {
  const bytes = bytesOf(ref, ref.at);
  if (bytes === null) return null;
  const read = readMot(decodeText(bytes));
  if (!read.ok) {
    issues.push(errorAt(read.error.code, ref.at, `${ref.file}: ${read.error.message} (at ${read.error.where})`));
    return null;
  }
  issues.push(...read.warnings.map((w) => ({ ...w, path: ref.at, message: `${ref.file}: ${w.message}` })));
  return read.table;
}

/** A reader's issue placed at a case's file: the file's place in the case as path, the place in the file in the message. */
function fileIssue(issue: Issue, ref: CaseFileRef, at = `${ref.at}.file`): Issue {
  return {
    ...issue,
    path: at,
    message: `${ref.file}: ${issue.message}${issue.severity === 'error' ? ` (at ${issue.path})` : ''}`,
  };
}

/** Marker trajectories from a TRC or C3D trial (with the C3D itself), or null (with an issue at `at`, the file's place in the case). */
function readMarkers(
  file: string,
  at: string,
  bytes: Uint8Array,
  issues: Issue[],
): { readonly markers: MarkerTrajectories; readonly c3d: C3dFile | null } | null {
  const name = file.toLowerCase();
  if (name.endsWith('.c3d')) {
    const read = readC3d(bytes);
    if (!read.ok) {
      issues.push(errorAt(read.error.code, at, `${file}: ${read.error.message} (at ${read.error.where})`));
      return null;
    }
    issues.push(...read.warnings.map((w) => ({ ...w, path: at, message: `${file}: ${w.message}` })));
    return { markers: c3dMarkerTrajectories(read.c3d), c3d: read.c3d };
  }
  if (!name.endsWith('.trc')) {
    issues.push(errorAt('unsupported_format', at, `${file}: a case takes a TRC or C3D marker trial.`));
    return null;
  }
  const read = readTrc(decodeText(bytes));
  if (!read.ok) {
    issues.push(errorAt(read.error.code, at, `${file}: ${read.error.message} (at ${read.error.where})`));
    return null;
  }
  issues.push(...read.warnings.map((w) => ({ ...w, path: at, message: `${file}: ${w.message}` })));
  return { markers: read.markers, c3d: null };
}
