import i18next, { type ParseKeys } from 'i18next';
import { initReactI18next } from 'react-i18next';
import id from './id';
import en from './en';
import peopleId from '../directory/i18n-people.id';
import peopleEn from '../directory/i18n-people.en';
import delegationId from '../delegation/i18n-delegation.id';
import delegationEn from '../delegation/i18n-delegation.en';
import importId from '../import/i18n-import.id';
import importEn from '../import/i18n-import.en';
import agendaId from '../agenda/i18n-agenda.id';
import agendaEn from '../agenda/i18n-agenda.en';
import learningsId from '../learnings/i18n-learnings.id';
import learningsEn from '../learnings/i18n-learnings.en';
import mediaId from '../media/i18n-media.id';
import mediaEn from '../media/i18n-media.en';
import documentsId from '../documents/i18n-documents.id';
import documentsEn from '../documents/i18n-documents.en';
import profileId from '../documents/i18n-profile.id';
import profileEn from '../documents/i18n-profile.en';
import exportingId from '../documents/i18n-exporting.id';
import exportingEn from '../documents/i18n-exporting.en';
import issuersId from '../documents/i18n-issuers.id';
import issuersEn from '../documents/i18n-issuers.en';
import quotesId from '../quotes/i18n-quotes.id';
import quotesEn from '../quotes/i18n-quotes.en';
import tripsListId from '../trips/i18n-tripsList.id';
import tripsListEn from '../trips/i18n-tripsList.en';
import backupsId from '../backups/i18n-backups.id';
import backupsEn from '../backups/i18n-backups.en';
import moneyId from '../money/i18n-money.id';
import moneyEn from '../money/i18n-money.en';
import ratesId from '../money/i18n-rates.id';
import ratesEn from '../money/i18n-rates.en';
import budgetId from '../money/i18n-budget.id';
import budgetEn from '../money/i18n-budget.en';
import trashId from '../trash/i18n-trash.id';
import trashEn from '../trash/i18n-trash.en';
import dateId from '../components/date/i18n-date.id';
import dateEn from '../components/date/i18n-date.en';
import commandsId from './commands.id';
import commandsEn from './commands.en';

export const LANGUAGES = ['id', 'en'] as const;
export type Lang = (typeof LANGUAGES)[number];
export const DEFAULT_LANG: Lang = 'id';
export const LANG_STORAGE_KEY = 'rombongan.lang';

export const isLang = (v: unknown): v is Lang => typeof v === 'string' && (LANGUAGES as readonly string[]).includes(v);

function storedLang(): Lang {
  try {
    const v = window.localStorage.getItem(LANG_STORAGE_KEY);
    return isLang(v) ? v : DEFAULT_LANG;
  } catch {
    // Storage can be unavailable (privacy settings): fall back to the default.
    return DEFAULT_LANG;
  }
}

function applyLang(lng: string): void {
  const lang = isLang(lng) ? lng : DEFAULT_LANG;
  document.documentElement.lang = lang;
  try {
    window.localStorage.setItem(LANG_STORAGE_KEY, lang);
  } catch {
    // Not persisted; the choice still holds for this session.
    return;
  }
}

export const i18n = i18next.createInstance();

/** The Indonesian texts: the shape every language has (en.ts is typed by it) and what t() keys are checked against. */
const idTranslation = {
  ...id,
  tripsList: tripsListId,
  people: peopleId,
  delegation: delegationId,
  import: importId,
  agenda: agendaId,
  learnings: learningsId,
  media: mediaId,
  documents: documentsId,
  profile: profileId,
  exporting: exportingId,
  issuers: issuersId,
  quotes: quotesId,
  money: moneyId,
  rates: ratesId,
  budget: budgetId,
  trash: trashId,
  ...backupsId,
  commands: commandsId,
  date: dateId,
};

/** The English texts, merged the same way. */
const enTranslation = {
  ...en,
  tripsList: tripsListEn,
  people: peopleEn,
  delegation: delegationEn,
  import: importEn,
  agenda: agendaEn,
  learnings: learningsEn,
  media: mediaEn,
  documents: documentsEn,
  profile: profileEn,
  exporting: exportingEn,
  issuers: issuersEn,
  quotes: quotesEn,
  money: moneyEn,
  rates: ratesEn,
  budget: budgetEn,
  trash: trashEn,
  ...backupsEn,
  commands: commandsEn,
  date: dateEn,
} satisfies typeof idTranslation;

/** Both languages as loaded (tests read them to check every key used in the code exists in each). */
export const TRANSLATIONS = { id: idTranslation, en: enTranslation } as const;

/**
 * A key made at run time (main's error key, a code's label, a field name): the
 * compiler cannot check it, so tests/unit/i18n-keys.test.ts checks every key
 * main, shared and the vocabularies can produce, in both languages.
 */
export const runtimeKey = (key: string): ParseKeys => key as ParseKeys;

declare module 'i18next' {
  interface CustomTypeOptions {
    // t('…') keys are checked at compile time against the texts.
    resources: { translation: typeof idTranslation };
  }
}

void i18n.use(initReactI18next).init({
  // Each area keeps its texts in its own file, under its own key (t('people.…')).
  resources: { id: { translation: idTranslation }, en: { translation: enTranslation } },
  lng: storedLang(),
  fallbackLng: DEFAULT_LANG,
  supportedLngs: [...LANGUAGES],
  initAsync: false,
  // React escapes text itself.
  interpolation: { escapeValue: false },
  returnNull: false,
  react: { useSuspense: false },
});
document.documentElement.lang = i18n.language;
i18n.on('languageChanged', applyLang);

/** The current language as the date helpers want it. */
export function currentLang(): Lang {
  return isLang(i18n.language) ? i18n.language : DEFAULT_LANG;
}

export function setLanguage(lang: Lang): Promise<unknown> {
  return i18n.changeLanguage(lang);
}
