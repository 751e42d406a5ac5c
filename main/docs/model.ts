import type { AgendaItem } from '../../shared/domain/agenda';
import type { TripDetail } from '../../shared/domain/delegation';
import type { IssuedNumber, NumberedKind, Profile, ReportText } from '../../shared/domain/documents';
import type { Learning } from '../../shared/domain/learnings';
import type { Coverage, Photo } from '../../shared/domain/media';

/** A photo with its JPEG bytes (already shrunk on import: at most 1600 px). */
export interface DocPhoto extends Omit<Photo, 'thumbUrl'> {
  bytes: Uint8Array;
}

/**
 * Everything a document needs about one trip, read in one go so that building
 * a document is a pure function of this value (and tests can build it by hand).
 */
export interface DocData {
  profile: Omit<Profile, 'emblem'> & {
    emblem: { bytes: Uint8Array; type: 'png' | 'jpg'; width: number; height: number } | null;
  };
  detail: TripDetail;
  /** Live items in time order. */
  agenda: AgendaItem[];
  /** In the user's order, each with its follow-ups. */
  learnings: Learning[];
  coverage: Coverage[];
  photos: DocPhoto[];
  /** The user's texts; '' fields fall back to drafts. */
  text: ReportText;
  numbers: Partial<Record<NumberedKind, IssuedNumber>>;
  /** Names of the host regions, e.g. ["Kota Malang"]. */
  hostRegionNames: string[];
  /** The user's calendar date when the document is built (YYYY-MM-DD). */
  today: string;
}
