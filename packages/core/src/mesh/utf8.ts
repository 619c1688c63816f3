/** The platform's WHATWG text codecs where there are (Node and browsers); core's lib types do not declare them. */
const ENCODER = (() => {
  const Encoder = (globalThis as { TextEncoder?: new () => { encode(input: string): Uint8Array } }).TextEncoder;
  return Encoder === undefined ? null : new Encoder();
})();
const DECODER = (() => {
  const Decoder = (globalThis as { TextDecoder?: new (label: string) => { decode(input: Uint8Array): string } })
    .TextDecoder;
  return Decoder === undefined ? null : new Decoder('utf-8');
})();

/**
 * Encodes text as UTF-8 (the platform's encoder where there is one, else a plain loop: same bytes).
 *
 * @param text - the text
 * @returns its UTF-8 bytes
 */
export function encodeUtf8(text: string): Uint8Array {
  if (ENCODER !== null) return ENCODER.encode(text);
  const out: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0xfffd;
    if (code < 0x80) out.push(code);
    else if (code < 0x800) out.push(0xc0 | (code >> 6), 0x80 | (code & 63));
    else if (code < 0x10000) out.push(0xe0 | (code >> 12), 0x80 | ((code >> 6) & 63), 0x80 | (code & 63));
    else out.push(0xf0 | (code >> 18), 0x80 | ((code >> 12) & 63), 0x80 | ((code >> 6) & 63), 0x80 | (code & 63));
  }
  return Uint8Array.from(out);
}

/**
 * Decodes UTF-8 bytes (ASCII only where the platform has no decoder; non-ASCII bytes become U+FFFD).
 *
 * @param bytes - the bytes
 * @returns the text
 */
export function decodeUtf8(bytes: Uint8Array): string {
  if (DECODER !== null) return DECODER.decode(bytes);
  return Array.from(bytes, (b) => (b < 0x80 ? String.fromCharCode(b) : '\ufffd')).join('');
}
