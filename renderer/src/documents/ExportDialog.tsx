import { base64ToBytes, downloadBlob } from '../lib/files';
import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { BUILD_KINDS, DOC_KINDS, type BuildKind, type BuiltDoc, type DocBytes, type Readiness, type SaveOutcome } from '../../../shared/documents/schemas';
import { MONEY_DOC_KINDS } from '../../../shared/documents/money-docs';
import type { ApiError } from '../../../shared/result';
import { api } from '../api/bridge';
import { DocumentsIcon } from '../components/Icons';
import { Modal } from '../components/Modal';
import { errorText } from '../i18n/errors';
import { useCall } from '../lib/data';
import { allGaps } from './ReadinessPanel';

/** The trip page's "Ekspor dokumen" button and the dialog it opens. */
export function ExportButton({ tripId }: { tripId: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="btn btn-primary" onClick={() => setOpen(true)}>
        <DocumentsIcon size={16} />
        {t('exporting.open')}
      </button>
      {open && <ExportDialog tripId={tripId} onClose={() => setOpen(false)} />}
    </>
  );
}

type Phase =
  | { step: 'choose' }
  | { step: 'building'; n: number; total: number; kind: BuildKind; cancelling: boolean }
  | { step: 'saving' }
  | { step: 'downloading' }
  | { step: 'done'; docs: BuiltDoc[]; mode: 'desktop' | 'browser'; saved: SaveOutcome | null };

interface Failure {
  error: ApiError;
  /** The document that failed to build, if it was a build. */
  kind?: BuildKind;
}

/** A bridge without downloads (the test bridge): the bytes as base64 from docs.fetch. */
const blobOf = (file: DocBytes): Blob => new Blob([base64ToBytes(file.dataBase64)], { type: file.mime });

const gapsText = (t: TFunction, gaps: number): string => (gaps > 0 ? t('exporting.gaps', { count: gaps }) : t('exporting.complete'));

/**
 * Builds the chosen documents one at a time (each a separate call, so the
 * window stays responsive and Cancel can stop between two), then saves them
 * through main's own save dialog in the desktop app, or downloads them in
 * browser mode. Shows what each document still lacks.
 */
