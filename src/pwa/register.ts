type UpdateListener = (apply: () => void) => void;
const listeners = new Set<UpdateListener>();
let pendingApply: (() => void) | null = null;

/**
 * Registers the service worker. A new version never takes over by itself: it
 * waits until the person accepts the update offer, so no question is ever
 * interrupted by a reload.
 */
export async function registerServiceWorker(): Promise<void> {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  // Loaded after the first screen: registering can wait, painting cannot.
  const { Workbox } = await import('workbox-window');
  const wb = new Workbox('/sw.js');
  wb.addEventListener('waiting', () => {
    pendingApply = () => {
      wb.addEventListener('controlling', () => window.location.reload());
      wb.messageSkipWaiting();
    };
    for (const listener of listeners) listener(pendingApply);
  });
  void wb.register();
}

/** Calls `listener` with a function that applies the update, once one is waiting. */
export function onUpdateReady(listener: UpdateListener): () => void {
  listeners.add(listener);
  if (pendingApply) listener(pendingApply);
  return () => listeners.delete(listener);
}
