import { beforeEach, describe, expect, it } from 'vitest';
import type { Dispatch } from '../../main/dispatcher';
import { buildDocx } from '../../main/docs/index';
import { gatherDocData } from '../../main/documents/doc-data';
import { readDocx } from '../helpers/docx';
import { dispatchCalls } from '../helpers/calls';
import { testDispatcher, useTempStore } from '../helpers/db';
import type { Quote } from '../../shared/quotes/schemas';

/*
 * Kutipan through the dispatcher on a real file: only the trip's people can
 * be quoted, the speaker is named as the trip keeps them, remove is undoable,
 * and the press release prints exactly the recorded words.
 */

const t = useTempStore();
const { store } = t;
let dispatch: Dispatch;

const { call, refused } = dispatchCalls(() => dispatch);

beforeEach(() => {
  dispatch = testDispatcher(store, t.path);
});

async function trip() {
  const tripId = (await call<{ id: string }>('trips.create', { title: 'Studi Komparasi ke Kota Malang', startDate: '2025-04-24', endDate: '2025-04-25' })).id;
  const lead = await call<{ personId: string }>('members.addNew', {
    tripId,
    role: 'lead',
    person: { kind: 'official', name: 'Gede Supriatna', titleSuffix: 'S.H.', employment: 'elected', jabatan: 'Wakil Bupati Buleleng' },
  });
  const stranger = (await call<{ id: string }>('people.create', { kind: 'official', name: 'Bukan Peserta', employment: 'non_asn' })).id;
  const other = (await call<{ id: string }>('trips.create', { title: 'Lain', startDate: '2025-05-01', endDate: '2025-05-02' })).id;
  const otherLearning = (await call<{ id: string }>('learnings.create', { tripId: other, topic: 'Topik lain' })).id;
  return { tripId, lead: lead.personId, stranger, otherLearning };
}

describe('Kutipan', () => {
  it('records the words of a member, named as the trip keeps him, and the release prints exactly them', async () => {
    const { tripId, lead } = await trip();
    const q = await call<Quote>('quotes.create', { tripId, speakerPersonId: lead, words: '"Kami akan belajar banyak dari Kota Malang."', saidOn: '2025-04-24', place: 'Balai Kota Malang' });
    expect(q).toMatchObject({ speakerName: 'Gede Supriatna', speakerJabatan: 'Wakil Bupati Buleleng', words: 'Kami akan belajar banyak dari Kota Malang.' });
    // A later directory edit does not rename who said it.
    await call('people.update', { id: lead, patch: { jabatan: 'Bupati Buleleng' } });
    expect((await call<Quote[]>('quotes.list', { tripId }))[0]).toMatchObject({ speakerJabatan: 'Wakil Bupati Buleleng' });
    const text = readDocx(buildDocx('press', gatherDocData(store, tripId, '2025-04-28')).bytes).text;
    expect(text).toContain('"Kami akan belajar banyak dari Kota Malang," ujar Gede Supriatna.');
    expect((text.match(/"/g) ?? []).length).toBe(2);
  });

  it('refuses a speaker who is not on the trip, a learning of another trip and empty words, naming the field; nothing is written', async () => {
    const { tripId, lead, stranger, otherLearning } = await trip();
    expect(await refused('quotes.create', { tripId, speakerPersonId: stranger, words: 'Halo' })).toMatchObject({ field: 'speakerPersonId', key: 'quotes.errors.speakerNotOfTrip' });
    expect(await refused('quotes.create', { tripId, speakerPersonId: lead, words: 'Halo', learningId: otherLearning })).toMatchObject({ field: 'learningId', key: 'quotes.errors.learningNotOfTrip' });
    expect(await refused('quotes.create', { tripId, speakerPersonId: lead, words: ' "" ' })).toMatchObject({ field: 'words', key: 'validation.required' });
    expect(store.db.prepare('SELECT count(*) FROM trip_quotes').pluck().get()).toBe(0);
  });

  it('edits, removes and restores a quote; a removed quote leaves the release', async () => {
    const { tripId, lead, stranger } = await trip();
    const q = await call<Quote>('quotes.create', { tripId, speakerPersonId: lead, words: 'Kata pertama' });
    expect((await call<Quote>('quotes.update', { id: q.id, patch: { words: 'Kata yang benar' } })).words).toBe('Kata yang benar');
    await call('quotes.remove', { id: q.id });
    expect(await call<Quote[]>('quotes.list', { tripId })).toEqual([]);
    expect(readDocx(buildDocx('press', gatherDocData(store, tripId, '2025-04-28')).bytes).text).not.toContain('Kata yang benar');
    expect((await call<Quote>('quotes.restore', { id: q.id })).words).toBe('Kata yang benar');
    expect(await refused('quotes.update', { id: '0199a000-0000-7000-8000-0000000000ff', patch: { words: 'x' } })).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
    // Words of someone who has since left the trip stay editable (and keep his name); a new speaker must be on the trip.
    const member = (await call<{ members: Array<{ id: string; personId: string }> }>('trips.detail', { id: tripId })).members.find((m) => m.personId === lead)!;
    await call('members.remove', { id: member.id });
    expect(await call<Quote>('quotes.update', { id: q.id, patch: { words: 'Kata terakhir' } })).toMatchObject({ words: 'Kata terakhir', speakerName: 'Gede Supriatna' });
    expect(await refused('quotes.update', { id: q.id, patch: { speakerPersonId: stranger } })).toMatchObject({ field: 'patch.speakerPersonId', key: 'quotes.errors.speakerNotOfTrip' });
  });
});
