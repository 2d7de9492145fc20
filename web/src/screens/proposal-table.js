// The proposals of one supplier group: what the buyer weighs (on hand, forecast, cover, the
// quantity in the supplier's unit), sortable by any of them; quantity and due date editable
// in place, approve (it becomes a purchase order line), reject and undo the rejection; a click
// on a line (or Enter) shows why it was proposed. Keys, when the table has the focus: j/k or
// the arrows move, a approves, r rejects, u undoes the last rejection, Enter opens the why.
import { useEffect, useRef, useState } from 'preact/hooks';
import { html } from '../html.js';
import { api, query } from '../api.js';
import { useApi } from '../components/use-api.js';
import { Loading, Problem, Status, canPlan } from '../components/bits.js';
import { ProposalWhy } from './proposal-why.js';
import { formatDecimal, formatMoney, formatQuantity } from '../format.js';
import { link } from '../router.js';

// Periods the stock on hand lasts at the forecast; null without a forecast.
const cover = (p) => (p.why.forecast_per_period > 0 ? p.why.on_hand / p.why.forecast_per_period : null);

// The sortable columns: header, value to sort by, numeric (right-aligned, largest first).
const COLUMNS = [
  { key: 'item', label: 'Item', value: (p) => p.item },
  { key: 'location', label: 'Location', value: (p) => p.location },
  { key: 'on_hand', label: 'On hand', value: (p) => p.why.on_hand, numeric: true },
  { key: 'forecast', label: 'Forecast / period', value: (p) => p.why.forecast_per_period, numeric: true },
  { key: 'cover', label: 'Cover (periods)', value: (p) => cover(p) ?? Infinity, numeric: true },
  { key: 'quantity', label: 'Quantity', value: (p) => p.quantity, numeric: true },
  { key: 'due', label: 'Due', value: (p) => p.due_date },
  { key: 'unit_price', label: 'Unit price', value: (p) => p.unit_price, numeric: true },
  { key: 'value', label: 'Value', value: (p) => p.order_value, numeric: true },
  { key: 'state', label: 'State', value: (p) => p.state },
];

function sorted(items, sort) {
  const column = COLUMNS.find((c) => c.key === sort.key);
  if (!column) return items;
  const sign = sort.descending ? -1 : 1;
  return [...items].sort((a, b) => {
    const x = column.value(a);
    const y = column.value(b);
    return sign * (x < y ? -1 : x > y ? 1 : a.id - b.id);
  });
}

function Actions({ proposal, edited, busy, onDecide }) {
  if (proposal.status === 'rejected') {
    return html`<button disabled=${busy} onClick=${() => onDecide('reopen')}>Undo</button>`;
  }
  if (proposal.status !== 'proposed') {
    const order = proposal.purchase_order || proposal.order_number;
    return order ? html`<span class="po">PO ${order}</span>` : null;
  }
  return html`
    <span class="actions">
      ${edited && html`<button disabled=${busy} onClick=${() => onDecide('save')}>Save</button>`}
      <button class="primary" disabled=${busy} onClick=${() => onDecide('approve')}>Approve</button>
      <button class="danger" disabled=${busy} onClick=${() => onDecide('reject')}>Reject</button>
    </span>
  `;
}

function PurchaseUnits({ proposal, quantity }) {
  if (!proposal.purchase_unit) return null;
  const units = Number(quantity) / proposal.purchase_unit_quantity;
  return html`<div class="muted purchase-units">= ${formatQuantity(units)} ${proposal.purchase_unit} of ${formatQuantity(proposal.purchase_unit_quantity)}</div>`;
}

