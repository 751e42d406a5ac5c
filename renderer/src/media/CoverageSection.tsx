import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TripDetail } from '../../../shared/delegation/schemas';
import { MAX_COPY_BYTES, type Coverage } from '../../../shared/media/schemas';
import { formatDateRange } from '../../../shared/dates';
import { isJournalistRole } from '../../../shared/vocabulary';
import { api } from '../api/bridge';
import { currentLang } from '../i18n';
import { useCall } from '../lib/data';
import { PlusIcon } from '../components/Icons';
import { useToasts } from '../components/Toasts';
import { CopyIcon, NoteIcon, RemoveIcon } from '../components/SectionIcons';
import { useTripWrite } from '../lib/mutate';
import { ErrorLine } from '../components/Page';
import { SectionEmpty } from '../components/SectionEmpty';
import { SectionHead } from '../components/SectionHead';
import { ColGroup, TableHead } from '../components/TableHead';
import { CoverageDialog } from './CoverageDialog';
import { bytesToBase64, offerDownload } from '../lib/files';
import { errorText } from '../i18n/errors';

/** Kliping berita: the articles published about the trip, with their saved copies. */
export function CoverageSection({ detail }: { detail: TripDetail }) {
  const { t } = useTranslation();
  const uid = useId();
  const tripId = detail.trip.id;
  const { state } = useCall('coverage.list', { tripId });
  const [dialog, setDialog] = useState<Coverage | 'new' | null>(null);
  const toasts = useToasts();
  const journalists = detail.members.filter((m) => isJournalistRole(m.role));
  const items = state.status === 'ok' ? state.value : [];

  const addButton = (
    <button type="button" className="btn btn-secondary btn-small" onClick={() => setDialog('new')}>
      <PlusIcon size={14} />
      {t('media.coverage.add')}
    </button>
  );

  return (
    <section className="trip-section" aria-labelledby={`${uid}-h`}>
      <SectionHead
        id={`${uid}-h`}
        title={t('media.coverage.heading')}
        count={items.length > 0 ? t('media.coverage.count', { count: items.length }) : null}
        actions={items.length > 0 && addButton}
      />
      {state.status === 'error' && <ErrorLine error={state.error} />}
      {state.status === 'ok' && items.length === 0 && (
        <div className="trip-card">
          <SectionEmpty icon={<NoteIcon size={20} />} title={t('media.coverage.emptyTitle')} action={addButton}>
            {t('media.coverage.emptyText')}
          </SectionEmpty>
        </div>
      )}
      {items.length > 0 && (
        <div className="table-wrap trip-card">
          <table className="data-table coverage-table">
            <caption className="visually-hidden">{t('media.coverage.caption')}</caption>
            <ColGroup
              classes={['coverage-col-date', 'coverage-col-outlet', undefined, 'coverage-col-section', 'coverage-col-tone', 'coverage-col-copy', 'coverage-col-actions']}
            />
            <TableHead
              columns={[
                t('media.coverage.columns.date'),
                t('media.coverage.columns.outlet'),
                t('media.coverage.columns.headline'),
                t('media.coverage.columns.section'),
                t('media.coverage.columns.tone'),
                t('media.coverage.columns.copy'),
                { label: t('media.coverage.columns.actions'), hidden: true },
              ]}
            />
            <tbody>
              {items.map((c) => (
                <CoverageRow key={c.id} item={c} onEdit={() => setDialog(c)} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {dialog && (
        <CoverageDialog
          tripId={tripId}
          journalists={journalists}
          editing={dialog === 'new' ? null : dialog}
          onClose={(saved) => {
            const wasNew = dialog === 'new';
            setDialog(null);
            if (saved && wasNew) toasts.show({ message: (tr) => tr('media.coverage.created', { headline: saved.headline }), duration: 4000 });
          }}
        />
      )}
    </section>
  );
}

function CoverageRow({ item: c, onEdit }: { item: Coverage; onEdit: () => void }) {
  const { t } = useTranslation();
  const write = useTripWrite();
  const toasts = useToasts();
  const fileRef = useRef<HTMLInputElement>(null);
  const lang = currentLang();

  const remove = async () => {
    const r = await write('coverage.remove', { id: c.id });
    if (!r.ok) return;
    toasts.show({
      message: (tr) => tr('media.coverage.removed', { headline: c.headline }),
      action: { label: (tr) => tr('common.undo'), run: () => void write('coverage.restore', { id: c.id }) },
      undoable: true,
    });
  };

  const attach = async (file: File) => {
    if (file.size > MAX_COPY_BYTES) {
      toasts.show({ kind: 'error', message: (tr) => tr('media.errors.copyTooBig', { name: file.name }) });
      return;
    }
    const dataBase64 = bytesToBase64(new Uint8Array(await file.arrayBuffer()));
    const r = await write('coverage.attachCopy', { id: c.id, fileName: file.name, dataBase64 }, { quiet: true });
    if (r.ok) toasts.show({ message: (tr) => tr('media.coverage.attached', { name: file.name }), duration: 4000 });
    else toasts.show({ kind: 'error', message: (tr) => errorText(tr, r.error) });
  };

  const download = async () => {
    const r = await api().call('coverage.getCopy', { id: c.id });
    if (r.ok) offerDownload(r.value.fileName, r.value.mime, r.value.dataBase64);
    else toasts.show({ kind: 'error', message: (tr) => errorText(tr, r.error) });
  };

  const copyUrl = async () => {
    try {
      await navigator.clipboard.writeText(c.url);
      toasts.show({ message: (tr) => tr('media.coverage.urlCopied'), duration: 2500 });
    } catch (e) {
      // No clipboard (e.g. denied): the URL stays selectable on screen.
      console.warn('clipboard unavailable', e);
    }
  };

  return (
    <tr data-coverage-id={c.id}>
      <td className="coverage-date">{c.publishedOn ? formatDateRange(c.publishedOn, c.publishedOn, lang) : <span className="muted">{t('media.coverage.noDate')}</span>}</td>
      <td>
        <span className="coverage-outlet">{c.outlet}</span>
        {c.journalistName && <span className="muted coverage-journalist">{t('media.coverage.byJournalist', { name: c.journalistName })}</span>}
      </td>
      <td className="coverage-headline-cell">
        <span className="coverage-headline">{c.headline}</span>
        {c.url && (
          <span className="coverage-url">
            <code className="coverage-url-text">{c.url}</code>
            <button type="button" className="icon-btn row-btn" onClick={() => void copyUrl()} aria-label={t('media.coverage.copyUrl', { url: c.url })}>
              <CopyIcon size={13} />
            </button>
          </span>
        )}
      </td>
      <td>{c.section}</td>
      <td>
        <span className={`tone-badge tone-${c.tone}`}>{t(`media.tones.${c.tone}`)}</span>
      </td>
      <td className="coverage-copy">
        {c.copy ? (
          <button type="button" className="media-link-btn" onClick={() => void download()} aria-label={t('media.coverage.download', { name: c.copy.fileName })}>
            {c.copy.fileName}
          </button>
        ) : null}
        <input
          ref={fileRef}
          type="file"
          hidden
          accept="application/pdf,image/*"
          aria-label={t('media.coverage.attachFor', { headline: c.headline })}
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void attach(file);
          }}
        />
        <button type="button" className="media-text-btn" onClick={() => fileRef.current?.click()}>
          {t(c.copy ? 'media.coverage.replaceCopy' : 'media.coverage.attach')}
        </button>
      </td>
      <td className="coverage-actions">
        <button type="button" className="media-text-btn" onClick={onEdit} aria-label={t('media.coverage.edit', { headline: c.headline })}>
          {t('common.edit')}
        </button>
        <button type="button" className="icon-btn row-btn media-danger" onClick={() => void remove()} aria-label={t('media.coverage.remove', { headline: c.headline })}>
          <RemoveIcon size={14} />
        </button>
      </td>
    </tr>
  );
}
