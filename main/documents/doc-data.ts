import { ISSUER_LEVELS, SIGNED_KINDS, type IssuerLevel, type SignedKind } from '../../shared/documents/issuers';
import type { IssuedNumber, NumberedKind, Profile } from '../../shared/documents/schemas';
import type { TripDetail } from '../../shared/delegation/schemas';
import type { DocChoice, IssuedAs } from '../../shared/documents/issuers';
import { regionByCode } from '../../shared/regions';
import type { Store } from '../db/store';
import { listAgenda } from '../agenda';
import { tripDetail } from '../delegation';
import { loadIssuers, readEmblem, type EmblemImage, type LoadedIssuer } from './issuers';
import { listLearnings } from '../learnings';
import { listCoverage, listPhotoImages } from '../media';
import { issuedAs, issuedNumbers } from './numbers';
import { getProfile } from './profile';
import { readQuotes } from '../quotes';
import { readReportText } from './report-text';
import { readChoices, resolveTripSigning } from './signing';
import { liveTripRow } from '../trips';
import { costSheet, readReceipts } from '../money';
import type { DocData, DocImage, DocIssuer, DocPhoto, DocSigning } from '../docs/model';

const image = (e: EmblemImage | null): DocImage | null => (e ? { bytes: e.bytes, type: e.type, width: e.width, height: e.height } : null);

/** The issuer's page style: its own paper, font and margins where set, else the house style. */
function styleOf(l: LoadedIssuer, house: Profile): Profile {
  const i = l.issuer;
  return {
    paper: i.paper ?? house.paper,
    font: i.font ?? house.font,
    marginTop: i.marginTop ?? house.marginTop,
    marginRight: i.marginRight ?? house.marginRight,
    marginBottom: i.marginBottom ?? house.marginBottom,
    marginLeft: i.marginLeft ?? house.marginLeft,
    pageNumbers: house.pageNumbers,
    letterDate: house.letterDate,
    updatedAt: house.updatedAt,
  };
}

/**
 * Who issues and signs each document, from data already read: the issuers
 * with their images and page styles, each signed document as its number
 * recorded it (issued_as) or as resolved now, and the planning office's
 * lines. Pure, so test fixtures assemble DocData the way gather does.
 */
export function assembleSigning(input: {
  detail: TripDetail;
  loaded: readonly LoadedIssuer[];
  house: Profile;
  choices: Record<SignedKind, DocChoice>;
  numbers: Partial<Record<NumberedKind, IssuedNumber>>;
  printed: Partial<Record<NumberedKind, IssuedAs>>;
  imageOf: (sha256: string) => DocImage | null;
}): Pick<DocData, 'issuers' | 'signing' | 'office'> {
  const { detail, loaded, house, choices, numbers, printed } = input;
  const issuers = {} as Record<IssuerLevel, DocIssuer>;
  for (const l of loaded) {
    issuers[l.issuer.level] = { level: l.issuer.level, kop: l.issuer.kop, emblem: image(l.image), style: styleOf(l, house), tembusan: l.issuer.tembusan };
  }
  for (const level of ISSUER_LEVELS) if (!issuers[level]) throw new Error(`issuer ${level} missing`);
  const resolved = resolveTripSigning(detail, loaded, choices);
  const signing = {} as Record<SignedKind, DocSigning>;
  for (const kind of SIGNED_KINDS) {
    const r = resolved.docs[kind];
    const was = printed[kind];
    const common = { form: r.form, date: numbers[kind]?.issuedOn || choices[kind].signDate, attention: choices[kind].attention, warnings: r.warnings };
    signing[kind] = was
      ? {
          ...common,
          issuer: {
            level: was.level,
            kop: was.kop,
            emblem: was.emblemSha256 ? input.imageOf(was.emblemSha256) : null,
            style: (issuers[was.level] ?? issuers[r.level]).style,
            tembusan: (issuers[was.level] ?? issuers[r.level]).tembusan,
          },
          signer: kind === 'report' ? r.signer : was.signer,
          above: was.above,
          acknowledge: was.acknowledge,
        }
      : { ...common, issuer: issuers[r.level], signer: r.signer, above: r.above, acknowledge: r.acknowledge };
  }
  const pd = loaded.find((l) => l.issuer.level === 'agency')?.issuer;
  const origin = detail.originInstitution;
  return {
    issuers,
    signing,
    office: {
      govLine: issuers.agency.kop.govLine,
      officeName: issuers.agency.kop.officeName,
      address: pd?.address || origin?.address || '',
      phone: pd?.phone || origin?.phone || '',
      email: pd?.email || origin?.email || '',
      website: pd?.website || origin?.website || '',
      placeOfIssue: issuers.agency.kop.placeOfIssue,
    },
  };
}

/**
 * Everything the documents need about one trip, read in one transaction so
 * the parts agree with each other. `photoBytes: false` leaves the photos'
 * bytes empty (the readiness check only counts them). A numbered document
 * prints who issued and signed it as recorded with its number.
 */
export function gatherDocData(store: Store, tripId: string, today: string, opts: { photoBytes?: boolean } = {}): DocData {
  const withBytes = opts.photoBytes ?? true;
  return store.db
    .transaction((): DocData => {
      liveTripRow(store, tripId, 'tripId');
      const detail = tripDetail(store, tripId);
      const photos: DocPhoto[] = listPhotoImages(store, tripId, withBytes);
      const numbers = issuedNumbers(store, tripId);
      const parts = assembleSigning({
        detail,
        loaded: loadIssuers(store, detail.trip.originInstitutionId, { dataUrl: false }),
        house: getProfile(store),
        choices: readChoices(store, tripId),
        numbers,
        printed: issuedAs(store, tripId),
        imageOf: (sha) => image(readEmblem(store, sha)),
      });
      return {
        profile: getProfile(store),
        ...parts,
        detail,
        agenda: listAgenda(store, tripId),
        learnings: listLearnings(store, tripId),
        coverage: listCoverage(store, tripId),
        quotes: readQuotes(store, tripId),
        photos,
        text: readReportText(store, tripId),
        numbers,
        hostRegionNames: detail.trip.hostRegionCodes.map((c) => regionByCode(c)?.name ?? '').filter((n) => n !== ''),
        today,
        money: costSheet(store, tripId),
        receipts: readReceipts(store, tripId),
      };
    })
    .deferred();
}
