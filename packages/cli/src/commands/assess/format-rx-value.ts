/**
 * How a person reads one prescription field's value: units attached, a null said in words for the field it
 * belongs to (`archHeightMm` null is "from the scan", `metatarsalPad` null is "none"), a pad or a top cover
 * in a phrase, never JSON.
 *
 * @param field - the field's name in the prescription (`topCover`, `archHeightMm`, …)
 * @param value - its value
 * @param unit - its unit (`mm`, `deg`), when it has one
 * @returns the text
 */
export function formatRxValue(field: string, value: unknown, unit?: string): string {
  if (value === null || value === undefined) return NULL_MEANS[field] ?? 'not set';
  if (typeof value === 'number') return `${formatNumber(value)}${unitSuffix(unit)}`;
  if (typeof value === 'string' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.length === 0 ? 'none' : value.map((v) => formatRxValue(field, v)).join(', ');
  if (typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (field === 'topCover' && typeof o['material'] === 'string') {
      return o['material'] === 'none'
        ? 'none'
        : `${o['material']}, ${formatNumber(Number(o['thicknessMm']))} mm, ${String(o['length'])} length`;
    }
    if (field === 'metatarsalPad' && typeof o['metatarsal'] === 'number') {
      return `pad under metatarsal ${o['metatarsal']}, ${formatNumber(Number(o['heightMm']))} mm high, distal edge ${formatNumber(Number(o['proximalOffsetMm']))} mm proximal to the head`;
    }
    return Object.entries(o)
      .map(([key, v]) => `${key} ${formatRxValue(key, v)}`)
      .join(', ');
  }
  return typeof value === 'bigint' ? value.toString() : typeof value;
}

/** What a null means, field by field (prescription.ts). */
const NULL_MEANS: Readonly<Record<string, string>> = {
  archHeightMm: 'from the foot scan (total contact; the design needs the scan)',
  metatarsalPad: 'none',
};

function unitSuffix(unit: string | undefined): string {
  if (unit === undefined) return '';
  return unit === 'deg' ? '°' : ` ${unit}`;
}

function formatNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Number(value.toFixed(2)));
}
