import { useTranslation } from 'react-i18next';
import type { DocFont } from '../../../shared/documents/schemas';
import type { IssuerEmblem, IssuerLevel, KopLines } from '../../../shared/documents/issuers';

const fontStack = (font: DocFont) => `'${font}', ${font === 'Arial' ? 'Arial, sans-serif' : 'serif'}`;

/**
 * A small picture of the kop as the documents draw it. The Kepala Daerah's
 * kop jabatan: the Garuda centred above the title, no address. The others:
 * the emblem left, the lines centred, closed by a double rule. A missing
 * image is drawn as a marked gap, as the document marks it.
 */
export function KopPreview({ level, kop, emblem, font }: { level: IssuerLevel; kop: KopLines; emblem: IssuerEmblem | null; font: DocFont }) {
  const { t } = useTranslation();
  const label = t('issuers.preview', { level: t(`issuers.levels.${level}`) });
  const empty = !kop.govLine && !kop.officeName;
  const gap = (text: string, strong: boolean) => (
    <span className={`kop-gap${strong ? ' is-strong' : ''}`} role="img" aria-label={text}>
      {text}
    </span>
  );

  return (
    <figure className="kop-preview" aria-label={label}>
      <figcaption className="label">{label}</figcaption>
      {empty ? (
        <p className="field-hint kop-preview-empty">{t('issuers.previewEmpty')}</p>
      ) : level === 'regional_head' ? (
        <div className="kop-sheet kop-sheet-jabatan" style={{ fontFamily: fontStack(font) }}>
          <div className="kop-garuda">{emblem ? <img src={emblem.dataUrl} alt="" /> : gap(t('issuers.garudaGap'), true)}</div>
          <p className="kop-office">{kop.officeName}</p>
        </div>
      ) : (
        <div className="kop-sheet" style={{ fontFamily: fontStack(font) }}>
          <div className="kop-emblem">{emblem ? <img src={emblem.dataUrl} alt="" /> : gap(t('issuers.emblemGap'), false)}</div>
          <div className="kop-lines">
            {kop.govLine && <p className="kop-gov">{kop.govLine}</p>}
            {kop.officeName && <p className="kop-office">{kop.officeName}</p>}
            {kop.contacts.map((c, i) => (
              <p key={i} className="kop-contact">
                {c}
              </p>
            ))}
          </div>
        </div>
      )}
    </figure>
  );
}
