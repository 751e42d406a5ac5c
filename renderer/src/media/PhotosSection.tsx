import { useEffect, useId, useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TripDetail } from '../../../shared/delegation/schemas';
import type { AgendaOption, Photo } from '../../../shared/media/schemas';
import { api } from '../api/bridge';
import { moveItem } from '../../../shared/delegation/protocol';
import { useCall } from '../lib/data';
import { moveKey, useFocusAfterReload } from '../lib/reorder';
import { useFocusAfterDelete } from '../lib/focusAfterDelete';
import { PlusIcon } from '../components/Icons';
import { Modal } from '../components/Modal';
import { ErrorLine } from '../components/Page';
import { SectionHead } from '../components/SectionHead';
import { useToasts } from '../components/Toasts';
import { ignoreRepeat, useOneAtATime } from '../lib/deleteGuard';
import { RemoveIcon } from '../components/SectionIcons';
import { MoveButtons } from '../components/MoveButtons';
import { useTripWrite } from '../lib/mutate';
import { PhotoError, shrinkPhoto } from './images';
import { errorText } from '../i18n/errors';
import { DateField, TimeField } from '../components/date';
import { isRealIsoDate } from '../../../shared/dates';
import { ISO_TIME_RE } from '../../../shared/date-input';
import { ItemOptions } from '../components/Options';

