// Inventory valuation for the controller: the value of the stock at a date by cost method
// (each item's own, or one method for all), the period's cost of sales and losses, the
// inventory KPIs of the period, and the value by location, by item group and by item.
import { useState } from 'preact/hooks';
import { html } from '../html.js';
import { query } from '../api.js';
import { useApi } from '../components/use-api.js';
import { Kpi, Loading, Problem } from '../components/bits.js';
import { ShareTable } from '../components/share-table.js';
import { formatDecimal, formatMoney, formatPercent, formatQuantity } from '../format.js';

const METHODS = [
  ['', "Each item's own"],
  ['fifo', 'FIFO'],
  ['lifo', 'LIFO (perpetual)'],
  ['lifo-periodic', 'LIFO (periodic, monthly)'],
  ['wac', 'Moving weighted average'],
];


function Totals({ report, kpi }) {
  const p = report.period;
  return html`
    <section class="kpis">
      <${Kpi} label="Stock value at cost" value=${formatMoney(report.total_value)} note=${`at ${report.at}`} />
      <${Kpi} label="Cost of sales" value=${formatMoney(p.cogs)} note=${`since ${report.from}`} />
      <${Kpi} label="Revenue" value=${formatMoney(p.revenue)} />
      <${Kpi} label="Write-downs and scrap" value=${formatMoney(p.write_downs + p.scrapped)} tone=${p.write_downs + p.scrapped > 0 ? 'warn' : ''} />
      <${Kpi} label="Shrinkage" value=${formatMoney(p.shrinkage)} tone=${p.shrinkage > 0 ? 'bad' : ''} note="count differences at cost" />
      ${kpi && html`
        <${Kpi} label="Turnover" value=${kpi.turnover == null ? '–' : `${formatDecimal(kpi.turnover)}×`} note="cost of sales ÷ average stock" />
        <${Kpi} label="Days of inventory" value=${formatDecimal(kpi.days_of_inventory)} note="days" />
        <${Kpi} label="GMROI" value=${formatDecimal(kpi.gmroi)} note="gross margin ÷ average stock" />
        <${Kpi} label="Fill rate" value=${formatPercent(kpi.fill_rate)} note="of requested, from stock" />
        <${Kpi} label="Record accuracy" value=${formatPercent(kpi.record_accuracy)} note="counts without difference" />
        <${Kpi} label="Shrinkage rate" value=${formatPercent(kpi.shrinkage_rate)} note="of average stock" />`}
    </section>
  `;
}

function ItemTable({ items }) {
  const sorted = [...items].sort((a, b) => b.value - a.value);
  return html`
    <section class="card table-wrap">
      <h2>By item</h2>
      <table class="compact valuation-items">
        <thead><tr><th>Item</th><th>Method</th><th class="num">Quantity</th><th class="num">Value</th>
          <th class="num">Cost of sales</th><th class="num">Revenue</th><th>Reconciled</th></tr></thead>
        <tbody>${sorted.map((r) => html`
          <tr><td>${r.item}</td><td>${r.method}</td><td class="num">${formatQuantity(r.quantity)}</td>
              <td class="num">${formatMoney(r.value)}</td><td class="num">${formatMoney(r.cogs)}</td>
              <td class="num">${formatMoney(r.revenue)}</td><td>${r.reconciled ? 'yes' : html`<span class="badge rejected">no</span>`}</td></tr>`)}
        </tbody>
      </table>
    </section>
  `;
}

export function Valuation() {
  const [method, setMethod] = useState('');
  // No date until the planner picks one: the server answers as of the latest planning run
  // (else today) and says which date that is.
  const [at, setAt] = useState('');
  const report = useApi(`/valuation${query({ method, at })}`);
  const kpis = useApi(`/kpis${query({ by: 'all', to: at, method })}`);
  const data = report.data;
  return html`
    <div class="screen">
      <div class="screen-head">
        <h1>Inventory valuation</h1>
        <div class="plan-run">
          <label>Cost method
            <select value=${method} onChange=${(e) => setMethod(e.target.value)} aria-label="Cost method">
              ${METHODS.map(([value, label]) => html`<option value=${value}>${label}</option>`)}
            </select>
          </label>
          <label>At <input type="date" value=${at || data?.at || ''} onChange=${(e) => setAt(e.target.value)} /></label>
        </div>
      </div>
      <${Problem} error=${report.error || kpis.error} />
      ${report.loading && !data && html`<${Loading} />`}
      ${data && html`
        <${Totals} report=${data} kpi=${kpis.data?.items[0]} />
        <div class="columns">
          <${ShareTable} title="By location" rows=${data.by_location} total=${data.total_value} />
          <${ShareTable} title="By item group" rows=${data.by_group} total=${data.total_value} />
        </div>
        <${ItemTable} items=${data.items} />`}
    </div>
  `;
}
