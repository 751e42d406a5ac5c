import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Issuer, IssuerEmblem, IssuerLevel } from '../../../shared/documents/issuers';
import type { ApiError, Result } from '../../../shared/result';
import { api } from '../api/bridge';
import { bytesToBase64 } from '../lib/files';
import { useToasts } from '../components/Toasts';
import { errorText } from '../i18n/errors';

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

interface EmblemFieldProps {
  institutionId: string | null;
  level: IssuerLevel;
  emblem: IssuerEmblem | null;
  onChanged: (issuer: Issuer) => void;
}

/**
 * The kop's image of one issuer, saved at once: the Garuda for the Kepala
 * Daerah, the regional emblem for the others. Pick a PNG/JPEG/SVG (main
 * checks the bytes), see it, remove it.
 */
export function EmblemField({ institutionId, level, emblem, onChanged }: EmblemFieldProps) {
  const { t } = useTranslation();
  const uid = useId();
  const toasts = useToasts();
  const fileRef = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const errorId = `${uid}-error`;
  const hintId = `${uid}-hint`;
  const garuda = level === 'regional_head';
  const what = t(garuda ? 'issuers.emblem.garuda' : 'issuers.emblem.region');

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
      setError({ code: 'VALIDATION', message: 'unreadable SVG', key: 'issuers.emblem.svgUnreadable', field: 'imageBase64' });
      return;
    }
    settle(await api().call('issuers.setEmblem', { institutionId, level, fileName: upload.fileName, imageBase64: bytesToBase64(upload.bytes) }), 'issuers.emblem.saved');
  };

  const remove = async () => {
    setError(null);
    setBusy(true);
    settle(await api().call('issuers.clearEmblem', { institutionId, level }), 'issuers.emblem.removed');
  };

  /** After a call: the issuer as it is now, said in a toast; or the refusal, under the field. */
  const settle = (r: Result<Issuer>, said: 'issuers.emblem.saved' | 'issuers.emblem.removed') => {
    setBusy(false);
    if (!r.ok) {
      setError(r.error);
      return;
    }
    onChanged(r.value);
    toasts.show({ message: (tr) => tr(said, { what }), duration: 3000 });
  };

  return (
    <div
      className={`field profile-emblem${error ? ' field-invalid' : ''}${garuda && !emblem ? ' is-gap' : ''}`}
      role="group"
      aria-labelledby={`${uid}-label`}
      aria-describedby={hintId}
      aria-busy={busy || undefined}
    >
      <span id={`${uid}-label`} className="label">
        {what}
      </span>
      <div className="emblem-box">
        {emblem ? (
          <img className="emblem-img" src={emblem.dataUrl} alt={t('issuers.emblem.alt', { what, name: emblem.fileName })} />
        ) : (
          <span className="emblem-none">{garuda ? t('issuers.emblem.noneGaruda') : t('issuers.emblem.none')}</span>
        )}
      </div>
      {emblem && (
        <p className="field-hint emblem-meta">
          <span className="emblem-name" title={emblem.fileName}>
            {emblem.fileName}
          </span>
          <span>{t('issuers.emblem.size', { width: emblem.width, height: emblem.height })}</span>
        </p>
      )}
      <input
        ref={fileRef}
        id={`${uid}-file`}
        type="file"
        hidden
        accept="image/png,image/jpeg,image/svg+xml,.svg"
        aria-label={what}
        aria-describedby={[error ? errorId : null, hintId].filter(Boolean).join(' ')}
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void choose(file);
        }}
      />
      <div className="emblem-actions">
        <button type="button" className="btn btn-secondary btn-small" disabled={busy} onClick={() => fileRef.current?.click()} aria-describedby={hintId}>
          {emblem ? t('issuers.emblem.replace') : t('issuers.emblem.choose')}
        </button>
        {emblem && (
          <button type="button" className="btn btn-danger btn-small" disabled={busy} onClick={() => void remove()}>
            {t('issuers.emblem.remove')}
          </button>
        )}
      </div>
      {error && (
        <p id={errorId} className="field-error" role="alert">
          {errorText(t, error, { label: what })}
        </p>
      )}
      <p id={hintId} className="field-hint">
        {garuda ? t('issuers.emblem.hintGaruda') : t('issuers.emblem.hintRegion')}
      </p>
    </div>
  );
}
