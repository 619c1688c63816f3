import type { PlateRecording } from './pressure-recording.js';

/** At most this many blobs (the largest) are considered for joining into steps. */
const MAX_PARTS = 2000;

/**
 * One contact of a plate: the cells one foot loaded in one stance (a blob connected in space and time), with the
 * footprint of the stance (peak per cell) and the time integral per cell.
 */
export interface PlateContact {
  readonly startFrame: number;
  readonly endFrame: number;
  /** Plate cell index (`row * cols + col`) of each loaded cell, ascending. */
  readonly cells: Int32Array;
  /** Peak pressure of each cell over the contact (kPa). */
  readonly peaksKpa: Float64Array;
  /** Sum of each cell's pressures over the contact's frames (kPa·frames; × 1/hz for kPa·s). */
  readonly sumsKpa: Float64Array;
  /** The cell runs (contiguous loaded frames of one cell) of the contact, to revisit its frames. */
  readonly runCells: Int32Array;
  readonly runStarts: Int32Array;
  readonly runEnds: Int32Array;
}

/** Options of {@link findPlateContacts}. */
export interface PlateContactOptions {
  /** A cell is loaded above this pressure (kPa, default 0: the device has already removed its noise floor). */
  readonly thresholdKpa?: number;
  /** Blobs (after joining) smaller than this fraction of the largest (cells) are noise, dropped and counted (0.2). */
  readonly minFraction?: number;
  /**
   * Largest gap along the walking direction (mm) between two parts of one foot (default 80: the unloaded arch of a
   * high-arched foot, about a quarter of its length, or the gap before separately printed toes).
   */
  readonly joinMm?: number;
}

/** The contacts of a plate recording. */
export interface PlateContacts {
  readonly contacts: readonly PlateContact[];
  /** Small blobs neither large enough to be a step nor near one (noise, a stray touch). */
  readonly droppedBlobs: number;
}

/**
 * Finds the foot contacts on a pressure plate: one pass over all values records, per cell, the runs of frames in
 * which it is loaded (start, end, peak, sum); runs of 8-neighbouring cells that overlap in time are joined (union-
 * find), so each blob connected in space and time is one contact, also when a foot lands where another stood
 * earlier. Blobs in line along the walking direction, overlapping in columns and loaded together for at least 30 % of
 * the shorter one's time are parts of one foot and are joined (separate toes, the heel of a broken high-arch print);
 * blobs under a fifth of the largest are then dropped as noise. Linear in the number of
 * values; the pass touches each value once with one comparison when the cell is unloaded.
 *
 * @param recording - the plate recording
 * @param options - threshold and blob rules
 * @returns the contacts in order of their first frame
 */
