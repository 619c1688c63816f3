import { decodeUtf8, encodeUtf8 } from './utf8.js';
import type { Mesh } from './mesh.js';
import { writeStoredZip } from './write-stored-zip.js';

/** One object (body) of a 3MF model. */
export interface ThreeMfObject {
  /** Shown by slicers as the object's name. */
  readonly name: string;
  readonly mesh: Mesh;
  /** Where the build places the object, mm (default at its own coordinates). */
  readonly translationMm?: readonly [number, number, number];
}

/** The 3MF core namespace (3MF Core Specification 1.x). */
const CORE_NS = 'http://schemas.microsoft.com/3dmanufacturing/core/2015/02';
/** groundup's namespace for its own metadata names (the core specification requires a prefix for them). */
export const GROUNDUP_3MF_NS = 'urn:groundup:3mf:design:1';

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="model" ContentType="application/vnd.ms-package.3dmanufacturing-3dmodel+xml"/></Types>
`;
const RELS = `<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Target="/3D/3dmodel.model" Id="rel0" Type="http://schemas.microsoft.com/3dmanufacturing/2013/01/3dmodel"/></Relationships>
`;
const WELL_KNOWN = new Set([
  'Title',
  'Designer',
  'Description',
  'Copyright',
  'LicenseTerms',
  'Rating',
  'CreationDate',
  'ModificationDate',
  'Application',
]);

/** Coordinates are written to 0.1 µm: far below any printer's resolution. */
const COORDINATE_SCALE = 1e4;

/** Fixed fragments of the vertex and triangle lines, encoded once. */
const VERTEX_X = encodeUtf8('<vertex x="');
const ATTR_Y = encodeUtf8('" y="');
const ATTR_Z = encodeUtf8('" z="');
const CLOSE = encodeUtf8('"/>\n');
const TRIANGLE_V1 = encodeUtf8('<triangle v1="');
const ATTR_V2 = encodeUtf8('" v2="');
const ATTR_V3 = encodeUtf8('" v3="');

/** ASCII bytes written into a growing buffer: the model of a pair of insoles is megabytes of numbers. */
class AsciiWriter {
  private bytes = new Uint8Array(1 << 20);
  length = 0;

  private reserve(extra: number): void {
    if (this.length + extra <= this.bytes.length) return;
    let size = this.bytes.length * 2;
    while (size < this.length + extra) size *= 2;
    const grown = new Uint8Array(size);
    grown.set(this.bytes.subarray(0, this.length));
    this.bytes = grown;
  }

  text(text: string): void {
    this.raw(encodeUtf8(text));
  }

  raw(encoded: Uint8Array): void {
    this.reserve(encoded.length);
    if (encoded.length < 32) {
      for (let i = 0; i < encoded.length; i++) this.bytes[this.length + i] = encoded[i] ?? 0;
    } else this.bytes.set(encoded, this.length);
    this.length += encoded.length;
  }

  /** A non-negative integer in decimal. */
  integer(value: number): void {
    this.reserve(16);
    if (value === 0) {
      this.bytes[this.length++] = 48;
      return;
    }
    let digits = 0;
    for (let v = value; v > 0; v = Math.floor(v / 10)) digits++;
    let v = value;
    for (let i = digits - 1; i >= 0; i--) {
      this.bytes[this.length + i] = 48 + (v % 10);
      v = Math.floor(v / 10);
    }
    this.length += digits;
  }

  /** A coordinate rounded to 0.1 µm, without trailing zeros (`12.5`, `-3`, `0.0001`). */
  coordinate(value: number): void {
    const scaled = Math.round(value * COORDINATE_SCALE);
    this.reserve(24);
    if (scaled < 0) this.bytes[this.length++] = 45;
    const magnitude = Math.abs(scaled);
    this.integer(Math.floor(magnitude / COORDINATE_SCALE));
    let fraction = magnitude % COORDINATE_SCALE;
    if (fraction === 0) return;
    this.bytes[this.length++] = 46;
    for (let unit = COORDINATE_SCALE / 10; unit >= 1 && fraction > 0; unit /= 10) {
      const digit = Math.floor(fraction / unit);
      this.bytes[this.length++] = 48 + digit;
      fraction -= digit * unit;
    }
  }

  result(): Uint8Array {
    return this.bytes.slice(0, this.length);
  }
}

const coordinate = (value: number) => {
  const writer = new AsciiWriter();
  writer.coordinate(value);
  return decodeUtf8(writer.result());
};

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) =>
    c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '&' ? '&amp;' : c === '"' ? '&quot;' : '&apos;',
  );
}

/**
 * Writes a 3MF package (3MF Core Specification): millimetres, one mesh object per body with its name, one
 * build item per object, and model metadata. Names other than the specification's well-known ones
 * (Title, Designer, Application, …) are written in groundup's namespace (`groundup:designId`). The ZIP is
 * stored with fixed timestamps, so the same input always gives the same bytes.
 *
 * @param objects - the bodies, each closed and counter-clockwise from outside
 * @param metadata - model metadata, name → value
 * @returns the .3mf file's bytes
 * @see https://github.com/3MFConsortium/spec_core/blob/master/3MF%20Core%20Specification.md
 */
export function write3mf(
  objects: readonly ThreeMfObject[],
  metadata: Readonly<Record<string, string>> = {},
): Uint8Array {
  const out = new AsciiWriter();
  out.text(
    `<?xml version="1.0" encoding="UTF-8"?>\n<model unit="millimeter" xml:lang="en-US" xmlns="${CORE_NS}" xmlns:groundup="${GROUNDUP_3MF_NS}">\n`,
  );
  for (const name of Object.keys(metadata).sort()) {
    const qualified = WELL_KNOWN.has(name) || name.includes(':') ? name : `groundup:${name}`;
    out.text(` <metadata name="${escapeXml(qualified)}">${escapeXml(metadata[name] ?? '')}</metadata>\n`);
  }
  out.text(' <resources>\n');
  objects.forEach((object, index) => {
    out.text(`  <object id="${index + 1}" type="model" name="${escapeXml(object.name)}">\n   <mesh>\n    <vertices>\n`);
    const p = object.mesh.positions;
    for (let v = 0; v < p.length; v += 3) {
      out.raw(VERTEX_X);
      out.coordinate(p[v] ?? 0);
      out.raw(ATTR_Y);
      out.coordinate(p[v + 1] ?? 0);
      out.raw(ATTR_Z);
      out.coordinate(p[v + 2] ?? 0);
      out.raw(CLOSE);
    }
    out.text('    </vertices>\n    <triangles>\n');
    const t = object.mesh.triangles;
    for (let k = 0; k < t.length; k += 3) {
      out.raw(TRIANGLE_V1);
      out.integer(t[k] ?? 0);
      out.raw(ATTR_V2);
      out.integer(t[k + 1] ?? 0);
      out.raw(ATTR_V3);
      out.integer(t[k + 2] ?? 0);
      out.raw(CLOSE);
    }
    out.text('    </triangles>\n   </mesh>\n  </object>\n');
  });
  out.text(' </resources>\n <build>\n');
  objects.forEach((object, index) => {
    const [x, y, z] = object.translationMm ?? [0, 0, 0];
    out.text(
      `  <item objectid="${index + 1}" transform="1 0 0 0 1 0 0 0 1 ${coordinate(x)} ${coordinate(y)} ${coordinate(z)}"/>\n`,
    );
  });
  out.text(' </build>\n</model>\n');
  return writeStoredZip([
    { name: '[Content_Types].xml', data: encodeUtf8(CONTENT_TYPES) },
    { name: '_rels/.rels', data: encodeUtf8(RELS) },
    { name: '3D/3dmodel.model', data: out.result() },
  ]);
}
