import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import './directory.css';
import { PERSON_KINDS } from '../../../shared/directory/person';
import { api } from '../api/bridge';
import { PageHeading } from '../components/Page';
import { useDirectoryVersion } from '../lib/directoryVersion';
import { InstitutionsPanel } from './InstitutionsPanel';
import { PeoplePanel } from './PeoplePanel';

const TABS = [...PERSON_KINDS, 'institutions'] as const;
type Tab = (typeof TABS)[number];
const TAB_STORAGE_KEY = 'rombongan.directory.tab';

const isTab = (v: unknown): v is Tab => typeof v === 'string' && (TABS as readonly string[]).includes(v);

function storedTab(): Tab {
  try {
    const v = window.sessionStorage.getItem(TAB_STORAGE_KEY);
    return isTab(v) ? v : 'official';
  } catch {
    return 'official';
  }
}

/** How many of each: people per kind (people.search with limit 1 answers the total) and institutions. */
function useCounts(): Partial<Record<Tab, number>> {
  const version = useDirectoryVersion();
  const [counts, setCounts] = useState<Partial<Record<Tab, number>>>({});
  useEffect(() => {
    let live = true;
    void Promise.all([
      Promise.all(PERSON_KINDS.map((kind) => api().call('people.search', { kind, limit: 1 }))),
      api().call('institutions.list', {}),
    ]).then(([people, institutions]) => {
      if (!live) return;
      const next: Partial<Record<Tab, number>> = {};
      PERSON_KINDS.forEach((kind, i) => {
        const r = people[i];
        if (r?.ok) next[kind] = r.value.total;
      });
      if (institutions.ok) next.institutions = institutions.value.length;
      setCounts(next);
    });
    return () => {
      live = false;
    };
  }, [version]);
  return counts;
}

/** `#/directory`: officials, journalists, host officials and institutions, as tabs. */
export function DirectoryScreen() {
  const { t } = useTranslation();
  const [tab, setTab] = useState<Tab>(storedTab);
  const counts = useCounts();
  const tabRefs = useRef(new Map<Tab, HTMLButtonElement>());
  // The active panel puts its actions (Impor, New…) here, at the top right.
  const [actionsSlot, setActionsSlot] = useState<HTMLDivElement | null>(null);

  const choose = (next: Tab, focus = false) => {
    setTab(next);
    try {
      window.sessionStorage.setItem(TAB_STORAGE_KEY, next);
    } catch {
      // Not kept for this session; the choice still holds on screen.
    }
    if (focus) tabRefs.current.get(next)?.focus();
  };

  // Tabs: ←/→ move and select (automatic activation), Home/End jump.
  const onTabKeyDown = (e: KeyboardEvent<HTMLButtonElement>) => {
    const i = TABS.indexOf(tab);
    let next: number | null = null;
    if (e.key === 'ArrowRight') next = (i + 1) % TABS.length;
    else if (e.key === 'ArrowLeft') next = (i - 1 + TABS.length) % TABS.length;
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = TABS.length - 1;
    if (next === null) return;
    e.preventDefault();
    choose(TABS[next] as Tab, true);
  };

  return (
    <div className="directory-screen">
      <header className="page-header dir-header">
        <div className="page-header-main">
          <PageHeading title={t('people.heading')}>{t('people.heading')}</PageHeading>
          <p className="page-subtitle">{t('people.subtitle')}</p>
        </div>
        <div className="page-actions" ref={setActionsSlot} />
      </header>
      <div role="tablist" aria-label={t('people.tabsLabel')} className="dir-tabs">
        {TABS.map((x) => (
          <button
            key={x}
            ref={(el) => {
              if (el) tabRefs.current.set(x, el);
              else tabRefs.current.delete(x);
            }}
            type="button"
            role="tab"
            id={`dir-tab-${x}`}
            aria-controls={tab === x ? `dir-panel-${x}` : undefined}
            aria-selected={tab === x}
            tabIndex={tab === x ? 0 : -1}
            className="dir-tab"
            onClick={() => choose(x)}
            onKeyDown={onTabKeyDown}
          >
            <span>{t(`people.tabs.${x}`)}</span>
            {counts[x] !== undefined && <span className="dir-tab-count">{t('people.tabCount', { count: counts[x] })}</span>}
          </button>
        ))}
      </div>
      <section role="tabpanel" id={`dir-panel-${tab}`} aria-labelledby={`dir-tab-${tab}`} className="dir-panel">
        {tab === 'institutions' ? (
          <InstitutionsPanel actionsSlot={actionsSlot} />
        ) : (
          <PeoplePanel key={tab} kind={tab} kindTotal={counts[tab] ?? null} actionsSlot={actionsSlot} />
        )}
      </section>
    </div>
  );
}
