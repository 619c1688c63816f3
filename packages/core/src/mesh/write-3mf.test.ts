import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { requirement } from '../../../../test-support/requirements.js';
import { createBoxMesh } from './mesh-builders.js';

const createBox = () => createBoxMesh([0, 0, 0], [10, 20, 5]);
import { write3mf } from './write-3mf.js';
import { crc32, readStoredZip, writeStoredZip } from './write-stored-zip.js';

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('stored ZIP', () => {
  it('computes the standard CRC-32', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array(0))).toBe(0);
  });

  it('writes the same bytes for the same entries and reads them back', () => {
    const entries = [
      { name: 'a.txt', data: new TextEncoder().encode('hello') },
      { name: 'dir/b.bin', data: Uint8Array.from([0, 1, 2, 255]) },
    ];
    const first = writeStoredZip(entries);
    expect(writeStoredZip(entries)).toEqual(first);
    const read = readStoredZip(first);
    expect(read?.map((e) => e.name)).toEqual(['a.txt', 'dir/b.bin']);
    expect(read?.[1]?.data).toEqual(entries[1]?.data);
    const corrupted = first.slice();
    corrupted[30 + 5] = 0; // a byte of a.txt's data
    expect(readStoredZip(corrupted)).toBeNull();
  });

  it('is accepted by unzip -t', (ctx) => {
    const available = spawnSync('unzip', ['-v'], { encoding: 'utf8' }).status === 0;
    if (!requirement('unzip', available, 'apt-get install unzip')) return ctx.skip('unzip is not installed');
    const dir = mkdtempSync(path.join(tmpdir(), 'groundup-zip-'));
    try {
      const file = path.join(dir, 'test.3mf');
      writeFileSync(file, write3mf([{ name: 'box', mesh: createBox() }], { designId: 'abc' }));
      const result = spawnSync('unzip', ['-t', file], { encoding: 'utf8' });
      expect(result.stdout).toMatch(/No errors detected/);
      expect(result.status).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('write3mf', () => {
  it('writes a core-spec model in millimetres with named objects and namespaced metadata', () => {
    const bytes = write3mf([{ name: 'insole-right-shell', mesh: createBox(), translationMm: [10, 20, 0] }], {
      Title: 'groundup insole',
      designId: '0123456789abcdef',
      sides: 'right',
      prescriptionRevision: '3',
    });
    const entries = readStoredZip(bytes);
    expect(entries?.map((e) => e.name)).toEqual(['[Content_Types].xml', '_rels/.rels', '3D/3dmodel.model']);
    const model = text(entries?.[2]?.data ?? new Uint8Array(0));
    expect(model).toContain('unit="millimeter"');
    expect(model).toContain('xmlns="http://schemas.microsoft.com/3dmanufacturing/core/2015/02"');
    expect(model).toContain('<metadata name="Title">groundup insole</metadata>');
    expect(model).toContain('<metadata name="groundup:designId">0123456789abcdef</metadata>');
    expect(model).toContain('<metadata name="groundup:prescriptionRevision">3</metadata>');
    expect(model).toContain('name="insole-right-shell"');
    expect(model).toContain('transform="1 0 0 0 1 0 0 0 1 10 20 0"');
    expect((model.match(/<triangle /g) ?? []).length).toBe(createBox().triangles.length / 3);
    expect(write3mf([{ name: 'insole-right-shell', mesh: createBox() }])).toEqual(
      write3mf([{ name: 'insole-right-shell', mesh: createBox() }]),
    );
  });
});
