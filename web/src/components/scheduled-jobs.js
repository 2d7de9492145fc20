// The jobs `lagom serve` runs on a schedule (GET /jobs): each job's schedule setting, when it
// is next due, and its last run's status, start, duration and error. A job without a
// schedule says which setting would give it one.
import { html } from '../html.js';
import { useApi } from './use-api.js';
import { Problem, Status } from './bits.js';
import { formatDuration } from '../format.js';

function LastRun({ job }) {
  if (!job.status) return html`<span class="muted">never run</span>`;
  return html`
    <${Status} status=${job.status} /> ${job.started_at}
    ${job.status !== 'running' && html` · ${formatDuration(job.duration_ms)}`}
    ${job.error && html`<div class="error">${job.error}</div>`}
  `;
}

export function ScheduledJobs() {
  const { data, error } = useApi('/jobs');
  return html`
    <section class="card table-wrap scheduled-jobs">
      <h2>Scheduled jobs</h2>
      <${Problem} error=${error} />
      ${data && html`
        <table class="compact">
          <thead><tr><th>Job</th><th>Schedule</th><th>Next due (UTC)</th><th>Last run</th></tr></thead>
          <tbody>${data.items.map((job) => html`
            <tr data-job=${job.job}>
              <td><strong>${job.job}</strong><div class="muted">${job.meaning}</div></td>
              <td>${job.schedule || html`<span class="muted">not scheduled (setting <code>${job.setting}</code>)</span>`}</td>
              <td>${job.next_due || '–'}</td>
              <td><${LastRun} job=${job} /></td>
            </tr>`)}
          </tbody>
        </table>`}
    </section>
  `;
}