export function findPlateContacts(recording: PlateRecording, options: PlateContactOptions = {}): PlateContacts {
  const { rows, cols, frameCount: frames, pressuresKpa: p } = recording;
  const cells = rows * cols;
  const threshold = options.thresholdKpa ?? 0;
  const runStartOf = new Int32Array(cells).fill(-1);
  const runPeak = new Float32Array(cells);
  const runSum = new Float64Array(cells);
  let capacity = 1024;
  let rCell = new Int32Array(capacity);
  let rStart = new Int32Array(capacity);
  let rEnd = new Int32Array(capacity);
  let rPeak = new Float32Array(capacity);
  let rSum = new Float64Array(capacity);
  let runs = 0;
  const emit = (c: number, end: number): void => {
    if (runs === capacity) {
      capacity *= 2;
      rCell = grow(rCell, capacity);
      rStart = grow(rStart, capacity);
      rEnd = grow(rEnd, capacity);
      rPeak = grow(rPeak, capacity);
      rSum = grow(rSum, capacity);
    }
    rCell[runs] = c;
    rStart[runs] = runStartOf[c] ?? 0;
    rEnd[runs] = end;
    rPeak[runs] = runPeak[c] ?? 0;
    rSum[runs] = runSum[c] ?? 0;
    runs++;
    runStartOf[c] = -1;
  };
  // The hot loop: most values are unloaded cells, which cost one load and one comparison. Loaded cells are kept
  // in an active list; after each frame the active cells not loaded in it end their run.
  const lastSeen = new Int32Array(cells).fill(-1);
  const active = new Int32Array(cells);
  let activeCount = 0;
  // Zero cells are skipped four at a time through their bit patterns (+0.0 is all zero bits); a block with other
  // bits is looked at value by value. A filter only, valid for thresholds ≥ 0 (the default).
  const bits = new Int32Array(p.buffer, p.byteOffset, p.length);
  const blocks = threshold >= 0 ? cells >> 2 : 0;
  for (let f = 0, base = 0; f < frames; f++, base += cells) {
    for (let c = 0; c < cells; c++) {
      if ((c & 3) === 0 && c >> 2 < blocks) {
        const i = base + c;
        if (((bits[i] as number) | (bits[i + 1] as number) | (bits[i + 2] as number) | (bits[i + 3] as number)) === 0) {
          c += 3;
          continue;
        }
      }
      const v = p[base + c] as number;
      if (v > threshold) {
        if ((runStartOf[c] as number) < 0) {
          runStartOf[c] = f;
          runPeak[c] = v;
          runSum[c] = v;
          active[activeCount++] = c;
        } else {
          if (v > (runPeak[c] as number)) runPeak[c] = v;
          runSum[c] = (runSum[c] as number) + v;
        }
        lastSeen[c] = f;
      }
    }
    for (let k = 0; k < activeCount;) {
      const c = active[k] as number;
      if (lastSeen[c] === f) {
        k++;
        continue;
      }
      emit(c, f - 1);
      active[k] = active[--activeCount] as number;
    }
  }
  for (let c = 0; c < cells; c++) if ((runStartOf[c] ?? -1) >= 0) emit(c, frames - 1);
  // Runs per cell (CSR), in time order.
  const cellFirst = new Int32Array(cells + 1);
  for (let r = 0; r < runs; r++) cellFirst[(rCell[r] ?? 0) + 1] = (cellFirst[(rCell[r] ?? 0) + 1] ?? 0) + 1;
  for (let c = 0; c < cells; c++) cellFirst[c + 1] = (cellFirst[c + 1] ?? 0) + (cellFirst[c] ?? 0);
  const byCell = new Int32Array(runs);
  const fill = cellFirst.slice(0, cells);
  for (let r = 0; r < runs; r++) {
    const c = rCell[r] ?? 0;
    byCell[fill[c] ?? 0] = r;
    fill[c] = (fill[c] ?? 0) + 1;
  }
  // Union-find over runs: 8-neighbours overlapping in time (half the neighbourhood, each pair once; and the same
  // cell's consecutive runs are separate contacts unless joined through neighbours).
  const parent = new Int32Array(runs);
  for (let r = 0; r < runs; r++) parent[r] = r;
  const find = (r: number): number => {
    let root = r;
    while ((parent[root] ?? root) !== root) root = parent[root] ?? root;
    while ((parent[r] ?? r) !== root) {
      const next = parent[r] ?? r;
      parent[r] = root;
      r = next;
    }
    return root;
  };
  const neighbours: readonly (readonly [number, number])[] = [
    [0, 1],
    [1, -1],
    [1, 0],
    [1, 1],
  ];
  // Each cell's runs are in time order and do not overlap, so the overlapping pairs of two neighbouring cells are
  // found by walking both lists together: linear even for a flickering cell with thousands of runs.
  for (let c = 0; c < cells; c++) {
    const row = Math.floor(c / cols);
    const col = c - row * cols;
    const cFirst = cellFirst[c] ?? 0;
    const cEnd = cellFirst[c + 1] ?? 0;
    if (cFirst === cEnd) continue;
    for (const [dr, dc] of neighbours) {
      const nr = row + dr;
      const nc = col + dc;
      if (nr >= rows || nc < 0 || nc >= cols) continue;
      const n = nr * cols + nc;
      let i = cFirst;
      let j = cellFirst[n] ?? 0;
      const jEnd = cellFirst[n + 1] ?? 0;
      while (i < cEnd && j < jEnd) {
        const r = byCell[i] ?? 0;
        const q = byCell[j] ?? 0;
        if ((rStart[q] ?? 0) <= (rEnd[r] ?? 0) && (rEnd[q] ?? 0) >= (rStart[r] ?? 0)) {
          const a = find(r);
          const b = find(q);
          if (a !== b) parent[a] = b;
        }
        if ((rEnd[r] ?? 0) < (rEnd[q] ?? 0)) i++;
        else j++;
      }
    }
  }
  // Blobs.
  interface Blob {
    runs: number[];
    start: number;
    end: number;
    minRow: number;
    maxRow: number;
    minCol: number;
    maxCol: number;
    cellCount: number;
  }
  const blobOf = new Map<number, Blob>();
  for (let r = 0; r < runs; r++) {
    const root = find(r);
    let blob = blobOf.get(root);
    if (blob === undefined) {
      blob = { runs: [], start: Infinity, end: -1, minRow: rows, maxRow: -1, minCol: cols, maxCol: -1, cellCount: 0 };
      blobOf.set(root, blob);
    }
    blob.runs.push(r);
    const c = rCell[r] ?? 0;
    const row = Math.floor(c / cols);
    const col = c - row * cols;
    blob.start = Math.min(blob.start, rStart[r] ?? 0);
    blob.end = Math.max(blob.end, rEnd[r] ?? 0);
    blob.minRow = Math.min(blob.minRow, row);
    blob.maxRow = Math.max(blob.maxRow, row);
    blob.minCol = Math.min(blob.minCol, col);
    blob.maxCol = Math.max(blob.maxCol, col);
  }
  // Parts of one foot printed apart (toes ahead of the forefoot, the heel of a high arch behind it) lie in line
  // along the walking direction, side by side in columns, and are loaded together for much of the stance; two feet
  // are side by side (standing) or overlap only in double support (walking).
  // Pairwise joining is quadratic: only the largest MAX_PARTS blobs take part (a pathological, noisy recording
  // cannot hang the analysis); the rest are dropped and counted as noise.
  const all = [...blobOf.values()];
  for (const blob of all) blob.cellCount = new Set(blob.runs.map((r) => rCell[r] ?? 0)).size;
  const parts = all.length <= MAX_PARTS ? all : all.sort((a, b) => b.cellCount - a.cellCount).slice(0, MAX_PARTS);
  const ignored = all.length - parts.length;
  const joinRows = (options.joinMm ?? 80) / recording.pitchMm;
  const owner = parts.map((_, i) => i);
  const top = (i: number): number => {
    while ((owner[i] ?? i) !== i) i = owner[i] ?? i;
    return i;
  };
  for (let i = 0; i < parts.length; i++) {
    for (let j = i + 1; j < parts.length; j++) {
      const a = parts[i];
      const b = parts[j];
      if (a === undefined || b === undefined) continue;
      const rowGap = Math.max(0, a.minRow - b.maxRow, b.minRow - a.maxRow) - 1;
      if (rowGap > joinRows) continue;
      const colOverlap = Math.min(a.maxCol, b.maxCol) - Math.max(a.minCol, b.minCol) + 1;
      if (colOverlap < 0.5 * Math.min(a.maxCol - a.minCol + 1, b.maxCol - b.minCol + 1)) continue;
      const timeOverlap = Math.min(a.end, b.end) - Math.max(a.start, b.start) + 1;
      if (timeOverlap < 0.3 * Math.min(a.end - a.start + 1, b.end - b.start + 1)) continue;
      const ra = top(i);
      const rb = top(j);
      if (ra !== rb) owner[rb] = ra;
    }
  }
  const merged = new Map<number, Blob>();
  parts.forEach((part, i) => {
    const root = top(i);
    const into = merged.get(root);
    if (into === undefined) {
      merged.set(root, { ...part, runs: [...part.runs] });
      return;
    }
    into.runs.push(...part.runs);
    into.start = Math.min(into.start, part.start);
    into.end = Math.max(into.end, part.end);
  });
  const blobs = [...merged.values()];
  for (const blob of blobs) blob.cellCount = new Set(blob.runs.map((r) => rCell[r] ?? 0)).size;
  const largest = blobs.reduce((m, b) => Math.max(m, b.cellCount), 0);
  const minCells = Math.max(1, (options.minFraction ?? 0.2) * largest);
  const steps = blobs.filter((b) => b.cellCount >= minCells);
  const dropped = blobs.length - steps.length + ignored;
  const contacts = steps
    .map((blob) => toContact(blob.runs, rCell, rStart, rEnd, rPeak, rSum))
    .sort((a, b) => a.startFrame - b.startFrame || (a.cells[0] ?? 0) - (b.cells[0] ?? 0));
  return { contacts, droppedBlobs: dropped };
}

