import { format } from 'date-fns';
import { enUS, id as localeId } from 'date-fns/locale';
import { useTranslation } from 'react-i18next';
import type { Employment } from '../../../shared/directory/person';
import { formatDateRange } from '../../../shared/dates';
import { nipDigits, parseNip } from '../../../shared/directory/nip';
import type { ApiError } from '../../../shared/result';
import { currentLang } from '../i18n';
import { runtimeKey } from '../i18n';
import { errorText } from '../i18n/errors';

/** What the NIP says about its holder, or why it is not a NIP; null while still being typed. */
export type NipFeedback =
  | { state: 'empty' }
  | { state: 'typing'; count: number }
  | { state: 'ok'; grouped: string; birthDate: string; sex: 'L' | 'P'; appointment: string; kind: 'pns' | 'pppk' }
  | { state: 'problem'; key: string };

export function nipFeedback(text: string, employment: Employment): NipFeedback {
  if (text.trim() === '') return { state: 'empty' };
  if (employment === 'elected' || employment === 'non_asn') return { state: 'problem', key: 'validation.nip.notExpected' };
  // Only digits and the usual separators belong in a NIP.
  if (/[^\d\s.-]/.test(text)) return { state: 'problem', key: 'validation.nip.length' };
  const digits = nipDigits(text);
  if (digits.length < 18) return { state: 'typing', count: digits.length };
  const kind = employment === 'pppk' ? 'pppk' : 'pns';
  const r = parseNip(text, kind);
  if (!r.ok) return { state: 'problem', key: `validation.nip.${r.problem}` };
  return { state: 'ok', kind, ...r.info };
}

function monthYear(ym: string, lang: 'id' | 'en'): string {
  const [y, m] = ym.split('-').map(Number);
  return format(new Date(y ?? 2000, (m ?? 1) - 1, 1), 'MMMM yyyy', { locale: lang === 'id' ? localeId : enUS });
}

interface NipFieldProps {
  id: string;
  value: string;
  employment: Employment;
  onChange: (value: string) => void;
  /** A server or submit error for the field; replaces the live feedback. */
  error: ApiError | undefined;
}

/**
 * The NIP input with live feedback: as the digits come in, a count; at 18,
 * the grouped form with the birth date and sex it encodes, or exactly what is
 * wrong with it.
 */
export function NipField({ id, value, employment, onChange, error }: NipFieldProps) {
  const { t } = useTranslation();
  const lang = currentLang();
  const fb = nipFeedback(value, employment);
  const feedbackId = `${id}-feedback`;
  const problem = error ? errorText(t, error) : fb.state === 'problem' ? t(runtimeKey(fb.key)) : null;

  return (
    <div className={`field${problem ? ' field-invalid' : ''}`}>
      <label htmlFor={id} className="label">
        {t('fields.nip')}
      </label>
      <input
        id={id}
        type="text"
        inputMode="numeric"
        className="input input-nip"
        autoComplete="off"
        spellCheck={false}
        placeholder={t('people.form.nipPlaceholder')}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={problem ? true : undefined}
        aria-describedby={feedbackId}
      />
      <div id={feedbackId} className="nip-feedback" aria-live="polite">
        {problem ? (
          <p className="field-error">{problem}</p>
        ) : fb.state === 'typing' ? (
          <p className="field-hint">{t('people.form.nipProgress', { count: fb.count })}</p>
        ) : fb.state === 'ok' ? (
          <p className="nip-ok">
            <span className="nip-grouped">{fb.grouped}</span>
            <span>
              {t('people.form.nipBorn', {
                date: formatDateRange(fb.birthDate, fb.birthDate, lang),
                sex: t(`people.sex.${fb.sex}`),
              })}
              {' · '}
              {fb.kind === 'pns'
                ? t('people.form.nipAppointed', { date: monthYear(fb.appointment, lang) })
                : t('people.form.nipAppointedYear', { year: fb.appointment })}
            </span>
          </p>
        ) : null}
      </div>
    </div>
  );
}
