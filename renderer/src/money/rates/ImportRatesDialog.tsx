import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import Papa from 'papaparse';
import { formatDateRange } from '../../../../shared/dates';
import { rateSetToRows, type RateSetRowsResult, type RowProblem } from '../../../../shared/money/csv';
import { SAMPLE_RATE_SET } from '../../../../shared/money/sample-rates';
import type { ApiError } from '../../../../shared/result';
import { api } from '../../api/bridge';
import { FilePickButton } from '../../components/FilePickButton';
import { errorText } from '../../components/form';
import { Modal } from '../../components/Modal';
import { ErrorLine } from '../../components/Page';
import { useToasts } from '../../components/Toasts';
import { currentLang, i18n, runtimeKey } from '../../i18n';
import { readSpreadsheet, SPREADSHEET_ACCEPT, SpreadsheetError, type ReadError } from '../../import';
import { requestRowFocus } from '../../lib/data';
import { downloadCsv } from './actions';
import { SampleMark } from './marks';

/*
 * "Impor dari spreadsheet": the file is read here (CSV or XLSX, as the
 * directory import reads it) into rows of text cells; main reads them as a
 * rate set and answers every row with its reasons, writing nothing. "Simpan"
 * sends the same rows again (main reads them afresh) and stays off while any
 * row is wrong.
 */

type Phase =
  | { step: 'choose'; readError?: ReadError; callError?: ApiError }
  | { step: 'reading' }
  | { step: 'preview'; fileName: string; rows: string[][]; result: RateSetRowsResult; saveError?: ApiError };

/** The template: the sample in the layout the import reads, written as main's export writes it. */
function templateCsv(): string {
  return `\uFEFF${Papa.unparse(rateSetToRows(SAMPLE_RATE_SET), { delimiter: ';', newline: '\r\n' })}`;
}

/** A column's name in a reason: the layout's own words, or a schema key's label. */
function columnLabel(t: TFunction, column: string): string | undefined {
  if (column === '') return undefined;
  const key = `rates.columns.${column}`;
  return i18n.exists(key) ? t(runtimeKey(key)) : column;
}

const reasonText = (t: TFunction, p: RowProblem): string => errorText(t, { key: p.key, field: p.column }, { label: columnLabel(t, p.column) });

