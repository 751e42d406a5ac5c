import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Modal } from '../Modal';
import { answerLeave, saveAll, usePendingLeave } from './unsaved';

/**
 * "Simpan / Buang / Batal" when the user leaves a screen with unsaved changes.
 * Save submits every unsaved form and goes on only when all saved (a refusal
 * stays on screen under its field); Discard goes on; Cancel (and Escape) stays.
 */
export function UnsavedPrompt() {
  const { t } = useTranslation();
  const uid = useId();
  const target = usePendingLeave();
  const [saving, setSaving] = useState(false);
  if (target === null) return null;
  const save = async () => {
    setSaving(true);
    const ok = await saveAll();
    setSaving(false);
    answerLeave(ok);
  };
  return (
    <Modal labelledBy={`${uid}-h`} describedBy={`${uid}-d`} onCancel={() => !saving && answerLeave(false)}>
      <div aria-busy={saving || undefined}>
        <header className="modal-header">
          <h2 id={`${uid}-h`}>{t('unsaved.title')}</h2>
        </header>
        <div className="modal-body">
          <p id={`${uid}-d`}>{t('unsaved.body')}</p>
        </div>
        <footer className="modal-footer">
          <button type="button" className="btn btn-secondary" onClick={() => answerLeave(false)} disabled={saving} data-autofocus>
            {t('common.cancel')}
          </button>
          <button type="button" className="btn btn-danger" onClick={() => answerLeave(true)} disabled={saving}>
            {t('unsaved.discard')}
          </button>
          <button type="button" className="btn btn-primary" onClick={() => void save()} disabled={saving}>
            {saving ? t('unsaved.saving') : t('common.save')}
          </button>
        </footer>
      </div>
    </Modal>
  );
}
