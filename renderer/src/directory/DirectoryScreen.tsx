import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import './directory.css';
import { PERSON_KINDS } from '../../../shared/directory/person';
import { api } from '../api/bridge';
import { PageHeading } from '../components/Page';
import { TabList } from '../components/TabList';
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
  // The active panel puts its actions (Impor, New…) here, at the top right.
  const [actionsSlot, setActionsSlot] = useState<HTMLDivElement | null>(null);

  const choose = (next: Tab) => {
    setTab(next);
    try {
      window.sessionStorage.setItem(TAB_STORAGE_KEY, next);
    } catch {
      // Not kept for this session; the choice still holds on screen.
    }
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
      <TabList
        tabs={TABS}
        selected={tab}
        onSelect={choose}
        label={t('people.tabsLabel')}
        className="dir-tabs"
        tabId={(x) => `dir-tab-${x}`}
        panelId={(x) => `dir-panel-${x}`}
      >
        {(x) => (
          <>
            <span>{t(`people.tabs.${x}`)}</span>
            {counts[x] !== undefined && <span className="dir-tab-count">{t('people.tabCount', { count: counts[x] })}</span>}
          </>
        )}
      </TabList>
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
