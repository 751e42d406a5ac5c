import type { TripDetail } from '../../../../shared/domain/delegation';

/** The trip page's learnings section (filled by the learnings work). */
export function LearningsSection(_props: { detail: TripDetail }) {
  return null;
}
