// Find a stock point by item code or name.
import { useEffect, useState } from 'preact/hooks';
import { html } from '../html.js';
import { query } from '../api.js';
import { useApi } from '../components/use-api.js';
import { Loading, Problem } from '../components/bits.js';
import { formatQuantity } from '../format.js';
import { link } from '../router.js';

export function StockPoints({ params }) {
  const [search, setSearch] = useState(params.get('search') || '');
  const [debounced, setDebounced] = useState(search);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(search), 250);
    return () => clearTimeout(timer);
  }, [search]);
  const { data, error, loading } = useApi(`/stock-points${query({ search: debounced, limit: 200 })}`);
  return html`
    <div class="screen">
      <div class="screen-head"><h1>Stock points</h1></div>
      <input class="search" type="search" placeholder="Item code or name" value=${search}
             aria-label="Search stock points" onInput=${(e) => setSearch(e.target.value)} />
      <${Problem} error=${error} />
      ${loading && !data && html`<${Loading} />`}
      ${data && html`
        <div class="card table-wrap">
          <table>
            <thead><tr><th>Item</th><th>Name</th><th>Location</th><th class="num">On hand</th></tr></thead>
            <tbody>${data.items.map((r) => html`
              <tr>
                <td><a href=${link('stock-points', r.item, r.location)}>${r.item}</a></td>
                <td>${r.name}</td><td>${r.location}</td><td class="num">${formatQuantity(r.on_hand)}</td>
              </tr>`)}
            </tbody>
          </table>
          <p class="muted">${data.total} stock points${data.total > data.items.length ? `, first ${data.items.length} shown` : ''}.</p>
        </div>`}
    </div>
  `;
}
