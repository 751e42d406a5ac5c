/**
 * Rencana Anggaran Biaya Perjalanan Dinas of the trip, for approval before
 * it (landscape): the trip and its DPA line (kode rekening, name, ceiling);
 * A. each traveller's planned cost by component with their level and days,
 * and the delegation's totals; B. the totals by component (and by heading
 * when non-ASN are paid under their own), the planned total against the
 * ceiling and what is left of it (a warning above it); the PPK signs.
 *
 * Money in the compact house style: "Rp480.000".
 */
import { Paragraph, TabStopType, TextRun, type ParagraphChild, type Table } from 'docx';
import { BUDGET_PLAN_LABELS, MONEY_DOC_TITLES } from '../../../shared/documents/money-docs';
import { warningText } from '../../../shared/money/explain';
import { COST_COMPONENTS, COST_COMPONENT_LABELS, COST_HEADINGS, COST_HEADING_LABELS, type CostComponent } from '../../../shared/money/vocabulary';
import { BODY_SIZE, DocContext, SMALL_SIZE, document, fieldTable, gridTable, mm, run, section, type Cell, type Column } from '../common';
import { signerBottom, signerTop } from '../kit/signatures';
import { dateRange, isBlank } from '../format';
import type { BuiltDocument } from '../index';
import type { DocData } from '../model';
import { tab } from '../parts';
import { halves } from './cost-detail';
import { gapLine, inWords, money, moneyOf, ppkSigner, title, travellers } from './common';
import type { SignerLines } from '../common';

const signerParas = (s: SignerLines): Paragraph[] => [...signerTop(s), ...signerBottom(s)];
import { destinationPlace, originPlace } from './sppd';

const B = { bold: true, size: SMALL_SIZE };

