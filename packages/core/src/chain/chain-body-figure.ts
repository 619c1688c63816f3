import type { BodySide } from '../intake/body-side.js';
import { chainEstimateWords, type ChainFigureEstimate, type FigureBasis } from './chain-figure-words.js';
import { layoutFigureLabels, type PendingCallout } from './chain-figure-layout.js';

/** A point of the figure in points (1/72 inch), origin top left, y down. */
export interface FigurePoint {
  readonly x: number;
  readonly y: number;
}

/** The joints and landmarks the figure's arrows and labels start from (OpenSim-style names). */
export type FigureJointId =
  'lumbar' | 'pelvis' | 'hip_l' | 'hip_r' | 'knee_l' | 'knee_r' | 'ankle_l' | 'ankle_r' | 'calcn_l' | 'calcn_r';

/** The drawn parts of the body, named as the chain names its segments. */
export type FigurePart = 'lumbar' | 'sacrum' | 'pelvis' | 'femur' | 'tibia' | 'calcn' | 'joint' | 'floor' | 'level';

/** One drawn shape of the body. */
export type FigureShape =
  | { readonly kind: 'polygon'; readonly part: FigurePart; readonly points: readonly FigurePoint[] }
  | { readonly kind: 'circle'; readonly part: FigurePart; readonly center: FigurePoint; readonly radiusPt: number }
  | { readonly kind: 'line'; readonly part: FigurePart; readonly from: FigurePoint; readonly to: FigurePoint };

/**
 * An arrow drawn on the body. A `path` arrow starts at its joint (`path[0]`) and has its head at the end; a `turn`
 * arrow is an arc about its joint (`centre`), for a rotation, with a head at the end or at both ends (a size with
 * no direction). `path` holds the arc's points too, so a renderer draws every arrow as a polyline.
 */
export interface FigureArrow {
  readonly kind: 'path' | 'turn';
  readonly path: readonly [FigurePoint, FigurePoint, ...FigurePoint[]];
  /** The centre of a `turn` (its joint); null for a `path`. */
  readonly centre: FigurePoint | null;
  readonly heads: 'end' | 'both';
  /** Dashed when the effect is a direction only. */
  readonly dashed: boolean;
}

/** A statement on the figure: where it is on the body, its arrow if any, and its label (already wrapped). */
export interface FigureCallout {
  readonly kind: 'FigureCallout';
  /** The chain link it shows, or null for a measured finding or the lower back. */
  readonly linkId: string | null;
  readonly joint: FigureJointId;
  readonly basis: FigureBasis;
  readonly arrow: FigureArrow | null;
  /** The point the label's leader line goes to (the arrow's end, or the joint). */
  readonly target: FigurePoint;
  readonly label: {
    readonly side: BodySide;
    /** Top left of the label box. */
    readonly at: FigurePoint;
    readonly widthPt: number;
    readonly title: string;
    /** Detail lines, wrapped to the box width at FIGURE_TEXT's sizes. */
    readonly lines: readonly string[];
    readonly heightPt: number;
  };
}

/** The chain drawn on a body, seen from behind (the patient's left on the left, as the heels are examined). */
export interface ChainBodyFigure {
  readonly kind: 'ChainBodyFigure';
  readonly widthPt: number;
  readonly heightPt: number;
  /** The pelvis angle as drawn, degrees, + when the left hip is higher; exaggerated, for direction only. */
  readonly drawnPelvisTiltDeg: number;
  readonly joints: Readonly<Record<FigureJointId, FigurePoint>>;
  readonly shapes: readonly FigureShape[];
  readonly callouts: readonly FigureCallout[];
  /** The key to the colours and line styles, one line each. */
  readonly legend: readonly { readonly basis: FigureBasis; readonly text: string }[];
}

/** What the figure is drawn from: measured heel angles and leg-length difference, and the chain's estimates. */
export interface ChainFigureInput {
  /** Resting calcaneal stance position per side, degrees, + inverted, − everted (measured); null when absent. */
  readonly rcspDeg: { readonly left: number | null; readonly right: number | null };
  readonly legLength: { readonly differenceMm: number; readonly shortSide: BodySide | null } | null;
  readonly estimates: readonly ChainFigureEstimate[];
}

const WIDTH = 500;
const HEIGHT = 330;
const CX = WIDTH / 2;
const FLOOR_Y = 318;
/** Height of the hip joints' midpoint (the pelvis joint) on a level pelvis. */
const HIPS_Y = 112;
const HIP_HALF_WIDTH = 46;
const LABEL_WIDTH = 150;
/** Largest drawn pelvis angle: enough to see, small enough to stay a pelvis. */
const MAX_DRAWN_TILT_DEG = 7;

