// Hash routes (#/proposals, #/stock-points/A1/LON …), so that static file serving needs no
// rewrites. useRoute() gives the current path segments and re-renders when they change.
import { useEffect, useState } from 'preact/hooks';

function current() {
  const hash = window.location.hash.replace(/^#\/?/, '');
  const [path, search = ''] = hash.split('?');
  return {
    segments: path.split('/').filter(Boolean).map(decodeURIComponent),
    params: new URLSearchParams(search),
  };
}

export function useRoute() {
  const [route, setRoute] = useState(current);
  useEffect(() => {
    const changed = () => setRoute(current());
    window.addEventListener('hashchange', changed);
    return () => window.removeEventListener('hashchange', changed);
  }, []);
  return route;
}

// "#/stock-points/A%2F1/LON" from ('stock-points', 'A/1', 'LON').
export function link(...segments) {
  return `#/${segments.map((s) => encodeURIComponent(s)).join('/')}`;
}

export function navigate(...segments) {
  window.location.hash = link(...segments);
}
