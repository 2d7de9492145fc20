// A table of values with each row's share of the total drawn as a bar: {key, value} rows,
// largest first, money in the company currency.
import { html } from '../html.js';
import { formatMoney, formatPercent } from '../format.js';

export function ShareTable({ title, rows, total }) {
  const sorted = [...rows].sort((a, b) => b.value - a.value);
  return html`
    <section class="card">
      <h2>${title}</h2>
      ${sorted.length === 0 ? html`<p class="muted">No stock.</p>` : html`
        <table class="compact shares">
          <thead><tr><th></th><th class="num">Value</th><th>Share of the total</th></tr></thead>
          <tbody>${sorted.map((r) => {
            const share = total > 0 ? r.value / total : 0;
            return html`
              <tr><td>${r.key}</td><td class="num">${formatMoney(r.value)}</td>
                  <td><div class="bar"><div style=${`width: ${Math.max(0, share * 100)}%`}></div>
                      <span>${formatPercent(share)}</span></div></td></tr>`;
          })}</tbody>
        </table>`}
    </section>
  `;
}
