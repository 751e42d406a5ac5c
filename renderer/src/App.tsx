import './styles/marks.css';
import { useTranslation } from 'react-i18next';
import { APP_SHELL_ID } from './components/Modal';
import { ShortcutsHelp } from './components/ShortcutsHelp';
import { UnsavedPrompt } from './components/form/UnsavedPrompt';
import { installUnsavedGuard } from './components/form/unsaved';
import { Sidebar } from './components/Sidebar';
import { HealthBanners, RefusedScreen, useGeneration, useHealth } from './backups';
import { ToastProvider } from './components/Toasts';
import { Loading } from './components/Page';
import { TripActionsProvider, TripPage, TripsList } from './trips';
import { useRoute, type Route } from './lib/router';
import { lazyComponent } from './lib/lazyComponent';
import { NotFoundScreen } from './screens/Placeholders';

/*
 * The trips list is in the first bundle; every other screen is its own chunk,
 * fetched the first time it is opened (from the app's own files: no network),
 * so opening the app evaluates only what the list needs; lib/lazyComponent
 * shows Loading meanwhile without suspending. The trip page is
 * split inside the trips area (trips/index.ts).
 */
const FollowupsScreen = lazyComponent(() => import('./learnings').then((m) => m.FollowupsScreen), <Loading />);
const DirectoryScreen = lazyComponent(() => import('./directory').then((m) => m.DirectoryScreen), <Loading />);
const ImportScreen = lazyComponent(() => import('./import').then((m) => m.ImportScreen), <Loading />);
const SettingsScreen = lazyComponent(() => import('./settings').then((m) => m.SettingsScreen), <Loading />);
const TrashScreen = lazyComponent(() => import('./trash').then((m) => m.TrashScreen), <Loading />);
const RateSetsScreen = lazyComponent(() => import('./money').then((m) => m.RateSetsScreen), <Loading />);

function Screen({ route }: { route: Route }) {
  switch (route.name) {
    case 'trips': return <TripsList />;
    case 'trip': return <TripPage key={route.id} id={route.id} />;
    case 'directory': return <DirectoryScreen />;
    case 'directoryImport': return <ImportScreen />;
    case 'followups': return <FollowupsScreen />;
    case 'settings': return <SettingsScreen />;
    case 'trash': return <TrashScreen />;
    case 'rateSets': return <RateSetsScreen />;
    case 'rateSet': return <RateSetsScreen key={route.id} id={route.id} />;
    case 'notFound': return <NotFoundScreen />;
  }
}

// Before any screen listens to the address: the guard may take a change back first.
installUnsavedGuard();

export function App() {
  const { t } = useTranslation();
  const route = useRoute();
  // The file's health decides what is shown; after a restore everything below mounts anew.
  const health = useHealth();
  const generation = useGeneration();
  if (health?.state === 'refused') return <RefusedScreen health={health} />;
  return (
    <ToastProvider key={generation}>
      <TripActionsProvider>
        <div id={APP_SHELL_ID} className="shell">
          <button
            type="button"
            className="skip-link"
            onClick={() => document.querySelector<HTMLElement>('main h1')?.focus()}
          >
            {t('app.skipToContent')}
          </button>
          <Sidebar route={route} />
          <main className="main">
            {health && <HealthBanners health={health} />}
            <div className="page">
              <Screen route={route} />
            </div>
          </main>
        </div>
        <ShortcutsHelp />
        <UnsavedPrompt />
      </TripActionsProvider>
    </ToastProvider>
  );
}