/** Dokumentasi: photos of the trip, shrunk once when added. */
export function PhotosSection({ detail }: { detail: TripDetail }) {
  const { t } = useTranslation();
  const uid = useId();
  const tripId = detail.trip.id;
  const { state } = useCall('photos.list', { tripId });
  const agenda = useCall('photos.agendaOptions', { tripId });
  const write = useTripWrite();
  const toasts = useToasts();
  const inputRef = useRef<HTMLInputElement>(null);
  const addRef = useRef<HTMLButtonElement>(null);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [dragging, setDragging] = useState(false);
  const [viewing, setViewing] = useState<Photo | null>(null);
  const [announce, setAnnounce] = useState('');
  const photos = state.status === 'ok' ? state.value : [];
  const focusAfter = useFocusAfterReload(state);
  // After a delete: the next photo's thumbnail (the previous one after the last), else "Tambah foto".
  const focusAfterDelete = useFocusAfterDelete(
    state.status === 'ok' ? state.value : null,
    (p) => p.id,
    (p) => document.querySelector<HTMLElement>(`[data-photo-id="${p.id}"] .photo-thumb`),
    () => addRef.current,
  );
  const agendaItems = agenda.state.status === 'ok' ? agenda.state.value : [];

  /** One file at a time: a failure is reported by name and the others go on. */
  const addFiles = async (files: readonly File[]) => {
    if (files.length === 0 || progress) return;
    let added = 0;
    setProgress({ done: 0, total: files.length });
    for (const [i, file] of files.entries()) {
      try {
        const shrunk = await shrinkPhoto(file);
        const r = await write('photos.add', { tripId, fileName: file.name, ...shrunk }, { quiet: true });
        if (r.ok) added += 1;
        else toasts.show({ kind: 'error', message: (tr) => errorText(tr, r.error) });
      } catch (e) {
        const reason = e instanceof PhotoError ? e.reason : 'notImage';
        if (!(e instanceof PhotoError)) console.warn('photo failed', file.name, e);
        toasts.show({ kind: 'error', message: (tr) => tr(`media.errors.${reason}`, { name: file.name }) });
      }
      setProgress({ done: i + 1, total: files.length });
    }
    setProgress(null);
    if (added > 0) toasts.show({ message: (tr) => tr('media.photos.added', { count: added }), duration: 4000 });
  };

  /** Moves a photo one place in the grid; focus stays on what moved it. */
  const move = async (p: Photo, delta: -1 | 1, via: 'thumb' | 'earlier' | 'later') => {
    const from = photos.findIndex((x) => x.id === p.id);
    const next = moveItem(photos, from, delta);
    if (next.every((x, i) => x.id === photos[i]?.id)) return;
    const r = await write('photos.reorder', { tripId, photoIds: next.map((x) => x.id) });
    if (!r.ok) return;
    const tile = `[data-photo-id="${p.id}"]`;
    const other = via === 'earlier' ? 'later' : 'earlier';
    focusAfter(...(via === 'thumb' ? [] : [`${tile} [data-action="${via}"]`, `${tile} [data-action="${other}"]`]), `${tile} .photo-thumb`);
    setAnnounce(t('media.photos.moved', { name: p.fileName, n: from + delta + 1 }));
  };

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    void addFiles([...e.dataTransfer.files]);
  };

  const dropZone = (
    <div
      className={`photo-drop${dragging ? ' is-dragging' : ''}${photos.length === 0 ? ' photo-drop-empty' : ''}`}
      onDragOver={(e) => {
        e.preventDefault();
        e.dataTransfer.dropEffect = 'copy';
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      {photos.length === 0 && <p className="photo-drop-title">{t('media.photos.emptyTitle')}</p>}
      {photos.length === 0 && <p className="muted photo-drop-text">{t('media.photos.emptyText')}</p>}
      <p className="photo-drop-line">
        <span>{t('media.photos.dropHere')}</span>
        <button ref={addRef} type="button" className="btn btn-secondary btn-small" onClick={() => inputRef.current?.click()} disabled={progress !== null}>
          <PlusIcon size={14} />
          {t('media.photos.add')}
        </button>
      </p>
      <p className="field-hint">{t('media.photos.dropHint')}</p>
      <input
        ref={inputRef}
        type="file"
        accept="image/*"
        multiple
        hidden
        aria-label={t('media.photos.add')}
        data-testid="photo-input"
        onChange={(e) => {
          const files = [...(e.target.files ?? [])];
          e.target.value = '';
          void addFiles(files);
        }}
      />
      {progress && (
        <div className="photo-progress" role="status">
          <progress max={progress.total} value={progress.done} />
          <span>{t('media.photos.progress', progress)}</span>
        </div>
      )}
    </div>
  );

  return (
    <section className="trip-section" aria-labelledby={`${uid}-h`}>
      <SectionHead id={`${uid}-h`} title={t('media.photos.heading')} count={photos.length > 0 ? t('media.photos.count', { count: photos.length }) : null} />
      {state.status === 'error' && <ErrorLine error={state.error} />}
      <div className="trip-card photo-card">
        {photos.length > 0 && (
          <ul className="photo-grid" aria-label={t('media.photos.grid')}>
            {photos.map((p, i) => (
              <PhotoTile
                key={p.id}
                photo={p}
                agenda={agendaItems}
                onOpen={() => setViewing(p)}
                // While photos are being added the grid is not yet the whole list: moves wait.
                first={i === 0 || progress !== null}
                last={i === photos.length - 1 || progress !== null}
                onMove={(delta, via) => void move(p, delta, via)}
                onRemoved={() => focusAfterDelete(p.id, i)}
              />
            ))}
          </ul>
        )}
        {photos.length > 1 && <p className="field-hint photo-reorder-hint">{t('media.photos.reorderHint')}</p>}
        <p className="visually-hidden" aria-live="polite">
          {announce}
        </p>
        {dropZone}
      </div>
      {viewing && <PhotoViewer photo={viewing} onClose={() => setViewing(null)} />}
    </section>
  );
}

/** A photo's moment from its date and time fields (a time without a date is kept on screen until a date comes). */
const joinTaken = (date: string, time: string) => (time === '' ? date : `${date}T${time}`);

function PhotoTile({
  photo: p,
  agenda,
  onOpen,
  first,
  last,
  onMove,
  onRemoved,
}: {
  photo: Photo;
  agenda: readonly AgendaOption[];
  onOpen: () => void;
  first: boolean;
  last: boolean;
  onMove: (delta: -1 | 1, via: 'thumb' | 'earlier' | 'later') => void;
  /** It went to the trash (the focus moves on). */
  onRemoved: () => void;
}) {
  const { t } = useTranslation();
  const write = useTripWrite();
  const toasts = useToasts();
  const [caption, setCaption] = useState(p.caption);
  const [takenAt, setTakenAt] = useState(p.takenAt);
  // A saved or restored value from main replaces what the fields show.
  const [seen, setSeen] = useState({ caption: p.caption, takenAt: p.takenAt });
  if (seen.caption !== p.caption || seen.takenAt !== p.takenAt) {
    setSeen({ caption: p.caption, takenAt: p.takenAt });
    setCaption(p.caption);
    setTakenAt(p.takenAt);
  }
  const name = p.fileName;

  const save = async (patch: Partial<Pick<Photo, 'caption' | 'takenAt' | 'agendaItemId'>>) => {
    const next = { caption: p.caption, takenAt: p.takenAt, agendaItemId: p.agendaItemId, ...patch };
    if (next.caption === p.caption && next.takenAt === p.takenAt && next.agendaItemId === p.agendaItemId) return;
    await write('photos.update', { id: p.id, ...next, expectedUpdatedAt: p.updatedAt });
  };

  // The moment is a date and, when known, a time: 'yyyy-MM-dd' or 'yyyy-MM-ddTHH:mm'.
  const [takenDate = '', takenTime = ''] = takenAt.split('T');
  const saveTaken = (d: string, tm: string) => {
    // Text not read as a date or a time stays on screen with its note; nothing is sent.
    if ((d !== '' && !isRealIsoDate(d)) || (tm !== '' && !ISO_TIME_RE.test(tm))) return;
    void save({ takenAt: d === '' ? '' : joinTaken(d, tm) });
  };

  // A photo takes nothing with it: deleted at once, with "Urungkan"; one deletion at a time.
  const oneAtATime = useOneAtATime();
  const remove = () => oneAtATime(removeNow);
  const removeNow = async () => {
    const r = await write('photos.remove', { id: p.id });
    if (!r.ok) return;
    onRemoved();
    toasts.show({
      message: (tr) => tr('media.photos.removed', { name }),
      action: { label: (tr) => tr('common.undo'), run: () => void write('photos.restore', { id: p.id }) },
      undoable: true,
    });
  };

  return (
    <li
      className="photo-tile"
      data-photo-id={p.id}
      onKeyDown={(e) => {
        const delta = moveKey(e, true);
        if (delta === null) return;
        e.preventDefault();
        const action = (e.target as HTMLElement).dataset.action;
        const via = action === 'earlier' || action === 'later' ? action : 'thumb';
        if ((delta < 0 && !first) || (delta > 0 && !last)) onMove(delta, via);
      }}
    >
      <button
        type="button"
        className="photo-thumb"
        onClick={onOpen}
        aria-label={t('media.photos.open', { name })}
        aria-keyshortcuts="Alt+ArrowLeft Alt+ArrowRight Alt+ArrowUp Alt+ArrowDown"
      >
        <img src={p.thumbUrl} alt="" width={p.width >= p.height ? 320 : Math.round((320 * p.width) / p.height)} />
      </button>
      <span className="photo-move">
        <MoveButtons
          axis="horizontal"
          labels={[t('media.photos.moveEarlier', { name }), t('media.photos.moveLater', { name })]}
          first={first}
          last={last}
          iconSize={14}
          onMove={onMove}
        />
      </span>
      <button
        type="button"
        className="icon-btn photo-remove"
        onClick={() => void remove()}
        onKeyDown={ignoreRepeat}
        aria-label={t('media.photos.remove', { name })}
      >
        <RemoveIcon size={14} />
      </button>
      <div className="photo-meta">
        <textarea
          className="input photo-caption"
          rows={2}
          value={caption}
          placeholder={t('media.photos.captionPlaceholder')}
          aria-label={t('media.photos.captionLabel', { name })}
          onChange={(e) => setCaption(e.target.value)}
          onBlur={() => void save({ caption: caption.trim() })}
        />
        <div className="photo-taken-row" role="group" aria-label={t('media.photos.takenAtLabel', { name })}>
          <DateField
            id={`${p.id}-taken-date`}
            className="photo-taken"
            value={takenDate}
            aria-label={t('media.photos.takenDateLabel', { name })}
            onChange={(d) => setTakenAt(joinTaken(d, takenTime))}
            onCommit={(d) => saveTaken(d, takenTime)}
          />
          <TimeField
            id={`${p.id}-taken-time`}
            className="photo-taken"
            value={takenTime}
            aria-label={t('media.photos.takenTimeLabel', { name })}
            onChange={(tm) => setTakenAt(joinTaken(takenDate, tm))}
            onCommit={(tm) => saveTaken(takenDate, tm)}
          />
        </div>
        {agenda.length > 0 && (
          <select
            className="input photo-agenda"
            value={p.agendaItemId ?? ''}
            aria-label={t('media.photos.agendaLabel', { name })}
            onChange={(e) => void save({ agendaItemId: e.target.value || null })}
          >
            <option value="">{t('media.photos.agendaNone')}</option>
            <ItemOptions items={agenda} valueOf={(a) => a.id} labelOf={(a) => a.label} />
          </select>
        )}
      </div>
    </li>
  );
}

function PhotoViewer({ photo, onClose }: { photo: Photo; onClose: () => void }) {
  const { t } = useTranslation();
  const uid = useId();
  const [src, setSrc] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void api()
      .call('photos.get', { id: photo.id })
      .then((r) => {
        if (!live) return;
        if (r.ok) setSrc(`data:${r.value.mime};base64,${r.value.dataBase64}`);
        else setError(errorText(t, r.error));
      });
    return () => {
      live = false;
    };
  }, [photo.id, t]);

  return (
    <Modal labelledBy={`${uid}-h`} onCancel={onClose}>
      <div className="photo-viewer">
        <header className="modal-header photo-viewer-head">
          <h2 id={`${uid}-h`}>{photo.caption || photo.fileName}</h2>
          <button type="button" className="btn btn-secondary btn-small" onClick={onClose} data-autofocus>
            {t('common.close')}
          </button>
        </header>
        <div className="photo-viewer-body">
          {error ? (
            <p className="form-error" role="alert">
              {error}
            </p>
          ) : src ? (
            <img src={src} alt={t('media.photos.viewer', { name: photo.fileName })} />
          ) : (
            <p className="muted">{t('media.photos.loadingImage')}</p>
          )}
        </div>
      </div>
    </Modal>
  );
}