export function ExportDialog({ tripId, onClose }: { tripId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const uid = useId();
  const [chosen, setChosen] = useState<ReadonlySet<BuildKind>>(() => new Set<BuildKind>(['report']));
  // What each document will mark, as the readiness panel lists it (counted per document here).
  const readiness = useCall('docs.readiness', { tripId });
  const [phase, setPhase] = useState<Phase>({ step: 'choose' });
  const [failure, setFailure] = useState<Failure | null>(null);
  const [noneChosen, setNoneChosen] = useState(false);
  const cancelRef = useRef(false);
  const liveRef = useRef(true);
  const bodyRef = useRef<HTMLFormElement>(null);

  useEffect(() => {
    liveRef.current = true;
    return () => {
      // Closed mid-export: the loop stops after the call in flight.
      liveRef.current = false;
    };
  }, []);

  // Each step replaces the buttons: keep focus inside the dialog (Escape, Tab) on the step's main control.
  useEffect(() => {
    const el = bodyRef.current?.querySelector<HTMLElement>('[data-autofocus]');
    if (el && !el.contains(document.activeElement)) el.focus();
  }, [phase.step]);

  const stopped = () => !liveRef.current || cancelRef.current;

  const toggle = (kind: BuildKind) => {
    setNoneChosen(false);
    setChosen((prev) => {
      const next = new Set(prev);
      if (next.has(kind)) next.delete(kind);
      else next.add(kind);
      return next;
    });
  };

  async function save(docs: BuiltDoc[]): Promise<void> {
    setFailure(null);
    setPhase({ step: 'saving' });
    const r = await api().call('docs.save', { exportIds: docs.map((d) => d.exportId) });
    if (!liveRef.current) return;
    if (!r.ok) setFailure({ error: r.error });
    setPhase({ step: 'done', docs, mode: 'desktop', saved: r.ok ? r.value : { saved: false } });
  }

  /** The files downloaded while this dialog is open, by exportId. */
  const fetched = useRef(new Map<string, { fileName: string; blob: Blob }>());

  async function download(docs: BuiltDoc[]): Promise<boolean> {
    const client = api();
    for (const d of docs) {
      // Browser mode: the file itself over HTTP, never base64 in JSON; main hands it out once and lets go,
      // and "download again" offers the same Blob while the dialog is open.
      const kept = fetched.current.get(d.exportId);
      const r = kept
        ? { ok: true as const, value: kept }
        : client.download
          ? await client.download(d.exportId)
          : await client.call('docs.fetch', { exportId: d.exportId }).then((f) => (f.ok ? { ok: true as const, value: { fileName: f.value.fileName, blob: blobOf(f.value) } } : f));
      if (!liveRef.current) return false;
      if (!r.ok) {
        setFailure({ error: r.error, kind: d.kind });
        return false;
      }
      fetched.current.set(d.exportId, r.value);
      downloadBlob(r.value.fileName, r.value.blob);
    }
    return true;
  }

  async function run(kinds: BuildKind[]): Promise<void> {
    setFailure(null);
    cancelRef.current = false;
    const built: BuiltDoc[] = [];
    for (const [i, kind] of kinds.entries()) {
      setPhase({ step: 'building', n: i + 1, total: kinds.length, kind, cancelling: false });
      const r = await api().call('docs.build', { tripId, kind });
      if (stopped()) break;
      if (!r.ok) {
        setFailure({ error: r.error, kind });
        setPhase({ step: 'choose' });
        return;
      }
      built.push(r.value);
    }
    if (!liveRef.current) return;
    if (cancelRef.current) {
      onClose();
      return;
    }
    const info = await api().call('app.info', {});
    if (!liveRef.current) return;
    if (info.ok && info.value.mode === 'electron') {
      await save(built);
      return;
    }
    setPhase({ step: 'downloading' });
    await download(built);
    if (liveRef.current) setPhase({ step: 'done', docs: built, mode: 'browser', saved: null });
  }

  const submitChoice = (e: FormEvent) => {
    e.preventDefault();
    const kinds = BUILD_KINDS.filter((k) => chosen.has(k));
    if (kinds.length === 0) {
      setNoneChosen(true);
      return;
    }
    void run(kinds);
  };

  const requestCancel = () => {
    if (phase.step === 'building') {
      cancelRef.current = true;
      setPhase({ ...phase, cancelling: true });
      return;
    }
    // Saving waits on the native dialog, which is modal itself; downloading is a moment.
    if (phase.step === 'saving' || phase.step === 'downloading') return;
    onClose();
  };

  const showFolder = async (path: string) => {
    setFailure(null);
    const r = await api().call('docs.showInFolder', { path });
    if (!r.ok && liveRef.current) setFailure({ error: r.error });
  };

  const downloadAgain = async (d: BuiltDoc) => {
    setFailure(null);
    await download([d]);
  };

  const firstSaved = phase.step === 'done' && phase.saved?.saved ? phase.saved.paths[0] : undefined;

  const failureText = failure && (
    <div className="form-error export-error" role="alert">
      {failure.kind && <strong>{t('exporting.failedAt', { name: t(`exporting.kinds.${failure.kind}`) })} </strong>}
      {errorText(t, failure.error)}
    </div>
  );

  return (
    <Modal labelledBy={`${uid}-h`} describedBy={`${uid}-intro`} onCancel={requestCancel}>
      {phase.step === 'choose' && (
        <form
          ref={bodyRef}
          className="modal-form export-dialog"
          noValidate
          onSubmit={submitChoice}
          onKeyDown={(e) => {
            // Enter exports from the checkboxes too, as it submits from the fields of the other dialogs.
            if (e.key === 'Enter' && e.target instanceof HTMLInputElement && e.target.type === 'checkbox') {
              e.preventDefault();
              e.currentTarget.requestSubmit();
            }
          }}
        >
          <header className="modal-header">
            <h2 id={`${uid}-h`}>{t('exporting.title')}</h2>
          </header>
          <div className="modal-body">
            <p className="muted" id={`${uid}-intro`}>
              {t('exporting.intro')}
            </p>
            <fieldset className="export-choices" aria-describedby={noneChosen ? `${uid}-none` : undefined}>
              <legend className="label">{t('exporting.choose')}</legend>
              <div className="export-choice-actions">
                <button type="button" className="btn btn-secondary btn-small" onClick={() => {
                    setChosen(new Set(BUILD_KINDS));
                    setNoneChosen(false);
                  }}
                >
                  {t('exporting.selectAll')}
                </button>
                <button type="button" className="btn btn-secondary btn-small" onClick={() => setChosen(new Set())}>
                  {t('exporting.selectNone')}
                </button>
              </div>
              <div className="export-groups">
                <ChoiceGroup heading={t('exporting.lettersGroup')} kinds={DOC_KINDS} chosen={chosen} onToggle={toggle} uid={uid} readiness={readiness.state} first />
                <ChoiceGroup
                  heading={t('exporting.moneyGroup')}
                  intro={t('exporting.moneyIntro')}
                  kinds={MONEY_DOC_KINDS}
                  chosen={chosen}
                  onToggle={toggle}
                  uid={uid}
                  readiness={readiness.state}
                />
              </div>
              {noneChosen && (
                <p className="field-error" id={`${uid}-none`} role="alert">
                  {t('exporting.noneChosen')}
                </p>
              )}
            </fieldset>
            {failureText}
          </div>
          <footer className="modal-footer">
            <button type="button" className="btn btn-secondary" onClick={onClose}>
              {t('common.cancel')}
            </button>
            <button type="submit" className="btn btn-primary">
              {chosen.size > 0 ? t('exporting.submitCount', { count: chosen.size }) : t('exporting.submit')}
            </button>
          </footer>
        </form>
      )}

      {(phase.step === 'building' || phase.step === 'saving' || phase.step === 'downloading') && (
        <StepForm formRef={bodyRef} titleId={`${uid}-h`} title={t('exporting.title')} onSubmit={() => {}} busy>
          <div className="modal-body">
            <div className="export-progress">
              <progress
                aria-label={t('exporting.progressLabel')}
                max={phase.step === 'building' ? phase.total : 1}
                value={phase.step === 'building' ? phase.n - 1 : 1}
              />
              <p className="export-progress-text" id={`${uid}-intro`} role="status">
                {phase.step === 'building' &&
                  (phase.cancelling
                    ? t('exporting.cancelling')
                    : t('exporting.progress', { n: phase.n, total: phase.total, name: t(`exporting.kinds.${phase.kind}`) }))}
                {phase.step === 'saving' && t('exporting.saving')}
                {phase.step === 'downloading' && t('exporting.downloading')}
              </p>
            </div>
          </div>
          <footer className="modal-footer">
            <button
              type="button"
              className="btn btn-secondary"
              onClick={requestCancel}
              disabled={phase.step !== 'building' || phase.cancelling}
              data-autofocus
            >
              {t('exporting.stop')}
            </button>
          </footer>
        </StepForm>
      )}

      {phase.step === 'done' && (
        <StepForm formRef={bodyRef} titleId={`${uid}-h`} title={t('exporting.doneTitle')} onSubmit={onClose}>
          <div className="modal-body">
            <p className="muted" id={`${uid}-intro`} role="status">
              {phase.mode === 'browser'
                ? t('exporting.downloaded')
                : phase.saved?.saved
                  ? t('exporting.savedIn', { folder: phase.saved.folder })
                  : t('exporting.notSaved')}
            </p>
            <ul className="framed-list">
              {phase.docs.map((d, i) => {
                const path = phase.saved?.saved ? phase.saved.paths[i] : undefined;
                const name = t(`exporting.kinds.${d.kind}`);
                return (
                  <li key={d.exportId} className="export-result">
                    <div className="export-result-main">
                      <span className="export-result-name">{name}</span>
                      <span className="export-result-file">{path ? t('exporting.savedAs', { path }) : d.fileName}</span>
                    </div>
                    <span className={`export-gaps${d.gaps > 0 ? ' has-gaps' : ''}`}>{gapsText(t, d.gaps)}</span>
                    {phase.mode === 'browser' && (
                      <button
                        type="button"
                        className="btn btn-secondary btn-small"
                        aria-label={t('exporting.downloadAgainLabel', { name })}
                        onClick={() => void downloadAgain(d)}
                      >
                        {t('exporting.downloadAgain')}
                      </button>
                    )}
                  </li>
                );
              })}
            </ul>
            {phase.docs.some((d) => d.gaps > 0) && <p className="export-gaps-hint">{t('exporting.gapsHint')}</p>}
            {phase.docs.some((d) => d.toc === 'forWord') && <p className="export-gaps-hint">{t('exporting.tocForWord')}</p>}
            {failureText}
          </div>
          <footer className="modal-footer">
            {firstSaved !== undefined && (
              <button type="button" className="btn btn-secondary" onClick={() => void showFolder(firstSaved)}>
                {t('exporting.openFolder')}
              </button>
            )}
            {phase.mode === 'desktop' && !phase.saved?.saved && (
              <button type="button" className="btn btn-secondary" onClick={() => void save(phase.docs)}>
                {t('exporting.saveAgain')}
              </button>
            )}
            <button type="submit" className="btn btn-primary" data-autofocus>
              {t('exporting.close')}
            </button>
          </footer>
        </StepForm>
      )}
    </Modal>
  );
}

/** The missing gaps each document will mark, from the trip's readiness. */
function gapCounts(r: Readiness): Map<BuildKind, number> {
  const counts = new Map<BuildKind, number>();
  for (const g of allGaps(r)) if (g.severity === 'missing') for (const k of g.kinds) counts.set(k, (counts.get(k) ?? 0) + 1);
  return counts;
}

/** One group of the dialog's documents (the letters and report; Keuangan (SPJ)): a heading, then a checkbox per document with its hint and gaps. */
function ChoiceGroup(props: {
  heading: string;
  intro?: string;
  kinds: readonly BuildKind[];
  chosen: ReadonlySet<BuildKind>;
  onToggle: (kind: BuildKind) => void;
  uid: string;
  readiness: ReturnType<typeof useCall<'docs.readiness'>>['state'];
  first?: boolean;
}) {
  const { heading, intro, kinds, chosen, onToggle, uid, readiness, first } = props;
  const { t } = useTranslation();
  const headingId = `${uid}-${kinds[0] ?? 'group'}-group`;
  const counts = readiness.status === 'ok' ? gapCounts(readiness.value) : null;
  return (
    <div className="export-choice-group" role="group" aria-labelledby={headingId}>
      <p className="group-label export-group-heading" id={headingId}>
        {heading}
      </p>
      {intro && <p className="field-hint export-group-intro">{intro}</p>}
      <ul className="framed-list export-choice-list">
        {kinds.map((kind, i) => {
          const gaps = counts?.get(kind) ?? 0;
          return (
            <li key={kind}>
              <label className="export-choice">
                <input
                  type="checkbox"
                  checked={chosen.has(kind)}
                  onChange={() => onToggle(kind)}
                  aria-labelledby={`${uid}-${kind}-name`}
                  aria-describedby={`${uid}-${kind}-hint`}
                  {...(first && i === 0 && { 'data-autofocus': true })}
                />
                <span className="export-choice-text">
                  <span className="export-choice-name" id={`${uid}-${kind}-name`}>
                    {t(`exporting.kinds.${kind}`)}
                  </span>
                  <span className="export-choice-hint" id={`${uid}-${kind}-hint`}>
                    {t(`exporting.hints.${kind}`)}
                    {gaps > 0 && <span className="export-choice-gaps"> · {t('exporting.gapCount', { count: gaps })}</span>}
                  </span>
                </span>
              </label>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/** A later step of the export dialog: its form (Enter does the step's default), heading, body and footer. */
function StepForm({
  formRef,
  titleId,
  title,
  onSubmit,
  busy,
  children,
}: {
  formRef: RefObject<HTMLFormElement | null>;
  titleId: string;
  title: string;
  onSubmit: () => void;
  busy?: boolean;
  children: ReactNode;
}) {
  return (
    <form
      ref={formRef}
      className="modal-form export-dialog"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit();
      }}
      aria-busy={busy || undefined}
    >
      <header className="modal-header">
        <h2 id={titleId}>{title}</h2>
      </header>
      {children}
    </form>
  );
}
