import type { FixPlace, NumberedKind } from '../../../shared/documents/schemas';
import { QUOTES_ADD_ID, QUOTES_ANCHOR } from '../quotes';
import { BUDGET_ANCHOR, BUDGET_FIELD_IDS } from '../money';

/** The wrapper ids of the trip page's sections, where a readiness gap is fixed. */
export const TRIP_ANCHORS: Record<Exclude<FixPlace, 'profile'>, string> = {
  trip: 'trip-details',
  delegation: 'trip-delegation',
  hosts: 'trip-hosts',
  agenda: 'trip-agenda',
  learnings: 'trip-learnings',
  media: 'trip-media',
  documents: 'trip-documents',
  /** The trip's budget section (renderer/src/money, 'trip-budget'): levels, rates, the PPK, the DPA line. */
  money: BUDGET_ANCHOR,
};

/** The numbers panel and its rows, inside the documents section. */
export const NUMBERS_ANCHOR = 'trip-documents-numbers';
/** Who issues and signs each document. */
export const SIGNING_ANCHOR = 'trip-documents-signing';
export const numberRowId = (kind: NumberedKind) => `doc-number-${kind}`;
export const numberIssueId = (kind: NumberedKind) => `doc-number-${kind}-issue`;

const NUMBER_GAPS: Record<string, NumberedKind> = {
  noSptNumber: 'spt',
  noNonAsnNumber: 'spt_non_asn',
  noLetterNumber: 'letter',
  noReportNumber: 'report',
  // The SPPD is dated by its number (else by the SPT's signing date).
  noSppdNumber: 'sppd',
  noSppdDate: 'sppd',
};
/** Gaps fixed in the signing panel: who signs, and the date a document without a number is signed. */
const SIGNING_GAPS = new Set(['noSignerName', 'noSignDate', 'signerOutranked', 'acknowledgeSubordinate', 'anWithoutHead', 'noApprover']);
/** Money gaps fixed with one control of the budget section's settings. */
const MONEY_FIELDS: Record<string, string> = {
  noPpk: BUDGET_FIELD_IDS.ppk,
  noBudgetLine: BUDGET_FIELD_IDS.budgetLine,
  aboveBudget: BUDGET_FIELD_IDS.budgetLine,
  sampleRates: BUDGET_FIELD_IDS.rateSet,
  noRates: BUDGET_FIELD_IDS.rateSet,
};
/** Gaps about numbers already issued: the numbers panel. */
const ISSUED_GAPS = new Set(['numberClash', 'numberDateOutside']);

/** Where a gap on this page is fixed: the section, and the control to focus in it if any. */
export function fixTarget(code: string, fix: Exclude<FixPlace, 'profile'>): { anchor: string; focus?: string } {
  const kind = NUMBER_GAPS[code];
  if (fix === 'documents' && kind) return { anchor: numberRowId(kind), focus: numberIssueId(kind) };
  if (fix === 'documents' && SIGNING_GAPS.has(code)) return { anchor: SIGNING_ANCHOR };
  if (fix === 'documents' && ISSUED_GAPS.has(code)) return { anchor: NUMBERS_ANCHOR };
  if (fix === 'documents' && code === 'noQuotes') return { anchor: QUOTES_ANCHOR, focus: QUOTES_ADD_ID };
  if (fix === 'money' && MONEY_FIELDS[code]) return { anchor: TRIP_ANCHORS.money, focus: MONEY_FIELDS[code] };
  return { anchor: TRIP_ANCHORS[fix] };
}

const reducedMotion = () => typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * Scrolls to a section of the trip page and moves focus there: to `focusId`
 * when that control exists, else to the section's heading (made focusable
 * for the purpose), so keyboard and screen reader users land where they fix
 * the gap. The section is briefly highlighted. False when it is not on the page.
 */
export function jumpTo(anchorId: string, focusId?: string): boolean {
  const section = document.getElementById(anchorId);
  if (!section) return false;
  const control = focusId ? document.getElementById(focusId) : null;
  let target: HTMLElement | null = control;
  if (!target) {
    target = section.querySelector<HTMLElement>('h2, h3') ?? section;
    if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
  }
  // jsdom has no scrollIntoView.
  if (typeof section.scrollIntoView === 'function') section.scrollIntoView({ block: 'start', behavior: reducedMotion() ? 'auto' : 'smooth' });
  target.focus({ preventScroll: true });
  section.classList.remove('jump-flash');
  // Restart the highlight's animation.
  void section.offsetWidth;
  section.classList.add('jump-flash');
  window.setTimeout(() => section.classList.remove('jump-flash'), 1600);
  return true;
}
