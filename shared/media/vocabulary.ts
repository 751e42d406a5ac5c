/* Press coverage. Codes are stored in the database: never rename one without a migration. */
import { defineVocabulary } from '../codes';

/** The tone of a clipping towards the visit. */
export const [TONES, TONE_LABELS] = defineVocabulary(['positive', 'neutral', 'negative'], { positive: 'Positif', neutral: 'Netral', negative: 'Negatif' });
export type Tone = (typeof TONES)[number];
export const DEFAULT_TONE = 'neutral' satisfies Tone;
