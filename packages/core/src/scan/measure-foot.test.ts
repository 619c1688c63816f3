import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Mesh } from '../mesh/mesh.js';
import { alignFoot } from './align-foot.js';
import { applyRigid } from './foot-frame.js';
import { measureFoot, type FootMeasurements } from './measure-foot.js';
import { ScanError } from './scan-error.js';
import { createSyntheticFoot, type SyntheticFootTruth } from './synthetic-foot.js';
import { normalize, rotationAbout, type Vec3 } from './vec3.js';

function measure(mesh: Mesh, side?: 'left' | 'right') {
  const alignment = alignFoot(mesh, side === undefined ? {} : { side });
  return { alignment, m: measureFoot(alignment) };
}

/** The lengths a measurement reports, by name, for comparisons. */
function lengths(m: FootMeasurements): Record<string, number> {
  const out: Record<string, number> = {};
  for (const key of [
    'length',
    'ballWidth',
    'heelWidth',
    'ballGirth',
    'instepHeight',
    'archHeight',
    'plantarArchHeight',
    'truncatedLength',
    'toeBoxHeight',
  ] as const) {
    const value = m[key].value;
    if (value !== null) out[key] = value;
  }
  return out;
}

function signedVolume(mesh: Mesh): number {
  const p = mesh.positions;
  const t = mesh.triangles;
  let volume = 0;
  for (let k = 0; k < t.length; k += 3) {
    const a = t[k]! * 3;
    const b = t[k + 1]! * 3;
    const c = t[k + 2]! * 3;
    volume +=
      (p[a]! * (p[b + 1]! * p[c + 2]! - p[b + 2]! * p[c + 1]!) -
        p[a + 1]! * (p[b]! * p[c + 2]! - p[b + 2]! * p[c]!) +
        p[a + 2]! * (p[b]! * p[c + 1]! - p[b + 1]! * p[c]!)) /
      6;
  }
  return volume;
}

const rigid = (axis: Vec3, angle: number, shift: Vec3) => ({
  rotation: rotationAbout(normalize(axis), angle),
  translation: shift,
});

describe('the synthetic foot', () => {
  it('is a closed solid wound outward, with every edge shared by exactly two triangles', () => {
    const { mesh } = createSyntheticFoot();
    expect(signedVolume(mesh)).toBeGreaterThan(0);
    // Directed edges a→b keyed a·n + b: each must appear once, and its reverse once.
    const n = mesh.positions.length / 3;
    const edges = new Map<number, number>();
    const t = mesh.triangles;
    for (let k = 0; k < t.length; k += 3) {
      for (let e = 0; e < 3; e++) {
        const key = t[k + e]! * n + t[k + ((e + 1) % 3)]!;
        edges.set(key, (edges.get(key) ?? 0) + 1);
      }
    }
    let unpaired = 0;
    for (const [key, count] of edges) {
      const reverse = (key % n) * n + Math.floor(key / n);
      if (count !== 1 || edges.get(reverse) !== 1) unpaired++;
    }
    expect(unpaired).toBe(0);
  });
});

