import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BodySide } from '../intake/body-side.js';
import { chainBodyFigure, drawnPelvisTiltDeg, type ChainFigureInput, type FigurePoint } from './chain-body-figure.js';
import { estimateChain } from './estimate-chain.js';

/** A person: heel angles (RCSP, + inverted) and a leg-length difference; the estimates come from estimateChain. */
const person = fc
  .record({
    left: fc.option(fc.integer({ min: -12, max: 8 }), { nil: null }),
    right: fc.option(fc.integer({ min: -12, max: 8 }), { nil: null }),
    differenceMm: fc.integer({ min: 0, max: 40 }),
    shortSide: fc.constantFrom<BodySide | null>('left', 'right', null),
  })
  .map(({ left, right, differenceMm, shortSide }): ChainFigureInput => {
    const eversion = (rcsp: number | null) => (rcsp === null || rcsp > 0 ? null : -rcsp);
    const legLength = { differenceMm: shortSide === null ? 0 : differenceMm, shortSide };
    const chain = estimateChain({
      rearfootEversionDeg: { left: eversion(left), right: eversion(right) },
      eversionMethod: 'RCSP',
      legLength,
    });
    return {
      rcspDeg: { left, right },
      legLength,
      estimates: [...chain.left.links, ...chain.right.links, ...chain.pelvis],
    };
  });

const distance = (a: FigurePoint, b: FigurePoint): number => Math.hypot(a.x - b.x, a.y - b.y);

