import type { TripDetail } from '../../../../shared/domain/delegation';

/** The trip page's agenda section (filled by the agenda work). */
export function AgendaSection(_props: { detail: TripDetail }) {
  return null;
}
