import type { RawMesh } from './assemble-mesh.js';
import { GrowableFloat32Array, GrowableUint32Array } from './growable-array.js';
import { fail } from './mesh-read-error.js';
import { TextCursor, clip, latin1, parseInteger } from './text-cursor.js';

const V = 118;
const F = 102;
const SLASH = 47;
const HASH = 35;

/**
 * Reads a Wavefront OBJ: `v x y z` lines and `f` lines (`f a b c`, `f a/b/c`, `f a//c`, `f a/b`), with
 * polygons fan-triangulated and negative (relative) indices resolved. Everything else (vn, vt, usemtl, g, o,
 * s, l, p, comments) is ignored.
 *
 * @see https://paulbourke.net/dataformats/obj/
 * @param bytes - the file
 * @returns the vertices and triangles, indices not yet checked against the vertex count
 */
export function readObj(bytes: Uint8Array): RawMesh {
  const cursor = new TextCursor(latin1(bytes));
  const positions = new GrowableFloat32Array();
  const triangles = new GrowableUint32Array();
  const faces = new GrowableUint32Array();
  const polygon: number[] = [];
  let face = 0;
  while (!cursor.atEnd) {
    if (!cursor.nextOnLine()) {
      cursor.skipLine();
      continue;
    }
    const keyword = cursor.tokenLength() === 1 ? cursor.firstCode() : 0;
    if (keyword === V) {
      for (let axis = 0; axis < 3; axis++) {
        if (!cursor.nextOnLine()) fail('invalid_number', cursor.where, 'A vertex (v) line needs three coordinates.');
        positions.push(cursor.number('vertex coordinate'));
      }
    } else if (keyword === F) {
      face++;
      polygon.length = 0;
      const vertexTotal = positions.size / 3;
      while (cursor.nextOnLine() && cursor.firstCode() !== HASH) {
        polygon.push(faceIndex(cursor, vertexTotal, face));
      }
      if (polygon.length < 3) {
        fail('invalid_face', cursor.where, `Face ${face} has ${polygon.length} vertices; a face needs three.`);
      }
      const first = polygon[0] ?? 0;
      for (let k = 1; k + 1 < polygon.length; k++) {
        triangles.push(first);
        triangles.push(polygon[k] ?? 0);
        triangles.push(polygon[k + 1] ?? 0);
        faces.push(face);
      }
    }
    cursor.skipLine();
  }
  if (positions.size === 0 && face === 0)
    fail('not_a_mesh', 'line 1', 'The text has no OBJ vertices (v) or faces (f).');
  return {
    positions: positions.toArray(),
    triangles: triangles.toArray(),
    triangleFaces: faces.toArray(),
    welded: false,
  };
}

/** The 0-based vertex index of one `f` token (`7`, `7/1`, `7//2`, `-1/-1/-1`). */
function faceIndex(cursor: TextCursor, vertexTotal: number, face: number): number {
  const token = cursor.token();
  const slash = token.indexOf(String.fromCharCode(SLASH));
  const value = parseInteger(slash === -1 ? token : token.slice(0, slash), 'face index', cursor.where);
  if (value === 0) fail('index_out_of_range', `face ${face}`, `Face ${face} has index 0; OBJ indices start at 1.`);
  const index = value > 0 ? value - 1 : vertexTotal + value;
  if (index < 0 || index > 0xfffffffe) {
    fail(
      'index_out_of_range',
      `face ${face}`,
      `Face ${face} (${cursor.where}) points at vertex ${clip(token)}, which does not exist.`,
    );
  }
  return index;
}
