import { useEffect, useState } from 'preact/hooks';

/** The screens of the app; the question number is 1-based, as a person reads it. */
export type Route =
  | { name: 'home' }
  | { name: 'question'; number: number }
  | { name: 'results' }
  | { name: 'accessibility' }
  | { name: 'privacy' }
  | { name: 'profiles' }
  /** Results received through a link: the payload stays in the fragment, never sent anywhere. */
  | { name: 'shared'; payload: string }
  | { name: 'notFound' };

/** The addresses of the information pages, in French as people see them in the bar. */
const PAGES = { accessibility: '/accessibilite', privacy: '/donnees-personnelles' } as const;

/** Reads a route from a location hash such as `#/question/3`. */
export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '') || '/';
  if (path === '/') return { name: 'home' };
  if (path === '/results') return { name: 'results' };
  if (path === PAGES.accessibility) return { name: 'accessibility' };
  if (path === PAGES.privacy) return { name: 'privacy' };
  if (path === '/personnes') return { name: 'profiles' };
  const shared = /^\/partage\/([A-Za-z0-9.~_-]{1,500})$/.exec(path);
  if (shared) return { name: 'shared', payload: shared[1]! };
  const question = /^\/question\/([1-9]\d{0,3})$/.exec(path);
  if (question) return { name: 'question', number: Number(question[1]) };
  return { name: 'notFound' };
}

/** Writes a route as a location hash. */
export function routeHash(route: Route): string {
  switch (route.name) {
    case 'question':
      return `#/question/${route.number}`;
    case 'results':
      return '#/results';
    case 'accessibility':
    case 'privacy':
      return `#${PAGES[route.name]}`;
    case 'profiles':
      return '#/personnes';
    case 'shared':
      return `#/partage/${route.payload}`;
    default:
      return '#/';
  }
}

/**
 * Goes to a route. Each question gets its own history entry, so the phone's
 * back button goes to the previous question rather than leaving the app.
 */
export function navigate(route: Route, options: { replace?: boolean } = {}): void {
  const url = routeHash(route);
  if (options.replace) history.replaceState(null, '', url);
  else history.pushState(null, '', url);
  window.dispatchEvent(new HashChangeEvent('hashchange'));
}

/** The current route, updated on every hash change. */
export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const update = () => setRoute(parseRoute(location.hash));
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);
  return route;
}
