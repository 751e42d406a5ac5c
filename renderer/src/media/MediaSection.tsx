import './media.css';
import type { TripDetail } from '../../../shared/delegation/schemas';
import { CoverageSection } from './CoverageSection';
import { PhotosSection } from './PhotosSection';

/** The trip page's media: press coverage, then photos. */
export function MediaSection({ detail }: { detail: TripDetail }) {
  return (
    <>
      <CoverageSection detail={detail} />
      <PhotosSection detail={detail} />
    </>
  );
}