const rad = (deg: number): number => (deg * Math.PI) / 180;
const pt = (x: number, y: number): FigurePoint => ({ x, y });
const rotate = (p: FigurePoint, about: FigurePoint, deg: number): FigurePoint => {
  const c = Math.cos(rad(deg));
  const s = Math.sin(rad(deg));
  const dx = p.x - about.x;
  const dy = p.y - about.y;
  return pt(about.x + c * dx - s * dy, about.y + s * dx + c * dy);
};

/**
 * The pelvis angle to draw for a leg-length difference: direction from the measured short side, size exaggerated
 * and capped (the chain has no coefficient for it, so the angle is a drawing, never a number shown as data).
 *
 * @param legLength - the measured difference and short side, or null
 * @returns degrees, + when the left hip is higher (right leg short), 0 when level or unknown
 */
export function drawnPelvisTiltDeg(
  legLength: { readonly differenceMm: number; readonly shortSide: BodySide | null } | null,
): number {
  if (legLength === null || legLength.shortSide === null || !(legLength.differenceMm > 0)) return 0;
  const size = Math.min(MAX_DRAWN_TILT_DEG, 2 + legLength.differenceMm * 0.4);
  return legLength.shortSide === 'right' ? size : -size;
}

/** Outline of the pelvis seen from behind, left half (x < 0), relative to the hips' midpoint; mirrored for the right. */
const PELVIS_HALF: readonly FigurePoint[] = [
  pt(0, -34),
  pt(-14, -34),
  pt(-24, -48),
  pt(-46, -60),
  pt(-66, -54),
  pt(-74, -34),
  pt(-62, -10),
  pt(-56, 8),
  pt(-44, 22),
  pt(-26, 30),
  pt(-10, 24),
  pt(0, 26),
];
const SACRUM: readonly FigurePoint[] = [pt(-15, -34), pt(15, -34), pt(9, 2), pt(0, 14), pt(-9, 2)];

function legShapes(hip: FigurePoint, knee: FigurePoint, ankle: FigurePoint, rcspDeg: number, side: BodySide) {
  const quad = (a: FigurePoint, b: FigurePoint, wa: number, wb: number): FigurePoint[] => [
    pt(a.x - wa / 2, a.y),
    pt(a.x + wa / 2, a.y),
    pt(b.x + wb / 2, b.y),
    pt(b.x - wb / 2, b.y),
  ];
  // The heel seen from behind, standing on the floor and leaning by the measured RCSP (a shear, so the sole stays
  // flat): eversion (−) tips its top toward the midline.
  const toward = side === 'left' ? 1 : -1;
  const topY = ankle.y + 2;
  const shift = toward * (FLOOR_Y - topY) * Math.tan(rad(-rcspDeg));
  const heel = [
    pt(ankle.x - 9 + shift, topY),
    pt(ankle.x + 9 + shift, topY),
    pt(ankle.x + 13, FLOOR_Y),
    pt(ankle.x - 13, FLOOR_Y),
  ];
  return [
    { kind: 'polygon', part: 'femur', points: quad(hip, knee, 34, 24) },
    { kind: 'polygon', part: 'tibia', points: quad(knee, ankle, 24, 13) },
    { kind: 'polygon', part: 'calcn', points: heel },
    { kind: 'circle', part: 'joint', center: knee, radiusPt: 10 },
    { kind: 'circle', part: 'joint', center: ankle, radiusPt: 6 },
  ] as const satisfies readonly FigureShape[];
}

/** From the ankle up to a ring round the shin, then round it to the inner side: the shin turning inward. */
function shinTurnArrow(ankle: FigurePoint, knee: FigurePoint, side: BodySide): FigureArrow {
  const toward = side === 'left' ? 1 : -1;
  const centre = pt((ankle.x * 2 + knee.x) / 3, (ankle.y * 2 + knee.y) / 3);
  const rx = 20;
  const ry = 8;
  const ring: FigurePoint[] = [];
  for (let i = 0; i <= 14; i += 1) {
    const t = (i / 14) * Math.PI * 1.1;
    ring.push(pt(centre.x - toward * rx * Math.cos(t), centre.y + ry * Math.sin(t)));
  }
  return { kind: 'path', path: [ankle, ring[0] ?? ankle, ...ring.slice(1)], centre: null, heads: 'end', dashed: false };
}

