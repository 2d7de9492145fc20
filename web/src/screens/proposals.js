// Order proposals of a planning run, grouped by supplier with each group's order value and
// minimum order value; a group opens into its proposals, which can be edited, approved or
// rejected in place (planners).
import { useState } from 'preact/hooks';
import { html } from '../html.js';
import { useApi } from '../components/use-api.js';
import { Loading, Problem, Status } from '../components/bits.js';
import { ProposalTable } from './proposal-table.js';
import { formatMoney } from '../format.js';

function RunPicker({ runs, run, onPick }) {
  return html`
    <label class="inline">Planning run
      <select value=${run} onChange=${(e) => onPick(e.target.value)}>
        ${runs.map((r) => html`<option value=${r.id}>#${r.id} · as of ${r.as_of} · ${r.proposals} proposals</option>`)}
      </select>
    </label>
  `;
}

function StateCounts({ byState }) {
  return html`
    <span class="status-counts">
      ${Object.entries(byState).map(
        ([state, total]) => html`<span><${Status} status=${state} /> ${total.count}</span>`,
      )}
    </span>
  `;
}

function SupplierGroup({ run, supplier, user, open, onToggle }) {
  const code = supplier.supplier;
  const filter = code ? { supplier: code } : { without_supplier: 'true' };
  return html`
    <section class=${`card supplier ${open ? 'open' : ''}`}>
      <button class="supplier-head" onClick=${onToggle} aria-expanded=${open}>
        <span class="supplier-name">
          <strong>${code || 'No supplier'}</strong>
          ${supplier.name && html`<span class="muted"> ${supplier.name}</span>`}
        </span>
        <${StateCounts} byState=${supplier.by_state} />
        <span class="supplier-value">${formatMoney(supplier.value)}</span>
        ${supplier.below_min_order_value && html`
          <span class="badge warn" title="The supplier's minimum order value">
            below minimum ${formatMoney(supplier.min_order_value)}
          </span>`}
      </button>
      ${open && html`<${ProposalTable} run=${run} filter=${filter} user=${user} />`}
    </section>
  `;
}

function Suppliers({ run, user }) {
  const { data, error, loading } = useApi(`/plan-runs/${run}/suppliers`);
  const [open, setOpen] = useState(new Set());
  const toggle = (key) =>
    setOpen((was) => {
      const next = new Set(was);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });
  if (error) return html`<${Problem} error=${error} />`;
  if (loading || !data) return html`<${Loading} />`;
  if (!data.suppliers.length) return html`<p class="muted">This run proposed no orders.</p>`;
  return data.suppliers.map((s) => {
    const key = s.supplier ?? '';
    return html`<${SupplierGroup} key=${key} run=${run} supplier=${s} user=${user}
                                   open=${open.has(key)} onToggle=${() => toggle(key)} />`;
  });
}

export function Proposals({ user, params }) {
  const runs = useApi('/plan-runs?limit=20');
  const [picked, setPicked] = useState(params.get('run'));
  const list = runs.data?.items || [];
  const run = picked || list[0]?.id;
  return html`
    <div class="screen">
      <div class="screen-head">
        <h1>Order proposals</h1>
        ${list.length > 0 && html`<${RunPicker} runs=${list} run=${run} onPick=${setPicked} />`}
      </div>
      <${Problem} error=${runs.error} />
      ${runs.loading && !runs.data && html`<${Loading} />`}
      ${runs.data && !run && html`<p class="muted">No planning run yet: start one on the overview.</p>`}
      ${run && html`<${Suppliers} key=${run} run=${run} user=${user} />`}
    </div>
  `;
}
