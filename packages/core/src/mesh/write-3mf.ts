import { encodeUtf8 } from './utf8.js';
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

/** Coordinates to 0.1 µm: far below any printer's resolution, and fast to format deterministically. */
const coordinate = (value: number) => String(Math.round(value * 1e4) / 1e4);

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
  const parts: string[] = [
    `<?xml version="1.0" encoding="UTF-8"?>\n<model unit="millimeter" xml:lang="en-US" xmlns="${CORE_NS}" xmlns:groundup="${GROUNDUP_3MF_NS}">\n`,
  ];
  for (const name of Object.keys(metadata).sort()) {
    const qualified = WELL_KNOWN.has(name) || name.includes(':') ? name : `groundup:${name}`;
    parts.push(` <metadata name="${escapeXml(qualified)}">${escapeXml(metadata[name] ?? '')}</metadata>\n`);
  }
  parts.push(' <resources>\n');
  objects.forEach((object, index) => {
    parts.push(
      `  <object id="${index + 1}" type="model" name="${escapeXml(object.name)}">\n   <mesh>\n    <vertices>\n`,
    );
    const p = object.mesh.positions;
    const lines: string[] = [];
    for (let v = 0; v < p.length; v += 3)
      lines.push(
        `<vertex x="${coordinate(p[v] ?? 0)}" y="${coordinate(p[v + 1] ?? 0)}" z="${coordinate(p[v + 2] ?? 0)}"/>`,
      );
    parts.push(lines.join('\n'), '\n    </vertices>\n    <triangles>\n');
    const t = object.mesh.triangles;
    const triangles: string[] = [];
    for (let k = 0; k < t.length; k += 3)
      triangles.push(`<triangle v1="${t[k] ?? 0}" v2="${t[k + 1] ?? 0}" v3="${t[k + 2] ?? 0}"/>`);
    parts.push(triangles.join('\n'), '\n    </triangles>\n   </mesh>\n  </object>\n');
  });
  parts.push(' </resources>\n <build>\n');
  objects.forEach((object, index) => {
    const [x, y, z] = object.translationMm ?? [0, 0, 0];
    parts.push(
      `  <item objectid="${index + 1}" transform="1 0 0 0 1 0 0 0 1 ${coordinate(x)} ${coordinate(y)} ${coordinate(z)}"/>\n`,
    );
  });
  parts.push(' </build>\n</model>\n');
  return writeStoredZip([
    { name: '[Content_Types].xml', data: encodeUtf8(CONTENT_TYPES) },
    { name: '_rels/.rels', data: encodeUtf8(RELS) },
    { name: '3D/3dmodel.model', data: encodeUtf8(parts.join('')) },
  ]);
}
