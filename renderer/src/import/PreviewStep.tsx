import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { ImportField, ImportFieldChange, ImportPreview, ImportRowResult, ImportRowStatus } from '../../../shared/import/schemas';
import { fullName, type PersonKind } from '../../../shared/directory/person';
import { formatNip } from '../../../shared/directory/nip';
import { formatPangkat } from '../../../shared/directory/ranks';
import { cleanCell, type ImportMapping } from '../../../shared/import/mapping';
import { currentLang } from '../i18n';
import { duplicateOf, importable, MAX_LENGTH, MAX_PREVIEW_ROWS } from './model';
import { errorText } from '../i18n/errors';
import { ColGroup } from '../components/TableHead';

const STATUSES: readonly ImportRowStatus[] = ['new', 'update', 'duplicateInFile', 'invalid', 'empty'];

interface Props {
  kind: PersonKind;
  preview: ImportPreview;
  /** The data rows as read, to show what was typed in rows that could not be read as a person. */
  rows: readonly string[][];
  mapping: ImportMapping;
  /** Spreadsheet row number of data row 0. */
  firstRowNumber: number;
  skip: ReadonlySet<number>;
  onSkip: (skip: Set<number>) => void;
  updateExisting: boolean;
  onUpdateExisting: (v: boolean) => void;
  /** "Everyone imported is added to …", when a trip was chosen. */
  tripNote: string | null;
}

function rowError(t: TFunction, e: ImportRowResult['errors'][number]): string {
  const max = e.field !== 'row' ? MAX_LENGTH[e.field] : undefined;
  return errorText(t, { code: 'VALIDATION', key: e.key, field: e.field, params: max ? { max } : undefined });
}

