import { latin1 } from '../mesh/text-cursor.js';

/**
 * Decodes a file's bytes as text, one character a byte (Latin-1: the pedar export is Latin-1 and the other formats
 * are ASCII), dropping a UTF-8 byte-order mark.
 *
 * @param input - text, or the file's bytes
 * @returns the text
 */
export function decodeText(input: string | Uint8Array): string {
  if (typeof input === 'string') return input;
  const bom = input.length >= 3 && input[0] === 0xef && input[1] === 0xbb && input[2] === 0xbf;
  return latin1(input, bom ? 3 : 0);
}
