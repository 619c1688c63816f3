import { decodeUtf8, encodeUtf8 } from './utf8.js';

/** One file in a ZIP archive. */
export interface ZipEntry {
  /** Path inside the archive, `/`-separated, ASCII or UTF-8. */
  readonly name: string;
  readonly data: Uint8Array;
}

/** CRC-32 (IEEE 802.3, reflected, polynomial 0xEDB88320) lookup table. */
const CRC_TABLE: Uint32Array = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/**
 * CRC-32 of bytes, as ZIP, PNG and gzip use it.
 *
 * @param data - the bytes
 * @returns the checksum, unsigned 32-bit
 */
export function crc32(data: Uint8Array): number {
  let crc = 0xffffffff;
  for (let i = 0; i < data.length; i++) crc = (CRC_TABLE[(crc ^ (data[i] ?? 0)) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** 1980-01-01 00:00:00, the earliest MS-DOS date: every entry gets it, so archives do not depend on the clock. */
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;
/** General purpose flag bit 11: names are UTF-8. */
const UTF8_FLAG = 0x0800;

/**
 * Writes a ZIP archive with every entry stored (no compression), fixed timestamps and no extra fields, in
 * the order given: the same entries always give the same bytes. No ZIP64: up to 4 GiB.
 *
 * @param entries - the files
 * @returns the archive's bytes
 * @see https://pkware.cachefly.net/webdocs/casestudies/APPNOTE.TXT (ZIP, sections 4.3.7, 4.3.12, 4.3.16)
 */
export function writeStoredZip(entries: readonly ZipEntry[]): Uint8Array {
  const names = entries.map((entry) => encodeUtf8(entry.name));
  const crcs = entries.map((entry) => crc32(entry.data));
  let size = 22;
  entries.forEach((entry, i) => {
    const nameLength = names[i]?.length ?? 0;
    size += 30 + nameLength + entry.data.length + 46 + nameLength;
  });
  const bytes = new Uint8Array(size);
  const view = new DataView(bytes.buffer);
  let offset = 0;
  const offsets: number[] = [];
  entries.forEach((entry, i) => {
    const name = names[i] ?? new Uint8Array(0);
    offsets.push(offset);
    view.setUint32(offset, 0x04034b50, true);
    view.setUint16(offset + 4, 20, true); // version needed: 2.0
    view.setUint16(offset + 6, UTF8_FLAG, true);
    view.setUint16(offset + 8, 0, true); // stored
    view.setUint16(offset + 10, DOS_TIME, true);
    view.setUint16(offset + 12, DOS_DATE, true);
    view.setUint32(offset + 14, crcs[i] ?? 0, true);
    view.setUint32(offset + 18, entry.data.length, true);
    view.setUint32(offset + 22, entry.data.length, true);
    view.setUint16(offset + 26, name.length, true);
    view.setUint16(offset + 28, 0, true);
    bytes.set(name, offset + 30);
    bytes.set(entry.data, offset + 30 + name.length);
    offset += 30 + name.length + entry.data.length;
  });
  const directoryStart = offset;
  entries.forEach((entry, i) => {
    const name = names[i] ?? new Uint8Array(0);
    view.setUint32(offset, 0x02014b50, true);
    view.setUint16(offset + 4, 20, true); // made by: MS-DOS, 2.0
    view.setUint16(offset + 6, 20, true);
    view.setUint16(offset + 8, UTF8_FLAG, true);
    view.setUint16(offset + 10, 0, true);
    view.setUint16(offset + 12, DOS_TIME, true);
    view.setUint16(offset + 14, DOS_DATE, true);
    view.setUint32(offset + 16, crcs[i] ?? 0, true);
    view.setUint32(offset + 20, entry.data.length, true);
    view.setUint32(offset + 24, entry.data.length, true);
    view.setUint16(offset + 28, name.length, true);
    // extra length, comment length, disk number, internal and external attributes: all zero
    view.setUint32(offset + 42, offsets[i] ?? 0, true);
    bytes.set(name, offset + 46);
    offset += 46 + name.length;
  });
  view.setUint32(offset, 0x06054b50, true);
  view.setUint16(offset + 8, entries.length, true);
  view.setUint16(offset + 10, entries.length, true);
  view.setUint32(offset + 12, offset - directoryStart, true);
  view.setUint32(offset + 16, directoryStart, true);
  return bytes;
}

/**
 * Reads the entries of a ZIP archive whose entries are stored (as {@link writeStoredZip} writes), checking
 * each entry's CRC-32: enough to read back groundup's own 3MF files.
 *
 * @param bytes - the archive
 * @returns the entries, or null when the archive is not a stored ZIP or a checksum does not match
 */
export function readStoredZip(bytes: Uint8Array): ZipEntry[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = bytes.length - 22;
  if (end < 0 || view.getUint32(end, true) !== 0x06054b50) return null;
  const count = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (offset + 46 > bytes.length || view.getUint32(offset, true) !== 0x02014b50) return null;
    if (view.getUint16(offset + 10, true) !== 0) return null;
    const crc = view.getUint32(offset + 16, true);
    const length = view.getUint32(offset + 20, true);
    const nameLength = view.getUint16(offset + 28, true);
    const skip = view.getUint16(offset + 30, true) + view.getUint16(offset + 32, true);
    const local = view.getUint32(offset + 42, true);
    const name = decodeUtf8(bytes.subarray(offset + 46, offset + 46 + nameLength));
    const localName = view.getUint16(local + 26, true);
    const localExtra = view.getUint16(local + 28, true);
    const start = local + 30 + localName + localExtra;
    if (start + length > bytes.length) return null;
    const data = bytes.slice(start, start + length);
    if (crc32(data) !== crc) return null;
    entries.push({ name, data });
    offset += 46 + nameLength + skip;
  }
  return entries;
}
