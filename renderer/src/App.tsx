import { useTranslation } from 'react-i18next';
import { APP_SHELL_ID } from './components/Modal';
import { Sidebar } from './components/Sidebar';
import { HealthBanner, RefusedScreen } from './components/settings/BackupsSection';
import { useCall } from './lib/data';
import { ToastProvider } from './components/Toasts';
import { TripActionsProvider } from './components/TripActions';
import { useRoute, type Route } from './lib/router';
import { NotFoundScreen } from './screens/Placeholders';
import { FollowupsScreen } from './screens/FollowupsScreen';
import { DirectoryScreen } from './screens/DirectoryScreen';
import { ImportScreen } from './screens/ImportScreen';
import { SettingsScreen } from './screens/SettingsScreen';
import { TripPage } from './screens/TripPage';
import { TripsList } from './screens/TripsList';

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
  const health = useCall('health.get', {});
  const h = health.state.status === 'ok' ? health.state.value : null;
  if (h?.state === 'refused') return <RefusedScreen health={h} />;
  return (
    <ToastProvider>
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
            {h && <HealthBanner health={h} />}
            <div className="page">
              <Screen route={route} />
            </div>
          </main>
        </div>
      </TripActionsProvider>
    </ToastProvider>
  );
}
