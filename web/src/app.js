// The dashboard's frame: who is logged in, the navigation bar and the screen for the route.
import { useEffect, useState } from 'preact/hooks';
import { html } from './html.js';
import { api, onTokenChange, setToken, token } from './api.js';
import { useRoute, link } from './router.js';
import { Login } from './screens/login.js';
import { Overview } from './screens/overview.js';
import { Proposals } from './screens/proposals.js';
import { StockPoints } from './screens/stock-points.js';
import { StockPoint } from './screens/stock-point.js';
import { Receiving } from './screens/receiving.js';
import { Valuation } from './screens/valuation.js';
import { Suppliers } from './screens/suppliers.js';
import { Classes } from './screens/classes.js';
import { Counts } from './screens/counts.js';
import { Manufacturing } from './screens/manufacturing.js';

const SCREENS = [
  { path: '', label: 'Overview' },
  { path: 'proposals', label: 'Proposals' },
  { path: 'stock-points', label: 'Stock points' },
  { path: 'classes', label: 'ABC×XYZ' },
  { path: 'receiving', label: 'Receiving' },
  { path: 'counts', label: 'Counts' },
  { path: 'manufacturing', label: 'Manufacturing' },
  { path: 'valuation', label: 'Valuation' },
  { path: 'suppliers', label: 'Suppliers' },
];

function Screen({ route, user }) {
  const [first, ...rest] = route.segments;
  if (first === 'proposals') return html`<${Proposals} user=${user} params=${route.params} />`;
  if (first === 'stock-points' && rest.length === 2) {
    return html`<${StockPoint} item=${rest[0]} location=${rest[1]} />`;
  }
  if (first === 'stock-points') return html`<${StockPoints} params=${route.params} />`;
  if (first === 'receiving') return html`<${Receiving} user=${user} />`;
  if (first === 'valuation') return html`<${Valuation} />`;
  if (first === 'suppliers') return html`<${Suppliers} />`;
  if (first === 'classes') return html`<${Classes} user=${user} />`;
  if (first === 'counts') return html`<${Counts} user=${user} />`;
  if (first === 'manufacturing') return html`<${Manufacturing} user=${user} params=${route.params} />`;
  return html`<${Overview} user=${user} />`;
}

function NavBar({ route, user }) {
  const active = route.segments[0] || '';
  return html`
    <header class="topbar">
      <a class="brand" href="#/">Lagom</a>
      <nav>
        ${SCREENS.map(
          (s) => html`<a href=${link(s.path)} class=${active === s.path ? 'active' : ''}>${s.label}</a>`,
        )}
      </nav>
      <div class="user">
        <span>${user.username} · ${user.role}</span>
        <button class="ghost" onClick=${() => setToken(null)}>Log out</button>
      </div>
    </header>
  `;
}

export function App() {
  const [user, setUser] = useState(null);
  const [signedIn, setSignedIn] = useState(Boolean(token()));
  const route = useRoute();

  useEffect(() => onTokenChange((value) => setSignedIn(Boolean(value))), []);
  useEffect(() => {
    if (!signedIn) return setUser(null);
    api.get('/me').then(setUser, () => setToken(null));
  }, [signedIn]);

  if (!signedIn) return html`<${Login} />`;
  if (!user) return html`<div class="loading">Loading…</div>`;
  return html`
    <${NavBar} route=${route} user=${user} />
    <main><${Screen} route=${route} user=${user} /></main>
  `;
}
