/* Press coverage. Codes are stored in the database: never rename one without a migration. */

/** The tone of a clipping towards the visit. */
export const TONES = ['positive', 'neutral', 'negative'] as const;
export type Tone = (typeof TONES)[number];
export const TONE_LABELS = {
  positive: 'Positif',
  neutral: 'Netral',
  negative: 'Negatif',
} as const satisfies Record<Tone, string>;
export const DEFAULT_TONE = 'neutral' satisfies Tone;
