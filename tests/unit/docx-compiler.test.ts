/**
 * The adapter over docx's private compiler (main/docs/kit/docx-compiler.ts):
 * it must fail loudly, here, when docx is upgraded or its compiler changes
 * shape, not quietly in an exported report.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Document, Header, ImageRun, Paragraph, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { VERIFIED_DOCX_VERSION, docxParts } from '../../main/docs/kit/docx-compiler';

/** A 1×1 PNG. */
const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000' + '1f15c4890000000d49444154789c6360000002000100ffff03000006000557bfabd40000000049454e44ae426082', 'hex');

function installedDocxVersion(): string {
  const require = createRequire(import.meta.url);
  const main = require.resolve('docx');
  let dir = dirname(main);
  for (;;) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'docx' && pkg.version) return pkg.version;
    } catch {
      // no package.json at this level: look one level up
    }
    const up = dirname(dir);
    if (up === dir) throw new Error('docx package.json not found');
    dir = up;
  }
}

describe('docx compiler adapter', () => {
  it('is used with the docx version it was checked against (upgrade: re-check the adapter, then its constant)', () => {
    expect(installedDocxVersion(), 'docx was upgraded: check main/docs/kit/docx-compiler.ts against the new Packer.compiler, then update VERIFIED_DOCX_VERSION').toBe(
      VERIFIED_DOCX_VERSION,
    );
    const pkg = JSON.parse(readFileSync(join(import.meta.dirname, '../../package.json'), 'utf8')) as { devDependencies?: Record<string, string>; dependencies?: Record<string, string> };
    expect(pkg.devDependencies?.docx ?? pkg.dependencies?.docx).toBe(VERIFIED_DOCX_VERSION);
  });

  it('gives every part by path: XML as text (body, header, relationships, content types) and media as bytes', () => {
    const doc = new Document({
      sections: [
        {
          headers: { default: new Header({ children: [new Paragraph('Kop dinas')] }) },
          children: [new Paragraph({ children: [new TextRun('Laporan hasil studi komparasi'), new ImageRun({ type: 'png', data: PNG, transformation: { width: 10, height: 10 } })] })],
        },
      ],
    });
    const parts = docxParts(doc);
    const body = parts.get('word/document.xml');
    expect(typeof body).toBe('string');
    expect(body).toContain('Laporan hasil studi komparasi');
    expect(body).toContain('<w:drawing>');
    expect([...parts.keys()].some((p) => /^word\/header\d+\.xml$/.test(p) && String(parts.get(p)).includes('Kop dinas'))).toBe(true);
    expect(String(parts.get('word/_rels/document.xml.rels'))).toContain('relationships/image');
    expect(String(parts.get('[Content_Types].xml'))).toContain('Extension="png"');
    const media = [...parts].filter(([p]) => p.startsWith('word/media/'));
    expect(media).toHaveLength(1);
    expect(media[0]?.[1]).toBeInstanceOf(Uint8Array);
    expect(Buffer.from(media[0]?.[1] as Uint8Array).equals(PNG)).toBe(true);
  });

  it('says so, naming the adapter, when the compiler is gone or answers in another shape', () => {
    const doc = new Document({ sections: [{ children: [new Paragraph('x')] }] });
    expect(() => docxParts(doc, {})).toThrow(/no compiler\.compile.*docx-compiler\.ts/);
    expect(() => docxParts(doc, { compiler: { compile: () => ({ 'word/document.xml': '<w:document/>' }) } })).toThrow(/no longer returns the parts by path/);
    expect(() => docxParts(doc, { compiler: { compile: () => new Map([['word/document.xml', new Uint8Array(1)]]) } })).toThrow(/no longer returns the parts by path/);
  });
});