/** An arc about a joint, from one angle to another (degrees, 0 = +x, y down so −90 is straight up). */
function turnArrow(centre: FigurePoint, radiusPt: number, fromDeg: number, toDeg: number, heads: 'end' | 'both') {
  const points: FigurePoint[] = [];
  for (let i = 0; i <= 16; i += 1) {
    const a = rad(fromDeg + ((toDeg - fromDeg) * i) / 16);
    points.push(pt(centre.x + radiusPt * Math.cos(a), centre.y + radiusPt * Math.sin(a)));
  }
  const [a, b, ...rest] = points;
  return {
    kind: 'turn',
    path: [a ?? centre, b ?? centre, ...rest],
    centre,
    heads,
    dashed: false,
  } as const satisfies FigureArrow;
}

const last = (arrow: FigureArrow): FigurePoint => arrow.path[arrow.path.length - 1] ?? arrow.path[0];

/**
 * Draws the kinetic chain on a body seen from behind: legs standing on the floor from hips set by a pelvis tilted
 * toward the measured short leg (direction only, exaggerated), the heels at their measured angle, the lower back
 * above, and each estimate as an arrow from its joint with a plain-language label (estimated, with its range).
 * Labels sit in two columns beside the body and never overlap.
 *
 * @param input - measured heel angles and leg-length difference, and the chain's estimates
 * @returns the figure, in points, for the PDF or SVG renderers
 */
