import type { Mesh } from './mesh.js';

/**
 * An axis-aligned box, 8 vertices and 12 triangles, counter-clockwise seen from outside.
 *
 * @param min - one corner, mm
 * @param max - the opposite corner, mm
 * @returns the box
 */
export function createBoxMesh(min: readonly [number, number, number], max: readonly [number, number, number]): Mesh {
  const [x0, y0, z0] = min;
  const [x1, y1, z1] = max;
  return {
    positions: Float32Array.from([
      x0,
      y0,
      z0,
      x1,
      y0,
      z0,
      x1,
      y1,
      z0,
      x0,
      y1,
      z0,
      x0,
      y0,
      z1,
      x1,
      y0,
      z1,
      x1,
      y1,
      z1,
      x0,
      y1,
      z1,
    ]),
    triangles: Uint32Array.from([
      0, 2, 1, 0, 3, 2, 4, 5, 6, 4, 6, 7, 0, 1, 5, 0, 5, 4, 1, 2, 6, 1, 6, 5, 2, 3, 7, 2, 7, 6, 3, 0, 4, 3, 4, 7,
    ]),
  };
}

/**
 * The tetrahedron with corners at the origin and at `size` along each axis, counter-clockwise seen from outside.
 *
 * @param size - edge length along the axes, mm (default 1)
 * @returns the tetrahedron (volume size³ / 6)
 */
export function createTetrahedronMesh(size = 1): Mesh {
  return {
    positions: Float32Array.from([0, 0, 0, size, 0, 0, 0, size, 0, 0, 0, size]),
    triangles: Uint32Array.from([0, 2, 1, 0, 1, 3, 0, 3, 2, 1, 2, 3]),
  };
}

/**
 * An icosphere: an icosahedron whose triangles are split in four `subdivisions` times, vertices pushed onto the
 * sphere; 20 · 4^subdivisions triangles, counter-clockwise seen from outside.
 *
 * @param radius - mm
 * @param subdivisions - 0 for the icosahedron
 * @returns the sphere
 */
export function createIcosphereMesh(radius: number, subdivisions: number): Mesh {
  const g = (1 + Math.sqrt(5)) / 2;
  const points: number[] = [
    -1,
    g,
    0,
    1,
    g,
    0,
    -1,
    -g,
    0,
    1,
    -g,
    0,
    0,
    -1,
    g,
    0,
    1,
    g,
    0,
    -1,
    -g,
    0,
    1,
    -g,
    g,
    0,
    -1,
    g,
    0,
    1,
    -g,
    0,
    -1,
    -g,
    0,
    1,
  ];
  let faces: number[] = [
    0, 11, 5, 0, 5, 1, 0, 1, 7, 0, 7, 10, 0, 10, 11, 1, 5, 9, 5, 11, 4, 11, 10, 2, 10, 7, 6, 7, 1, 8, 3, 9, 4, 3, 4, 2,
    3, 2, 6, 3, 6, 8, 3, 8, 9, 4, 9, 5, 2, 4, 11, 6, 2, 10, 8, 6, 7, 9, 8, 1,
  ];
  for (let level = 0; level < subdivisions; level++) {
    const midpoints = new Map<number, number>();
    const midpoint = (a: number, b: number): number => {
      const key = Math.min(a, b) * 0x100000 + Math.max(a, b);
      const known = midpoints.get(key);
      if (known !== undefined) return known;
      const index = points.length / 3;
      points.push(
        ((points[a * 3] ?? 0) + (points[b * 3] ?? 0)) / 2,
        ((points[a * 3 + 1] ?? 0) + (points[b * 3 + 1] ?? 0)) / 2,
        ((points[a * 3 + 2] ?? 0) + (points[b * 3 + 2] ?? 0)) / 2,
      );
      midpoints.set(key, index);
      return index;
    };
    const next: number[] = [];
    for (let k = 0; k < faces.length; k += 3) {
      const a = faces[k] ?? 0;
      const b = faces[k + 1] ?? 0;
      const c = faces[k + 2] ?? 0;
      const ab = midpoint(a, b);
      const bc = midpoint(b, c);
      const ca = midpoint(c, a);
      next.push(a, ab, ca, b, bc, ab, c, ca, bc, ab, bc, ca);
    }
    faces = next;
  }
  const positions = new Float32Array(points.length);
  for (let v = 0; v < points.length; v += 3) {
    const x = points[v] ?? 0;
    const y = points[v + 1] ?? 0;
    const z = points[v + 2] ?? 0;
    const scale = radius / Math.hypot(x, y, z);
    positions[v] = x * scale;
    positions[v + 1] = y * scale;
    positions[v + 2] = z * scale;
  }
  return { positions, triangles: Uint32Array.from(faces) };
}
