import { useCallback, useEffect, useRef, useState, type ReactNode, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import './import.css';
import type { ImportInput, ImportOutcome, ImportPreview } from '../../../shared/import/schemas';
import { MAX_IMPORT_ROWS } from '../../../shared/import/schemas';
import type { PersonKind } from '../../../shared/directory/person';
import { looksLikeHeader, suggestMapping, type ImportMapping } from '../../../shared/import/mapping';
import type { ApiError } from '../../../shared/result';
import { api } from '../api/bridge';
import { Breadcrumb } from '../components/Breadcrumb';
import { DoneStep } from './DoneStep';
import { MappingStep } from './MappingStep';
import { buildInput, dataRows, DEFAULT_ROLE, mappingFor } from './model';
import { commitCount, PreviewStep } from './PreviewStep';
import { readSpreadsheet, SpreadsheetError, type Workbook } from './readFile';
import { SourceStep, type TripChoice } from './SourceStep';
import { Stepper, type Step } from './Stepper';
import { ErrorPanel, PageHeading } from '../components/Page';
import { useToasts } from '../components/Toasts';
import { useCall } from '../lib/data';
import { hrefs } from '../lib/router';

interface Checked {
  input: ImportInput;
  preview: ImportPreview;
}

/** What the user chose, for the mapping step: header detection and suggestions. */
function guess(book: Workbook, sheet: number): { hasHeader: boolean; mapping: ImportMapping } {
  const first = book.sheets[sheet]?.rows[0];
  const hasHeader = looksLikeHeader(first);
  return { hasHeader, mapping: hasHeader && first ? suggestMapping(first) : {} };
}

/**
 * `#/directory/import`: people from a CSV or XLSX file into the directory,
 * optionally straight into a trip's delegation. Four steps: the file, its
 * columns, a preview that writes nothing, and the import in one transaction.
 */
/** A step's heading (it takes the focus when the step opens) and what stands beside it. */
function StepHead({ headingRef, title, children }: { headingRef: Ref<HTMLHeadingElement>; title: string; children?: ReactNode }) {
  return (
    <div className="import-step-head">
      <h2 id="import-step-heading" ref={headingRef} tabIndex={-1}>
        {title}
      </h2>
      {children}
    </div>
  );
}

export function ImportScreen() {
  const { t } = useTranslation();
  const toasts = useToasts();
  const trips = useCall('trips.list', {});
  const [step, setStep] = useState<Step>('source');
  const [kind, setKind] = useState<PersonKind>('official');
  const [trip, setTrip] = useState<TripChoice>({ enabled: false, tripId: '', role: DEFAULT_ROLE.official });
  const [reading, setReading] = useState<string | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [book, setBook] = useState<Workbook | null>(null);
  const [sheet, setSheet] = useState(0);
  const [hasHeader, setHasHeader] = useState(true);
  const [mapping, setMapping] = useState<ImportMapping>({});
  const [nameError, setNameError] = useState(false);
  const [busy, setBusy] = useState<'checking' | 'committing' | null>(null);
  const [apiError, setApiError] = useState<{ title: string; error: ApiError } | null>(null);
  const [checked, setChecked] = useState<Checked | null>(null);
  const [skip, setSkip] = useState<Set<number>>(() => new Set());
  const [updateExisting, setUpdateExisting] = useState(false);
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);
  const stepHeading = useRef<HTMLHeadingElement>(null);

  // A new step starts at its heading, for keyboard and screen reader users.
  useEffect(() => {
    if (step !== 'source') stepHeading.current?.focus();
  }, [step]);

  const table = book?.sheets[sheet];
  const rows = table ? dataRows(table, hasHeader) : [];
  const tripList = trips.state.status === 'ok' ? trips.state.value : [];
  const chosenTrip = trip.enabled && kind !== 'host_official' ? (tripList.find((x) => x.id === trip.tripId) ?? null) : null;

  const onKind = (k: PersonKind) => {
    setKind(k);
    setTrip((tr) => ({ ...tr, role: DEFAULT_ROLE[k] }));
  };

  const onFile = useCallback(
    async (file: File) => {
      setFileError(null);
      setReading(file.name);
      try {
        const wb = await readSpreadsheet(file);
        const longest = Math.max(...wb.sheets.map((s) => s.rows.length));
        if (longest - 1 > MAX_IMPORT_ROWS) {
          setFileError(t('import.file.tooMany', { count: longest }));
          return;
        }
        const first = wb.sheets.findIndex((s) => s.rows.length > 0);
        const g = guess(wb, first);
        setBook(wb);
        setSheet(first);
        setHasHeader(g.hasHeader);
        setMapping(g.mapping);
        setNameError(false);
        setApiError(null);
        setStep('mapping');
      } catch (e) {
        setFileError(t(`import.file.${e instanceof SpreadsheetError ? e.reason : 'unreadable'}`));
      } finally {
        setReading(null);
      }
    },
    [t],
  );

  const onSheet = (i: number) => {
    if (!book) return;
    const g = guess(book, i);
    setSheet(i);
    setHasHeader(g.hasHeader);
    setMapping(g.mapping);
  };

  const onHeader = (v: boolean) => {
    setHasHeader(v);
    const first = table?.rows[0];
    if (v && first) setMapping(suggestMapping(first));
  };

  const check = async () => {
    if (mappingFor(kind, mapping).name === undefined) {
      setNameError(true);
      return;
    }
    const input = buildInput(kind, rows, mapping, chosenTrip ? { tripId: chosenTrip.id, role: trip.role } : null);
    setBusy('checking');
    setApiError(null);
    const r = await api().call('people.importPreview', input);
    setBusy(null);
    if (!r.ok) {
      setApiError({ title: t('import.preview.checkFailed'), error: r.error });
      return;
    }
    setChecked({ input, preview: r.value });
    setSkip(new Set());
    setUpdateExisting(false);
    setStep('preview');
  };

  const commit = async () => {
    if (!checked) return;
    setBusy('committing');
    setApiError(null);
    const r = await api().call('people.importCommit', { ...checked.input, skip: [...skip], updateExisting });
    setBusy(null);
    if (!r.ok) {
      setApiError({ title: t('import.preview.failed'), error: r.error });
      return;
    }
    setOutcome(r.value);
    setStep('done');
    const count = r.value.created + r.value.updated;
    toasts.show({ message: (tt) => tt('import.done.toast', { count }) });
  };

  const restart = () => {
    setBook(null);
    setChecked(null);
    setOutcome(null);
    setApiError(null);
    setFileError(null);
    setStep('source');
  };

  const toCommit = checked ? commitCount(checked.preview, skip, updateExisting) : 0;
  const selectedRows = checked ? checked.preview.rows.filter((r) => (r.status === 'new' || r.status === 'update') && !skip.has(r.index)).length : 0;

  return (
    <div className="import-screen">
      <Breadcrumb label={t('import.breadcrumb')} href={hrefs.directory} linkLabel={t('import.backToDirectory')}>
        {t('nav.directory')}
      </Breadcrumb>
      <header className="page-header">
        <div className="page-header-main">
          <PageHeading title={t('import.heading')}>{t('import.heading')}</PageHeading>
          {step === 'source' && <p className="page-subtitle">{t('import.subtitle')}</p>}
        </div>
      </header>

      <Stepper step={step} />

      {step === 'source' && (
        <SourceStep
          kind={kind}
          onKind={onKind}
          trip={trip}
          onTrip={setTrip}
          trips={trips}
          onFile={(f) => void onFile(f)}
          reading={reading}
          error={fileError}
        />
      )}

      {step === 'mapping' && book && (
        <section aria-labelledby="import-step-heading" aria-busy={busy === 'checking' || undefined}>
          <StepHead headingRef={stepHeading} title={t('import.mapping.heading')}>
            <p className="import-file-name">
              <span className="import-file-title">{book.fileName}</span>
              <span className="muted"> · {t('import.mapping.rows', { count: rows.length })}</span>
            </p>
          </StepHead>
          <p className="import-lead">{t('import.mapping.lead')}</p>
          <MappingStep
            kind={kind}
            book={book}
            sheet={sheet}
            onSheet={onSheet}
            hasHeader={hasHeader}
            onHeader={onHeader}
            mapping={mapping}
            onMapping={(m) => {
              setMapping(m);
              if (m.name !== undefined) setNameError(false);
            }}
            nameError={nameError}
          />
          {apiError && <ErrorPanel title={apiError.title} error={apiError.error} />}
          <div className="import-actions">
            <button type="button" className="btn btn-secondary" onClick={restart} disabled={busy !== null}>
              {t('import.mapping.change')}
            </button>
            <span className="import-actions-spacer" />
            {busy === 'checking' && (
              <span className="import-busy">
                <span className="spinner" aria-hidden="true" />
                {t('import.mapping.checking', { count: rows.length })}
              </span>
            )}
            <button type="button" className="btn btn-primary" onClick={() => void check()} disabled={busy !== null}>
              {t('import.mapping.next')}
            </button>
          </div>
        </section>
      )}

      {step === 'preview' && checked && (
        <section aria-labelledby="import-step-heading" aria-busy={busy === 'committing' || undefined}>
          <StepHead headingRef={stepHeading} title={t('import.preview.heading')}>
            <p className="import-file-name">
              <span className="import-file-title">{book?.fileName}</span>
            </p>
          </StepHead>
          <p className="import-lead">{t('import.preview.lead')}</p>
          <PreviewStep
            kind={kind}
            preview={checked.preview}
            rows={rows}
            mapping={mapping}
            firstRowNumber={hasHeader ? 2 : 1}
            skip={skip}
            onSkip={setSkip}
            updateExisting={updateExisting}
            onUpdateExisting={setUpdateExisting}
            tripNote={
              chosenTrip && checked.input.addToTrip
                ? t('import.preview.addsToTrip', { trip: chosenTrip.title, role: t(`import.roles.${checked.input.addToTrip.role}`).toLowerCase() })
                : null
            }
          />
          {apiError && <ErrorPanel title={apiError.title} error={apiError.error} />}
          <div className="import-actions">
            <button type="button" className="btn btn-secondary" onClick={() => setStep('mapping')} disabled={busy !== null}>
              {t('import.preview.back')}
            </button>
            <span className="import-actions-spacer" />
            {busy === 'committing' ? (
              <span className="import-busy">
                <span className="spinner" aria-hidden="true" />
                {t('import.preview.committing', { count: selectedRows })}
              </span>
            ) : (
              selectedRows === 0 && <span className="field-hint">{t('import.preview.nothing')}</span>
            )}
            <button type="button" className="btn btn-primary" onClick={() => void commit()} disabled={busy !== null || selectedRows === 0}>
              {t('import.preview.commit', { count: toCommit || selectedRows })}
            </button>
          </div>
        </section>
      )}

      {step === 'done' && outcome && (
        <section aria-labelledby="import-step-heading">
          <StepHead headingRef={stepHeading} title={t('import.done.heading')} />
          <DoneStep outcome={outcome} trip={chosenTrip && checked?.input.addToTrip ? { id: chosenTrip.id, title: chosenTrip.title } : null} onAgain={restart} />
        </section>
      )}
    </div>
  );
}
