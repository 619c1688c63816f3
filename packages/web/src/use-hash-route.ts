import { useEffect, useState } from 'react';

/** The part of the URL after `#`, e.g. `/patients/123`; `/patients` when empty. */
export function useHashRoute(): string {
  const read = () => window.location.hash.replace(/^#/, '') || '/patients';
  const [route, setRoute] = useState(read);
  useEffect(() => {
    const update = () => setRoute(read());
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);
  return route;
}
