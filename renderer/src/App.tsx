import { useTranslation } from 'react-i18next';
import { APP_SHELL_ID } from './components/Modal';
import { ShortcutsHelp } from './components/ShortcutsHelp';
import { Sidebar } from './components/Sidebar';
import { HealthBanners } from './backups/HealthBanners';
import { RefusedScreen } from './backups/RefusedScreen';
import { useGeneration, useHealth } from './backups/health';
import { ToastProvider } from './components/Toasts';
import { TripActionsProvider } from './trips/TripActions';
import { useRoute, type Route } from './lib/router';
import { NotFoundScreen } from './screens/Placeholders';
import { FollowupsScreen } from './learnings/FollowupsScreen';
import { DirectoryScreen } from './directory/DirectoryScreen';
import { ImportScreen } from './import/ImportScreen';
import { SettingsScreen } from './settings/SettingsScreen';
import { TripPage } from './trips/TripPage';
import { TripsList } from './trips/TripsList';

function Screen({ route }: { route: Route }) {
  switch (route.name) {
    case 'trips':
      return <TripsList />;
    case 'trip':
      return <TripPage key={route.id} id={route.id} />;
    case 'directory':
      return <DirectoryScreen />;
    case 'directoryImport':
      return <ImportScreen />;
    case 'followups':
      return <FollowupsScreen />;
    case 'settings':
      return <SettingsScreen />;
    case 'notFound':
      return <NotFoundScreen />;
  }
}

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
      </TripActionsProvider>
    </ToastProvider>
  );
}
