/**
 * Hardening of every web contents and session of the app. Rombongan shows
 * only its own bundled pages (app://rombongan/): no navigation elsewhere, no
 * new windows, no <webview>, no permissions, no network requests.
 */
import { app, type Session, type WebContents } from 'electron';
import { isAllowedAppUrl, isAllowedRequestUrl } from './url-policy';

const hardenedSessions = new WeakSet<Session>();

/** Denies every permission and cancels every request that is not ours. */
export function hardenSession(ses: Session): void {
  if (hardenedSessions.has(ses)) return;
  hardenedSessions.add(ses);

  // Camera, microphone, notifications, geolocation, clipboard-read, HID, serial…: none needed.
  ses.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);

  // No remote content: only app://rombongan/, DevTools and in-memory data:/blob: URLs.
  ses.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAllowedRequestUrl(details.url);
    if (!allowed) console.warn(`Blocked request to ${details.url.slice(0, 200)}`);
    callback({ cancel: !allowed });
  });
}

function guardWebContents(contents: WebContents): void {
  hardenSession(contents.session);

  // Links and scripts may not take the window to another origin.
  contents.on('will-navigate', (event) => {
    if (!isAllowedAppUrl(event.url)) {
      event.preventDefault();
      console.warn(`Blocked navigation to ${event.url.slice(0, 200)}`);
    }
  });
  contents.on('will-frame-navigate', (event) => {
    if (!isAllowedAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAllowedAppUrl(event.url)) event.preventDefault();
  });

  // No window.open / target=_blank: the app has one window and no external links.
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));

  // webviewTag is off in every window; refuse a <webview> even so.
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });
}

/** Call once, before any window exists. */
export function installSecurityGuards(): void {
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents));
}
