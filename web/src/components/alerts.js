// The worklist of alerts (GET /alerts): open alerts, neither acknowledged nor snoozed, the
// most money at risk first as the API sorts them: severity, stock point (a link to its page),
// rule, message, value at risk and the day raised. `item` and `location` narrow them to one
// stock point (and leave out that column); `filter` adds the severity and handled selectors.
// Planners (`user`) acknowledge, snooze for a week after `asOf` (the review date) or reopen
// each alert (POST /alerts/{id}/actions).
import { useState } from 'preact/hooks';
import { html } from '../html.js';
import { api, query } from '../api.js';
import { useApi } from './use-api.js';
import { Loading, Problem, Status, canPlan } from './bits.js';
import { formatMoney } from '../format.js';
import { link } from '../router.js';

const SEVERITIES = [
  ['', 'All severities'],
  ['critical', 'Critical'],
  ['warning', 'Warning'],
  ['info', 'Info'],
];
const HANDLED = [
  ['hide', 'To handle'],
  ['include', 'With handled'],
  ['only', 'Handled only'],
];
const LIMIT = 100;
const SNOOZE_DAYS = 7;

function Selector({ value, onChange, label, options }) {
  return html`
    <select value=${value} onChange=${(e) => onChange(e.target.value)} aria-label=${label}>
      ${options.map(([key, text]) => html`<option value=${key}>${text}</option>`)}
    </select>
  `;
}

// YYYY-MM-DD `days` after the YYYY-MM-DD `day`.
function daysAfter(day, days) {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

function Handling({ alert: a }) {
  if (a.acknowledged_by) return html`<span class="muted">acknowledged by ${a.acknowledged_by}</span>`;
  if (a.snoozed_until) return html`<span class="muted">snoozed until ${a.snoozed_until}</span>`;
  return '';
}

function Actions({ alert: a, asOf, onDone, onError }) {
  const act = (action, until) =>
    api.post(`/alerts/${a.id}/actions`, until ? { action, until } : { action }).then(onDone, onError);
  if (a.acknowledged_by || a.snoozed_until) {
    return html`<button class="small" onClick=${() => act('reopen')}>Reopen</button>`;
  }
  return html`
    <button class="small" onClick=${() => act('acknowledge')}>Acknowledge</button>
    ${asOf && html`<button class="small" onClick=${() => act('snooze', daysAfter(asOf, SNOOZE_DAYS))}>Snooze ${SNOOZE_DAYS} days</button>`}
  `;
}

function AlertRow({ alert: a, showPoint, actions }) {
  return html`
    <tr class="alert" data-severity=${a.severity} data-id=${a.id}>
      <td><${Status} status=${a.severity} /></td>
      ${showPoint && html`<td><a href=${link('stock-points', a.item, a.location)}>${a.item} @ ${a.location}</a></td>`}
      <td>${a.rule}${a.subject ? html` <span class="muted">${a.subject}</span>` : ''}</td>
      <td>${a.message} <${Handling} alert=${a} /></td>
      <td class="num" data-label="At risk">${formatMoney(a.value_at_risk)}</td>
      <td data-label="Raised">${a.raised_on}</td>
      ${actions && html`<td class="actions">${actions(a)}</td>`}
    </tr>
  `;
}

function AlertTable({ page, showPoint, actions }) {
  if (page.items.length === 0) return html`<p class="muted">No alerts to handle.</p>`;
  return html`
    <div class="table-wrap">
      <table class="compact alerts">
        <thead><tr><th>Severity</th>${showPoint && html`<th>Stock point</th>`}<th>Rule</th><th>Message</th><th class="num">At risk</th><th>Raised</th>${actions && html`<th></th>`}</tr></thead>
        <tbody>${page.items.map((a) => html`<${AlertRow} alert=${a} showPoint=${showPoint} actions=${actions} />`)}</tbody>
      </table>
      ${page.total > page.items.length && html`<p class="muted">${page.total} alerts, the ${page.items.length} with the most at risk shown.</p>`}
    </div>
  `;
}

export function Alerts({ item, location, filter = false, user, asOf }) {
  const [severity, setSeverity] = useState('');
  const [handled, setHandled] = useState('hide');
  const [failure, setFailure] = useState(null);
  const path = `/alerts${query({ severity, handled, item, location, limit: LIMIT })}`;
  const { data, error, loading, reload } = useApi(path);
  const done = () => {
    setFailure(null);
    reload();
  };
  const actions = user && canPlan(user)
    ? (a) => html`<${Actions} alert=${a} asOf=${asOf} onDone=${done} onError=${setFailure} />`
    : null;
  return html`
    <section class="card">
      <div class="card-head">
        <h2>Alerts${data ? ` (${data.total})` : ''}</h2>
        ${filter && html`
          <${Selector} value=${severity} onChange=${setSeverity} label="Severity" options=${SEVERITIES} />
          <${Selector} value=${handled} onChange=${setHandled} label="Handled" options=${HANDLED} />`}
      </div>
      <${Problem} error=${error || failure} />
      ${loading && !data && html`<${Loading} />`}
      ${data && html`<${AlertTable} page=${data} showPoint=${!item} actions=${actions} />`}
    </section>
  `;
}
