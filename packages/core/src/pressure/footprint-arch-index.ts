import { cite } from '../evidence/source-ref.js';
import { band, findBand, type Band, type BandSet } from '../exam/band-set.js';
import type { PlateRecording } from './pressure-recording.js';

/** Arch-index classes of Buldt 2018. */
export type ArchIndexClassId = 'cavus' | 'normal' | 'planus';

/**
 * Operational research bands of the arch index: cavus < 0.11, normal 0.11–0.25, planus > 0.25.
 *
 * @see Buldt AK et al. 2018, J Foot Ankle Res 11:3 (`buldt-2018`) [V]
 */
export const ARCH_INDEX_BANDS: BandSet<ArchIndexClassId> = {
  kind: 'BandSet',
  id: 'arch-index-buldt-2018',
  name: 'Arch index research bands (Buldt 2018)',
  unit: 'ratio',
  bands: [
    band('cavus', 'cavus', null, 0.11, { toInclusive: false }),
    band('normal', 'normal', 0.11, 0.25),
    band('planus', 'planus', 0.25, null, { fromInclusive: false }),
  ],
  sources: [cite('buldt-2018', 'primary', 'AI bands'), cite('murley-2009', 'primary', 'AI definition')],
  note: 'The original Cavanagh & Rodgers bands (high ≤ 0.21, normal 0.21–0.26, flat ≥ 0.26) are [U]: the primary paper was not retrieved.',
};

/** The arch index of one footprint, or why there is none. */
export interface FootprintArchIndex {
  readonly kind: 'FootprintArchIndex';
  /** Midfoot area ÷ area of the footprint without toes; null when it could not be computed. */
  readonly archIndex: number | null;
  readonly band: Band<ArchIndexClassId> | null;
  /** Contact cells (sensors with any load) of the print without toes, per third: heel, midfoot, forefoot. */
  readonly thirds: readonly [number, number, number] | null;
  /** Footprint length without toes along the axis, mm. */
  readonly lengthMm: number | null;
  readonly method: string;
  readonly note: string;
}

/**
 * Minimum rise of the toe peak over the valley between the metatarsal heads and the toes for the valley to be
 * taken as the toe line: a groundup heuristic (no source), since a merged print does not show the toes apart.
 */
const TOE_PEAK_OVER_VALLEY = 1.5;

const METHOD =
  'Cavanagh & Rodgers arch index on the peak-pressure footprint (contact = any load): largest connected print, ' +
  'principal axis as the foot axis (an approximation of heel centre to second toe), toes cut at the pressure valley ' +
  'between the metatarsal heads and the toes (groundup heuristic), length split into thirds, AI = B/(A+B+C).';

/**
 * The arch index of the footprint on a pressure plate: midfoot area over the area of the print without toes,
 * with the length (heel to the toe line, along the foot axis) split into thirds.
 *
 * @param plate - a plate recording (one foot; with two prints, the larger is used)
 * @returns the index and its band, or null with the reason (no print, toes not separable)
 * @see ARCH_INDEX_BANDS
 */
