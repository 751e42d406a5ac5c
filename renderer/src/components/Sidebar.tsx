import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { hrefs, type Route } from '../lib/router';
import { DirectoryIcon, FollowupsIcon, SettingsIcon, svgIcon, TrashIcon, TripsIcon } from './Icons';
import { ShortcutsButton } from './ShortcutsHelp';

/** Standar biaya: a banknote. */
const RatesIcon = svgIcon([{ x: 3, y: 6, width: 18, height: 12, rx: 2 }, { cx: 12, cy: 12, r: 2.5 }, 'M6.5 9.5v.01M17.5 14.5v.01']);

const ITEMS: { section: 'trips' | 'directory' | 'followups' | 'trash' | 'rateSets' | 'settings'; href: string; icon: ReactNode }[] = [
  { section: 'trips', href: hrefs.trips, icon: <TripsIcon /> },
  { section: 'directory', href: hrefs.directory, icon: <DirectoryIcon /> },
  { section: 'followups', href: hrefs.followups, icon: <FollowupsIcon /> },
  { section: 'trash', href: hrefs.trash, icon: <TrashIcon /> },
  { section: 'rateSets', href: hrefs.rateSets, icon: <RatesIcon /> },
  { section: 'settings', href: hrefs.settings, icon: <SettingsIcon /> },
];

function sectionOf(route: Route): string | null {
  if (route.name === 'trip') return 'trips';
  if (route.name === 'directoryImport') return 'directory';
  if (route.name === 'rateSet') return 'rateSets';
  if (route.name === 'notFound') return null;
  return route.name;
}

export function Sidebar({ route }: { route: Route }) {
  const { t } = useTranslation();
  const active = sectionOf(route);
  return (
    <aside className="sidebar">
      <div className="brand">
        <span className="brand-mark" aria-hidden="true">
          R
        </span>
        <span className="brand-text">
          <span className="brand-name">{t('app.name')}</span>
          <span className="brand-tagline">{t('app.tagline')}</span>
        </span>
      </div>
      <nav aria-label={t('nav.label')}>
        <ul className="nav-list">
          {ITEMS.map((item) => (
            <li key={item.section}>
              <a
                href={item.href}
                className="nav-link"
                aria-current={active === item.section ? 'page' : undefined}
              >
                {item.icon}
                <span>{t(`nav.${item.section}`)}</span>
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <div className="sidebar-footer">
        <ShortcutsButton />
      </div>
    </aside>
  );
}
