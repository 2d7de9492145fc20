// One open purchase order line on the receiving screen: what is open, what the stock point
// holds now, a quantity to confirm (the scanned quantity, else all that is open) and the
// receipt it posted. Each confirmation carries an idempotency key that is kept until the
// server answers, so a double tap or a retry after a lost answer is received once.
import { useEffect, useState } from 'preact/hooks';
import { html } from '../html.js';
import { api, idempotencyKey } from '../api.js';
import { Problem } from '../components/bits.js';
import { formatQuantity } from '../format.js';

const newKey = () => idempotencyKey('dock');

function useOnHand(item, location) {
  const [onHand, setOnHand] = useState(null);
  useEffect(() => {
    const path = `/availability/${encodeURIComponent(item)}/${encodeURIComponent(location)}`;
    api.get(path).then((stock) => setOnHand(stock.on_hand), () => setOnHand(null));
  }, [item, location]);
  return [onHand, setOnHand];
}

// The receipt's body: the line, the quantity and — for a GS1 scan of this item — the code,
// which gives the lot and expiry.
function receiptBody(line, scan, quantity, key) {
  const body = { key, po_number: line.po_number, line: line.line, quantity };
  if (scan.kind === 'gs1' && scan.item === line.item) body.barcode = scan.code;
  return body;
}

export function ReceiptLine({ line, scan, allowed }) {
  const [open, setOpen] = useState(line.open);
  const [quantity, setQuantity] = useState(String(scan.quantity ?? line.open));
  const [onHand, setOnHand] = useOnHand(line.item, line.location);
  const [key, setKey] = useState(newKey);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(null);
  const [error, setError] = useState(null);

  async function confirm() {
    setBusy(true);
    setError(null);
    try {
      const receipt = await api.post('/receipts', receiptBody(line, scan, quantity, key));
      setDone(receipt);
      setOnHand(receipt.stock.on_hand);
      setOpen(receipt.line.ordered - receipt.line.received);
      setKey(newKey());
    } catch (e) {
      setError(e);
    }
    setBusy(false);
  }

  return html`
    <div class="card line" data-po=${`${line.po_number}/${line.line}`}>
      <div>
        <strong>${line.item}</strong> ${line.name} @ ${line.location}
        <div class="muted">${line.po_number} line ${line.line} · ${line.supplier} · due ${line.due_date}</div>
        <div>
          Ordered ${formatQuantity(line.ordered)} · <strong>open ${formatQuantity(open)}</strong> ·
          on hand <strong class="on-hand">${formatQuantity(onHand)}</strong>
        </div>
        ${done && html`<div class="received" role="status">
          Received ${formatQuantity(done.movements.reduce((sum, m) => sum + m.quantity, 0))}${done.movements[0]?.lot ? ` (lot ${done.movements[0].lot})` : ''}${done.replayed ? ' — already posted' : ''}.
        </div>`}
        <${Problem} error=${error} />
      </div>
      <div class="receive">
        <input type="number" min="0" step="any" value=${quantity} aria-label="Quantity received"
               onInput=${(e) => setQuantity(e.target.value)} disabled=${!allowed} />
        <button class="primary" onClick=${confirm} disabled=${!allowed || busy || !(Number(quantity) > 0)}>Confirm</button>
      </div>
    </div>
  `;
}
