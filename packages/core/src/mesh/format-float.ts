/**
 * The shortest decimal text that reads back as the same 32-bit float, for text formats (OBJ, ASCII STL and PLY).
 *
 * @param value - a float32 value (as stored in a `Float32Array`)
 * @returns decimal text, e.g. `0.1` for the float32 nearest 0.1
 */
export function formatFloat32(value: number): string {
  const plain = String(value);
  if (plain.length <= 8) return plain;
  for (let digits = 1; digits <= 9; digits++) {
    const rounded = Number(value.toPrecision(digits));
    if (Math.fround(rounded) === value) return String(rounded);
  }
  return plain;
}
