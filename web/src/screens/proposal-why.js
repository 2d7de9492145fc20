// Why a line was proposed: the stored reason and the numbers behind it.
import { html } from '../html.js';
import { Facts } from '../components/bits.js';
import { formatDecimal, formatQuantity } from '../format.js';
import { link } from '../router.js';

export function ProposalWhy({ proposal }) {
  const w = proposal.why;
  return html`
    <div class="why">
      <p class="reason">${w.reason}</p>
      <${Facts} rows=${[
        ['Demand per period', `${formatDecimal(w.forecast_per_period)} (σ ${formatDecimal(w.forecast_sd)})`],
        ['Lead time + review', `${formatDecimal(w.lead_time_periods)} + ${formatDecimal(w.review_periods)} periods`],
        ['Policy', w.policy],
        ['Service target', `${formatDecimal(w.service_target)} (achieved ${w.achieved_service.toFixed(3)})`],
        ['Safety stock', formatDecimal(w.safety_stock)],
        ['Reorder point', formatDecimal(w.reorder_point)],
        ['Order up to', formatDecimal(w.order_up_to)],
        ['On hand + on order', `${formatQuantity(w.on_hand)} + ${formatQuantity(w.on_order)} = ${formatQuantity(w.position)}`],
        ['Need before rounding', formatDecimal(w.raw_need)],
      ]} />
      <a href=${link('stock-points', proposal.item, proposal.location)}>Open the stock point →</a>
    </div>
  `;
}
