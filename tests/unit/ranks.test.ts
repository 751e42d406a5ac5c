import { describe, expect, it } from 'vitest';
import { formatPangkat, GOLONGAN, pangkatName, parseGolongan, RANKS, rankIndex, suggestTravelLevel } from '../../shared/directory/ranks';

describe('pangkat/golongan', () => {
  it('lists the 17 ranks from I/a Juru Muda to IV/e Pembina Utama, in order', () => {
    expect(RANKS).toHaveLength(17);
    expect(GOLONGAN[0]).toBe('I/a');
    expect(GOLONGAN[16]).toBe('IV/e');
    expect(GOLONGAN.slice(8, 12)).toEqual(['III/a', 'III/b', 'III/c', 'III/d']);
    expect(pangkatName('III/a')).toBe('Penata Muda');
    expect(pangkatName('IV/d')).toBe('Pembina Utama Madya');
  });

  it('orders by rankIndex, higher outranking lower, unknown last', () => {
    expect(rankIndex('I/a')).toBe(0);
    expect(rankIndex('IV/e')).toBe(16);
    expect(rankIndex('iv/b')).toBe(13);
    expect(rankIndex('IV/b')).toBeGreaterThan(rankIndex('IV/a'));
    expect(rankIndex('IV/a')).toBeGreaterThan(rankIndex('III/d'));
    expect(rankIndex('II/e')).toBe(-1);
    expect(rankIndex('')).toBe(-1);
    const shuffled = ['III/a', 'IV/b', 'II/c', 'IV/e', 'I/a'];
    expect([...shuffled].sort((a, b) => rankIndex(b) - rankIndex(a))).toEqual(['IV/e', 'IV/b', 'III/a', 'II/c', 'I/a']);
  });

  it.each([
    ['IV/b', 'IV/b'],
    ['iv-b', 'IV/b'],
    ['IV b', 'IV/b'],
    ['IV.b', 'IV/b'],
    ['Pembina Tingkat I', 'IV/b'],
    ['pembina tingkat i', 'IV/b'],
    ['Pembina Tk. I', 'IV/b'],
    ['Pembina Tk.I', 'IV/b'],
    ['Pembina Tingkat I (IV/b)', 'IV/b'],
    ['Penata Muda, III/a', 'III/a'],
    ['Juru Tk. I', 'I/d'],
    ['Pembina Utama Muda', 'IV/c'],
  ])('reads %j as %s', (input, expected) => {
    expect(parseGolongan(input)).toBe(expected);
  });

  it.each(['', '   ', 'II/e', 'V/a', 'Kepala Dinas', 'Pembina Tingkat II'])('refuses %j', (input) => {
    expect(parseGolongan(input)).toBeNull();
  });

  it('writes the pangkat as documents do', () => {
    expect(formatPangkat('III/a')).toBe('Penata Muda (III/a)');
    expect(formatPangkat('iv/b')).toBe('Pembina Tingkat I (IV/b)');
    expect(formatPangkat('')).toBe('');
    expect(formatPangkat('X/y')).toBe('X/y');
  });

  it('suggests the travel cost level: elected A, eselon before golongan', () => {
    expect(suggestTravelLevel({ elected: true, golongan: 'III/a' })).toBe('A');
    expect(suggestTravelLevel({ eselon: 'I' })).toBe('B');
    expect(suggestTravelLevel({ eselon: 'II', golongan: 'IV/c' })).toBe('C');
    expect(suggestTravelLevel({ eselon: 'III', golongan: 'III/d' })).toBe('D');
    expect(suggestTravelLevel({ eselon: 'IV', golongan: 'IV/a' })).toBe('E');
    expect(suggestTravelLevel({ golongan: 'IV/a' })).toBe('D');
    expect(suggestTravelLevel({ golongan: 'III/d' })).toBe('E');
    expect(suggestTravelLevel({ golongan: 'III/a' })).toBe('E');
    expect(suggestTravelLevel({ golongan: 'II/d' })).toBe('F');
    expect(suggestTravelLevel({ golongan: 'I/a' })).toBe('F');
    expect(suggestTravelLevel({})).toBeNull();
    expect(suggestTravelLevel({ eselon: '', golongan: '' })).toBeNull();
  });
});
