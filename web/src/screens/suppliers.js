// Supplier performance over a period: receipts on time (by the line's due date), order lines
// delivered in full and on time (OTIF), and the lead time they actually took (mean and
// standard deviation in days, from order date to receipt) — the numbers to check a supplier's
// stated lead time against.
import { useState } from 'preact/hooks';
import { html } from '../html.js';
import { query } from '../api.js';
import { useApi } from '../components/use-api.js';
import { Loading, Problem, Rate } from '../components/bits.js';
import { formatDecimal } from '../format.js';

function LeadTime({ lead }) {
  if (!lead.n) return '–';
  return `${formatDecimal(lead.mean)} d${lead.sd == null ? '' : ` ± ${formatDecimal(lead.sd)}`}`;
}

export function Suppliers() {
  // No dates until the planner picks them: the server answers for the 90 days up to the latest
  // planning run's as-of date (else today) and says which days those are.
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const { data, error, loading } = useApi(`/supplier-performance${query({ from, to })}`);
  return html`
    <div class="screen">
      <div class="screen-head">
        <h1>Supplier performance</h1>
        <div class="plan-run">
          <label>From <input type="date" value=${from || data?.from || ''} onChange=${(e) => setFrom(e.target.value)} /></label>
          <label>To <input type="date" value=${to || data?.to || ''} onChange=${(e) => setTo(e.target.value)} /></label>
        </div>
      </div>
      <${Problem} error=${error} />
      ${loading && !data && html`<${Loading} />`}
      ${data && html`
        <section class="card table-wrap">
          <table class="supplier-performance">
            <thead><tr>
              <th>Supplier</th><th class="num">Receipts</th><th>On time (receipts)</th>
              <th class="num">Lines closed</th><th>In full, on time (lines)</th>
              <th class="num">Lead time (days, mean ± sd)</th>
            </tr></thead>
            <tbody>${data.items.map((s) => html`
              <tr><td>${s.supplier}</td><td class="num">${s.receipts}</td><td><${Rate} value=${s.on_time_rate} /></td>
                  <td class="num">${s.lines}</td><td><${Rate} value=${s.otif_rate} /></td>
                  <td class="num"><${LeadTime} lead=${s.lead_time_days} /></td></tr>`)}
            </tbody>
          </table>
          ${data.items.length === 0 && html`<p class="muted">No receipts from ${data.from} to ${data.to}.</p>`}
          <p class="muted">Bars: green at 95 % and above, amber from 80 %, red below.</p>
        </section>`}
    </div>
  `;
}
