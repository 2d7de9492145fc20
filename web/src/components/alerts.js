// The open alerts of the latest planning runs (GET /alerts), critical first as the API sorts
// them: severity, stock point (a link to its page), rule, message and the day raised.
// `item` and `location` narrow them to one stock point (and leave out that column);
// `filter` adds a severity selector.
import { useState } from 'preact/hooks';
import { html } from '../html.js';
import { query } from '../api.js';
import { useApi } from './use-api.js';
import { Loading, Problem, Status } from './bits.js';
import { link } from '../router.js';

const SEVERITIES = [
  ['', 'All severities'],
  ['critical', 'Critical'],
  ['warning', 'Warning'],
  ['info', 'Info'],
];
const LIMIT = 100;

function SeverityFilter({ value, onChange }) {
  return html`
    <select value=${value} onChange=${(e) => onChange(e.target.value)} aria-label="Severity">
      ${SEVERITIES.map(([key, label]) => html`<option value=${key}>${label}</option>`)}
    </select>
  `;
}

function AlertRow({ alert: a, showPoint }) {
  return html`
    <tr class="alert" data-severity=${a.severity}>
      <td><${Status} status=${a.severity} /></td>
      ${showPoint && html`<td><a href=${link('stock-points', a.item, a.location)}>${a.item} @ ${a.location}</a></td>`}
      <td>${a.rule}${a.subject ? html` <span class="muted">${a.subject}</span>` : ''}</td>
      <td>${a.message}</td>
      <td>${a.raised_on}</td>
    </tr>
  `;
}

function AlertTable({ page, showPoint }) {
  if (page.items.length === 0) return html`<p class="muted">No open alerts.</p>`;
  return html`
    <div class="table-wrap">
      <table class="compact alerts">
        <thead><tr><th>Severity</th>${showPoint && html`<th>Stock point</th>`}<th>Rule</th><th>Message</th><th>Raised</th></tr></thead>
        <tbody>${page.items.map((a) => html`<${AlertRow} alert=${a} showPoint=${showPoint} />`)}</tbody>
      </table>
      ${page.total > page.items.length && html`<p class="muted">${page.total} open alerts, the first ${page.items.length} shown.</p>`}
    </div>
  `;
}

export function Alerts({ item, location, filter = false }) {
  const [severity, setSeverity] = useState('');
  const { data, error, loading } = useApi(`/alerts${query({ severity, item, location, limit: LIMIT })}`);
  const showPoint = !item;
  return html`
    <section class="card">
      <div class="card-head">
        <h2>Open alerts${data ? ` (${data.total})` : ''}</h2>
        ${filter && html`<${SeverityFilter} value=${severity} onChange=${setSeverity} />`}
      </div>
      <${Problem} error=${error} />
      ${loading && !data && html`<${Loading} />`}
      ${data && html`<${AlertTable} page=${data} showPoint=${showPoint} />`}
    </section>
  `;
}
