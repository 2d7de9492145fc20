// Production orders to release: the planned (firm) ones, by due date; a planner releases
// them to the shop floor (POST /production-orders/{number}/release).
import { useState } from 'preact/hooks';
import { html } from '../html.js';
import { api } from '../api.js';
import { useApi } from '../components/use-api.js';
import { Problem, Status, canPlan } from '../components/bits.js';
import { formatQuantity } from '../format.js';

export function ProductionOrders({ user }) {
  const { data, error, reload } = useApi('/production-orders?status=planned&sort=due_date');
  const [failure, setFailure] = useState(null);
  const release = async (number) => {
    setFailure(null);
    try {
      await api.post(`/production-orders/${encodeURIComponent(number)}/release`);
      reload();
    } catch (e) {
      setFailure(e);
    }
  };
  return html`
    <section class="card table-wrap">
      <h2>Production orders to release</h2>
      <${Problem} error=${error || failure} />
      ${data && data.items.length === 0 && html`<p class="muted">No planned production orders.</p>`}
      ${data && data.items.length > 0 && html`
        <table class="production-orders">
          <thead><tr><th>Number</th><th>Item</th><th>Location</th><th class="num">Quantity</th>
            <th>Start</th><th>Due</th><th>Status</th><th></th></tr></thead>
          <tbody>${data.items.map((o) => html`
            <tr class="production-order" data-number=${o.number}>
              <td>${o.number}</td><td>${o.item}</td><td>${o.location}</td>
              <td class="num">${formatQuantity(o.quantity)}</td><td>${o.start_date}</td><td>${o.due_date}</td>
              <td><${Status} status=${o.status} /></td>
              <td>${canPlan(user) && html`<button onClick=${() => release(o.number)}>Release</button>`}</td>
            </tr>`)}
          </tbody>
        </table>`}
    </section>
  `;
}
