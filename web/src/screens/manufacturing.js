// Manufacturing: for an item at a location as of a date, its bill-of-material tree with stock
// and planned orders at every level and, for a chosen row, the pegging of its orders (which
// independent demand each serves, up through the levels, and what serves its components);
// the rough-cut capacity load per work centre and week as a chart; the production orders
// waiting to be released (a planner releases them here).
import { useState } from 'preact/hooks';
import { html } from '../html.js';
import { query } from '../api.js';
import { useApi } from '../components/use-api.js';
import { Loading, Problem } from '../components/bits.js';
import { formatQuantity } from '../format.js';
import { Pegging } from './mrp-pegging.js';
import { CapacityChart } from './mrp-capacity.js';
import { ProductionOrders } from './production-orders.js';

function BomTree({ rows, chosen, onChoose }) {
  return html`
    <table class="bom-tree">
      <thead><tr>
        <th>Item</th><th>Location</th><th>Replenishment</th><th class="num">Qty per top unit</th>
        <th class="num">Low-level code</th><th class="num">On hand</th>
        <th class="num">Planned</th><th class="num">Planned orders</th>
      </tr></thead>
      <tbody>${rows.map((r) => html`
        <tr class=${`bom-row${chosen === r.item ? ' chosen' : ''}`} data-item=${r.item}
            onClick=${() => onChoose(r.item, r.location)}>
          <td style=${`padding-left: ${0.5 + r.depth * 1.5}rem`}>${r.item}</td><td>${r.location}</td>
          <td>${r.replenishment}</td><td class="num">${formatQuantity(r.quantity_per)}</td>
          <td class="num">${r.low_level_code}</td><td class="num">${formatQuantity(r.on_hand)}</td>
          <td class="num">${formatQuantity(r.planned)}</td><td class="num">${r.planned_orders}</td>
        </tr>`)}
      </tbody>
    </table>
  `;
}

export function Manufacturing({ user, params }) {
  const [item, setItem] = useState(params.get('item') || '');
  const [location, setLocation] = useState(params.get('location') || '');
  const [asOf, setAsOf] = useState(params.get('as_of') || '');
  const [chosen, setChosen] = useState(null);
  const ready = item && location;
  const treePath = ready
    ? `/mrp/${encodeURIComponent(item)}/${encodeURIComponent(location)}/tree${query({ as_of: asOf })}`
    : null;
  const tree = useApi(treePath);
  const capacity = useApi(`/capacity${query({ as_of: asOf })}`);
  const peg = chosen || (ready ? { item, location } : null);
  return html`
    <div class="screen">
      <div class="screen-head">
        <h1>Manufacturing</h1>
        <form class="plan-run" onSubmit=${(e) => {
          e.preventDefault();
          const data = new FormData(e.target);
          setItem(data.get('item').trim());
          setLocation(data.get('location').trim());
          setAsOf(data.get('as_of'));
          setChosen(null);
        }}>
          <label>Item <input name="item" value=${item} aria-label="Item" /></label>
          <label>Location <input name="location" value=${location} aria-label="Location" /></label>
          <label>As of <input type="date" name="as_of" value=${asOf} aria-label="As of" /></label>
          <button type="submit">Show</button>
        </form>
      </div>
      ${ready && html`
        <section class="card table-wrap">
          <h2>Bill of material of ${item}@${location}</h2>
          <${Problem} error=${tree.error} />
          ${tree.loading && !tree.data && html`<${Loading} />`}
          ${tree.data && html`<${BomTree} rows=${tree.data.rows} chosen=${peg?.item}
              onChoose=${(i, l) => setChosen({ item: i, location: l })} />`}
          <p class="muted">Click a row for the pegging of its orders.</p>
        </section>
        ${peg && html`<${Pegging} item=${peg.item} location=${peg.location} asOf=${asOf} />`}`}
      <section class="card">
        <h2>Capacity load per work centre and week</h2>
        <${Problem} error=${capacity.error} />
        ${capacity.data && html`<${CapacityChart} weeks=${capacity.data.weeks} />`}
      </section>
      <${ProductionOrders} user=${user} />
    </div>
  `;
}