export function buildBudgetPlan(data: DocData): BuiltDocument {
  const ctx = new DocContext(data, { issuer: data.issuers.agency, landscape: true });
  const m = moneyOf(data);
  const { trip } = data.detail;
  const people = travellers(data);
  const sheet = m.sheet;
  // Only the components someone is planned to be paid: a column of zeros says nothing.
  const used: CostComponent[] = COST_COMPONENTS.filter((c) => people.some((t) => t.sheet.planned.byComponent[c] > 0));
  const shown = used.length > 0 ? used : (['daily_allowance'] as CostComponent[]);
  const columns: Column[] = [
    { header: 'No.', widthMm: 9, align: 'center' },
    { header: 'Nama', widthMm: 46 },
    { header: 'Tingkat', widthMm: 17, align: 'center' },
    { header: 'Hari', widthMm: 11, align: 'center' },
    ...shown.map((c): Column => ({ header: COST_COMPONENT_LABELS[c], widthMm: (ctx.textWidthMm - 9 - 46 - 17 - 11 - 32) / shown.length, align: 'right' })),
    { header: 'Jumlah', align: 'right' },
  ];
  const totals = new Map<CostComponent, number>(shown.map((c) => [c, 0]));
  let total = 0;
  const rows: Cell[][] = people.map((t, i): Cell[] => {
    const p = t.sheet.planned;
    for (const c of shown) totals.set(c, (totals.get(c) ?? 0) + p.byComponent[c]);
    total += p.total;
    return [
      `${i + 1}.`,
      [ctx.orGap(t.sheet.name, 'membersWithoutName', 'Nama', { size: SMALL_SIZE })],
      [p.level ? run(p.level.code, { size: SMALL_SIZE }) : ctx.gap('membersWithoutLevel', 'Tingkat')],
      String(p.days),
      ...shown.map((c) => money(p.byComponent[c])),
      money(p.total),
    ];
  });
  rows.push(['', [run('JUMLAH', B)], '', '', ...shown.map((c): Cell => [run(money(totals.get(c) ?? 0), B)]), [run(money(total), B)]]);

  const line = sheet.budget?.line ?? null;
  const place = destinationPlace(data);
  const when = isBlank(trip.startDate) || isBlank(trip.endDate) ? '' : `, ${dateRange(trip.startDate, trip.endDate)}`;
  const byComponent: Cell[][] = shown.map((c, i) => [`${i + 1}.`, COST_COMPONENT_LABELS[c], money(totals.get(c) ?? 0), total > 0 ? `${Math.round(((totals.get(c) ?? 0) * 1000) / total) / 10}%` : '-']);
  // Non-ASN under their own heading: each heading's total too.
  const headings = COST_HEADINGS.filter((h) => people.some((t) => t.sheet.heading === h));
  if (headings.length > 1) {
    for (const h of headings) {
      const sum = people.filter((t) => t.sheet.heading === h).reduce((s, t) => s + t.sheet.planned.total, 0);
      byComponent.push(['', [run(COST_HEADING_LABELS[h], { italics: true, size: SMALL_SIZE })], money(sum), '']);
    }
  }
  byComponent.push(['', [run('JUMLAH', B)], [run(money(total), B)], '']);
  const over = line !== null && total > line.ceiling;
  const head: Array<[string, Cell]> = [
    [BUDGET_PLAN_LABELS.budgetLine, [line ? run([line.code, line.name.trim()].filter(Boolean).join(' — '), { size: BODY_SIZE }) : ctx.gap('noBudgetLine', 'Kode rekening')]],
    [BUDGET_PLAN_LABELS.ceiling, line ? money(line.ceiling) : [ctx.gap('noBudgetLine', 'Pagu')]],
  ];
  const sum = (label: string, value: ParagraphChild[]) =>
    new Paragraph({
      tabStops: [
        { type: TabStopType.LEFT, position: mm(50) },
        { type: TabStopType.LEFT, position: mm(53) },
      ],
      indent: { left: mm(53), hanging: mm(53) },
      spacing: { after: 60 },
      children: [new TextRun(label), tab(), new TextRun(':'), tab(), ...value],
    });
  // The plan against the ceiling: above it, the cost rules' own warning.
  const planWarning = line && over ? warningText({ code: 'aboveBudget', budgetCode: line.code, amount: total, ceiling: line.ceiling }) : '';
  const summary: Paragraph[] = [
    sum(BUDGET_PLAN_LABELS.planned, [new TextRun({ text: money(total), bold: true })]),
    ...(line ? [sum(over ? BUDGET_PLAN_LABELS.over : BUDGET_PLAN_LABELS.remaining, [new TextRun(money(Math.abs(line.ceiling - total)))])] : []),
    sum('Terbilang', [new TextRun({ text: inWords(total), italics: true })]),
    ...(planWarning ? [new Paragraph({ spacing: { before: 60 }, children: [run(planWarning, { bold: true, color: 'C00000' })] })] : []),
  ];
  const body: Array<Paragraph | Table> = [
    title(MONEY_DOC_TITLES.budget_plan.toUpperCase(), { after: 0 }),
    title(`${trip.title.trim()}${place && !trip.title.includes(place) ? ` ke ${place}` : ''}${when}`, { after: 240, size: 22 }),
    fieldTable(ctx, head, { labelMm: 45 }),
    gapLine(120),
    new Paragraph({ spacing: { after: 80 }, keepNext: true, children: [new TextRun({ text: BUDGET_PLAN_LABELS.byMember, bold: true })] }),
    gridTable(ctx, columns, rows),
    gapLine(240),
    // Part B on the left, the plan against the ceiling and the PPK on the right: one block that does not split.
    halves(
      ctx,
      [
        new Paragraph({ spacing: { after: 80 }, children: [new TextRun({ text: BUDGET_PLAN_LABELS.byComponent, bold: true })] }),
        gridTable(
          ctx,
          [
            { header: 'No.', widthMm: 9, align: 'center' },
            { header: BUDGET_PLAN_LABELS.component, widthMm: 52 },
            { header: 'Jumlah', widthMm: 34, align: 'right' },
            { header: BUDGET_PLAN_LABELS.share, widthMm: 24, align: 'right' },
          ],
          byComponent,
          { widthMm: 119 },
        ),
        gapLine(0),
      ],
      [...summary, gapLine(240), ...signerParas(ppkSigner(ctx, [ctx.orGap(originPlace(data), 'noPlaceOfIssue', 'Tempat'), new TextRun(', ...........................')]))],
    ),
  ];
  return {
    doc: document(ctx, `${MONEY_DOC_TITLES.budget_plan} — ${trip.title}`.slice(0, 250), [section(ctx, { pageNumbers: true, children: body })]),
    gaps: ctx.gaps,
    gapCodes: ctx.gapCodes,
  };
}
