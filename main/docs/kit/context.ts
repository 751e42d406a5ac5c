/** One document being built: its data, page geometry, gap markers and the parts pack() fills in. */
import type { Document, TextRun } from 'docx';
import { type IRunOptions } from 'docx';
import { PAPER_MM } from '../../../shared/documents/schemas';
import type { Profile } from '../../../shared/documents/schemas';
import type { DocData, DocIssuer } from '../model';
import type { GapCode } from '../readiness';
import type { MoneyGapCode } from '../spj/gaps';
import { isBlank } from '../format';
import { run } from './runs';

/** One document being built: the data, the page geometry, and the gaps marked so far. */
export class DocContext {
  /** Gap markers written so far. */
  gaps = 0;
  /** The readiness gaps those markers stand for (readiness.ts lists the same for this document). */
  readonly gapCodes = new Set<GapCode | MoneyGapCode>();
  readonly landscape: boolean;
  /** Pictures added with imageRun() and tables written by gridTable(): placeholder → what pack() puts in. */
  readonly deferred: Deferred = { media: new Map(), xml: new Map(), links: new Map(), images: new Map() };
  /**
   * Build with docx's own objects only (real image bytes, docx tables), as a
   * plain docx generator would: the bench's baseline. Such a document packs
   * with Packer.toBuffer too.
   */
  readonly plain: boolean;
  /** Who issues this document: its kop and page style (the Perangkat Daerah for documents nobody signs). */
  readonly issuer: DocIssuer;
  /** Word numbering instances handed out so far (each list restarts at 1). */
  private lists = 0;
  constructor(
    readonly data: DocData,
    opts: { landscape?: boolean; plain?: boolean; issuer?: DocIssuer } = {},
  ) {
    this.landscape = opts.landscape ?? false;
    this.plain = opts.plain ?? false;
    this.issuer = opts.issuer ?? data.issuers.agency;
  }

  /** The page style: the issuer's own paper, font and margins, else the house style. */
  get profile(): Profile {
    return this.issuer.style;
  }

  /** Width between the margins, in mm. */
  get textWidthMm(): number {
    const paper = PAPER_MM[this.profile.paper];
    const width = this.landscape ? paper.height : paper.width;
    return width - this.profile.marginLeft - this.profile.marginRight;
  }

  /**
   * A clearly visible marker where data is missing: never a silent blank.
   * `code` is the readiness gap it stands for (readiness.ts must list it for
   * this document under the same condition), `what` the words in the marker.
   */
  gap(code: GapCode | MoneyGapCode, what: string): TextRun {
    this.gaps += 1;
    this.gapCodes.add(code);
    return run(`[${what} belum diisi]`, { bold: true, color: 'C00000', highlight: 'yellow' });
  }

  /** A new instance of a Word list (numbering.xml): its items count from 1 again. */
  nextList(): number {
    this.lists += 1;
    return this.lists + 1;
  }

  /**
   * A value that is there but wrong (an invalid NIP): printed as typed, followed
   * by a marker in the gap style, and listed by readiness under `code`.
   */
  invalid(code: GapCode | MoneyGapCode, value: string, what: string, opts: IRunOptions = {}): TextRun {
    this.gaps += 1;
    this.gapCodes.add(code);
    return run(`${value} [${what}]`, { ...opts, bold: true, color: 'C00000', highlight: 'yellow' });
  }

  /** The text, or a gap marker naming what is missing (blank: nothing visible, see isBlank). */
  orGap(value: string | null | undefined, code: GapCode | MoneyGapCode, what: string, opts: IRunOptions = {}): TextRun {
    return isBlank(value) ? this.gap(code, what) : run((value ?? '').trim(), opts);
  }
}

// ——— gridTable's fast path ———
//
// docx turns every cell into a tree of objects (width, four borders, four
// margins, paragraph and run properties) and then into XML; for a report with
// 500 members, 200 agenda items and 300 learnings that is seconds of CPU and
// hundreds of MB of garbage. The same XML written as a string takes
// milliseconds. gridTable() writes it so when every cell is text or runs made
// by run() / ctx.gap() / ctx.orGap(); anything else goes the docx way.
export type Deferred = {
  media: Map<string, Uint8Array>;
  xml: Map<string, string>;
  links: Map<string, string>;
  /** Images written as XML here (photoTable): relationship id → the part's path under word/ and its bytes. */
  images: Map<string, { path: string; bytes: Uint8Array }>;
};

/** What pack() puts in place of placeholders, per document. */
export const deferredParts = new WeakMap<Document, Deferred>();