describe('measureFoot on the synthetic foot', () => {
  for (const side of ['right', 'left'] as const) {
    it(`measures a ${side} foot within each measurement's stated accuracy, and finds its side`, () => {
      const { mesh, truth } = createSyntheticFoot({ side });
      const { alignment, m } = measure(mesh);
      expect(alignment.side).toBe(side);
      expect(alignment.sideConfidence).toBeGreaterThanOrEqual(0.5);
      expect(alignment.surface).toBe('whole-foot');
      const expected: [keyof FootMeasurements, keyof SyntheticFootTruth][] = [
        ['length', 'lengthMm'],
        ['ballWidth', 'ballWidthMm'],
        ['heelWidth', 'heelWidthMm'],
        ['ballGirth', 'ballGirthMm'],
        ['truncatedLength', 'truncatedLengthMm'],
        ['archHeight', 'dorsalHeightAt50Mm'],
        ['instepHeight', 'instepHeightMm'],
        ['plantarArchHeight', 'plantarArchHeightMm'],
        ['toeBoxHeight', 'toeBoxHeightMm'],
      ];
      for (const [name, truthName] of expected) {
        const measurement = m[name] as FootMeasurements['length'];
        expect(measurement.value, name).not.toBeNull();
        expect(
          Math.abs((measurement.value ?? NaN) - truth[truthName]),
          `${name}: ${measurement.value} vs ${truth[truthName]}`,
        ).toBeLessThanOrEqual(measurement.accuracy);
      }
      const ahi = truth.dorsalHeightAt50Mm / truth.truncatedLengthMm;
      expect(Math.abs((m.archHeightIndex.value ?? NaN) - ahi)).toBeLessThanOrEqual(m.archHeightIndex.accuracy);
    });
  }

  it('reports a flat foot (no arch lift) with a plantar arch height near zero, and a high arch higher', () => {
    const flat = measure(createSyntheticFoot({ archHeightMm: 0, side: 'right' }).mesh, 'right').m;
    const high = measure(createSyntheticFoot({ archHeightMm: 25, side: 'right' }).mesh, 'right').m;
    expect(flat.plantarArchHeight.value).toBeLessThan(flat.plantarArchHeight.accuracy);
    expect(high.plantarArchHeight.value).toBeGreaterThan((flat.plantarArchHeight.value ?? 0) + 5);
  });

  it('changes no measurement by more than 0.5 mm under any rotation and translation of the input', () => {
    const { mesh } = createSyntheticFoot({ side: 'right', stations: 160, around: 72 });
    const reference = lengths(measure(mesh).m);
    fc.assert(
      fc.property(
        fc.tuple(
          fc.double({ min: -1, max: 1, noNaN: true }),
          fc.double({ min: -1, max: 1, noNaN: true }),
          fc.double({ min: -1, max: 1, noNaN: true }),
        ),
        fc.double({ min: -Math.PI, max: Math.PI, noNaN: true }),
        fc.tuple(
          fc.double({ min: -500, max: 500, noNaN: true }),
          fc.double({ min: -500, max: 500, noNaN: true }),
          fc.double({ min: -500, max: 500, noNaN: true }),
        ),
        (axis, angle, shift) => {
          fc.pre(Math.hypot(...axis) > 0.1);
          const moved = applyRigid(mesh, rigid(axis, angle, shift));
          const { alignment, m } = measure(moved);
          expect(alignment.side).toBe('right');
          const got = lengths(m);
          for (const [name, value] of Object.entries(reference)) {
            expect(Math.abs((got[name] ?? NaN) - value), `${name}: ${got[name]} vs ${value}`).toBeLessThanOrEqual(0.5);
          }
        },
      ),
      { numRuns: 12 },
    );
  });

  it('reports the other side for a mirrored foot, with the same measurements', () => {
    const { mesh } = createSyntheticFoot({ side: 'right', stations: 160, around: 72 });
    const mirrored = new Float32Array(mesh.positions);
    for (let i = 1; i < mirrored.length; i += 3) mirrored[i] = -mirrored[i]!;
    const flipped = new Uint32Array(mesh.triangles);
    for (let k = 0; k < flipped.length; k += 3) [flipped[k + 1], flipped[k + 2]] = [flipped[k + 2]!, flipped[k + 1]!];
    const original = measure(mesh);
    const mirror = measure({ positions: mirrored, triangles: flipped });
    expect(original.alignment.side).toBe('right');
    expect(mirror.alignment.side).toBe('left');
    const a = lengths(original.m);
    const b = lengths(mirror.m);
    for (const name of Object.keys(a)) expect(Math.abs(a[name]! - b[name]!), name).toBeLessThanOrEqual(0.5);
  });

  it('scales every length by s when the foot is scaled by s (±0.5 %)', () => {
    const { mesh } = createSyntheticFoot({ side: 'left', stations: 160, around: 72 });
    const reference = lengths(measure(mesh).m);
    for (const s of [0.8, 1.13]) {
      const scaled = new Float32Array(mesh.positions.length);
      for (let i = 0; i < scaled.length; i++) scaled[i] = mesh.positions[i]! * s;
      const got = lengths(measure({ positions: scaled, triangles: mesh.triangles }).m);
      for (const [name, value] of Object.entries(reference)) {
        expect(Math.abs(got[name]! / (value * s) - 1), `${name} at scale ${s}`).toBeLessThanOrEqual(
          0.005 + 0.05 / value,
        );
      }
    }
  });

  it('keeps the side that is given, and warns when the scan disagrees', () => {
    const { mesh } = createSyntheticFoot({ side: 'right' });
    const { alignment } = measure(mesh, 'left');
    expect(alignment.side).toBe('left');
    expect(alignment.sideSource).toBe('given');
    expect(alignment.warnings.map((w) => w.code)).toContain('side_mismatch');
  });
});

