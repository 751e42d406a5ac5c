import type { AgendaItem } from '../../shared/agenda/schemas';
import type { TripDetail } from '../../shared/delegation/schemas';
import type { IssuedNumber, NumberedKind, Profile, ReportText } from '../../shared/documents/schemas';
import type { Receipt } from '../../shared/money/receipts';
import type { IssuerLevel, IssuerOffice, KopLines, SignedKind, SignerLike, SignForm, SigningWarning } from '../../shared/documents/issuers';
import type { Learning } from '../../shared/learnings/schemas';
import type { Coverage, Photo } from '../../shared/media/schemas';
import type { Quote } from '../../shared/quotes/schemas';
import type { TripCostSheet } from '../../shared/money/readiness';

/** A photo with its JPEG bytes (already shrunk on import: at most 1600 px). */
export interface DocPhoto extends Omit<Photo, 'thumbUrl'> {
  bytes: Uint8Array;
}

export interface DocImage {
  bytes: Uint8Array;
  type: 'png' | 'jpg';
  width: number;
  height: number;
}

/** An issuer as documents print it: its kop lines, image and page style (its own, else the house style). */
export interface DocIssuer {
  level: IssuerLevel;
  kop: KopLines;
  emblem: DocImage | null;
  style: Profile;
  /** Tembusan of its letters, one recipient per line ('' none): the issuer's as it is now. */
  tembusan: string;
}

/** The issuing office's own lines, as the document prints them. */
export type DocOffice = IssuerOffice;

/** Who issues and signs one document, as it prints: from its number's record once issued, else as chosen now. */
export interface DocSigning {
  issuer: DocIssuer;
  /** The signer; for the report the delegation lead (null when there is none). */
  signer: SignerLike | null;
  form: SignForm;
  /** "a.n. BUPATI BULELENG" (and "Sekretaris Daerah," / "u.b.") above the signer's jabatan. */
  above: string[];
  /** Report: "Mengetahui" by this signer; null for nobody. */
  acknowledge: SignerLike | null;
  /** The date it is signed: its number's date of issue, or the date set on the document; '' when neither. */
  date: string;
  /** Letter: "u.p." line. */
  attention: string;
  warnings: SigningWarning[];
}

/**
 * Everything a document needs about one trip, read in one go so that building
 * a document is a pure function of this value (and tests can build it by hand).
 */
export interface DocData {
  /** The house style: paper, font and margins an issuer inherits. */
  profile: Profile;
  /** The origin institution's issuers; documents without a signer of their own (rundown, lists, press) use the Perangkat Daerah. */
  issuers: Record<IssuerLevel, DocIssuer>;
  signing: Record<SignedKind, DocSigning>;
  /** The Perangkat Daerah that plans the trip, as its kop prints it (lines made from the region where left empty): drafts and contacts use it. */
  office: DocOffice;
  detail: TripDetail;
  /** Live items in time order. */
  agenda: AgendaItem[];
  /** In the user's order, each with its follow-ups. */
  learnings: Learning[];
  coverage: Coverage[];
  /** Kutipan: the only words a press release puts in someone's mouth. */
  quotes: Quote[];
  photos: DocPhoto[];
  /** The user's texts; '' fields fall back to drafts. */
  text: ReportText;
  numbers: Partial<Record<NumberedKind, IssuedNumber>>;
  /** Names of the host regions, e.g. ["Kota Malang"]. */
  hostRegionNames: string[];
  /** The user's calendar date when the document is built (YYYY-MM-DD); documents are never dated with it. */
  today: string;
  /**
   * The trip's money (issue 15): its cost sheet as `costSheet.get` answers it
   * (members' levels and lines, the PPK, the DPA line, problems). Only the
   * money documents read it; absent in data made for the letters alone.
   */
  money?: DocMoney;
  /** The receipts (bukti) attached to the travellers' cost lines, which the rincian biaya names; absent in data made for the letters alone. */
  receipts?: Receipt[];
}

/** The money documents' data: the trip's cost sheet, what it was computed from, the PPK and what is not ready. */
export type DocMoney = TripCostSheet;
