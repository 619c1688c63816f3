import { fail } from './mesh-read-error.js';

const CHUNK = 0x2000;
const NEWLINE = 10;

/** The WHATWG `TextDecoder` where the platform has one (Node and browsers do); core's lib types do not declare it. */
type Latin1Decoder = { decode(input: Uint8Array): string } | null;
const DECODER: Latin1Decoder = (() => {
  const Decoder = (globalThis as { TextDecoder?: new (label: string) => { decode(input: Uint8Array): string } })
    .TextDecoder;
  return Decoder === undefined ? null : new Decoder('latin1');
})();

/**
 * Decodes bytes one character a byte (Latin-1, as WHATWG defines it: windows-1252), which keeps every ASCII
 * token of a mesh file intact, whatever the encoding of its comments, and keeps string offsets equal to byte
 * offsets.
 *
 * @param bytes - the file
 * @param start - first byte
 * @param end - one past the last byte
 * @returns the text
 */
export function latin1(bytes: Uint8Array, start = 0, end = bytes.length): string {
  const range = bytes.subarray(start, end);
  if (DECODER !== null) return DECODER.decode(range);
  const parts: string[] = [];
  for (let i = 0; i < range.length; i += CHUNK) {
    const chunk = range.subarray(i, Math.min(range.length, i + CHUNK));
    parts.push(String.fromCharCode.apply(null, chunk as unknown as number[]));
  }
  return parts.join('');
}

/** Whether a character code is blank inside a line (space, tab, CR, vertical tab, form feed, NUL-free). */
function isLineSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 13 || code === 11 || code === 12;
}

const NUMBER_PATTERN = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const NON_FINITE_PATTERN = /^[+-]?(nan|inf|infinity|1\.#inf|1\.#qnan|1\.#ind)/i;

/**
 * Walks a text mesh file token by token, keeping the line number for error messages. One cursor serves one read.
 */
export class TextCursor {
  readonly text: string;
  /** Line number (1-based) of the current position. */
  line = 1;
  private pos = 0;
  private start = 0;
  private end = 0;

  /**
   * @param text - the file (or the part after a header)
   * @param firstLine - the line number of the text's first line in the file
   */
  constructor(text: string, firstLine = 1) {
    this.text = text;
    this.line = firstLine;
    if (text.charCodeAt(0) === 0xef && text.charCodeAt(1) === 0xbb && text.charCodeAt(2) === 0xbf) this.pos = 3;
  }

  /** Where the cursor is, for messages: `line 17`. */
  get where(): string {
    return `line ${this.line}`;
  }

  /** Whether all text has been read. */
  get atEnd(): boolean {
    return this.pos >= this.text.length;
  }

  /**
   * Moves to the next token, across line ends.
   *
   * @returns false at the end of the text
   */
  next(): boolean {
    const text = this.text;
    let p = this.pos;
    for (;;) {
      const c = text.charCodeAt(p);
      if (c === NEWLINE) this.line++;
      else if (!isLineSpace(c)) break;
      p++;
    }
    return this.take(p);
  }

  /**
   * Moves to the next token on the current line.
   *
   * @returns false at the end of the line (the line end is not consumed) or of the text
   */
  nextOnLine(): boolean {
    const text = this.text;
    let p = this.pos;
    while (isLineSpace(text.charCodeAt(p))) p++;
    if (text.charCodeAt(p) === NEWLINE) {
      this.pos = p;
      return false;
    }
    return this.take(p);
  }

  /** Skips the rest of the current line and its line end. */
  skipLine(): void {
    const end = this.text.indexOf('\n', this.pos);
    if (end === -1) {
      this.pos = this.text.length;
    } else {
      this.pos = end + 1;
      this.line++;
    }
  }

  /** @returns the current token */
  token(): string {
    return this.text.slice(this.start, this.end);
  }

  /** @returns the current token's first character code */
  firstCode(): number {
    return this.text.charCodeAt(this.start);
  }

  /** @returns the current token's length */
  tokenLength(): number {
    return this.end - this.start;
  }

  /**
   * Reads the current token as a finite number (a coordinate).
   *
   * @param what - what the number is, for messages
   * @returns the number
   */
  number(what: string): number {
    return parseCoordinate(this.token(), what, this.where);
  }

  private take(p: number): boolean {
    const text = this.text;
    const length = text.length;
    if (p >= length) {
      this.pos = length;
      return false;
    }
    let e = p;
    while (e < length) {
      const c = text.charCodeAt(e);
      if (c === NEWLINE || isLineSpace(c)) break;
      e++;
    }
    this.start = p;
    this.end = e;
    this.pos = e;
    return true;
  }
}

/**
 * Parses a decimal coordinate that must fit a 32-bit float.
 *
 * @param token - the text
 * @param what - what it is, for messages
 * @param where - where it is
 * @returns the value
 */
export function parseCoordinate(token: string, what: string, where: string): number {
  if (!NUMBER_PATTERN.test(token)) {
    if (NON_FINITE_PATTERN.test(token))
      fail('non_finite_coordinate', where, `The ${what} is '${token}', not a finite number.`);
    fail('invalid_number', where, `The ${what} '${clip(token)}' is not a number.`);
  }
  const value = Number(token);
  if (!Number.isFinite(Math.fround(value))) {
    fail('non_finite_coordinate', where, `The ${what} ${clip(token)} is too large for a 32-bit float.`);
  }
  return value;
}

/**
 * Parses a decimal integer (an index or a count).
 *
 * @param token - the text
 * @param what - what it is, for messages
 * @param where - where it is
 * @returns the value
 */
export function parseInteger(token: string, what: string, where: string): number {
  const value = NUMBER_PATTERN.test(token) ? Number(token) : Number.NaN;
  if (!Number.isSafeInteger(value)) fail('invalid_number', where, `The ${what} '${clip(token)}' is not an integer.`);
  return value;
}

/**
 * Shortens a token for a message.
 *
 * @param token - any text from the file
 * @returns at most 40 printable characters
 */
export function clip(token: string): string {
  const printable = token.replace(/[^\x20-\x7e]/g, '?');
  return printable.length > 40 ? `${printable.slice(0, 40)}…` : printable;
}
