import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportField } from '../../../shared/import/schemas';
import type { PersonKind } from '../../../shared/directory/person';
import type { ImportMapping } from '../../../shared/import/mapping';
import { columns, dataRows, FIELDS_FOR, samples } from './model';
import type { Workbook } from './readFile';

const ENCODING_NAMES = { 'utf-8': 'UTF-8', 'utf-16le': 'UTF-16 LE', 'utf-16be': 'UTF-16 BE', 'windows-1252': 'Windows-1252' } as const;

interface Props {
  kind: PersonKind;
  book: Workbook;
  sheet: number;
  onSheet: (i: number) => void;
  hasHeader: boolean;
  onHeader: (v: boolean) => void;
  mapping: ImportMapping;
  onMapping: (m: ImportMapping) => void;
  /** Shown when the user asks to go on with no name column. */
  nameError: boolean;
}

/** Step 2: the sheet, whether row 1 is a header, and which column fills which field. */
export function MappingStep({ kind, book, sheet, onSheet, hasHeader, onHeader, mapping, onMapping, nameError }: Props) {
  const { t } = useTranslation();
  const uid = useId();
  const nameSelect = useRef<HTMLSelectElement>(null);
  // Asked to go on without a name column: take the user to it.
  useEffect(() => {
    if (nameError) nameSelect.current?.focus();
  }, [nameError]);
  const table = book.sheets[sheet] ?? book.sheets[0];
  if (!table) return null;
  const cols = columns(table, hasHeader);
  const rows = dataRows(table, hasHeader);
  const used = new Map<number, ImportField>();
  for (const f of FIELDS_FOR[kind]) if (mapping[f] !== undefined) used.set(mapping[f], f);

  const label = (f: ImportField) => (f === 'institution' ? t(`import.mapping.institution.${kind}`) : t(`fields.${f}`));
  const columnName = (c: (typeof cols)[number]) =>
    c.heading ? t('import.mapping.columnOption', { letter: c.letter, name: c.heading }) : t('import.mapping.columnLetter', { letter: c.letter });

  const choose = (field: ImportField, value: string) => {
    const next: ImportMapping = { ...mapping };
    if (value === '') {
      delete next[field];
    } else {
      const col = Number(value);
      // A column fills one field: taking it here frees it elsewhere.
      for (const f of FIELDS_FOR[kind]) if (next[f] === col) delete next[f];
      next[field] = col;
    }
    onMapping(next);
  };

  return (
    <div className="import-mapping">
      <div className="import-file-bar">
        {book.encoding && (
          <p className="field-hint import-encoding" data-testid="import-encoding">
            {t('import.file.encoding', { encoding: ENCODING_NAMES[book.encoding] })}
          </p>
        )}
        {book.sheets.length > 1 && (
          <div className="field">
            <label className="label" htmlFor={`${uid}-sheet`}>
              {t('import.mapping.sheet')}
            </label>
            <select id={`${uid}-sheet`} className="input select" value={sheet} onChange={(e) => onSheet(Number(e.target.value))}>
              {book.sheets.map((s, i) => (
                <option key={`${i}-${s.name}`} value={i}>
                  {s.name}
                </option>
              ))}
            </select>
          </div>
        )}
        <label className="import-check import-header-toggle">
          <input type="checkbox" checked={hasHeader} onChange={(e) => onHeader(e.target.checked)} />
          <span>{t('import.mapping.header')}</span>
        </label>
      </div>

      <div className="table-wrap">
        <table className="data-table import-map-table">
          <colgroup>
            <col className="import-col-field" />
            <col className="import-col-column" />
            <col />
          </colgroup>
          <thead>
            <tr>
              <th scope="col">{t('import.mapping.field')}</th>
              <th scope="col">{t('import.mapping.column')}</th>
              <th scope="col">{t('import.mapping.sample')}</th>
            </tr>
          </thead>
          <tbody>
            {FIELDS_FOR[kind].map((f) => {
              const id = `${uid}-${f}`;
              const example = samples(rows, mapping[f]);
              const invalid = f === 'name' && nameError && mapping.name === undefined;
              return (
                <tr key={f} className={mapping[f] !== undefined ? 'is-mapped' : undefined}>
                  <th scope="row" className="import-map-field">
                    <label htmlFor={id}>{label(f)}</label>
                    {f === 'name' && <span className="import-required">{t('import.mapping.required')}</span>}
                  </th>
                  <td>
                    <select
                      ref={f === 'name' ? nameSelect : undefined}
                      id={id}
                      className="input"
                      value={mapping[f] ?? ''}
                      aria-invalid={invalid || undefined}
                      aria-describedby={invalid ? `${uid}-name-error` : f === 'employment' ? `${uid}-employment-hint` : undefined}
                      onChange={(e) => choose(f, e.target.value)}
                    >
                      <option value="">{t('import.mapping.notImported')}</option>
                      {cols.map((c) => (
                        <option key={c.index} value={c.index}>
                          {columnName(c)}
                          {used.has(c.index) && used.get(c.index) !== f ? ` (${label(used.get(c.index) as ImportField)})` : ''}
                        </option>
                      ))}
                    </select>
                    {invalid && (
                      <p className="field-error" role="alert" id={`${uid}-name-error`}>
                        {t('validation.import.nameUnmapped')}
                      </p>
                    )}
                    {f === 'employment' && mapping.employment === undefined && (
                      <p className="field-hint import-map-hint" id={`${uid}-employment-hint`}>
                        {t('import.mapping.employmentHint')}
                      </p>
                    )}
                  </td>
                  <td className="import-samples">
                    {mapping[f] === undefined ? null : example.length > 0 ? (
                      example.map((v, i) => (
                        <span key={i} className="import-sample">
                          {v}
                        </span>
                      ))
                    ) : (
                      <span className="muted">{t('import.mapping.noSample')}</span>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
