import type { Issue } from '../issue.js';
import { dot, sub, type Vec3 } from '../scan/vec3.js';
import type { ForcePlatformSignal } from './force-platforms.js';
import { eventsFromForce, type GaitEvent, type GaitSide } from './gait-events.js';
import { labAxisNearest, millimetresPerUnit } from './lower-limb-model.js';
import { findFootMarkers } from './marker-events.js';
import type { MarkerTrajectories } from './read-trc.js';

/** One contact on a force plate and the foot it was matched to. */
export interface ForcePlateContact {
  readonly platform: number;
  /** The foot whose heel–toe line is nearest the centre of pressure, or null when none is within 150 mm. */
  readonly side: GaitSide | null;
  /** Strike time (NaN when the contact began before the recording). */
  readonly strikeS: number;
  /** Foot-off time (NaN when the contact lasts past the recording). */
  readonly offS: number;
  /** Horizontal distance from the centre of pressure to the matched foot's heel–toe segment, mm. */
  readonly distanceMm: number;
}

/** Distance from point p to segment ab in the plane perpendicular to `up`. */
function segmentDistance(p: Vec3, a: Vec3, b: Vec3, up: Vec3): number {
  const flat = (v: Vec3): Vec3 => {
    const d = dot(v, up);
    return [v[0] - d * up[0], v[1] - d * up[1], v[2] - d * up[2]];
  };
  const ab = flat(sub(b, a));
  const ap = flat(sub(p, a));
  const len2 = dot(ab, ab);
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, dot(ap, ab) / len2));
  const d: Vec3 = [ap[0] - t * ab[0], ap[1] - t * ab[1], ap[2] - t * ab[2]];
  return Math.hypot(...d);
}

/**
 * Gait events from force plates, each contact matched to the foot standing on it: the vertical force
 * (along the lab vertical found from the markers, heel → pelvis) crosses `thresholdN` ({@link eventsFromForce});
 * the foot is the one whose heel–toe line (horizontal plane) is nearest the mean centre of pressure over
 * the first 50 ms of the contact (the last 50 ms for a contact already under way when the recording
 * starts). Contacts more than 150 mm from both feet are not matched (warning).
 *
 * @param plates - decoded platforms ({@link forcePlatforms}); times from the first stored frame
 * @param markers - the trial's markers, same clock
 * @param thresholdN - force threshold, N (a method choice, default 20 N)
 * @returns events of matched contacts, every contact, and warnings
 */
export function forcePlateEvents(
  plates: readonly ForcePlatformSignal[],
  markers: MarkerTrajectories,
  thresholdN = 20,
): {
  readonly events: readonly GaitEvent[];
  readonly contacts: readonly ForcePlateContact[];
  readonly warnings: readonly Issue[];
} {
  const warnings: Issue[] = [];
  const events: GaitEvent[] = [];
  const contacts: ForcePlateContact[] = [];
  const feet = {
    left: findFootMarkers(markers.markerNames, 'left'),
    right: findFootMarkers(markers.markerNames, 'right'),
  };
  if (feet.left === null || feet.right === null) {
    warnings.push({
      severity: 'warning',
      code: 'missing_markers',
      path: 'heel',
      message: 'Heel, toe and pelvis markers of both feet are needed to tell which foot is on a force plate.',
    });
    return { events, contacts, warnings };
  }
  const k = millimetresPerUnit(markers.units) ?? 1;
  const nm = markers.markerNames.length;
  const n = markers.timeS.length;
  const idx = (name: string): number => markers.markerNames.indexOf(name);
  const at = (m: number, t: number): Vec3 => {
    const f = Math.max(0, Math.min(n - 1, Math.round(t * markers.rateHz)));
    const o = (f * nm + m) * 3;
    return [(markers.xyz[o] ?? NaN) * k, (markers.xyz[o + 1] ?? NaN) * k, (markers.xyz[o + 2] ?? NaN) * k];
  };
  const meanOf = (m: number): Vec3 => {
    const s: [number, number, number] = [0, 0, 0];
    let c = 0;
    for (let f = 0; f < n; f++) {
      const p = at(m, f / markers.rateHz);
      if (!p.every(Number.isFinite)) continue;
      s[0] += p[0];
      s[1] += p[1];
      s[2] += p[2];
      c++;
    }
    return [s[0] / c, s[1] / c, s[2] / c];
  };
  const up = labAxisNearest(sub(meanOf(idx(feet.right.pelvis)), meanOf(idx(feet.right.heel))));
  for (const plate of plates) {
    const samples = plate.forceN.length / 3;
    const vertical = Float64Array.from({ length: samples }, (_, s) =>
      Math.abs(
        (plate.forceN[s * 3] ?? 0) * up[0] +
          (plate.forceN[s * 3 + 1] ?? 0) * up[1] +
          (plate.forceN[s * 3 + 2] ?? 0) * up[2],
      ),
    );
    const found = eventsFromForce(vertical, plate.rateHz, 'left', thresholdN);
    const pairs: { strike: number; off: number }[] = [];
    for (const e of found) {
      if (e.kind === 'foot-strike') pairs.push({ strike: e.timeS, off: NaN });
      else {
        const last = pairs[pairs.length - 1];
        if (last !== undefined && Number.isNaN(last.off)) last.off = e.timeS;
        else pairs.push({ strike: NaN, off: e.timeS });
      }
    }
    const window = Math.max(1, Math.round(0.05 * plate.rateHz));
    for (const { strike, off } of pairs) {
      const from = Number.isNaN(strike)
        ? Math.max(0, Math.round(off * plate.rateHz) - window)
        : Math.ceil(strike * plate.rateHz);
      const cop: [number, number, number] = [0, 0, 0];
      let c = 0;
      for (let s = from; s < Math.min(samples, from + window); s++) {
        const x = plate.copMm[s * 3] ?? NaN;
        if (!Number.isFinite(x)) continue;
        cop[0] += x;
        cop[1] += plate.copMm[s * 3 + 1] ?? 0;
        cop[2] += plate.copMm[s * 3 + 2] ?? 0;
        c++;
      }
      const t = (from + window / 2) / plate.rateHz;
      const p: Vec3 = [cop[0] / c, cop[1] / c, cop[2] / c];
      const dist = (side: GaitSide): number => {
        const f = feet[side];
        return f === null ? Infinity : segmentDistance(p, at(idx(f.heel), t), at(idx(f.toe), t), up);
      };
      const dl = dist('left');
      const dr = dist('right');
      const best: GaitSide = dr <= dl ? 'right' : 'left';
      const d = Math.min(dl, dr);
      const side = c > 0 && d <= 150 ? best : null;
      contacts.push({ platform: plate.platform, side, strikeS: strike, offS: off, distanceMm: d });
      if (side === null) {
        warnings.push({
          severity: 'warning',
          code: 'unmatched_contact',
          path: `platform ${String(plate.platform)}`,
          message: `A contact at ${(Number.isNaN(strike) ? off : strike).toFixed(3)} s is ${Number.isFinite(d) ? `${d.toFixed(0)} mm` : 'too far'} from both feet; not used.`,
        });
        continue;
      }
      if (!Number.isNaN(strike)) events.push({ side, kind: 'foot-strike', timeS: strike, source: 'force' });
      if (!Number.isNaN(off)) events.push({ side, kind: 'foot-off', timeS: off, source: 'force' });
    }
  }
  events.sort((a, b) => a.timeS - b.timeS);
  return { events, contacts, warnings };
}