export function chainBodyFigure(input: ChainFigureInput): ChainBodyFigure {
  const tilt = drawnPelvisTiltDeg(input.legLength);
  const pelvis = pt(CX, HIPS_Y);
  const place = (p: FigurePoint): FigurePoint => rotate(pt(CX + p.x, HIPS_Y + p.y), pelvis, tilt);
  const hipL = place(pt(-HIP_HALF_WIDTH, 0));
  const hipR = place(pt(HIP_HALF_WIDTH, 0));
  const ankleY = FLOOR_Y - 26;
  const kneeAt = (hip: FigurePoint, inward: number) => pt(hip.x + inward * 8, (hip.y + ankleY) / 2);
  const joints: Record<FigureJointId, FigurePoint> = {
    lumbar: place(pt(0, -66)),
    pelvis,
    hip_l: hipL,
    hip_r: hipR,
    knee_l: kneeAt(hipL, 1),
    knee_r: kneeAt(hipR, -1),
    ankle_l: pt(hipL.x + 10, ankleY),
    ankle_r: pt(hipR.x - 10, ankleY),
    calcn_l: pt(hipL.x + 10, FLOOR_Y - 8),
    calcn_r: pt(hipR.x - 10, FLOOR_Y - 8),
  };
  const shapes: FigureShape[] = [
    { kind: 'line', part: 'floor', from: pt(CX - 100, FLOOR_Y), to: pt(CX + 100, FLOOR_Y) },
  ];
  // Legs first, then the pelvis over the tops of the thighs, then the hip joints on top.
  for (const side of ['left', 'right'] as const) {
    const s = side === 'left' ? 'l' : 'r';
    const rcsp = input.rcspDeg[side] ?? 0;
    shapes.push(...legShapes(joints[`hip_${s}`], joints[`knee_${s}`], joints[`ankle_${s}`], rcsp, side));
  }
  // Lower back: five vertebrae standing on the sacrum, as one block with the pelvis.
  for (let i = 0; i < 5; i += 1) {
    const bottom = -36 - i * 13;
    const block = [pt(-13, bottom - 10), pt(13, bottom - 10), pt(13, bottom), pt(-13, bottom)];
    shapes.push({ kind: 'polygon', part: 'lumbar', points: block.map(place) });
  }
  const outline = [...PELVIS_HALF, ...[...PELVIS_HALF].reverse().map((p) => pt(-p.x, p.y))];
  shapes.push({ kind: 'polygon', part: 'pelvis', points: outline.map(place) });
  shapes.push({ kind: 'polygon', part: 'sacrum', points: SACRUM.map(place) });
  shapes.push({ kind: 'circle', part: 'joint', center: hipL, radiusPt: 9 });
  shapes.push({ kind: 'circle', part: 'joint', center: hipR, radiusPt: 9 });
  if (tilt !== 0) {
    shapes.push({ kind: 'line', part: 'level', from: pt(CX - 92, HIPS_Y), to: pt(CX + 92, HIPS_Y) });
  }
  const pending: PendingCallout[] = [];
  const add = (callout: Omit<FigureCallout, 'label'>, side: BodySide, title: string, lines: readonly string[]) =>
    pending.push({ callout, side, title, lines });
  const callout = (
    linkId: string | null,
    joint: FigureJointId,
    basis: FigureBasis,
    arrow: FigureArrow | null,
    target: FigurePoint,
  ): Omit<FigureCallout, 'label'> => ({ kind: 'FigureCallout', linkId, joint, basis, arrow, target });
  add(callout(null, 'lumbar', 'not-estimated', null, joints.lumbar), 'right', 'Lower back: no estimate', [
    'Studies do not support a link from the feet to the curve of the lower back.',
  ]);
  for (const e of input.estimates) {
    const words = chainEstimateWords(e, input.legLength);
    const basis: FigureBasis = e.estimate === null ? 'direction-only' : 'estimated';
    if (e.linkId === 'rearfoot-eversion-to-tibial-internal-rotation') {
      const side: BodySide = e.to.endsWith('_l') ? 'left' : 'right';
      const joint: FigureJointId = side === 'left' ? 'ankle_l' : 'ankle_r';
      const arrow = shinTurnArrow(joints[joint], joints[side === 'left' ? 'knee_l' : 'knee_r'], side);
      add(callout(e.linkId, joint, basis, arrow, last(arrow)), side, words.title, words.lines);
    } else if (e.linkId === 'leg-length-difference-to-pelvic-obliquity') {
      const short = input.legLength?.shortSide ?? null;
      if (short === null) continue;
      const joint: FigureJointId = short === 'left' ? 'hip_l' : 'hip_r';
      const from = joints[joint];
      const out = short === 'left' ? -1 : 1;
      const arrow: FigureArrow = {
        kind: 'path',
        path: [from, pt(from.x + out * 40, from.y), pt(from.x + out * 40, from.y + 30)],
        centre: null,
        heads: 'end',
        dashed: true,
      };
      add(callout(e.linkId, joint, 'direction-only', arrow, last(arrow)), short, words.title, words.lines);
    } else if (e.linkId === 'unilateral-eversion-to-pelvic-obliquity') {
      // A size with no direction: a rocking arc over the pelvis, about the hips' midpoint, heads at both ends.
      const arrow = turnArrow(pelvis, 96, -138, -42, 'both');
      add(callout(e.linkId, 'pelvis', basis, arrow, last(arrow)), 'right', words.title, words.lines);
    } else if (e.to === 'pelvis') {
      const arrow = { ...turnArrow(pelvis, 30, -150, -30, 'end'), dashed: e.estimate === null };
      add(callout(e.linkId, 'pelvis', basis, arrow, last(arrow)), 'right', words.title, words.lines);
    }
  }
  for (const side of ['left', 'right'] as const) {
    const rcsp = input.rcspDeg[side];
    if (rcsp === null) continue;
    const lean =
      rcsp < 0 ? `leans outward ${Math.abs(rcsp)}°` : rcsp > 0 ? `leans inward ${rcsp}°` : 'stands upright (0°)';
    const joint: FigureJointId = side === 'left' ? 'calcn_l' : 'calcn_r';
    const shin = side === 'left' ? 'tibia_l' : 'tibia_r';
    const hasShinEstimate = input.estimates.some(
      (e) => e.linkId === 'rearfoot-eversion-to-tibial-internal-rotation' && e.to === shin,
    );
    add(
      callout(null, joint, 'measured', null, joints[joint]),
      side,
      `${side === 'left' ? 'Left' : 'Right'} heel ${lean}`,
      hasShinEstimate
        ? ['Measured on you, standing relaxed: where the estimates start.']
        : [
            'Measured on you, standing relaxed.',
            'No shin estimate: the published link starts from a heel that leans outward.',
          ],
    );
  }
  return {
    kind: 'ChainBodyFigure',
    widthPt: WIDTH,
    heightPt: HEIGHT,
    drawnPelvisTiltDeg: tilt,
    joints,
    shapes,
    callouts: layoutFigureLabels(pending, WIDTH, LABEL_WIDTH),
    legend: [
      { basis: 'measured', text: 'Measured on you' },
      { basis: 'estimated', text: 'Estimated from studies of other people, not measured on you' },
      { basis: 'direction-only', text: 'Direction only: no study gives a number' },
      { basis: 'not-estimated', text: 'No estimate: the evidence does not support one' },
    ],
  };
}
