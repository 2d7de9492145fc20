// Small shared pieces: KPI tiles, error and empty states, status badges, labelled facts,
// rate bars.
import { html } from '../html.js';
import { formatPercent } from '../format.js';

export function Kpi({ label, value, note, tone = '' }) {
  return html`
    <div class=${`kpi ${tone}`}>
      <div class="kpi-label">${label}</div>
      <div class="kpi-value">${value}</div>
      ${note && html`<div class="kpi-note">${note}</div>`}
    </div>
  `;
}

export function Problem({ error }) {
  if (!error) return null;
  return html`<p class="error" role="alert">${error.message}</p>`;
}

export function Loading({ what = 'Loading' }) {
  return html`<p class="muted">${what}…</p>`;
}

export function Status({ status }) {
  return html`<span class=${`badge ${status}`}>${status}</span>`;
}

// A definition list of [label, value] pairs.
export function Facts({ rows }) {
  return html`
    <dl class="facts">
      ${rows.map(([label, value]) => html`<dt>${label}</dt><dd>${value}</dd>`)}
    </dl>
  `;
}

// A rate (0–1) as a bar: green at 95 % and above, amber from 80 %, red below; none: "–".
export function Rate({ value }) {
  const tone = value == null ? '' : value >= 0.95 ? 'good' : value >= 0.8 ? 'warn' : 'bad';
  return html`
    <div class=${`bar ${tone}`}>
      <div style=${`width: ${(value ?? 0) * 100}%`}></div><span>${formatPercent(value)}</span>
    </div>
  `;
}

export function canPlan(user) {
  return user.role === 'planner' || user.role === 'admin';
}

export function canReceive(user) {
  return user.role === 'operator' || user.role === 'admin';
}