// One proposal. `commands` is the table's registry of each row's actions, so that keys act on
// the selected row; `onDecided` tells the table of a decision (the last rejection can be undone).
function ProposalRow({ initial, user, selected, onSelect, commands, onDecided }) {
  const [proposal, setProposal] = useState(initial);
  const [quantity, setQuantity] = useState(String(initial.quantity));
  const [due, setDue] = useState(initial.due_date);
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const editable = canPlan(user) && proposal.status === 'proposed';
  const edited = Number(quantity) !== proposal.quantity || due !== proposal.due_date;

  async function decide(action) {
    if (!canPlan(user) || busy) return;
    if ((action === 'approve' || action === 'reject') && proposal.status !== 'proposed') return;
    if (action === 'reopen' && proposal.status !== 'rejected') return;
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
        : action === 'reject' ? await api.post(`${path}/reject`)
        : await api.post(`${path}/reopen`);
      setProposal(answer);
      setQuantity(String(answer.quantity));
      setDue(answer.due_date);
      onDecided(action, proposal.id);
    } catch (e) {
      setError(e.message);
    } finally {
      setBusy(false);
    }
  }

  commands.current[proposal.id] = { decide, toggle: () => setOpen((was) => !was) };
  const row = useRef(null);
  useEffect(() => {
    if (selected) row.current?.scrollIntoView({ block: 'nearest' });
  }, [selected]);

  const stop = (e) => e.stopPropagation();
  const w = proposal.why;
  return html`
    <tr ref=${row} class=${`proposal ${open ? 'open' : ''} ${selected ? 'selected' : ''}`}
        onClick=${() => { onSelect(proposal.id); setOpen(!open); }} data-id=${proposal.id}
        aria-selected=${selected}>
      <td><a href=${link('stock-points', proposal.item, proposal.location)} onClick=${stop}>${proposal.item}</a></td>
      <td>${proposal.location}</td>
      <td class="num" data-label="On hand">${formatQuantity(w.on_hand)}</td>
      <td class="num" data-label="Forecast / period">${formatDecimal(w.forecast_per_period)}</td>
      <td class="num" data-label="Cover">${formatDecimal(cover(proposal))}</td>
      <td class="num" data-label="Quantity" onClick=${stop}>
        ${editable
          ? html`<input class="qty" type="number" min="0" step="any" value=${quantity}
                        aria-label="Quantity" onInput=${(e) => setQuantity(e.target.value)} />`
          : formatQuantity(proposal.quantity)}
        <${PurchaseUnits} proposal=${proposal} quantity=${quantity} />
      </td>
      <td data-label="Due" onClick=${stop}>
        ${editable
          ? html`<input type="date" value=${due} aria-label="Due date" onInput=${(e) => setDue(e.target.value)} />`
          : proposal.due_date}
      </td>
      <td class="num" data-label="Unit price">${formatMoney(proposal.unit_price)}</td>
      <td class="num" data-label="Value">${formatMoney(proposal.order_value)}</td>
      <td><${Status} status=${proposal.state} /></td>
      <td onClick=${stop}>
        ${canPlan(user) && html`<${Actions} proposal=${proposal} edited=${edited} busy=${busy} onDecide=${decide} />`}
        ${error && html`<div class="error">${error}</div>`}
      </td>
    </tr>
    ${open && html`<tr class="why-row"><td colspan=${COLUMNS.length + 1}><${ProposalWhy} proposal=${proposal} /></td></tr>`}
  `;
}

function SortHeader({ column, sort, onSort }) {
  const active = sort.key === column.key;
  const arrow = active ? (sort.descending ? ' ↓' : ' ↑') : '';
  return html`
    <th class=${column.numeric ? 'num' : ''} aria-sort=${active ? (sort.descending ? 'descending' : 'ascending') : 'none'}>
      <button class="sort" onClick=${() => onSort(column)}>${column.label}${arrow}</button>
    </th>
  `;
}

export function ProposalTable({ run, filter, user }) {
  const { data, error, loading } = useApi(`/plan-runs/${run}/proposals${query({ ...filter, limit: 1000 })}`);
  const [sort, setSort] = useState({ key: '', descending: false });  // '': the API's order
  const [selected, setSelected] = useState(null);
  const [lastRejected, setLastRejected] = useState(null);
  const commands = useRef({});
  if (error) return html`<${Problem} error=${error} />`;
  if (loading || !data) return html`<${Loading} />`;

  const items = sorted(data.items, sort);
  const onSort = (column) =>
    setSort((was) => ({
      key: column.key,
      descending: was.key === column.key ? !was.descending : Boolean(column.numeric),
    }));
  const onDecided = (action, id) => {
    if (action === 'reject') setLastRejected(id);
    if (action === 'reopen' && id === lastRejected) setLastRejected(null);
  };
  function onKeyDown(e) {
    // Keys typed into a field, or Enter on a button or link, keep their own meaning.
    if (e.target.closest('input, select, textarea, button, a') || e.ctrlKey || e.metaKey || e.altKey) return;
    const at = items.findIndex((p) => p.id === selected);
    const move = (step) => {
      const next = items[Math.min(items.length - 1, Math.max(0, at + step))];
      if (next) setSelected(next.id);
    };
    const row = commands.current[selected];
    const keys = {
      j: () => move(1), ArrowDown: () => move(1),
      k: () => move(-1), ArrowUp: () => move(-1),
      a: () => row?.decide('approve'), r: () => row?.decide('reject'),
      u: () => lastRejected && commands.current[lastRejected]?.decide('reopen'),
      Enter: () => row?.toggle(),
    };
    const action = keys[e.key];
    if (!action) return;
    e.preventDefault();
    action();
  }

  return html`
    <div class="table-wrap proposal-list" tabIndex="0" onKeyDown=${onKeyDown}
         aria-label="Proposals: j/k to move, a approve, r reject, u undo, Enter why">
      <table class="proposals">
        <thead>
          <tr>
            ${COLUMNS.map((c) => html`<${SortHeader} column=${c} sort=${sort} onSort=${onSort} />`)}
            <th></th>
          </tr>
        </thead>
        <tbody>
          ${items.map((p) => html`<${ProposalRow} key=${p.id} initial=${p} user=${user}
                                   selected=${p.id === selected} onSelect=${setSelected}
                                   commands=${commands} onDecided=${onDecided} />`)}
        </tbody>
      </table>
      <p class="muted keys">Keys: j/k move · a approve · r reject · u undo the last rejection · Enter why</p>
      ${data.total > data.items.length && html`<p class="muted">Showing the ${data.items.length} largest of ${data.total}.</p>`}
    </div>
  `;
}