function toContact(
  runIds: readonly number[],
  rCell: Int32Array,
  rStart: Int32Array,
  rEnd: Int32Array,
  rPeak: Float32Array,
  rSum: Float64Array,
): PlateContact {
  const peakOf = new Map<number, number>();
  const sumOf = new Map<number, number>();
  let start = Infinity;
  let end = -1;
  for (const r of runIds) {
    const c = rCell[r] ?? 0;
    peakOf.set(c, Math.max(peakOf.get(c) ?? 0, rPeak[r] ?? 0));
    sumOf.set(c, (sumOf.get(c) ?? 0) + (rSum[r] ?? 0));
    start = Math.min(start, rStart[r] ?? 0);
    end = Math.max(end, rEnd[r] ?? 0);
  }
  const cells = Int32Array.from(peakOf.keys()).sort();
  return {
    startFrame: start,
    endFrame: end,
    cells,
    peaksKpa: Float64Array.from(cells, (c) => peakOf.get(c) ?? 0),
    sumsKpa: Float64Array.from(cells, (c) => sumOf.get(c) ?? 0),
    runCells: Int32Array.from(runIds, (r) => rCell[r] ?? 0),
    runStarts: Int32Array.from(runIds, (r) => rStart[r] ?? 0),
    runEnds: Int32Array.from(runIds, (r) => rEnd[r] ?? 0),
  };
}

function grow<T extends Int32Array | Float32Array | Float64Array>(array: T, capacity: number): T {
  const next = new (array.constructor as new (n: number) => T)(capacity);
  next.set(array);
  return next;
}
