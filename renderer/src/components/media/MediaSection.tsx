import type { TripDetail } from '../../../../shared/domain/delegation';

/** The trip page's media section (filled by the media work). */
export function MediaSection(_props: { detail: TripDetail }) {
  return null;
}