export function ImportRatesDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const uid = useId();
  const lang = currentLang();
  const toasts = useToasts();
  const [phase, setPhase] = useState<Phase>({ step: 'choose' });
  const [saving, setSaving] = useState(false);
  const fileRef = useRef<HTMLInputElement>(null);
  const live = useRef(true);

  const read = async (file: File) => {
    setPhase({ step: 'reading' });
    let rows: string[][];
    try {
      const book = await readSpreadsheet(file);
      rows = (book.sheets.find((s) => s.rows.length > 0) ?? book.sheets[0])?.rows ?? [];
    } catch (e) {
      setPhase({ step: 'choose', readError: e instanceof SpreadsheetError ? e.reason : 'unreadable' });
      return;
    }
    const r = await api().call('rateSets.importPreview', { rows });
    if (!live.current) return;
    if (!r.ok) setPhase({ step: 'choose', callError: r.error });
    else setPhase({ step: 'preview', fileName: file.name, rows, result: r.value });
  };

  const save = async () => {
    if (phase.step !== 'preview' || !phase.result.set || saving) return;
    setSaving(true);
    const r = await api().call('rateSets.importConfirm', { rows: phase.rows });
    setSaving(false);
    if (!r.ok) {
      setPhase({ ...phase, saveError: r.error });
      return;
    }
    requestRowFocus(r.value.id);
    toasts.show({ message: (tr) => tr('rates.import.saved', { name: r.value.name }), duration: 5000 });
    live.current = false;
    onClose();
  };

  const close = () => {
    if (saving) return;
    live.current = false;
    onClose();
  };

  const preview = phase.step === 'preview' ? phase : null;
  const bad = preview ? preview.result.rows.filter((r) => r.status === 'invalid') : [];
  const set = preview?.result.set ?? null;

  return (
    <Modal labelledBy={`${uid}-title`} describedBy={`${uid}-lead`} onCancel={close}>
      <div className="rates-import" aria-busy={phase.step === 'reading' || saving || undefined}>
        <header className="modal-header">
          <h2 id={`${uid}-title`}>{t('rates.import.title')}</h2>
        </header>
        <div className="modal-body">
          <p className="muted" id={`${uid}-lead`}>
            {t('rates.import.lead')}
          </p>
          <div className="rates-import-file">
            <label htmlFor={`${uid}-file`} className="label">
              {t('rates.import.file')}
            </label>
            <FilePickButton
              inputRef={fileRef}
              inputId={`${uid}-file`}
              accept={SPREADSHEET_ACCEPT}
              autoFocus
              disabled={phase.step === 'reading' || saving}
              onFiles={([file]) => {
                if (file) void read(file);
              }}
            >
              {t('rates.import.choose')}
            </FilePickButton>
            <p className="field-hint">
              {t('rates.import.templateHint')}{' '}
              <button type="button" className="btn btn-secondary btn-small" onClick={() => downloadCsv(t('rates.import.templateFile'), templateCsv())}>
                {t('rates.import.template')}
              </button>
            </p>
          </div>

          {phase.step === 'reading' && <p className="muted" aria-live="polite">{t('rates.import.reading')}</p>}
          {phase.step === 'choose' && phase.readError && (
            <p className="field-error" role="alert">
              {t(`rates.import.readErrors.${phase.readError}`)}
            </p>
          )}
          {phase.step === 'choose' && phase.callError && <ErrorLine error={phase.callError} />}

          {preview && (
            <section className="rates-preview" aria-labelledby={`${uid}-summary`}>
              <p className="muted">{t('rates.import.fileRead', { fileName: preview.fileName, rows: preview.rows.length })}</p>
              {set ? (
                <>
                  <h3 id={`${uid}-summary`} className="rates-preview-title">
                    {t('rates.import.summary')}
                  </h3>
                  <dl className="rates-facts rates-preview-set">
                    <div>
                      <dt>{t('rates.form.name')}</dt>
                      <dd>
                        {set.name} {set.sample && <SampleMark />}
                      </dd>
                    </div>
                    <div>
                      <dt>{t('rates.view.legalBasis')}</dt>
                      <dd>{set.legalBasis.join(' · ')}</dd>
                    </div>
                    <div>
                      <dt>{t('rates.view.validity')}</dt>
                      <dd>{formatDateRange(set.validFrom, set.validTo, lang)}</dd>
                    </div>
                    <div>
                      <dt>{t('rates.view.levels')}</dt>
                      <dd>
                        <ul className="rates-preview-levels">
                          {set.levels.map((l) => (
                            <li key={l.code}>
                              <strong>{l.code}</strong> {l.label}
                            </li>
                          ))}
                        </ul>
                      </dd>
                    </div>
                    <div>
                      <dt>{t('rates.view.tables')}</dt>
                      <dd>{t('rates.destinationsCount', { count: set.destinations.length })}</dd>
                    </div>
                  </dl>
                  {set.sample && <p className="rates-sample-note">{t('rates.import.sampleWarning')}</p>}
                  <p className="rates-preview-ok">
                    {t('rates.import.ready')}
                  </p>
                </>
              ) : (
                <h3 id={`${uid}-summary`} className="rates-preview-title rates-preview-bad" role="alert">
                  {bad.length > 0 ? t('rates.import.notReady', { count: bad.length }) : t('rates.import.problemsTitle')}
                </h3>
              )}
              {preview.result.problems.length > 0 && (
                <ul className="rates-problems" aria-label={t('rates.import.problemsTitle')}>
                  {preview.result.problems.map((p, i) => (
                    <li key={i}>{errorText(t, { key: p.key, field: p.field }, { label: columnLabel(t, p.field.split('.')[0] ?? '') })}</li>
                  ))}
                </ul>
              )}
              {bad.length > 0 && (
                <ul className="rates-bad-rows" aria-label={t('rates.import.rowsLabel')}>
                  {bad.map((r) => (
                    <li key={r.row} data-row={r.row}>
                      <span className="rates-bad-row-at">
                        {t('rates.import.row', { row: r.row })}
                        <span className="rates-bad-row-part">{t(`rates.import.parts.${r.part}`)}</span>
                      </span>
                      <ul className="rates-bad-reasons">
                        {r.errors.map((e, i) => (
                          <li key={i}>{reasonText(t, e)}</li>
                        ))}
                      </ul>
                    </li>
                  ))}
                </ul>
              )}
              {preview.saveError && <ErrorLine error={preview.saveError} />}
            </section>
          )}
        </div>
        <footer className="modal-footer">
          {preview && (
            <button type="button" className="btn btn-secondary rates-footer-start" disabled={saving} onClick={() => fileRef.current?.click()}>
              {t('rates.import.chooseAgain')}
            </button>
          )}
          <button type="button" className="btn btn-secondary" onClick={close} disabled={saving}>
            {t('common.cancel')}
          </button>
          <button type="button" className="btn btn-primary" disabled={!set || saving} onClick={() => void save()}>
            {t('rates.import.save')}
          </button>
        </footer>
      </div>
    </Modal>
  );
}