export function footprintArchIndex(plate: PlateRecording): FootprintArchIndex {
  const { rows, cols, frameCount, pressuresKpa, pitchMm } = plate;
  const peak = new Float64Array(rows * cols);
  for (let f = 0; f < frameCount; f++) {
    for (let i = 0; i < rows * cols; i++) {
      const v = pressuresKpa[f * rows * cols + i] ?? 0;
      if (v > (peak[i] ?? 0)) peak[i] = v;
    }
  }
  const none = (note: string): FootprintArchIndex => ({
    kind: 'FootprintArchIndex',
    archIndex: null,
    band: null,
    thirds: null,
    lengthMm: null,
    method: METHOD,
    note,
  });
  const cells = largestComponent(peak, rows, cols);
  if (cells.length < 20) return none('No footprint on the plate (fewer than 20 loaded sensors).');
  // Principal axis of the print.
  let mr = 0;
  let mc = 0;
  for (const i of cells) {
    mr += Math.floor(i / cols);
    mc += i % cols;
  }
  mr /= cells.length;
  mc /= cells.length;
  let srr = 0;
  let scc = 0;
  let src = 0;
  for (const i of cells) {
    const dr = Math.floor(i / cols) - mr;
    const dc = (i % cols) - mc;
    srr += dr * dr;
    scc += dc * dc;
    src += dr * dc;
  }
  const theta = 0.5 * Math.atan2(2 * src, srr - scc);
  const proj = cells.map((i) => (Math.floor(i / cols) - mr) * Math.cos(theta) + ((i % cols) - mc) * Math.sin(theta));
  const lo = Math.min(...proj);
  const hi = Math.max(...proj);
  const bins = Math.floor(hi - lo) + 1;
  const binned = (distances: readonly number[]) => {
    const width = new Array<number>(bins).fill(0);
    const maxP = new Array<number>(bins).fill(0);
    cells.forEach((cell, k) => {
      const b = Math.min(bins - 1, Math.floor(distances[k] ?? 0));
      width[b] = (width[b] ?? 0) + 1;
      maxP[b] = Math.max(maxP[b] ?? 0, peak[cell] ?? 0);
    });
    return { width, maxP };
  };
  // The forefoot is the wider end; distances are measured from the heel end.
  const fromLo = proj.map((p) => p - lo);
  const { width } = binned(fromLo);
  const quarter = Math.max(1, Math.floor(bins / 4));
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
  const toesAtHi = mean(width.slice(bins - quarter)) >= mean(width.slice(0, quarter));
  const dist = toesAtHi ? fromLo : proj.map((p) => hi - p);
  const profile = binned(dist).maxP;
  // Forefoot peak in the distal half, then the valley before the toe peak.
  let peakBin = Math.floor(bins / 2);
  for (let b = peakBin; b < bins; b++) if ((profile[b] ?? 0) > (profile[peakBin] ?? 0)) peakBin = b;
  let toeLine: number | null = null;
  for (let b = peakBin + 1; b < bins - 1; b++) {
    const v = profile[b] ?? 0;
    const later = Math.max(...profile.slice(b + 1));
    if (v > 0 && v <= (profile[b - 1] ?? 0) && v <= (profile[b + 1] ?? 0) && later >= TOE_PEAK_OVER_VALLEY * v) {
      toeLine = b;
      break;
    }
  }
  if (toeLine === null) {
    return none('The toes could not be told apart from the forefoot (no pressure valley before them).');
  }
  const line = toeLine;
  const thirds: [number, number, number] = [0, 0, 0];
  for (const d of dist) {
    const t = d / line;
    if (t >= 1) continue;
    const third = Math.min(2, Math.floor(t * 3)) as 0 | 1 | 2;
    thirds[third] += 1;
  }
  const total = thirds[0] + thirds[1] + thirds[2];
  const archIndex = Math.round((thirds[1] / total) * 1000) / 1000;
  return {
    kind: 'FootprintArchIndex',
    archIndex,
    band: findBand(ARCH_INDEX_BANDS, archIndex),
    thirds,
    lengthMm: line * pitchMm,
    method: METHOD,
    note: 'Contact area counted in whole sensors; the heel-to-second-toe axis is approximated by the principal axis.',
  };
}

function largestComponent(peak: Float64Array, rows: number, cols: number): number[] {
  const seen = new Uint8Array(rows * cols);
  let best: number[] = [];
  for (let start = 0; start < rows * cols; start++) {
    if (seen[start] === 1 || !((peak[start] ?? 0) > 0)) continue;
    const component: number[] = [];
    const stack = [start];
    seen[start] = 1;
    while (stack.length > 0) {
      const i = stack.pop() ?? 0;
      component.push(i);
      const r = Math.floor(i / cols);
      const c = i % cols;
      for (const [nr, nc] of [
        [r - 1, c],
        [r + 1, c],
        [r, c - 1],
        [r, c + 1],
      ] as const) {
        if (nr < 0 || nc < 0 || nr >= rows || nc >= cols) continue;
        const j = nr * cols + nc;
        if (seen[j] === 1 || !((peak[j] ?? 0) > 0)) continue;
        seen[j] = 1;
        stack.push(j);
      }
    }
    if (component.length > best.length) best = component;
  }
  return best;
}
