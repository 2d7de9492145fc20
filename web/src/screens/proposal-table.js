// The proposals of one supplier group: quantity and due date editable in place, approve
// (it becomes a purchase order line) or reject; a click on a line shows why it was proposed.
import { useState } from 'preact/hooks';
import { html } from '../html.js';
import { api, query } from '../api.js';
import { useApi } from '../components/use-api.js';
import { Loading, Problem, Status, canPlan } from '../components/bits.js';
import { ProposalWhy } from './proposal-why.js';
import { formatMoney, formatQuantity } from '../format.js';
import { link } from '../router.js';

function Actions({ proposal, edited, busy, onDecide }) {
  if (proposal.status !== 'proposed') {
    return proposal.purchase_order
      ? html`<span class="po">PO ${proposal.purchase_order}</span>`
      : null;
  }
  return html`
    <span class="actions">
      ${edited && html`<button disabled=${busy} onClick=${() => onDecide('save')}>Save</button>`}
      <button class="primary" disabled=${busy} onClick=${() => onDecide('approve')}>Approve</button>
      <button class="danger" disabled=${busy} onClick=${() => onDecide('reject')}>Reject</button>
    </span>
  `;
}

function ProposalRow({ initial, user }) {
  const [proposal, setProposal] = useState(initial);
  const [quantity, setQuantity] = useState(String(initial.quantity));
  const [due, setDue] = useState(initial.due_date);
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const editable = canPlan(user) && proposal.status === 'proposed';
  const edited = Number(quantity) !== proposal.quantity || due !== proposal.due_date;

  async function decide(action) {
    setBusy(true);
    setError('');
    const change = {};
    if (Number(quantity) !== proposal.quantity) change.quantity = Number(quantity);
    if (due !== proposal.due_date) change.due_date = due;
    try {
      const path = `/proposals/${proposal.id}`;
      const answer =
        action === 'save' ? await api.patch(path, change)
        : action === 'approve' ? await api.post(`${path}/approve`, change)
        : await api.post(`${path}/reject`);
      setProposal(answer);
      setQuantity(String(answer.quantity));
      setDue(answer.due_date);
    } catch (e) {
      setError(e.message);
    } finally {
      setBusy(false);
    }
  }

  const stop = (e) => e.stopPropagation();
  return html`
    <tr class=${`proposal ${open ? 'open' : ''}`} onClick=${() => setOpen(!open)} data-id=${proposal.id}>
      <td><a href=${link('stock-points', proposal.item, proposal.location)} onClick=${stop}>${proposal.item}</a></td>
      <td>${proposal.location}</td>
      <td class="num" onClick=${stop}>
        ${editable
          ? html`<input class="qty" type="number" min="0" step="any" value=${quantity}
                        aria-label="Quantity" onInput=${(e) => setQuantity(e.target.value)} />`
          : formatQuantity(proposal.quantity)}
        ${proposal.purchase_unit && html`<div class="muted purchase-units">= ${formatQuantity(Number(quantity) / proposal.purchase_unit_quantity)} ${proposal.purchase_unit} of ${formatQuantity(proposal.purchase_unit_quantity)}</div>`}
      </td>
      <td onClick=${stop}>
        ${editable
          ? html`<input type="date" value=${due} aria-label="Due date" onInput=${(e) => setDue(e.target.value)} />`
          : proposal.due_date}
      </td>
      <td class="num">${formatMoney(proposal.unit_price)}</td>
      <td class="num">${formatMoney(proposal.order_value)}</td>
      <td><${Status} status=${proposal.state} /></td>
      <td onClick=${stop}>
        ${canPlan(user) && html`<${Actions} proposal=${proposal} edited=${edited} busy=${busy} onDecide=${decide} />`}
        ${error && html`<div class="error">${error}</div>`}
      </td>
    </tr>
    ${open && html`<tr class="why-row"><td colspan="8"><${ProposalWhy} proposal=${proposal} /></td></tr>`}
  `;
}

export function ProposalTable({ run, filter, user }) {
  const { data, error, loading } = useApi(`/plan-runs/${run}/proposals${query({ ...filter, limit: 1000 })}`);
  if (error) return html`<${Problem} error=${error} />`;
  if (loading || !data) return html`<${Loading} />`;
  return html`
    <div class="table-wrap">
      <table class="proposals">
        <thead>
          <tr>
            <th>Item</th><th>Location</th><th class="num">Quantity</th><th>Due</th>
            <th class="num">Unit price</th><th class="num">Value</th><th>State</th><th></th>
          </tr>
        </thead>
        <tbody>
          ${data.items.map((p) => html`<${ProposalRow} key=${p.id} initial=${p} user=${user} />`)}
        </tbody>
      </table>
      ${data.total > data.items.length && html`<p class="muted">Showing the ${data.items.length} largest of ${data.total}.</p>`}
    </div>
  `;
}
