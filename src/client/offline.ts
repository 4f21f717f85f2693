/**
 * Offline reading, the part every page loads (a few hundred bytes). A first visit fetches nothing for it:
 * the service worker is registered from the second page a reader opens (so pages they read stay
 * readable offline), or when they ask to save a document. The worker and its controls live in
 * offline-control.ts, loaded only then.
 */
import { SEEN } from './storage-keys.ts';

export function offline(): void {
  if (!('serviceWorker' in navigator) || location.protocol === 'file:') return;
  const controls = [...document.querySelectorAll<HTMLElement>('[data-offline]')];
  for (const control of controls) control.hidden = false;
  let seen = false;
  try {
    seen = localStorage.getItem(SEEN) === '1';
    localStorage.setItem(SEEN, '1');
  } catch {
    /* storage blocked: treat every visit as a first */
  }
  const start = async (): Promise<void> => {
    const { startOffline } = await import('./offline-control.ts');
    await startOffline(controls);
  };
  // Saving loads the offline code if the page has not yet.
  for (const control of controls) {
    control.querySelector('.offline-save')?.addEventListener('click', () => {
      void import('./offline-control.ts').then(({ saveOffline }) => saveOffline(controls, control.dataset.offline ?? ''));
    });
  }
  if (seen || navigator.serviceWorker.controller) {
    const idle = (): void => {
      if ('requestIdleCallback' in window) requestIdleCallback(() => void start(), { timeout: 3000 });
      else setTimeout(() => void start(), 1000);
    };
    if (document.readyState === 'complete') idle();
    else addEventListener('load', idle, { once: true });
  }
}
