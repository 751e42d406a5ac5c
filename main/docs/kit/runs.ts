/** Text runs and links made so that the XML fast paths can write them themselves (their options are kept). */
import { ExternalHyperlink, TextRun, type IRunOptions, type ParagraphChild } from 'docx';
import { clean } from '../format';

/** What run() was given, so gridTable() can write such runs as XML itself. */
export const runOptions = new WeakMap<TextRun, IRunOptions & { text: string }>();

/** A text run; gap markers and runs made here can go into gridTable()'s fast path (see runXml). */
export function run(text: string, opts: IRunOptions = {}): TextRun {
  const o = { ...opts, text };
  const r = new TextRun(o);
  runOptions.set(r, o);
  return r;
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
