// Receiving at the dock, on a tablet: scan (a keyboard-wedge scanner types the code and
// Enter) a GS1 barcode, or type an item code, GTIN or purchase order number; see what it
// matched and the open purchase order lines for it; confirm the quantity of a line and the
// receipt is posted to the stock ledger (lot and expiry from the barcode).
import { useRef, useState } from 'preact/hooks';
import { html } from '../html.js';
import { api, query } from '../api.js';
import { canReceive, Facts, Problem } from '../components/bits.js';
import { formatQuantity } from '../format.js';
import { ReceiptLine } from './receipt-line.js';

function Scanned({ scan }) {
  if (scan.kind !== 'gs1') return null;
  return html`
    <section class="card scanned">
      <${Facts} rows=${[
        ['Item', scan.item || `GTIN ${scan.gtin}`],
        ['Lot', scan.lot || '–'],
        ['Expiry', scan.expiry || '–'],
        ['Quantity', scan.quantity == null ? 'not in the code' : formatQuantity(scan.quantity)],
      ]} />
    </section>
  `;
}

export function Receiving({ user }) {
  const [code, setCode] = useState('');
  const [scan, setScan] = useState(null);
  const [error, setError] = useState(null);
  const input = useRef(null);

  async function lookUp(event) {
    event.preventDefault();
    const typed = code.trim();
    if (!typed) return;
    setError(null);
    try {
      setScan({ code: typed, ...(await api.get(`/receiving/scan${query({ code: typed })}`)) });
    } catch (e) {
      setScan(null);
      setError(e);
    }
    setCode('');
    input.current?.focus();
  }

  const lines = scan?.lines || [];
  return html`
    <div class="screen">
      <div class="screen-head"><h1>Receiving</h1></div>
      ${!canReceive(user) && html`<p class="notice">Your role (${user.role}) can look up orders but not receive.</p>`}
      <form class="scan" onSubmit=${lookUp}>
        <input ref=${input} autofocus value=${code} aria-label="Scan"
               placeholder="Scan a barcode, or type an item code or PO number"
               onInput=${(e) => setCode(e.target.value)} />
        <button class="primary" type="submit">Find</button>
      </form>
      <${Problem} error=${error} />
      ${scan && html`
        <${Scanned} scan=${scan} />
        <h2>${lines.length} open line${lines.length === 1 ? '' : 's'} for “${scan.code}”</h2>
        <div class="lines">
          ${lines.map((l) => html`
            <${ReceiptLine} key=${`${l.po_number}/${l.line}`} line=${l} scan=${scan}
                            allowed=${canReceive(user)} />`)}
        </div>`}
    </div>
  `;
}
