/** Body side. */
export type GaitSide = 'left' | 'right';

/** A gait event at one instant. */
export interface GaitEvent {
  readonly side: GaitSide;
  readonly kind: 'foot-strike' | 'foot-off';
  readonly timeS: number;
  /** What the event was found from (`file`: read from the C3D EVENT group). */
  readonly source: 'force' | 'markers' | 'file';
}

/**
 * Foot strikes and foot offs from a vertical ground reaction force: a strike where the force rises
 * through `thresholdN` and stays above it for `minStanceS`, a foot off where it falls back below.
 * The threshold is a method choice (commonly 10–50 N), not a clinical value from the reference.
 *
 * @param verticalN - vertical force, N, one value per sample (NaN treated as 0)
 * @param rateHz - samples per second
 * @param side - the foot on this plate (or the foot assigned to this force column)
 * @param thresholdN - detection threshold, default 20 N
 * @param minStanceS - shortest contact kept, default 0.05 s
 * @returns events sorted by time
 */
export function eventsFromForce(
  verticalN: ArrayLike<number>,
  rateHz: number,
  side: GaitSide,
  thresholdN = 20,
  minStanceS = 0.05,
): readonly GaitEvent[] {
  const out: GaitEvent[] = [];
  const n = verticalN.length;
  const minSamples = Math.max(1, Math.round(minStanceS * rateHz));
  let on = -1;
  const above = (i: number): boolean => (verticalN[i] ?? 0) > thresholdN;
  for (let i = 0; i < n; i++) {
    const a = above(i);
    if (a && on < 0) on = i;
    if ((!a || i === n - 1) && on >= 0) {
      const off = a ? -1 : i;
      const len = (a ? n : i) - on;
      if (len >= minSamples) {
        if (on > 0)
          out.push({
            side,
            kind: 'foot-strike',
            timeS: crossing(verticalN, on - 1, on, thresholdN, rateHz),
            source: 'force',
          });
        if (off > 0)
          out.push({
            side,
            kind: 'foot-off',
            timeS: crossing(verticalN, off - 1, off, thresholdN, rateHz),
            source: 'force',
          });
      }
      on = -1;
    }
  }
  return out;
}

function crossing(v: ArrayLike<number>, i0: number, i1: number, level: number, rateHz: number): number {
  const a = v[i0] ?? 0;
  const b = v[i1] ?? 0;
  const frac = b === a ? 0 : (level - a) / (b - a);
  return (i0 + Math.min(1, Math.max(0, frac))) / rateHz;
}

/**
 * Foot strikes and foot offs from markers alone, after Zeni et al. 2008 (Gait Posture 27:710–714; not in
 * the groundup biomech reference, so unverified here [U]): along the direction of progression, relative
 * to the pelvis (sacrum or pelvis-marker centroid), foot strike is the heel marker's forward maximum and
 * foot off the toe marker's backward minimum. Gaps (NaN) are skipped, never filled.
 *
 * @param heelForwardMm - heel position along progression minus pelvis position, per frame
 * @param toeForwardMm - toe position along progression minus pelvis position, per frame
 * @param rateHz - frames per second
 * @param side - the foot
 * @param minSeparationS - shortest time between two events of one kind, default 0.3 s
 * @returns events sorted by time
 */
export function eventsFromMarkers(
  heelForwardMm: ArrayLike<number>,
  toeForwardMm: ArrayLike<number>,
  rateHz: number,
  side: GaitSide,
  minSeparationS = 0.3,
): readonly GaitEvent[] {
  const sep = Math.max(1, Math.round(minSeparationS * rateHz));
  const strikes = extrema(heelForwardMm, 1, sep).map((i) => ({
    side,
    kind: 'foot-strike' as const,
    timeS: i / rateHz,
    source: 'markers' as const,
  }));
  const offs = extrema(toeForwardMm, -1, sep).map((i) => ({
    side,
    kind: 'foot-off' as const,
    timeS: i / rateHz,
    source: 'markers' as const,
  }));
  return [...strikes, ...offs].sort((a, b) => a.timeS - b.timeS);
}

/** Strict local extrema (sign 1: maxima, −1: minima) that are the extreme within ±sep frames; ends excluded. */
function extrema(v: ArrayLike<number>, sign: 1 | -1, sep: number): number[] {
  const out: number[] = [];
  const n = v.length;
  for (let i = 1; i < n - 1; i++) {
    const x = (v[i] ?? NaN) * sign;
    if (Number.isNaN(x)) continue;
    let best = true;
    let sawBefore = false;
    let sawAfter = false;
    for (let j = Math.max(0, i - sep); j <= Math.min(n - 1, i + sep) && best; j++) {
      if (j === i) continue;
      const y = (v[j] ?? NaN) * sign;
      if (Number.isNaN(y)) continue;
      if (y > x || (y === x && j < i)) best = false;
      if (j < i) sawBefore = true;
      else sawAfter = true;
    }
    if (best && sawBefore && sawAfter && i - sep >= 0 && i + sep <= n - 1) out.push(i);
  }
  return out;
}
