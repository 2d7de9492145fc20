// The morning overview: what stock and orders are worth, what the last planning run
// proposed, the exceptions and open alerts, a button to plan again (planners), and the
// scheduled jobs with their last runs.
import { html } from '../html.js';
import { useApi } from '../components/use-api.js';
import { Kpi, Loading, Problem, canPlan } from '../components/bits.js';
import { PlanRunButton } from '../components/plan-run.js';
import { Alerts } from '../components/alerts.js';
import { ScheduledJobs } from '../components/scheduled-jobs.js';
import { formatMoney, formatMoneyShort, periodNoun } from '../format.js';
import { link } from '../router.js';

function RunSummary({ overview }) {
  const run = overview.last_run;
  if (!run) return html`<p class="muted">No planning run yet.</p>`;
  return html`
    <p>
      Run <strong>#${run.id}</strong> as of <strong>${run.as_of}</strong> reviewed ${run.stock_points} stock points in ${run.duration_ms} ms and proposed ${run.proposals} orders worth ${formatMoney(run.order_value)}.${' '}
      <a href=${link('proposals')}>Review the proposals →</a>
    </p>
  `;
}

function Kpis({ overview: o }) {
  const p = o.proposals;
  const s = o.last_run && o.proposal_summary;
  return html`
    <section class="kpis">
      <${Kpi} label="Stock value at cost" value=${formatMoneyShort(o.stock_value)}
              note=${`${formatMoney(o.stock_value)} in ${o.stock_points_with_stock} stock points`} />
      <${Kpi} label="Open purchase orders" value=${formatMoneyShort(o.open_orders.value)}
              note=${`${o.open_orders.lines} lines, ${o.open_orders.overdue_lines} overdue`}
              tone=${o.open_orders.overdue_lines ? 'warn' : ''} />
      <${Kpi} label="Proposals to review" value=${s ? s.to_review.count : 0}
              note=${s ? `worth ${formatMoney(s.to_review.value)}; ${s.on_hold.count} on hold (deferred or held) worth ${formatMoney(s.on_hold.value)}, not counted` : 'no run yet'} />
      <${Kpi} label="Approved in last run" value=${p.approved ? p.approved.count : 0}
              note=${p.approved ? `worth ${formatMoney(p.approved.value)}` : ''} />
      <${Kpi} label="Stock-outs" value=${o.stock_outs} tone=${o.stock_outs ? 'bad' : 'good'}
              note=${`of ${o.stock_points} stock points with demand`} />
      <${Kpi} label="Excess stock" value=${o.excess.stock_points} tone=${o.excess.stock_points ? 'warn' : 'good'}
              note=${`${formatMoney(o.excess.value)} above ${o.excess.cover_periods} ${periodNoun(o.period)}s of demand`} />
    </section>
  `;
}

export function Overview({ user }) {
  const { data, error, loading, reload } = useApi('/overview');
  return html`
    <div class="screen">
      <div class="screen-head">
        <h1>Overview</h1>
        ${data && html`<span class="muted">as of ${data.as_of} · ${periodNoun(data.period)}ly buckets</span>`}
      </div>
      <${Problem} error=${error} />
      ${loading && !data && html`<${Loading} />`}
      ${data && html`<${Kpis} overview=${data} />`}
      ${data && html`
        <section class="card">
          <h2>Last planning run</h2>
          <${RunSummary} overview=${data} />
          ${canPlan(user) && html`<${PlanRunButton} asOf=${data.as_of} onDone=${reload} />`}
        </section>
        <${Alerts} key=${data.last_run?.id} filter user=${user} asOf=${data.as_of} />
        <${ScheduledJobs} />`}
    </div>
  `;
}