describe('the chain drawn on a body', () => {
  it('tilts the pelvis down on the short side: the longer leg has the higher hip', () => {
    fc.assert(
      fc.property(person, (input) => {
        const figure = chainBodyFigure(input);
        const { hip_l: left, hip_r: right } = figure.joints;
        const short = input.legLength !== null && input.legLength.differenceMm > 0 ? input.legLength.shortSide : null;
        if (short === null) {
          expect(figure.drawnPelvisTiltDeg).toBe(0);
          expect(left.y).toBeCloseTo(right.y, 9);
        } else {
          // y grows downward: the long side's hip is higher on the page.
          const longHip = short === 'left' ? right : left;
          const shortHip = short === 'left' ? left : right;
          expect(longHip.y).toBeLessThan(shortHip.y);
          expect(Math.sign(figure.drawnPelvisTiltDeg)).toBe(short === 'right' ? 1 : -1);
        }
      }),
    );
  });

  it('draws a larger difference with at least as much tilt, capped so the pelvis stays a pelvis', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 60 }), fc.integer({ min: 1, max: 60 }), (a, b) => {
        const [small, large] = a < b ? [a, b] : [b, a];
        const tilt = (d: number) => Math.abs(drawnPelvisTiltDeg({ differenceMm: d, shortSide: 'left' }));
        expect(tilt(large)).toBeGreaterThanOrEqual(tilt(small));
        expect(tilt(large)).toBeLessThanOrEqual(7);
      }),
    );
  });

  it('stands both feet on the floor, so the short leg is drawn shorter', () => {
    fc.assert(
      fc.property(person, (input) => {
        const figure = chainBodyFigure(input);
        const floor = figure.shapes.find((s) => s.kind === 'line' && s.part === 'floor');
        if (floor?.kind !== 'line') throw new Error('no floor');
        const heels = figure.shapes.filter((s) => s.kind === 'polygon' && s.part === 'calcn');
        expect(heels).toHaveLength(2);
        for (const heel of heels) {
          if (heel.kind !== 'polygon') continue;
          // The sole is flat on the floor whatever the heel's lean.
          const sole = heel.points.filter((p) => Math.abs(p.y - floor.from.y) < 1e-9);
          expect(sole).toHaveLength(2);
          expect(Math.max(...heel.points.map((p) => p.y))).toBeCloseTo(floor.from.y, 9);
        }
        const legLength = (hip: FigurePoint) => floor.from.y - hip.y;
        const short = input.legLength?.differenceMm ? input.legLength.shortSide : null;
        if (short !== null) {
          const s = legLength(short === 'left' ? figure.joints.hip_l : figure.joints.hip_r);
          const l = legLength(short === 'left' ? figure.joints.hip_r : figure.joints.hip_l);
          expect(s).toBeLessThan(l);
        }
      }),
    );
  });

  it('starts every arrow at its joint (a turn is an arc about its joint)', () => {
    fc.assert(
      fc.property(person, (input) => {
        const figure = chainBodyFigure(input);
        for (const callout of figure.callouts) {
          const joint = figure.joints[callout.joint];
          const arrow = callout.arrow;
          if (arrow === null) continue;
          if (arrow.kind === 'path') {
            expect(distance(arrow.path[0], joint), `${callout.linkId}`).toBeLessThan(1e-9);
          } else {
            expect(arrow.centre).not.toBeNull();
            expect(distance(arrow.centre ?? { x: NaN, y: NaN }, joint)).toBeLessThan(1e-9);
            const radius = distance(arrow.path[0], joint);
            for (const p of arrow.path) expect(distance(p, joint)).toBeCloseTo(radius, 6);
          }
        }
      }),
    );
  });

  it('shows every estimate as an arrow labelled estimated with its number, and a direction-only link dashed with no number', () => {
    fc.assert(
      fc.property(person, (input) => {
        const figure = chainBodyFigure(input);
        for (const estimate of input.estimates) {
          const matching = figure.callouts.filter((c) => c.linkId === estimate.linkId);
          expect(matching.length, estimate.linkId).toBeGreaterThan(0);
          for (const c of matching) expect(c.arrow, estimate.linkId).not.toBeNull();
          const text = matching.map((c) => [c.label.title, ...c.label.lines].join(' ')).join(' ');
          if (estimate.estimate === null) {
            expect(matching.every((c) => c.basis === 'direction-only' && c.arrow?.dashed === true)).toBe(true);
            expect(text).toMatch(/Direction only/);
          } else {
            expect(matching.every((c) => c.basis === 'estimated')).toBe(true);
            expect(text).toContain(`${estimate.estimate}°`);
            expect(text).toMatch(/Estimated/);
            expect(text).toMatch(estimate.range === null ? /no range published/ : /range/);
          }
        }
        // The lower back always says it has no estimate; each measured heel is labelled measured.
        expect(figure.callouts.some((c) => c.joint === 'lumbar' && c.basis === 'not-estimated')).toBe(true);
        for (const side of ['left', 'right'] as const)
          expect(figure.callouts.some((c) => c.joint === `calcn_${side[0]}` && c.basis === 'measured')).toBe(
            input.rcspDeg[side] !== null,
          );
      }),
    );
  });

  it('keeps labels inside the figure width, on their side of the body, and never overlapping', () => {
    fc.assert(
      fc.property(person, (input) => {
        const figure = chainBodyFigure(input);
        for (const side of ['left', 'right'] as const) {
          const column = figure.callouts
            .filter((c) => c.label.side === side)
            .sort((a, b) => a.label.at.y - b.label.at.y);
          for (const c of column) {
            expect(c.label.at.x).toBeGreaterThanOrEqual(0);
            expect(c.label.at.x + c.label.widthPt).toBeLessThanOrEqual(figure.widthPt);
            // The label column does not reach the body (the hips are the widest joints).
            if (side === 'left') expect(c.label.at.x + c.label.widthPt).toBeLessThan(figure.joints.hip_l.x - 40);
            else expect(c.label.at.x).toBeGreaterThan(figure.joints.hip_r.x + 40);
          }
          for (let i = 1; i < column.length; i += 1) {
            const above = column[i - 1];
            const below = column[i];
            if (above === undefined || below === undefined) continue;
            expect(below.label.at.y).toBeGreaterThanOrEqual(above.label.at.y + above.label.heightPt);
          }
        }
        for (const c of figure.callouts)
          if (c.joint.endsWith('_l')) expect(c.label.side).toBe('left');
          else if (c.joint.endsWith('_r')) expect(c.label.side).toBe('right');
      }),
    );
  });

  it('says why a heel that does not lean outward has no shin estimate', () => {
    fc.assert(
      fc.property(person, (input) => {
        const figure = chainBodyFigure(input);
        for (const side of ['left', 'right'] as const) {
          const heel = figure.callouts.find((c) => c.joint === `calcn_${side[0]}`);
          const shin = figure.callouts.find((c) => c.joint === `ankle_${side[0]}` && c.linkId !== null);
          if (heel === undefined) continue;
          const words = heel.label.lines.join(' ');
          expect(words.includes('No shin estimate'), `${side} ${words}`).toBe(shin === undefined);
        }
      }),
    );
  });

  it('leans an everted heel with its top toward the midline, by the measured angle', () => {
    const figure = chainBodyFigure({ rcspDeg: { left: -6, right: -6 }, legLength: null, estimates: [] });
    const heels = figure.shapes.filter((s) => s.kind === 'polygon' && s.part === 'calcn');
    const midline = figure.widthPt / 2;
    for (const heel of heels) {
      if (heel.kind !== 'polygon') continue;
      const [a, b, c, d] = heel.points;
      if (a === undefined || b === undefined || c === undefined || d === undefined) throw new Error('heel');
      const top = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
      const bottom = { x: (c.x + d.x) / 2, y: (c.y + d.y) / 2 };
      expect(Math.abs(top.x - midline)).toBeLessThan(Math.abs(bottom.x - midline));
      const leanDeg = (Math.atan2(Math.abs(top.x - bottom.x), bottom.y - top.y) * 180) / Math.PI;
      expect(leanDeg).toBeCloseTo(6, 6);
    }
  });
});
