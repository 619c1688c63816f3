/** One C3D parameter value: text (type -1), or numbers (types 1, 2, 4), with its dimensions. */
export type C3dParameterValue =
  | { readonly kind: 'text'; readonly dims: readonly number[]; readonly strings: readonly string[] }
  | {
      readonly kind: 'number';
      readonly type: 1 | 2 | 4;
      readonly dims: readonly number[];
      readonly values: readonly number[];
    };

/** C3D parameters by `GROUP:NAME` (upper case). */
export type C3dParameters = ReadonlyMap<string, C3dParameterValue>;

/** First number of a parameter, or the fallback. */
export function paramNumber(p: C3dParameters, key: string, fallback: number): number {
  const v = p.get(key);
  return v?.kind === 'number' && v.values.length > 0 ? (v.values[0] ?? fallback) : fallback;
}

/** All numbers of a parameter (empty when absent or text). */
export function paramNumbers(p: C3dParameters, key: string): readonly number[] {
  const v = p.get(key);
  return v?.kind === 'number' ? v.values : [];
}

/** All strings of a parameter, trimmed (empty when absent or numeric). */
export function paramStrings(p: C3dParameters, key: string): readonly string[] {
  const v = p.get(key);
  return v?.kind === 'text' ? v.strings : [];
}
