import { describe, expect, it } from 'vitest';
import { v7 as uuidv7 } from 'uuid';
import {
  followupCreateSchema,
  followupSetStatusSchema,
  isOverdue,
  learningCreateSchema,
  learningUpdateSchema,
  trackerSchema,
} from '../../shared/learnings/schemas';

describe('isOverdue', () => {
  it('is late only before today and while open', () => {
    expect(isOverdue({ targetDate: '2025-06-30', status: 'planned' }, '2025-07-01')).toBe(true);
    expect(isOverdue({ targetDate: '2025-06-30', status: 'in_progress' }, '2025-07-01')).toBe(true);
    expect(isOverdue({ targetDate: '2025-07-01', status: 'in_progress' }, '2025-07-01')).toBe(false);
    expect(isOverdue({ targetDate: '2025-06-30', status: 'done' }, '2025-07-01')).toBe(false);
    expect(isOverdue({ targetDate: '2025-06-30', status: 'cancelled' }, '2025-07-01')).toBe(false);
    expect(isOverdue({ targetDate: '', status: 'planned' }, '2025-07-01')).toBe(false);
    // Across a year boundary, as calendar strings.
    expect(isOverdue({ targetDate: '2024-12-31', status: 'planned' }, '2025-01-01')).toBe(true);
  });
});

describe('learning schemas', () => {
  const tripId = uuidv7();
  it('fills defaults and trims', () => {
    const l = learningCreateSchema.parse({ tripId, topic: '  Command Center ', figures: [{ label: ' Sejak ', value: '2016' }] });
    expect(l).toMatchObject({ topic: 'Command Center', priority: 'medium', dimensions: [], spbeDomains: [], agendaItemIds: [], figures: [{ label: 'Sejak', value: '2016' }] });
  });
  it('refuses unknown dimensions, SPBE domains, priorities and extra keys', () => {
    expect(learningCreateSchema.safeParse({ tripId, topic: 'x', dimensions: ['smart'] }).success).toBe(false);
    expect(learningCreateSchema.safeParse({ tripId, topic: 'x', spbeDomains: ['apa'] }).success).toBe(false);
    expect(learningCreateSchema.safeParse({ tripId, topic: 'x', priority: 'urgent' }).success).toBe(false);
    expect(learningCreateSchema.safeParse({ tripId, topic: 'x', extra: 1 }).success).toBe(false);
  });
  it('a patch leaves absent fields alone and must not be empty', () => {
    const p = learningUpdateSchema.parse({ id: tripId, patch: { recommendation: 'Bentuk tim' } });
    expect(p.patch).toEqual({ recommendation: 'Bentuk tim' });
    expect(learningUpdateSchema.safeParse({ id: tripId, patch: {} }).success).toBe(false);
  });
  it('follow-up dates are real calendar dates or empty; statuses are the four', () => {
    expect(followupCreateSchema.parse({ learningId: tripId, action: 'Kaji' })).toMatchObject({ targetDate: '', status: 'planned' });
    expect(followupCreateSchema.safeParse({ learningId: tripId, action: 'Kaji', targetDate: '2025-02-29' }).success).toBe(false);
    expect(followupCreateSchema.safeParse({ learningId: tripId, action: 'Kaji', targetDate: '2024-02-29' }).success).toBe(true);
    expect(followupSetStatusSchema.safeParse({ id: tripId, status: 'tertunda' }).success).toBe(false);
    expect(trackerSchema.safeParse({}).success).toBe(false);
    expect(trackerSchema.parse({ today: '2025-07-01' }).limit).toBe(500);
  });
});
