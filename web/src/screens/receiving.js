// Receiving at the dock, on a tablet: scan (a keyboard-wedge scanner types the code and
// Enter) or type an item code or purchase order number, see the open purchase order lines
// it matches, and confirm the quantity received.
import { useRef, useState } from 'preact/hooks';
import { html } from '../html.js';
import { api, query } from '../api.js';
import { canReceive } from '../components/bits.js';
import { formatQuantity } from '../format.js';

async function openLines(code) {
  const open = { status: 'open', limit: 50 };
  const [byItem, byOrder] = await Promise.all([
    api.get(`/purchase-orders${query({ ...open, item: code })}`),
    api.get(`/purchase-orders${query({ ...open, po_number: code })}`),
  ]);
  return [...byOrder.items, ...byItem.items].filter((l) => l.quantity > l.received);
}

function Line({ line }) {
  const open = line.quantity - line.received;
  return html`
    <div class="card line" data-po=${`${line.po_number}/${line.line}`}>
      <div>
        <strong>${line.item}</strong> @ ${line.location}
        <div class="muted">
          ${line.po_number} line ${line.line} · ${line.supplier} · due ${line.due_date}
        </div>
        <div>Ordered ${formatQuantity(line.quantity)}, received ${formatQuantity(line.received)}, <strong>open ${formatQuantity(open)}</strong></div>
      </div>
      <div class="receive">
        <input type="number" min="0" step="any" value=${open} aria-label="Quantity received" />
        <button class="primary" disabled title="Receiving posts to the stock ledger">Confirm</button>
      </div>
    </div>
  `;
}

export function Receiving({ user }) {
  const [scan, setScan] = useState('');
  const [result, setResult] = useState(null);
  const [error, setError] = useState('');
  const input = useRef(null);

  async function lookUp(event) {
    event.preventDefault();
    const code = scan.trim();
    if (!code) return;
    setError('');
    try {
      setResult({ code, lines: await openLines(code) });
    } catch (e) {
      setError(e.message);
    }
    setScan('');
    input.current?.focus();
  }

  return html`
    <div class="screen">
      <div class="screen-head"><h1>Receiving</h1></div>
      ${!canReceive(user) && html`<p class="notice">Your role (${user.role}) can look up orders but not receive.</p>`}
      <p class="notice">Confirming a receipt needs the stock ledger, which this build does not have yet.</p>
      <form class="scan" onSubmit=${lookUp}>
        <input ref=${input} autofocus value=${scan} placeholder="Scan or type an item code or PO number"
               aria-label="Scan" onInput=${(e) => setScan(e.target.value)} />
        <button class="primary" type="submit">Find</button>
      </form>
      ${error && html`<p class="error">${error}</p>`}
      ${result && html`
        <h2>${result.lines.length} open line${result.lines.length === 1 ? '' : 's'} for “${result.code}”</h2>
        <div class="lines">${result.lines.map((l) => html`<${Line} key=${l.po_number + l.line} line=${l} />`)}</div>`}
    </div>
  `;
}
