/** The arch types the synthetic generator draws. */
export type SyntheticArchType = 'flat' | 'normal' | 'high';

/**
 * A deterministic pseudo-random generator (mulberry32): the same seed gives the same sequence on every platform.
 * Core takes no randomness from the environment; callers pass the seed.
 *
 * @param seed - any 32-bit integer
 * @returns a function giving numbers in [0, 1)
 */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Peak {
  readonly t: number;
  readonly u: number;
  readonly kpa: number;
  readonly st: number;
  readonly su: number;
}

/** Shape of a synthetic foot, in fractions of its length (t, heel 0 → toe tip 1) and mm across (u, + lateral). */
interface Shape {
  /** How much of the midfoot width the arch lifts off the ground at its deepest (0 none, > 1 a broken print). */
  readonly archDepth: number;
  /** Extra medial contact (mm) of a collapsed arch. */
  readonly medialBulgeMm: number;
  readonly peaks: readonly Peak[];
}

const FOREFOOT_AND_TOES: readonly Peak[] = [
  { t: 0.12, u: 0, kpa: 270, st: 0.05, su: 14 },
  { t: 0.71, u: -30, kpa: 210, st: 0.03, su: 10 },
  { t: 0.72, u: -8, kpa: 300, st: 0.03, su: 10 },
  { t: 0.7, u: 22, kpa: 170, st: 0.03, su: 10 },
  { t: 0.91, u: -30, kpa: 250, st: 0.03, su: 9 },
  { t: 0.87, u: 0, kpa: 110, st: 0.025, su: 8 },
  { t: 0.85, u: 20, kpa: 90, st: 0.025, su: 8 },
];

const SHAPES: Readonly<Record<SyntheticArchType, Shape>> = {
  flat: {
    archDepth: 0,
    medialBulgeMm: 32,
    peaks: [...FOREFOOT_AND_TOES, { t: 0.45, u: -10, kpa: 110, st: 0.09, su: 22 }],
  },
  normal: {
    archDepth: 0.52,
    medialBulgeMm: 0,
    peaks: [...FOREFOOT_AND_TOES, { t: 0.45, u: 25, kpa: 60, st: 0.09, su: 10 }],
  },
  high: { archDepth: 1.7, medialBulgeMm: 0, peaks: FOREFOOT_AND_TOES },
};

function smoothstep(a: number, b: number, x: number): number {
  const s = Math.min(1, Math.max(0, (x - a) / (b - a)));
  return s * s * (3 - 2 * s);
}

/**
 * The peak pressure (kPa) of a synthetic adult foot print at a point of the foot: 0 outside the contact outline.
 * The outline is a rounded heel (58 mm wide), a midfoot widening to a 94 mm forefoot, and toes (hallux medial);
 * the arch type cuts the medial midfoot (`normal`: a lateral band; `high`: no midfoot contact) or adds a medial
 * bulge (`flat`). Pressure: 25 kPa base plus Gaussian peaks under the heel, metatarsal heads, hallux and lesser toes,
 * with a low-pressure sulcus between metatarsal heads and toes, as in real prints. Made to be classified as its arch
 * type by every footprint index, not to reproduce a person.
 *
 * @param t - position along the foot, 0 at the heel end, 1 at the toe tip
 * @param uMm - position across the foot from its axis, mm, + lateral
 * @param arch - the arch type
 * @returns kPa
 */
export function syntheticPeakPressureKpa(t: number, uMm: number, arch: SyntheticArchType): number {
  if (t < 0 || t > 1) return 0;
  const shape = SHAPES[arch];
  let lateral: number;
  let medial: number;
  if (t < 0.14) {
    const r = 29 * Math.sqrt(Math.max(0, 1 - ((0.14 - t) / 0.14) ** 2));
    lateral = r;
    medial = r;
  } else if (t < 0.26) {
    lateral = 29;
    medial = 29;
  } else if (t < 0.62) {
    const s = smoothstep(0.26, 0.62, t);
    lateral = 29 + 15 * s;
    medial = 29 + 21 * s;
  } else if (t < 0.8) {
    lateral = 44;
    medial = 50;
  } else {
    const s = (t - 0.8) / 0.2;
    lateral = 44 - 58 * s;
    medial = 50 - 25 * s * s;
  }
  const width = lateral + medial;
  medial += shape.medialBulgeMm * smoothstep(0.18, 0.3, t) * (1 - smoothstep(0.55, 0.66, t));
  const bump = t > 0.2 && t < 0.65 ? Math.sin((Math.PI * (t - 0.2)) / 0.45) ** 2 : 0;
  medial -= shape.archDepth * width * bump;
  if (uMm > lateral || uMm < -medial) return 0;
  let p = 25;
  for (const k of shape.peaks) {
    p += k.kpa * Math.exp(-0.5 * (((t - k.t) / k.st) ** 2 + ((uMm - k.u) / k.su) ** 2));
  }
  return p;
}
