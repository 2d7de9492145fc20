// The pegging of an item's orders (GET /pegging/{item}/{location}): for each planned or firm
// order, the chain up to the independent demand it serves and the supplies of its components.
import { html } from '../html.js';
import { query } from '../api.js';
import { useApi } from '../components/use-api.js';
import { Loading, Problem } from '../components/bits.js';
import { formatQuantity } from '../format.js';

function Steps({ steps, empty }) {
  if (!steps.length) return html`<li class="muted">${empty}</li>`;
  return steps.map((s) => html`
    <li class="peg-step" style=${`margin-left: ${s.depth * 1.25}rem`}>
      ${s.kind} ${s.item}@${s.location} ${formatQuantity(s.quantity)} due ${s.date}${s.ref ? ` (${s.ref})` : ''}
    </li>`);
}

export function Pegging({ item, location, asOf }) {
  const path = `/pegging/${encodeURIComponent(item)}/${encodeURIComponent(location)}${query({ as_of: asOf })}`;
  const { data, error, loading } = useApi(path);
  return html`
    <section class="card pegging">
      <h2>Pegging of ${item}@${location}</h2>
      <${Problem} error=${error} />
      ${loading && !data && html`<${Loading} />`}
      ${data && data.orders.length === 0 && html`<p class="muted">No orders.</p>`}
      ${data && data.orders.map((o) => html`
        <div class="peg-order">
          <h3>${o.kind} ${formatQuantity(o.quantity)}, start ${o.start}, due ${o.due}</h3>
          <div class="peg-columns">
            <div><h4>For (up to the demand it serves)</h4>
              <ul class="peg-up"><${Steps} steps=${o.what_for} empty="independent demand only" /></ul></div>
            <div><h4>From (what its components come from)</h4>
              <ul class="peg-down"><${Steps} steps=${o.what_from} empty="nothing below it" /></ul></div>
          </div>
        </div>`)}
    </section>
  `;
}
