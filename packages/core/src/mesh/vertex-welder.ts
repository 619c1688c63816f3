const EMPTY = -1;
const NEGATIVE_ZERO_BITS = 0x80000000;
/** Slots of the small direct-mapped table of recently seen vertices (fits in the CPU's L2 cache). */
const RECENT_BITS = 14;

/** Hash of three float bit patterns (multiply–xorshift, every input bit reaches the high bits). */
function hashBits(x: number, y: number, z: number): number {
  let h = Math.imul(x ^ (x >>> 16), 0x9e3779b1);
  h = Math.imul(h ^ y ^ (y >>> 16), 0x85ebca77);
  h = Math.imul(h ^ z ^ (z >>> 16), 0xc2b2ae3d);
  return h ^ (h >>> 15);
}

/**
 * Merges vertices with exactly equal coordinates (float32 equality; −0 equals +0), by an open-addressing hash
 * table over the coordinates' bit patterns. A small table of recently seen vertices goes first: in a mesh file a
 * vertex's corners are usually close together, and that table stays in cache. One welder serves one read.
 */
export class VertexWelder {
  private table: Int32Array;
  private mask: number;
  private readonly recent = new Int32Array(1 << RECENT_BITS).fill(EMPTY);
  private readonly bits: Uint32Array;
  private readonly capacity: number;
  private count = 0;

  /** @param maxVertices - the most vertices that will be added */
  constructor(maxVertices: number) {
    this.capacity = Math.max(0, Math.floor(maxVertices));
    this.bits = new Uint32Array(this.capacity * 3);
    // Sized for a closed mesh (about one vertex per six corners); it grows when more than half full.
    let size = 16;
    while (size < this.capacity / 3) size *= 2;
    this.table = new Int32Array(size).fill(EMPTY);
    this.mask = size - 1;
  }

  /** Number of distinct vertices so far. */
  get size(): number {
    return this.count;
  }

  /**
   * Adds a vertex given by the bit patterns of its float32 coordinates.
   *
   * @param x - bits of x (as from a `Uint32Array` view of a `Float32Array`)
   * @param y - bits of y
   * @param z - bits of z
   * @returns the index of the vertex: an earlier one with the same coordinates, or a new one
   */
  addBits(x: number, y: number, z: number): number {
    const bx = x === NEGATIVE_ZERO_BITS ? 0 : x;
    const by = y === NEGATIVE_ZERO_BITS ? 0 : y;
    const bz = z === NEGATIVE_ZERO_BITS ? 0 : z;
    const h = hashBits(bx, by, bz);
    const bits = this.bits;
    const r = h >>> (32 - RECENT_BITS);
    const recent = this.recent[r] ?? EMPTY;
    if (recent !== EMPTY) {
      const o = recent * 3;
      if (bits[o] === bx && bits[o + 1] === by && bits[o + 2] === bz) return recent;
    }
    const table = this.table;
    let slot = h & this.mask;
    for (;;) {
      const found = table[slot] ?? EMPTY;
      if (found === EMPTY) break;
      const o = found * 3;
      if (bits[o] === bx && bits[o + 1] === by && bits[o + 2] === bz) {
        this.recent[r] = found;
        return found;
      }
      slot = (slot + 1) & this.mask;
    }
    if (this.count >= this.capacity) throw new RangeError('VertexWelder: more vertices than its capacity');
    const index = this.count++;
    table[slot] = index;
    this.recent[r] = index;
    const o = index * 3;
    bits[o] = bx;
    bits[o + 1] = by;
    bits[o + 2] = bz;
    if (this.count * 2 > table.length) this.grow();
    return index;
  }

  /** @returns the distinct vertices' coordinates, x y z each, in order of first appearance */
  positions(): Float32Array {
    return new Float32Array(this.bits.buffer.slice(0, this.count * 12));
  }

  private grow(): void {
    const size = this.table.length * 2;
    const table = new Int32Array(size).fill(EMPTY);
    const mask = size - 1;
    const bits = this.bits;
    for (let v = 0; v < this.count; v++) {
      const o = v * 3;
      let slot = hashBits(bits[o] ?? 0, bits[o + 1] ?? 0, bits[o + 2] ?? 0) & mask;
      while ((table[slot] ?? EMPTY) !== EMPTY) slot = (slot + 1) & mask;
      table[slot] = v;
    }
    this.table = table;
    this.mask = mask;
  }
}

/** The result of {@link weldPositions}. */
export interface WeldedPositions {
  /** The distinct positions. */
  readonly positions: Float32Array;
  /** For each input vertex, its index among the distinct positions. */
  readonly remap: Uint32Array;
  /** How many input vertices were merged into an earlier one. */
  readonly merged: number;
}

/**
 * Merges exactly equal vertices of a position array.
 *
 * @param positions - x y z per vertex
 * @returns the distinct positions and the map from old to new indices
 */
export function weldPositions(positions: Float32Array): WeldedPositions {
  const n = Math.floor(positions.length / 3);
  const bits = new Uint32Array(positions.buffer, positions.byteOffset, n * 3);
  const welder = new VertexWelder(n);
  const remap = new Uint32Array(n);
  for (let v = 0; v < n; v++) {
    const o = v * 3;
    remap[v] = welder.addBits(bits[o] ?? 0, bits[o + 1] ?? 0, bits[o + 2] ?? 0);
  }
  return { positions: welder.positions(), remap, merged: n - welder.size };
}
