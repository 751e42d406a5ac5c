/**
 * The SPPD set (and the rincian and daftar pengeluaran riil, whose cells are
 * several paragraphs too) write their tables through the kit's XML path
 * (issue 15: the SPPD set of 500 travellers in ≤ 2 s): a trip of three
 * travellers seeded as the money bench seeds its 500, every gridTable a
 * placeholder pack() fills in, and the text parsed back the same as the docx
 * objects wrote it before the fast path (tests/fixtures/*-3-travellers.txt).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deferredParts } from '../../main/docs/kit/context';
import { pack } from '../../main/docs/kit/pack';
import { buildDocument } from '../../main/docs/index';
import { gatherDocData } from '../../main/documents/doc-data';
import { seedTrip } from '../../scripts/bench-money';
import { tempStore, type TempStore } from '../helpers/db';
import { readDocx } from '../helpers/docx';

let db: TempStore | undefined;
let tripId = '';

beforeAll(async () => {
  db = await tempStore();
  tripId = seedTrip(db.store, 3);
});
afterAll(() => db?.close());

const fixture = (name: string) => readFileSync(join(__dirname, '..', 'fixtures', name), 'utf8');

describe('money documents through the XML path', () => {
  it.each([
    ['sppd', 'sppd-3-travellers.txt', 6],
    ['cost_detail', 'cost-detail-3-travellers.txt', 3],
    // The pengeluaran riil: its label/value lines and its list, for the one traveller with costs outside receipts.
    ['real_expenses', 'real-expenses-3-travellers.txt', 2],
  ] as const)('%s writes its tables as XML, with the same text as before', (kind, file, tables) => {
    const data = gatherDocData((db as TempStore).store, tripId, '2026-04-20');
    const built = buildDocument(kind, data);
    const xml = deferredParts.get(built.doc)?.xml;
    // Every bordered table (two per traveller on the SPPD) is a placeholder filled with the kit's XML.
    expect(xml?.size).toBe(tables);
    const parts = readDocx(pack(built.doc));
    expect(parts.body).not.toContain('ROMBONGAN_RAW_');
    expect(parts.text).toBe(fixture(file));
    if (kind === 'sppd') {
      // Lembar II's blocks keep their tab stops and hanging indents; the sheets their own numbers.
      expect(parts.body).toContain('<w:tabs><w:tab w:val="left" w:pos="453"/><w:tab w:val="left" w:pos="1927"/><w:tab w:val="left" w:pos="2097"/></w:tabs><w:ind w:left="2097" w:hanging="2097"/>');
      expect(parts.text).toMatch(/Nomor\t:\t\S+\/3\n/);
    }
  });
});
