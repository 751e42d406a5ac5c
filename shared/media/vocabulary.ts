/* Press coverage. Codes are stored in the database: never rename one without a migration. */

/** The tone of a clipping towards the visit. */
export const TONES = ['positif', 'netral', 'negatif'] as const;
export type Tone = (typeof TONES)[number];
export const TONE_LABELS = {
  positif: 'Positif',
  netral: 'Netral',
  negatif: 'Negatif',
} as const satisfies Record<Tone, string>;
export const DEFAULT_TONE = 'netral' satisfies Tone;
