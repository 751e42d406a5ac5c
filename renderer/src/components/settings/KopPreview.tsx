import { useTranslation } from 'react-i18next';
import type { Profile } from '../../../../shared/domain/documents';
import type { ProfileValues } from './profileForm';

/** A small picture of the letterhead as the documents draw it: emblem left, lines centred, closed by a rule. */
export function KopPreview({ values, emblem }: { values: ProfileValues; emblem: Profile['emblem'] }) {
  const { t } = useTranslation();
  const contact = [values.phone && `Telp. ${values.phone}`, values.email, values.website].map((s) => (s || '').trim()).filter(Boolean);
  const empty = !values.govLine.trim() && !values.officeName.trim();
  return (
    <figure className="kop-preview" aria-label={t('profile.preview')}>
      <figcaption className="label">{t('profile.preview')}</figcaption>
      {empty ? (
        <p className="field-hint kop-preview-empty">{t('profile.previewEmpty')}</p>
      ) : (
        <div className="kop-sheet" style={{ fontFamily: `'${values.font}', ${values.font === 'Arial' ? 'Arial, sans-serif' : 'serif'}` }}>
          <div className="kop-emblem">{emblem && <img src={emblem.dataUrl} alt="" />}</div>
          <div className="kop-lines">
            {values.govLine.trim() && <p className="kop-gov">{values.govLine.trim().toUpperCase()}</p>}
            {values.officeName.trim() && <p className="kop-office">{values.officeName.trim().toUpperCase()}</p>}
            {values.address.trim() && <p className="kop-contact">{values.address.trim()}</p>}
            {contact.length > 0 && <p className="kop-contact">{contact.join(' · ')}</p>}
          </div>
        </div>
      )}
    </figure>
  );
}
