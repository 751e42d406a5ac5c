import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_RECEIPT_BYTES, RECEIPT_ACCEPT, receiptText, type Receipt } from '../../../../shared/money/receipts';
import { COST_COMPONENTS, type CostComponent } from '../../../../shared/money/vocabulary';
import type { ApiError } from '../../../../shared/result';
import { api } from '../../api/bridge';
import { FilePickButton } from '../../components/FilePickButton';
import { ErrorLine, ErrorPanel, Loading } from '../../components/Page';
import { RemoveIcon } from '../../components/SectionIcons';
import { useToasts } from '../../components/Toasts';
import { errorText } from '../../i18n/errors';
import { useCall } from '../../lib/data';
import { bytesToBase64, offerDownload } from '../../lib/files';
import { useTripWrite } from '../../lib/mutate';
import { thumbnailBase64 } from '../../media';
import './receipts.css';

/** "1,2 MB", "340 KB". */
function sizeText(bytes: number, lang: string): string {
  const fmt = (n: number) => n.toLocaleString(lang, { maximumFractionDigits: 1 });
  return bytes >= 1_000_000 ? `${fmt(bytes / 1_000_000)} MB` : `${fmt(Math.max(1, Math.round(bytes / 1000)))} KB`;
}

/**
 * Bukti pengeluaran of one member: the receipts attached to their cost lines
 * (a ticket, a boarding pass, a hotel bill), each openable and removable
 * (with undo), and a file to add for a chosen cost component. Main checks the
 * file by its bytes (PDF or image); the rincian biaya names every receipt on
 * its line. Mounted in the budget section's member dialog.
 */
export function MemberReceipts({ tripId, memberId }: { tripId: string; memberId: string }) {
  const { t, i18n } = useTranslation();
  const uid = useId();
  const write = useTripWrite();
  const toasts = useToasts();
  const list = useCall('receipts.list', { tripId });
  const [shown, setShown] = useState<{ receipt: Receipt; url: string } | null>(null);
  const [component, setComponent] = useState<CostComponent>('fare');
  const [label, setLabel] = useState('');
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const mine = list.state.status === 'ok' ? list.state.value.filter((r) => r.memberId === memberId) : [];
  const componentName = (c: CostComponent) => t(`budget.components.${c}`);

  const add = async (file: File) => {
    setError(null);
    if (file.size > MAX_RECEIPT_BYTES) {
      toasts.show({ kind: 'error', message: (tr) => tr('money.receipts.tooBig', { name: file.name }) });
      return;
    }
    setBusy(file.name);
    const dataBase64 = bytesToBase64(new Uint8Array(await file.arrayBuffer()));
    // An image gets its thumbnail here, like a photo (main checks it); a PDF has none.
    const thumbBase64 = file.type.startsWith('image/') ? await thumbnailBase64(file) : '';
    const r = await write('receipts.add', { tripId, memberId, component, label: label.trim(), fileName: file.name, dataBase64, thumbBase64 }, { quiet: true });
    setBusy(null);
    if (!r.ok) {
      setError(r.error);
      return;
    }
    setLabel('');
    toasts.show({ message: (tr) => tr('money.receipts.added', { name: receiptText(r.value) }), duration: 4000 });
  };

  const remove = async (r: Receipt) => {
    const res = await write('receipts.remove', { id: r.id });
    if (!res.ok) return;
    toasts.show({
      message: (tr) => tr('money.receipts.removed', { name: receiptText(r) }),
      action: { label: (tr) => tr('common.undo'), run: () => void write('receipts.restore', { id: r.id }) },
      undoable: true,
    });
  };

  /** An image is shown larger below the list; a PDF is offered as a file, as the app offers documents. */
  const open = async (r: Receipt) => {
    const f = await api().call('receipts.file', { id: r.id });
    if (!f.ok) toasts.show({ kind: 'error', message: (tr) => errorText(tr, f.error) });
    else if (r.mime === 'application/pdf') offerDownload(f.value.fileName, f.value.mime, f.value.dataBase64);
    else setShown({ receipt: r, url: `data:${f.value.mime};base64,${f.value.dataBase64}` });
  };

  return (
    <section className="member-receipts" aria-labelledby={`${uid}-h`}>
      <h3 id={`${uid}-h`} className="member-receipts-heading">
        {t('money.receipts.heading')}
      </h3>
      <p className="field-hint" id={`${uid}-intro`}>
        {t('money.receipts.intro')}
      </p>
      {list.state.status === 'loading' && <Loading />}
      {list.state.status === 'error' && <ErrorPanel title={t('money.receipts.loadError')} error={list.state.error} onRetry={list.retry} />}
      {list.state.status === 'ok' &&
        (mine.length === 0 ? (
          <p className="muted member-receipts-empty">{t('money.receipts.empty')}</p>
        ) : (
          <ul className="framed-list" aria-labelledby={`${uid}-h`}>
            {mine.map((r) => (
              <li key={r.id} className="member-receipt">
                {r.thumbUrl ? (
                  <img className="member-receipt-thumb" src={r.thumbUrl} alt="" />
                ) : (
                  <span className="member-receipt-thumb member-receipt-kind" aria-hidden="true">
                    {r.mime === 'application/pdf' ? 'PDF' : t('money.receipts.image')}
                  </span>
                )}
                <span className="member-receipt-component">{componentName(r.component)}</span>
                <span className="member-receipt-main">
                  <button type="button" className="media-link-btn member-receipt-open" onClick={() => void open(r)} aria-label={t('money.receipts.open', { name: r.fileName })}>
                    {receiptText(r)}
                  </button>
                  <span className="member-receipt-file">
                    {r.label.trim() ? `${r.fileName} · ` : ''}
                    {sizeText(r.size, i18n.language)}
                  </span>
                </span>
                <button type="button" className="icon-btn row-btn media-danger" onClick={() => void remove(r)} aria-label={t('money.receipts.remove', { name: receiptText(r) })}>
                  <RemoveIcon size={14} />
                </button>
              </li>
            ))}
          </ul>
        ))}
      <div className="member-receipts-add">
        <label className="member-receipts-field">
          <span className="label">{t('money.receipts.component')}</span>
          <select className="input" value={component} onChange={(e) => setComponent(e.target.value as CostComponent)}>
            {COST_COMPONENTS.map((c) => (
              <option key={c} value={c}>
                {componentName(c)}
              </option>
            ))}
          </select>
        </label>
        <label className="member-receipts-field member-receipts-label">
          <span className="label">{t('money.receipts.label')}</span>
          <input className="input" value={label} maxLength={200} placeholder={t('money.receipts.labelPlaceholder')} onChange={(e) => setLabel(e.target.value)} />
        </label>
        <FilePickButton
          accept={RECEIPT_ACCEPT}
          className="btn btn-secondary member-receipts-choose"
          disabled={busy !== null}
          inputLabel={t('money.receipts.chooseLabel', { component: componentName(component) })}
          onFiles={([file]) => {
            if (file) void add(file);
          }}
        >
          {busy !== null ? t('money.receipts.adding', { name: busy }) : t('money.receipts.choose')}
        </FilePickButton>
      </div>
      <ErrorLine error={error} />
      {shown && (
        <figure className="member-receipt-view">
          <img src={shown.url} alt={receiptText(shown.receipt)} />
          <figcaption>
            <span>{receiptText(shown.receipt)}</span>
            <button type="button" className="btn btn-secondary btn-small" onClick={() => setShown(null)}>
              {t('common.close')}
            </button>
          </figcaption>
        </figure>
      )}
    </section>
  );
}