/** Step 3: what each row will become, counts per status, the rows to leave out. */
export function PreviewStep(props: Props) {
  const { kind, preview, rows, mapping, firstRowNumber, skip, onSkip, updateExisting, onUpdateExisting, tripNote } = props;
  const { t } = useTranslation();
  const uid = useId();
  const [filter, setFilter] = useState<ImportRowStatus | 'all'>('all');
  const duplicates = useMemo(() => duplicateOf(preview), [preview]);
  const changing = useMemo(() => preview.rows.filter((r) => r.status === 'update' && (r.changes?.length ?? 0) > 0).length, [preview]);
  const candidates = useMemo(() => preview.rows.filter(importable).map((r) => r.index), [preview]);
  const selectedCount = candidates.length - candidates.filter((i) => skip.has(i)).length;
  const all = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (all.current) all.current.indeterminate = selectedCount > 0 && selectedCount < candidates.length;
  }, [selectedCount, candidates.length]);

  const shown = useMemo(() => {
    const list = filter === 'all' ? preview.rows : preview.rows.filter((r) => r.status === filter);
    return { total: list.length, rows: list.slice(0, MAX_PREVIEW_ROWS) };
  }, [preview, filter]);

  const toggle = (index: number, on: boolean) => {
    const next = new Set(skip);
    if (on) next.delete(index);
    else next.add(index);
    onSkip(next);
  };
  const rowNumber = (index: number) => String(index + firstRowNumber);
  const fmt = (n: number) => n.toLocaleString(currentLang() === 'id' ? 'id-ID' : 'en-GB');
  /** What the file holds in a field's column for a row ('' when unmapped). */
  const typed = (index: number, field: ImportField) => {
    const col = mapping[field];
    return col === undefined ? '' : cleanCell(rows[index]?.[col]);
  };
  const fieldLabel = (f: ImportField) => (f === 'institution' ? t(`import.mapping.institution.${kind}`) : t(`fields.${f}`));
  /** A field's value as the directory shows it. */
  const shownValue = (c: ImportFieldChange, value: string, employment: string) => {
    if (c.field === 'nip') return formatNip(value, employment === 'pppk' ? 'pppk' : 'pns');
    if (c.field === 'golongan') return formatPangkat(value);
    if (c.field === 'employment') return t(`import.employment.${value as 'pns'}`);
    if (c.field === 'mediaType') return t(`import.mediaTypes.${value as 'print'}`);
    return value;
  };

  return (
    <div className="import-preview">
      <div role="group" aria-label={t('import.preview.filter')} className="import-filters">
        <button type="button" className="import-filter" aria-pressed={filter === 'all'} onClick={() => setFilter('all')}>
          {t('import.preview.all', { count: preview.rows.length })}
        </button>
        {STATUSES.map((s) =>
          preview.counts[s] > 0 ? (
            <button
              key={s}
              type="button"
              className={`import-filter import-filter-${s}`}
              aria-pressed={filter === s}
              onClick={() => setFilter(s)}
            >
              <span className="import-dot" aria-hidden="true" />
              <span className="import-filter-count">{fmt(preview.counts[s])}</span> {t(`import.preview.statusLong.${s}`)}
            </button>
          ) : null,
        )}
      </div>

      {changing > 0 && (
        <div className="import-update-option">
          <label className="import-check">
            <input type="checkbox" checked={updateExisting} onChange={(e) => onUpdateExisting(e.target.checked)} aria-describedby={`${uid}-update-hint`} />
            <span>{t('import.preview.updateExisting', { count: changing })}</span>
          </label>
          <p className="field-hint" id={`${uid}-update-hint`}>
            {t('import.preview.updateHint')}
          </p>
        </div>
      )}
      {tripNote && <p className="import-trip-note">{tripNote}</p>}

      <div className="table-wrap import-preview-wrap">
        <table className="data-table import-preview-table">
          <caption className="visually-hidden">{t('import.preview.caption')}</caption>
          <ColGroup classes={['import-col-check', 'import-col-row', 'import-col-status', undefined, 'import-col-details', 'import-col-notes']} />
          <thead>
            <tr>
              <th scope="col">
                <input
                  ref={all}
                  type="checkbox"
                  aria-label={t('import.preview.selectAll')}
                  checked={candidates.length > 0 && selectedCount === candidates.length}
                  disabled={candidates.length === 0}
                  onChange={(e) => onSkip(e.target.checked ? new Set() : new Set(candidates))}
                />
              </th>
              <th scope="col" className="num">
                {t('import.preview.columns.row')}
              </th>
              <th scope="col">{t('import.preview.columns.status')}</th>
              <th scope="col">{t('import.preview.columns.person')}</th>
              <th scope="col">{t(kind === 'journalist' ? 'import.preview.columns.detailsMedia' : 'import.preview.columns.details')}</th>
              <th scope="col">{t('import.preview.columns.notes')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.rows.map((r) => {
              const p = r.person;
              const selected = importable(r) && !skip.has(r.index);
              const name = p ? fullName(p) : typed(r.index, 'name');
              const sub = p
                ? [p.jabatan, kind === 'journalist' ? '' : p.unit].filter(Boolean).join(' · ')
                : [typed(r.index, 'jabatan'), kind === 'journalist' ? '' : typed(r.index, 'unit')].filter(Boolean).join(' · ');
              const newInstitution = p && p.institutionName && p.institutionId === null;
              const institution = p?.institutionName
                ? newInstitution
                  ? t('import.preview.newInstitution', { name: p.institutionName })
                  : p.institutionName
                : '';
              return (
                <tr key={r.index} className={`import-row import-row-${r.status}${importable(r) && !selected ? ' is-skipped' : ''}`}>
                  <td>
                    {importable(r) && (
                      <input
                        type="checkbox"
                        checked={selected}
                        aria-label={t('import.preview.selectRow', { row: rowNumber(r.index) })}
                        onChange={(e) => toggle(r.index, e.target.checked)}
                      />
                    )}
                  </td>
                  <td className="num import-rownum">{rowNumber(r.index)}</td>
                  <td>
                    <span className={`import-status import-status-${r.status}`}>
                      <span className="import-dot" aria-hidden="true" />
                      {t(`import.preview.status.${r.status}`)}
                    </span>
                  </td>
                  <td className="import-person">
                    {r.status === 'empty' ? (
                      <span className="muted">—</span>
                    ) : (
                      <>
                        <span className={name ? 'import-name' : 'import-name muted'} title={name || undefined}>
                          {name || t('import.preview.noName')}
                        </span>
                        {sub && (
                          <span className="import-sub" title={sub}>
                            {sub}
                          </span>
                        )}
                        {kind !== 'journalist' && institution && <span className="import-sub">{institution}</span>}
                      </>
                    )}
                  </td>
                  <td className="import-details">
                    {p && kind === 'journalist' && (
                      <>
                        <span>{institution}</span>
                        {p.mediaType && <span className="import-sub">{t(`import.mediaTypes.${p.mediaType}`)}</span>}
                      </>
                    )}
                    {p && kind !== 'journalist' && (
                      <>
                        {p.nip ? (
                          <span className="import-nip">{formatNip(p.nip, p.employment === 'pppk' ? 'pppk' : 'pns')}</span>
                        ) : (
                          <span className="import-sub">{t(`import.employment.${p.employment}`)}</span>
                        )}
                        {p.golongan && <span className="import-sub">{formatPangkat(p.golongan)}</span>}
                      </>
                    )}
                    {!p &&
                      r.status === 'invalid' &&
                      (kind === 'journalist' ? (['institution', 'mediaType'] as const) : (['nip', 'golongan'] as const)).map((f, i) => (
                        <span
                          key={f}
                          className={`import-typed${i === 0 ? '' : ' import-sub'}${f === 'nip' ? ' import-nip' : ''}${r.errors.some((e) => e.field === f) ? ' is-wrong' : ''}`}
                        >
                          {typed(r.index, f)}
                        </span>
                      ))}
                  </td>
                  <td className="import-notes">
                    {r.status === 'invalid' && (
                      <ul className="import-errors">
                        {r.errors.map((e, i) => (
                          <li key={i}>{rowError(t, e)}</li>
                        ))}
                      </ul>
                    )}
                    {r.status === 'update' && (
                      <>
                        <span>{t('import.preview.matches', { name: r.matchName ?? '' })}</span>
                        {r.changes && r.changes.length > 0 ? (
                          <>
                            <ul className={`import-changes${updateExisting ? '' : ' is-kept'}`} aria-label={t('import.preview.changesOf', { name: r.matchName ?? '' })}>
                              {r.changes.map((c) => (
                                <li key={c.field}>
                                  <span className="import-change-field">{fieldLabel(c.field)}</span>{' '}
                                  {c.from ? <del>{shownValue(c, c.from, p?.employment ?? '')}</del> : <span className="import-change-empty">{t('import.preview.emptyValue')}</span>}
                                  <span aria-hidden="true"> → </span>
                                  <span className="visually-hidden"> {t('import.preview.becomes')} </span>
                                  {c.to ? <ins>{shownValue(c, c.to, p?.employment ?? '')}</ins> : <span className="import-change-empty">{t('import.preview.emptyValue')}</span>}
                                </li>
                              ))}
                            </ul>
                            <span className="import-sub">{t(updateExisting ? 'import.preview.willUpdate' : 'import.preview.willKeep')}</span>
                          </>
                        ) : (
                          <span className="import-sub">{t('import.preview.noChanges')}</span>
                        )}
                      </>
                    )}
                    {r.status === 'duplicateInFile' && duplicates.has(r.index) && (
                      <span>{t('import.preview.duplicateOf', { row: rowNumber(duplicates.get(r.index) as number) })}</span>
                    )}
                    {r.status === 'empty' && <span className="muted">{t('import.preview.emptyRow')}</span>}
                  </td>
                </tr>
              );
            })}
            {shown.total === 0 && (
              <tr>
                <td colSpan={6} className="muted">
                  {t('import.preview.noneInFilter')}
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
      {shown.total > shown.rows.length && (
        <p className="field-hint import-shown">
          {t('import.preview.shown', { shown: fmt(shown.rows.length), total: fmt(shown.total) })}
        </p>
      )}
    </div>
  );
}

/** How many people the commit writes or updates with the current choices. */
export function commitCount(preview: ImportPreview, skip: ReadonlySet<number>, updateExisting: boolean): number {
  let n = 0;
  for (const r of preview.rows) {
    if (skip.has(r.index)) continue;
    if (r.status === 'new' || (r.status === 'update' && updateExisting && (r.changes?.length ?? 0) > 0)) n++;
  }
  return n;
}
