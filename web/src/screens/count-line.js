// One line of a cycle-count list: the stock point, its class and why it is counted, and for
// warehouse staff a box for the quantity found, of one lot: a count is per lot, and the lots
// on hand are offered (a count without a lot counts only the stock kept without one).
// Recording posts the count (POST /counts) with an idempotency key kept until the server
// answers; the ledger takes the difference.
import { useState } from 'preact/hooks';
import { html } from '../html.js';
import { api, idempotencyKey } from '../api.js';
import { Problem } from '../components/bits.js';
import { useApi } from '../components/use-api.js';
import { formatQuantity } from '../format.js';
import { link } from '../router.js';

const newKey = () => idempotencyKey('count');

function Recorded({ count }) {
  const sign = count.difference > 0 ? '+' : '';
  return html`<span class="received" role="status">
    Counted ${formatQuantity(count.counted)}${count.lot ? ` of lot ${count.lot}` : ''} (system ${formatQuantity(count.system_quantity)}, difference ${sign}${formatQuantity(count.difference)})
  </span>`;
}

// The lots on hand at the stock point ("" for stock without a lot), [""] when there is none,
// null until they are known.
function useLots(item, location) {
  const { data, error } = useApi(`/availability/${encodeURIComponent(item)}/${encodeURIComponent(location)}`);
  const lots = data && [...new Set(data.lots.map((l) => l.lot))];
  return { lots: lots && (lots.length ? lots : ['']), error };
}

function LotPicker({ lots, value, onChange }) {
  if (lots.length === 1) return lots[0] && html`<span class="muted">lot ${lots[0]}</span>`;
  return html`
    <select value=${value} onChange=${(e) => onChange(e.target.value)} aria-label="Lot">
      ${lots.map((lot) => html`<option value=${lot}>${lot ? `lot ${lot}` : 'no lot'}</option>`)}
    </select>
  `;
}

function CountEntry({ task, onRecorded }) {
  const { lots, error: lotError } = useLots(task.item, task.location);
  const [picked, setLot] = useState(null);
  const lot = picked ?? lots?.[0];
  const [counted, setCounted] = useState('');
  const [key, setKey] = useState(newKey);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState(null);
  async function record() {
    setBusy(true);
    setError(null);
    try {
      // Dated by its list's day: today's list in daily work, the review date's when the
      // dashboard looks at a planning run of another day.
      onRecorded(await api.post('/counts', { key, date: task.date, item: task.item, location: task.location, lot, counted }));
      setKey(newKey());
    } catch (e) {
      setError(e);
    }
    setBusy(false);
  }
  return html`
    <div class="receive">
      ${lots && html`<${LotPicker} lots=${lots} value=${lot} onChange=${setLot} />`}
      <input type="number" min="0" step="any" value=${counted} aria-label="Quantity counted"
             onInput=${(e) => setCounted(e.target.value)} />
      <button class="primary" onClick=${record} disabled=${busy || !lots || counted === '' || Number(counted) < 0}>Record</button>
    </div>
    <${Problem} error=${error || lotError} />
  `;
}

export function CountLine({ task, canCount }) {
  const [count, setCount] = useState(null);
  return html`
    <tr class="count-task" data-point=${`${task.item}@${task.location}`}>
      <td><a href=${link('stock-points', task.item, task.location)}>${task.item}</a></td>
      <td>${task.location}</td><td><strong>${task.class}</strong></td><td>${task.reason}</td>
      <td>${count ? html`<${Recorded} count=${count} />` : canCount && html`<${CountEntry} task=${task} onRecorded=${setCount} />`}</td>
    </tr>
  `;
}
