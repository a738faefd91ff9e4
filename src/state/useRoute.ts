/**
 * The current hash route as React state. Links (`<a href="#/rope">`) push history entries, so
 * back and forward work; panel state changes replace the current entry, so dragging a slider
 * does not flood the history.
 */
import { useCallback, useEffect, useState } from 'react';
import { formatHash, parseHash, type Route } from './route.ts';

export function useRoute(): { route: Route; replaceQuery: (query: string) => void } {
  const [hash, setHash] = useState(() => window.location.hash);

  useEffect(() => {
    const onChange = () => setHash(window.location.hash);
    window.addEventListener('hashchange', onChange);
    window.addEventListener('popstate', onChange);
    return () => {
      window.removeEventListener('hashchange', onChange);
      window.removeEventListener('popstate', onChange);
    };
  }, []);

  const route = parseHash(hash);

  const replaceQuery = useCallback((query: string) => {
    const current = parseHash(window.location.hash);
    const next = formatHash(current.panel, query, current.embed);
    if (next !== window.location.hash) {
      window.history.replaceState(window.history.state, '', next);
      setHash(next);
    }
  }, []);

  return { route, replaceQuery };
}
