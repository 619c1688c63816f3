/**
 * Turns a MUN104 template CSV (63 rows × 27 comma-separated values, heel at row 0) into the grid CSV format: one
 * frame, 5 mm pitch (the emed pitch SOURCE.md gives as typical; not stated upstream), kPa (assumed upstream).
 *
 * @param csv - the MUN104L.csv or MUN104R.csv text
 * @returns the grid CSV text
 */
export function mun104ToGridCsv(csv: string): string {
  const rows = csv
    .trim()
    .split(/\r?\n/)
    .map((line) => line.trim().split(','));
  const cols = rows[0]?.length ?? 0;
  return `# grid rows=${rows.length} cols=${cols} pitch_mm=5 hz=1 units=kPa\n0,${rows.flat().join(',')}\n`;
}
