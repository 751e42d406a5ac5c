import { describe, expect, it } from 'vitest';
import { contract, isOperationName, OPERATION_NAMES } from '../../shared/contract';
import { tripCreateSchema, tripUpdateSchema } from '../../shared/trips/schemas';

describe('contract', () => {
  it('names every operation once and recognises only those', () => {
    expect(new Set(OPERATION_NAMES).size).toBe(OPERATION_NAMES.length);
    expect(isOperationName('trips.create')).toBe(true);
    expect(isOperationName('constructor')).toBe(false);
    expect(isOperationName('__proto__')).toBe(false);
    expect(isOperationName(42)).toBe(false);
    expect(Object.keys(contract)).toEqual(OPERATION_NAMES);
  });

  it('trims titles and rejects blank, too long and unknown fields', () => {
    const okTrip = tripCreateSchema.parse({ title: '  Studi Komparasi  ', startDate: '2025-04-24', endDate: '2025-04-25' });
    expect(okTrip.title).toBe('Studi Komparasi');
    const blank = tripCreateSchema.safeParse({ title: '   ', startDate: '2025-04-24', endDate: '2025-04-24' });
    expect(blank.success).toBe(false);
    expect(blank.error?.issues[0]?.message).toBe('validation.required');
    expect(blank.error?.issues[0]?.path).toEqual(['title']);
    const long = tripCreateSchema.safeParse({ title: 'x'.repeat(301), startDate: '2025-04-24', endDate: '2025-04-24' });
    expect(long.error?.issues[0]?.message).toBe('validation.tooLong');
    const extra = tripCreateSchema.safeParse({ title: 'a', startDate: '2025-04-24', endDate: '2025-04-24', admin: true });
    expect(extra.success).toBe(false);
  });

  it('rejects impossible dates and an end before the start, on the end date', () => {
    const feb30 = tripCreateSchema.safeParse({ title: 'a', startDate: '2025-02-30', endDate: '2025-03-01' });
    expect(feb30.error?.issues[0]?.message).toBe('validation.invalidDate');
    const order = tripCreateSchema.safeParse({ title: 'a', startDate: '2025-04-25', endDate: '2025-04-24' });
    expect(order.error?.issues[0]?.message).toBe('validation.endBeforeStart');
    expect(order.error?.issues[0]?.path).toEqual(['endDate']);
  });

  it('requires a non-empty patch and a UUID id for updates', () => {
    expect(tripUpdateSchema.safeParse({ id: 'x', patch: { title: 'a' } }).success).toBe(false);
    expect(tripUpdateSchema.safeParse({ id: '0190b0a0-0000-7000-8000-000000000000', patch: {} }).success).toBe(false);
    expect(tripUpdateSchema.safeParse({ id: '0190b0a0-0000-7000-8000-000000000000', patch: { title: 'b' } }).success).toBe(true);
  });
});
