import { describe, expect, it } from 'vitest';
import { draftBackground, draftTexts, tanggalRange } from '../../main/docs/drafts';
import { seedDocData } from '../helpers/doc-data';

describe('drafts of the narrative texts', () => {
  it('writes spans of days as letters do', () => {
    expect(tanggalRange('2025-04-24', '2025-04-25')).toBe('24 s.d. 25 April 2025');
    expect(tanggalRange('2025-04-24', '2025-04-24')).toBe('24 April 2025');
    expect(tanggalRange('2025-04-30', '2025-05-02')).toBe('30 April s.d. 2 Mei 2025');
    expect(tanggalRange('2025-12-30', '2026-01-02')).toBe('30 Desember 2025 s.d. 2 Januari 2026');
  });

  it('drafts the SPT tasks with destination and dates, and the report to the head of office', () => {
    const d = draftTexts(seedDocData());
    expect(d.sptTasks.split('\n')).toEqual([
      'Melaksanakan studi komparasi ke Kota Malang pada tanggal 24 s.d. 25 April 2025;',
      // The Wakil Bupati travels: the SPT is the Bupati's, and the report goes to him.
      'Melaporkan hasil pelaksanaan tugas kepada Bupati Buleleng;',
      'Melaksanakan perintah ini dengan penuh tanggung jawab.',
    ]);
  });

  it('summarises the learnings, turns recommendations into suggestions and closes with "Demikian laporan ini dibuat"', () => {
    const data = seedDocData();
    const d = draftTexts(data);
    expect(d.conclusion).toMatch(/^Dari pelaksanaan studi komparasi ke Kota Malang pada tanggal 24 s\.d\. 25 April 2025, dapat disimpulkan/);
    expect(d.conclusion).toContain('1. Ngalam Command Center sebagai pusat layanan informasi publik: Buleleng dapat memadukan');
    expect(d.conclusion).toContain('2. Penyederhanaan aplikasi layanan publik melalui SPBE:');
    expect(d.conclusion).toContain('dimensi Smart Governance');
    expect(d.suggestions.split('\n')).toEqual([
      '1. Menyusun kajian pembentukan command center Kabupaten Buleleng pada tahun anggaran 2026.',
      '2. Melakukan inventarisasi aplikasi seluruh OPD dan menetapkan peta rencana integrasi.',
    ]);
    expect(d.closing).toMatch(/^Demikian laporan ini dibuat /);
  });

  it('suggestions fall back to the follow-up actions, then to a general sentence', () => {
    const data = seedDocData();
    for (const l of data.learnings) l.recommendation = '';
    expect(draftTexts(data).suggestions).toBe(
      '1. Menyusun kajian kebutuhan command center (Dinas Kominfosanti).\n2. Inventarisasi aplikasi seluruh OPD (Bidang Aplikasi Informatika).',
    );
    data.learnings = [];
    const d = draftTexts(data);
    expect(d.suggestions).toMatch(/ditindaklanjuti/);
    expect(d.conclusion).toMatch(/^Dari pelaksanaan studi komparasi ke Kota Malang/);
  });

  it('press headline from the trip in title case (no learning topic pasted in); contact is the liaison through the office, never a personal phone', () => {
    const data = seedDocData();
    const d = draftTexts(data);
    expect(d.pressHeadline).toBe('Pemkab Buleleng Pelajari Komunikasi Publik di Kota Malang');
    expect(d.pressContact).toBe(
      'Narahubung: Ni Made Dwi Pratiwi, Kepala Bidang Informasi dan Komunikasi Publik Dinas Komunikasi, Informatika, Persandian dan Statistik, telepon (0362) 21985',
    );
    for (const m of data.detail.members) expect(d.pressContact).not.toContain(m.person.phone);
    data.detail.trip.title = 'Kunjungan ke Kota Malang';
    data.detail.trip.scope = '';
    expect(draftTexts(data).pressHeadline).toBe('Pemkab Buleleng Studi Komparasi ke Kota Malang');
  });

  it('a trip without hosts or dates still gives whole sentences', () => {
    const data = seedDocData({ bare: true });
    data.hostRegionNames = [];
    data.detail.hosts = [];
    const d = draftTexts(data);
    expect(d.sptTasks.split('\n')[0]).toBe('Melaksanakan studi komparasi pada tanggal 24 s.d. 25 April 2025;');
    // No region is known: the Kepala Daerah by his office.
    expect(d.sptTasks).toContain('kepada Kepala Daerah;');
    expect(d.pressContact).toBe('');
    expect(d.pressHeadline).not.toMatch(/undefined| {2}/);
  });

  it('drafts a latar belakang from the kop, the scope, the destination and the dates', () => {
    const data = seedDocData();
    expect(draftBackground(data)).toBe(
      'Pemerintah Kabupaten Buleleng melalui Dinas Komunikasi, Informatika, Persandian dan Statistik terus berupaya meningkatkan kualitas penyelenggaraan pemerintahan dan pelayanan kepada masyarakat. Untuk itu perlu dipelajari praktik baik daerah lain di bidang komunikasi publik, keterbukaan informasi, dan SPBE. Atas dasar itu dilaksanakan studi komparasi ke Kota Malang pada tanggal 24 s.d. 25 April 2025, agar hasilnya dapat menjadi bahan pertimbangan dalam penyusunan kebijakan dan program di daerah sendiri.',
    );
    // Without a scope it names the learnings' topics; without a kop it still reads as a sentence.
    data.detail.trip.scope = '';
    data.office.govLine = '';
    data.office.officeName = '';
    const text = draftBackground(data);
    expect(text).toMatch(/^Pemerintah daerah terus berupaya/);
    expect(text).toContain('antara lain Ngalam Command Center sebagai pusat layanan informasi publik dan Penyederhanaan aplikasi layanan publik melalui SPBE');
  });
});
