// Cycle counts: the count list of a day (default: the API's review date) — item, location,
// class and why it is counted — for warehouse staff to count and record, and for planners a
// button that plans the lists for the year ahead from the latest classification.
import { useState } from 'preact/hooks';
import { html } from '../html.js';
import { api, query } from '../api.js';
import { useApi } from '../components/use-api.js';
import { Loading, Problem, canPlan, canReceive } from '../components/bits.js';
import { CountLine } from './count-line.js';

function PlanButton({ onDone }) {
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState(null);
  const [error, setError] = useState(null);
  async function plan() {
    setBusy(true);
    setError(null);
    try {
      const planned = await api.post('/count-lists/plan', {});
      setResult(planned);
      onDone();
    } catch (e) {
      setError(e);
    }
    setBusy(false);
  }
  return html`
    <button onClick=${plan} disabled=${busy}>${busy ? 'Planning…' : 'Plan count lists'}</button>
    ${result && html`<span class="muted">${result.counts} counts of ${result.stock_points} stock points over ${result.working_days} working days from ${result.from}.</span>`}
    <${Problem} error=${error} />
  `;
}

function CountTable({ list, canCount }) {
  if (list.items.length === 0) return html`<p class="muted">Nothing to count on ${list.from}.</p>`;
  return html`
    <table class="count-list">
      <thead><tr><th>Item</th><th>Location</th><th>Class</th><th>Reason</th><th>Count</th></tr></thead>
      <tbody>${list.items.map((t) => html`<${CountLine} key=${`${t.item}@${t.location}`} task=${t} canCount=${canCount} />`)}</tbody>
    </table>
  `;
}

export function Counts({ user }) {
  const [day, setDay] = useState('');
  const { data, error, loading, reload } = useApi(`/count-lists${query({ from: day })}`);
  return html`
    <div class="screen">
      <div class="screen-head">
        <h1>Cycle counts</h1>
        <div class="plan-run">
          <label>Day <input type="date" value=${day || data?.from || ''} onChange=${(e) => setDay(e.target.value)} /></label>
          ${canPlan(user) && html`<${PlanButton} onDone=${reload} />`}
        </div>
      </div>
      <${Problem} error=${error} />
      ${loading && !data && html`<${Loading} />`}
      ${data && html`<section class="card table-wrap"><${CountTable} list=${data} canCount=${canReceive(user)} /></section>`}
    </div>
  `;
}
