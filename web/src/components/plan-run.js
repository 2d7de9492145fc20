// Starts a planning run in the background and shows its progress until it is done.
import { useState } from 'preact/hooks';
import { html } from '../html.js';
import { api } from '../api.js';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function follow(job, onProgress) {
  for (;;) {
    const status = await api.get(`/plan-jobs/${job}`);
    onProgress(status);
    if (status.state !== 'running') return status;
    await sleep(250);
  }
}

export function PlanRunButton({ asOf, onDone }) {
  const [date, setDate] = useState(asOf);
  const [status, setStatus] = useState(null);
  const [error, setError] = useState('');
  const running = status?.state === 'running';

  async function start() {
    setError('');
    try {
      const { job } = await api.post('/plan-runs', { as_of: date });
      const finished = await follow(job, setStatus);
      if (finished.state === 'failed') setError(finished.error);
      else onDone?.(finished.run);
    } catch (e) {
      setError(e.message);
      setStatus(null);
    }
  }

  const share = !status || status.state !== 'running' ? 1 : status.total ? status.done / status.total : 0;
  return html`
    <div class="plan-run">
      <label>Plan as of <input type="date" value=${date} onInput=${(e) => setDate(e.target.value)} /></label>
      <button class="primary" onClick=${start} disabled=${running}>
        ${running ? 'Planning…' : 'Start planning run'}
      </button>
      ${status && html`
        <div class="progress" role="progressbar" aria-valuenow=${Math.round(share * 100)}>
          <div style=${`width:${share * 100}%`}></div>
        </div>
        <span class="muted">${status.state === 'done' ? `Run #${status.run} done` : `${status.done} of ${status.total} stock points`}</span>`}
      ${error && html`<p class="error">${error}</p>`}
    </div>
  `;
}