describe('alignFoot refuses what is not a foot', () => {
  function box(sx: number, sy: number, sz: number): Mesh {
    const positions = new Float32Array([
      0,
      0,
      0,
      sx,
      0,
      0,
      sx,
      sy,
      0,
      0,
      sy,
      0,
      0,
      0,
      sz,
      sx,
      0,
      sz,
      sx,
      sy,
      sz,
      0,
      sy,
      sz,
    ]);
    const triangles = new Uint32Array([
      0, 2, 1, 0, 3, 2, 4, 5, 6, 4, 6, 7, 0, 1, 5, 0, 5, 4, 1, 2, 6, 1, 6, 5, 2, 3, 7, 2, 7, 6, 3, 0, 4, 3, 4, 7,
    ]);
    return { positions, triangles };
  }

  function sphere(radius: number): Mesh {
    const rings = 24;
    const segments = 48;
    const positions: number[] = [];
    const triangles: number[] = [];
    for (let r = 0; r <= rings; r++) {
      const theta = (Math.PI * r) / rings;
      for (let s = 0; s < segments; s++) {
        const phi = (2 * Math.PI * s) / segments;
        positions.push(
          radius * Math.sin(theta) * Math.cos(phi),
          radius * Math.sin(theta) * Math.sin(phi),
          radius * Math.cos(theta),
        );
      }
    }
    for (let r = 0; r < rings; r++) {
      for (let s = 0; s < segments; s++) {
        const a = r * segments + s;
        const b = r * segments + ((s + 1) % segments);
        triangles.push(a, a + segments, b, b, a + segments, b + segments);
      }
    }
    return { positions: Float32Array.from(positions), triangles: Uint32Array.from(triangles) };
  }

  const codeOf = (mesh: Mesh) => {
    try {
      alignFoot(mesh);
      return 'aligned';
    } catch (error) {
      expect(error).toBeInstanceOf(ScanError);
      return (error as ScanError).code;
    }
  };

  it('refuses a cube and a sphere as not_a_foot', () => {
    expect(codeOf(box(100, 100, 100))).toBe('not_a_foot');
    expect(codeOf(sphere(80))).toBe('not_a_foot');
  });

  it('refuses a foot-shaped scan too small or too large for a foot in millimetres', () => {
    const { mesh } = createSyntheticFoot({ stations: 80, around: 32 });
    const scaled = (s: number) => ({ positions: mesh.positions.map((v) => v * s), triangles: mesh.triangles });
    expect(codeOf(scaled(0.1))).toBe('too_small');
    expect(codeOf(scaled(3))).toBe('too_large');
  });

  it('refuses an empty mesh', () => {
    expect(codeOf({ positions: new Float32Array(), triangles: new Uint32Array() })).toBe('empty_mesh');
  });
});
