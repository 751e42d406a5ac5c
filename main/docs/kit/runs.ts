/** Text runs and links made so that the XML fast paths can write them themselves (their options are kept). */
import { AlignmentType, ExternalHyperlink, Paragraph, Tab, TabStopType, TextRun, type IRunOptions, type ParagraphChild } from 'docx';
import { clean } from '../format';

/** What run() was given, so gridTable() can write such runs as XML itself. */
export const runOptions = new WeakMap<TextRun, IRunOptions & { text: string }>();

/**
 * A run kept as its options: the XML fast paths write it from them, and docx's
 * own run is made only when docx writes it (most runs end up in tables written
 * as XML: for the SPPD set of 500 that is some 150,000 docx objects never made).
 */
class KeptRun extends TextRun {
  constructor(private readonly options: IRunOptions & { text: string }) {
    super({});
    runOptions.set(this, options);
  }
  override prepForXml(context: Parameters<TextRun['prepForXml']>[0]): ReturnType<TextRun['prepForXml']> {
    return new TextRun(this.options).prepForXml(context);
  }
}

/** A text run; gap markers and runs made here can go into gridTable()'s fast path (see runXml). */
export function run(text: string, opts: IRunOptions = {}): TextRun {
  return new KeptRun({ ...opts, text });
}

/** A web address or e-mail as a real hyperlink (blue, underlined, clickable); other text stays a run. */
export function link(target: string, opts: IRunOptions & { text?: string } = {}): ParagraphChild {
  const t = clean(target);
  const { text, ...runOpts } = opts;
  const href = /^https?:\/\//i.test(t)
    ? t
    : /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(t)
      ? `mailto:${t}`
      : /^(www\.)?[a-z0-9-]+(\.[a-z0-9-]+)+(\/\S*)?$/i.test(t)
        ? `https://${t}`
        : null;
  if (!href) return run(text ?? t, runOpts);
  const h = new ExternalHyperlink({ link: href, children: [new TextRun({ ...runOpts, text: text ?? t, style: 'Hyperlink' })] });
  linkOptions.set(h, { href, run: { ...runOpts, text: text ?? t } });
  return h;
}

/** What link() was given, so gridTable() can write such links as XML itself (see linkXml). */
export const linkOptions = new WeakMap<ExternalHyperlink, { href: string; run: IRunOptions & { text: string } }>();

/** Runs made by tabRun(): one tab character, which the XML fast paths write as <w:tab/>. */
export const tabRuns = new WeakSet<TextRun>();

/** A tab character as a run of its own (as docx writes new TextRun({ children: [new Tab()] })). */
export function tabRun(): TextRun {
  const r = new TextRun({ children: [new Tab()] });
  tabRuns.add(r);
  return r;
}

/** A paragraph of a table cell as data: what cellParagraph() was given, so gridTable() can write it as XML itself. */
export interface CellParagraphSpec {
  /** Paragraph style id (STYLE.table for cells). */
  style?: string;
  alignment?: 'left' | 'center' | 'right';
  /** Twips. */
  indent?: { left?: number; hanging?: number };
  /** Twips. */
  spacing?: { before?: number; after?: number };
  /** Left tab stops, in twips. */
  tabStops?: number[];
  /** Runs made by run() / ctx.gap() / tabRun(), or links made by link(); anything else sends the table the docx way. */
  children: ParagraphChild[];
}

/** What cellParagraph() was given (see paragraphXml). */
export const paragraphOptions = new WeakMap<Paragraph, CellParagraphSpec>();

const ALIGNMENT = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;

/** A paragraph kept as its spec: docx's own paragraph is made only when docx writes it (see KeptRun). */
class KeptParagraph extends Paragraph {
  constructor(private readonly spec: CellParagraphSpec) {
    super({});
    paragraphOptions.set(this, spec);
  }
  override prepForXml(context: Parameters<Paragraph['prepForXml']>[0]): ReturnType<Paragraph['prepForXml']> {
    const spec = this.spec;
    return new Paragraph({
      ...(spec.style !== undefined && { style: spec.style }),
      ...(spec.alignment !== undefined && { alignment: ALIGNMENT[spec.alignment] }),
      ...(spec.tabStops?.length && { tabStops: spec.tabStops.map((position) => ({ type: TabStopType.LEFT, position })) }),
      ...(spec.spacing && { spacing: spec.spacing }),
      ...(spec.indent && { indent: spec.indent }),
      children: spec.children,
    }).prepForXml(context);
  }
}

/** A paragraph for a multi-paragraph cell: a docx Paragraph, its options kept for the XML fast path. */
export function cellParagraph(spec: CellParagraphSpec): Paragraph {
  return new KeptParagraph(spec);
}
