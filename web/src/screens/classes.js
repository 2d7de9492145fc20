// ABC×XYZ: the matrix of the latest classification run, its stock points (all or the class
// of the cell clicked, each linking to its page), the recent class changes and count
// accuracy by class. Planners classify again with the company's default options.
import { useState } from 'preact/hooks';
import { html } from '../html.js';
import { api } from '../api.js';
import { useApi } from '../components/use-api.js';
import { Loading, Problem, canPlan } from '../components/bits.js';
import { ClassMatrix, entriesOf } from './class-matrix.js';
import { ClassChanges, ClassList, CountAccuracy } from './class-lists.js';

function ClassifyButton({ onDone }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState(null);
  async function classify() {
    setBusy(true);
    setError(null);
    try {
      onDone(await api.post('/classifications', {}));
    } catch (e) {
      setError(e);
    }
    setBusy(false);
  }
  return html`
    <div class="plan-run">
      <button class="primary" onClick=${classify} disabled=${busy}>${busy ? 'Classifying…' : 'Classify now'}</button>
      <${Problem} error=${error} />
    </div>
  `;
}

function ClassFilter({ cells, value, onChange }) {
  return html`
    <select value=${value} onChange=${(e) => onChange(e.target.value)} aria-label="Class">
      <option value="">All classes</option>
      ${cells.map((c) => html`<option value=${c.abc + c.xyz}>${c.abc + c.xyz} (${c.count})</option>`)}
    </select>
  `;
}

// Everything that belongs to one run; keyed by the run so that a new one loads afresh.
function RunView({ matrix }) {
  const [cls, setCls] = useState('');
  return html`
    <section class="card">
      <h2>Matrix</h2>
      <${ClassMatrix} matrix=${matrix} selected=${cls} onPick=${setCls} />
    </section>
    <section class="card table-wrap">
      <div class="card-head">
        <h2>${cls ? `Class ${cls}` : 'All classes'}: ${entriesOf(matrix.run)}</h2>
        <${ClassFilter} cells=${matrix.cells} value=${cls} onChange=${setCls} />
      </div>
      <${ClassList} run=${matrix.run} cls=${cls} />
    </section>
    <div class="columns">
      <${ClassChanges} />
      <${CountAccuracy} />
    </div>
  `;
}

export function Classes({ user }) {
  const { data, error, loading, reload } = useApi('/classifications/matrix');
  const none = error?.status === 404;
  const run = data?.run;
  return html`
    <div class="screen">
      <div class="screen-head">
        <h1>ABC×XYZ classes</h1>
        ${run && html`<span class="muted">run #${run.id} as of ${run.as_of} · by ${run.dimensions.join(' and ')} · ${run.scope}</span>`}
        ${canPlan(user) && html`<${ClassifyButton} onDone=${reload} />`}
      </div>
      ${none ? html`<p class="muted">Nothing is classified yet.</p>` : html`<${Problem} error=${error} />`}
      ${loading && !data && html`<${Loading} />`}
      ${data && html`<${RunView} key=${run.id} matrix=${data} />`}
    </div>
  `;
}
