import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Profile } from '../../../../shared/domain/documents';
import type { ApiError } from '../../../../shared/result';
import { api } from '../../api/bridge';
import { bytesToBase64 } from '../media/images';
import { useToasts } from '../Toasts';
import { fieldMessage } from './profileForm';

const MAX_BYTES = 3 * 1024 * 1024;
/** Long side of the PNG an SVG emblem is drawn to: sharp at the kop's 2.4 cm even when printed. */
const SVG_RASTER_SIDE = 600;

const isSvg = (file: File): boolean => file.type === 'image/svg+xml' || /\.svg$/i.test(file.name);

/**
 * Word and LibreOffice need a raster picture (an SVG needs a PNG fallback
 * anyway), so an SVG emblem is drawn once, here, to a PNG of its own
 * proportions. An <img> never runs an SVG's scripts.
 */
async function svgToPng(file: File): Promise<{ fileName: string; bytes: Uint8Array }> {
  const url = URL.createObjectURL(file);
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const w0 = img.naturalWidth || SVG_RASTER_SIDE;
    const h0 = img.naturalHeight || SVG_RASTER_SIDE;
    const scale = SVG_RASTER_SIDE / Math.max(w0, h0);
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.round(w0 * scale));
    canvas.height = Math.max(1, Math.round(h0 * scale));
    const g = canvas.getContext('2d');
    if (!g) throw new Error('no 2d context');
    g.drawImage(img, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error('PNG encoding failed');
    return { fileName: file.name.replace(/\.svg$/i, '') + '.png', bytes: new Uint8Array(await blob.arrayBuffer()) };
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** The regional emblem for the kop: pick a PNG/JPEG (main checks its bytes), see it, remove it. Saved at once. */
export function EmblemField({ emblem, onChanged }: { emblem: Profile['emblem']; onChanged: (p: Profile) => void }) {
  const { t } = useTranslation();
  const uid = useId();
  const toasts = useToasts();
  const fileRef = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const errorId = `${uid}-error`;
  const hintId = `${uid}-hint`;

  const choose = async (file: File) => {
    setError(null);
    if (file.size > MAX_BYTES) {
      setError({ code: 'VALIDATION', message: 'too big', key: 'documents.validation.emblemTooBig', field: 'imageBase64' });
      return;
    }
    setBusy(true);
    let upload: { fileName: string; bytes: Uint8Array };
    try {
      upload = isSvg(file) ? await svgToPng(file) : { fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
    } catch {
      setBusy(false);
      setError({ code: 'VALIDATION', message: 'unreadable SVG', key: 'profile.emblemSvgUnreadable', field: 'imageBase64' });
      return;
    }
    const imageBase64 = bytesToBase64(upload.bytes);
    const r = await api().call('profile.setEmblem', { fileName: upload.fileName, imageBase64 });
    setBusy(false);
    if (r.ok) {
      onChanged(r.value);
      toasts.show({ message: (tr) => tr('profile.emblemSaved'), duration: 3000 });
    } else {
      setError(r.error);
    }
  };

  const remove = async () => {
    setError(null);
    setBusy(true);
    const r = await api().call('profile.clearEmblem', {});
    setBusy(false);
    if (r.ok) {
      onChanged(r.value);
      toasts.show({ message: (tr) => tr('profile.emblemRemoved'), duration: 3000 });
    } else {
      setError(r.error);
    }
  };

  return (
    <div className={`field profile-emblem${error ? ' field-invalid' : ''}`} role="group" aria-labelledby={`${uid}-label`} aria-busy={busy || undefined}>
      <span id={`${uid}-label`} className="label">
        {t('profile.emblem')}
      </span>
      <div className="emblem-box">
        {emblem ? (
          <img className="emblem-img" src={emblem.dataUrl} alt={t('profile.emblemAlt', { name: emblem.fileName })} />
        ) : (
          <span className="emblem-none">{t('profile.emblemNone')}</span>
        )}
      </div>
      {emblem && (
        <p className="field-hint emblem-meta">
          <span className="emblem-name" title={emblem.fileName}>
            {emblem.fileName}
          </span>
          <span>{t('profile.emblemSize', { width: emblem.width, height: emblem.height })}</span>
        </p>
      )}
      <input
        ref={fileRef}
        id={`${uid}-file`}
        type="file"
        hidden
        accept="image/png,image/jpeg,image/svg+xml,.svg"
        aria-describedby={[error ? errorId : null, hintId].filter(Boolean).join(' ')}
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void choose(file);
        }}
      />
      <div className="emblem-actions">
        <button type="button" className="btn btn-secondary btn-small" disabled={busy} onClick={() => fileRef.current?.click()} aria-describedby={hintId}>
          {emblem ? t('profile.emblemReplace') : t('profile.emblemChoose')}
        </button>
        {emblem && (
          <button type="button" className="btn btn-danger btn-small" disabled={busy} onClick={() => void remove()}>
            {t('profile.emblemRemove')}
          </button>
        )}
      </div>
      {error && (
        <p id={errorId} className="field-error" role="alert">
          {fieldMessage(t, error, 'imageBase64')}
        </p>
      )}
      <p id={hintId} className="field-hint">
        {t('profile.emblemHint')}
      </p>
    </div>
  );
}
