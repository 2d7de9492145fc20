// The lists beside the ABC×XYZ matrix: the classes of a run (all, or one class), the recent
// class changes between runs, and count accuracy by class over the KPI period.
import { html } from '../html.js';
import { query } from '../api.js';
import { useApi } from '../components/use-api.js';
import { Loading, Problem, Rate } from '../components/bits.js';
import { formatDecimal } from '../format.js';
import { link } from '../router.js';
import { dimensionOf, entriesOf } from './class-matrix.js';

const LIMIT = 200;
const CHANGES_SHOWN = 20;

// A stock point's page; a class kept for an item over all locations links to its search.
function PointLink({ item, location }) {
  if (!location) return html`<a href=${`${link('stock-points')}?${new URLSearchParams({ search: item })}`}>${item}</a>`;
  return html`<a href=${link('stock-points', item, location)}>${item} @ ${location}</a>`;
}

function ClassRows({ page, run }) {
  const { label, format } = dimensionOf(run);
  const dimension = run.dimensions[0];
  return html`
    <table class="compact classes">
      <thead><tr><th>Item (@ location)</th><th>Class</th><th>Demand pattern</th><th class="num">${label}</th>
        <th class="num">Mean demand</th><th class="num">CV</th></tr></thead>
      <tbody>${page.items.map((c) => html`
        <tr><td><${PointLink} item=${c.item} location=${c.location} /></td><td><strong>${c.class}</strong></td>
            <td>${c.pattern}</td><td class="num">${format(c.values[dimension])}</td>
            <td class="num">${formatDecimal(c.mean)}</td><td class="num">${formatDecimal(c.cv)}</td></tr>`)}
      </tbody>
    </table>
    <p class="muted">${page.total} ${entriesOf(run)}${page.total > page.items.length ? `, the first ${page.items.length} shown` : ''}.</p>
  `;
}

// `cls` "" lists every class of the run; "BX" only those in B and X.
export function ClassList({ run, cls }) {
  const filter = cls ? { abc: cls.slice(0, -1), xyz: cls.slice(-1) } : {};
  const { data, error, loading } = useApi(`/classifications${query({ run: run.id, ...filter, limit: LIMIT })}`);
  return html`
    <${Problem} error=${error} />
    ${loading && !data && html`<${Loading} />`}
    ${data && html`<${ClassRows} page=${data} run=${run} />`}
  `;
}

export function ClassChanges() {
  const { data, error, loading } = useApi('/classifications/changes');
  const changes = data?.items.slice(0, CHANGES_SHOWN) || [];
  return html`
    <section class="card">
      <h2>Recent class changes</h2>
      <${Problem} error=${error} />
      ${loading && !data && html`<${Loading} />`}
      ${data && changes.length === 0 && html`<p class="muted">No class changed between the last runs.</p>`}
      ${changes.length > 0 && html`
        <table class="compact class-changes">
          <thead><tr><th>Item (@ location)</th><th>Change</th><th>Between</th></tr></thead>
          <tbody>${changes.map((c) => html`
            <tr><td><${PointLink} item=${c.item} location=${c.location} /></td>
                <td><strong>${c.from.class} → ${c.to.class}</strong></td>
                <td class="muted">${c.from.as_of} and ${c.to.as_of}</td></tr>`)}
          </tbody>
        </table>`}
    </section>
  `;
}

export function CountAccuracy() {
  const { data, error, loading } = useApi('/kpis?by=class');
  return html`
    <section class="card">
      <h2>Count accuracy by class</h2>
      <${Problem} error=${error} />
      ${loading && !data && html`<${Loading} />`}
      ${data && html`
        <table class="compact count-accuracy">
          <thead><tr><th>Class</th><th class="num">Counts</th><th>Without difference</th></tr></thead>
          <tbody>${data.items.map((k) => html`
            <tr><td>${k.key}</td><td class="num">${k.counts}</td><td><${Rate} value=${k.record_accuracy} /></td></tr>`)}
          </tbody>
        </table>
        <p class="muted">Cycle counts from ${data.from} to ${data.to}; bars green at 95 % and above, amber from 80 %, red below.</p>`}
    </section>
  `;
}
