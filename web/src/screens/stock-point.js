// One stock point (item @ location): demand and forecast, projected stock, the policy in
// force and how it was set, stock on hand by lot, open purchase orders, the latest proposal,
// its open alerts.
import { html } from '../html.js';
import { useApi } from '../components/use-api.js';
import { Facts, Kpi, Loading, Problem, Status } from '../components/bits.js';
import { Alerts } from '../components/alerts.js';
import { BalanceChart, BalanceMarkers, DemandChart } from './stock-point-charts.js';
import { formatDecimal, formatMoney, formatQuantity } from '../format.js';
import { link } from '../router.js';

const SETTING_LABELS = {
  service_kind: 'Service kind',
  service_target: 'Service target',
  order_rule: 'Order rule',
  cover_periods: 'Cover (periods)',
  fixed_quantity: 'Fixed quantity',
  review_periods: 'Review period',
  distribution: 'Demand distribution',
};

function Headline({ view: v }) {
  const plan = v.plan;
  return html`
    <section class="kpis">
      <${Kpi} label="On hand" value=${formatQuantity(v.stock.on_hand)} note=${v.item.uom} />
      <${Kpi} label="On order" value=${formatQuantity(v.stock.on_order)} note=${`${v.open_orders.length} open lines`} />
      <${Kpi} label=${`Demand per ${v.period}`} value=${plan ? formatDecimal(plan.demand_per_period) : '–'}
              note=${plan ? `σ ${formatDecimal(plan.demand_sd)}` : 'no history'} />
      <${Kpi} label="Safety stock" value=${plan ? formatDecimal(plan.safety_stock) : '–'} />
      <${Kpi} label="Reorder point" value=${plan ? formatDecimal(plan.reorder_point) : '–'}
              note=${plan ? `order up to ${formatDecimal(plan.order_up_to)}` : ''} />
      <${Kpi} label="Cover" value=${`${formatDecimal(v.projection_summary.cover_periods)} ${v.period}s`}
              tone=${v.projection_summary.first_stockout ? 'bad' : 'good'}
              note=${v.projection_summary.first_stockout ? `stock-out in the ${v.period} of ${v.projection_summary.first_stockout}` : 'no stock-out in the horizon'} />
      <${Kpi} label="Order now" value=${plan ? formatQuantity(plan.order_now) : '–'}
              tone=${plan?.order_now > 0 ? 'warn' : ''} note=${plan ? `position ${formatQuantity(plan.position)}` : ''} />
    </section>
    ${plan && html`<p class="muted plan-source">Numbers of ${plan.source}.</p>`}
  `;
}

function PolicyCard({ view: v }) {
  const s = v.policy_settings;
  if (!s) return html`<section class="card"><h2>Policy</h2><p class="muted">${v.plan_error || 'No demand history before this date: the planning run does not review this stock point.'}</p></section>`;
  const supply = v.supply;
  return html`
    <section class="card">
      <h2>Policy in force</h2>
      ${v.plan && html`<p>${v.plan.policy}</p>`}
      <table class="compact">
        <thead><tr><th>Setting</th><th>Value</th><th>Set by</th></tr></thead>
        <tbody>
          ${Object.entries(SETTING_LABELS).map(([key, label]) => html`
            <tr><td>${label}</td><td>${String(s[key])}</td><td class=${s.sources[key] === 'company default' ? 'muted' : ''}>${s.sources[key]}</td></tr>`)}
        </tbody>
      </table>
      <h3>Supply</h3>
      ${supply
        ? html`<${Facts} rows=${[
            ['Supplier', supply.supplier],
            ['Lead time', `${formatDecimal(supply.lead_time_days)} days (σ ${formatDecimal(supply.lead_time_sd_days)})`],
            ['Minimum order, multiple', `${formatQuantity(supply.min_order_quantity)}, ${formatQuantity(supply.order_multiple)}`],
            ['Unit price', formatMoney(supply.unit_price)],
          ]} />`
        : html`<p class="muted">No supply terms: lead time taken as 0.</p>`}
    </section>
  `;
}

function StockCard({ view: v }) {
  return html`
    <section class="card">
      <h2>Stock on hand by lot</h2>
      ${v.stock.lots.length === 0 ? html`<p class="muted">Nothing on hand.</p>` : html`
        <table class="compact">
          <thead><tr><th>Lot</th><th>Expiry</th><th class="num">Quantity</th></tr></thead>
          <tbody>${v.stock.lots.map((l) => html`
            <tr><td>${l.lot || '–'}</td><td class=${l.expiry && l.expiry < v.as_of ? 'overdue' : ''}>${l.expiry ? `${l.expiry}${l.expiry < v.as_of ? ' (expired)' : ''}` : '–'}</td><td class="num">${formatQuantity(l.quantity)}</td></tr>`)}
          </tbody>
        </table>`}
      <h2 class="spaced">Open purchase orders</h2>
      ${v.open_orders.length === 0 ? html`<p class="muted">None.</p>` : html`
        <table class="compact open-orders">
          <thead><tr><th>Order</th><th>Supplier</th><th class="num">Open</th><th>Due</th></tr></thead>
          <tbody>${v.open_orders.map((o) => html`
            <tr><td>${o.po_number}/${o.line}</td><td>${o.supplier}</td>
                <td class="num">${formatQuantity(o.quantity - o.received)}</td>
                <td class=${o.due_date < v.as_of ? 'overdue' : ''}>${o.due_date}</td></tr>`)}
          </tbody>
        </table>`}
    </section>
  `;
}

function LatestProposal({ view: v }) {
  const p = v.latest_proposal;
  if (!p) return null;
  return html`
    <section class="card">
      <h2>In the latest planning run</h2>
      <p>
        <${Status} status=${p.status} /> ${formatQuantity(p.quantity)} ${v.item.uom} from ${p.supplier || 'no supplier'}, due ${p.due_date}, worth ${formatMoney(p.order_value)}.${' '}
        <a href=${`${link('proposals')}?run=${p.run}`}>Proposals of run #${p.run} →</a>
      </p>
      <p class="reason">${p.why.reason}</p>
    </section>
  `;
}

export function StockPoint({ item, location }) {
  const path = `/stock-points/${encodeURIComponent(item)}/${encodeURIComponent(location)}`;
  const { data: v, error, loading } = useApi(path);
  return html`
    <div class="screen">
      <div class="screen-head">
        <h1>${item} <span class="muted">@ ${location}</span></h1>
        ${v && html`<span class="muted">${v.item.name} · ${v.location.name || v.location.code} · as of ${v.as_of}</span>`}
      </div>
      <${Problem} error=${error} />
      ${loading && !v && html`<${Loading} />`}
      ${v && html`
        <${Headline} view=${v} />
        <section class="card">
          <h2>Demand per ${v.period} and forecast</h2>
          ${v.history.length ? html`<${DemandChart} view=${v} />` : html`<p class="muted">No demand history.</p>`}
        </section>
        <section class="card">
          <h2>Projected stock</h2>
          <p class="muted">On hand at the end of each ${v.period}: the forecast taken out, open orders and the proposal of the latest run put in when due — and nothing else ordered.</p>
          <${BalanceChart} view=${v} />
          <${BalanceMarkers} view=${v} />
        </section>
        <${LatestProposal} view=${v} />
        <${Alerts} item=${item} location=${location} />
        <div class="columns">
          <${PolicyCard} view=${v} />
          <${StockCard} view=${v} />
        </div>`}
    </div>
  `;
}
