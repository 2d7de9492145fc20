// The stock point's two charts: demand history with the forecast and its 80 % prediction
// band; the projected stock balance against safety stock and reorder point, with receipts,
// the demand it would leave unmet if nothing more were ordered, and markers for today and for
// when an order placed today arrives. Dates are ISO (YYYY-MM-DD), one tick per few periods.
import { useMemo } from 'preact/hooks';
import uPlot from 'uplot';
import { html } from '../html.js';
import { Chart } from '../components/chart.js';
import { epochSeconds, formatQuantity } from '../format.js';

const COLORS = {
  demand: '#1f6feb',
  forecast: '#d9480f',
  band: 'rgba(217, 72, 15, 0.14)',
  balance: '#0b7285',
  safety: '#c92a2a',
  reorder: '#e67700',
  receipts: 'rgba(47, 158, 68, 0.55)',
  proposed: 'rgba(132, 94, 247, 0.55)',
  short: 'rgba(201, 42, 42, 0.45)',
  today: '#212529',
  arrival: '#845ef7',
};

const iso = (seconds) => new Date(seconds * 1000).toISOString().slice(0, 10);

// Ticks on the periods' first days, every n-th so that they stay about 90 px apart.
function periodTicks(u) {
  const xs = u.data[0];
  const every = Math.max(1, Math.ceil(xs.length / Math.max(1, Math.floor(u.bbox.width / devicePixelRatio / 90))));
  return xs.filter((x, i) => i % every === 0);
}

// Vertical lines at the given x values (seconds), labelled at the top.
function markers(lines) {
  return {
    hooks: {
      draw: [
        (u) => {
          const { ctx } = u;
          ctx.save();
          for (const { x, label, color } of lines) {
            const left = u.valToPos(x, 'x', true);
            if (left < u.bbox.left || left > u.bbox.left + u.bbox.width) continue;
            ctx.strokeStyle = color;
            ctx.fillStyle = color;
            ctx.lineWidth = 1.5 * devicePixelRatio;
            ctx.setLineDash([4 * devicePixelRatio, 3 * devicePixelRatio]);
            ctx.beginPath();
            ctx.moveTo(left, u.bbox.top);
            ctx.lineTo(left, u.bbox.top + u.bbox.height);
            ctx.stroke();
            ctx.font = `${11 * devicePixelRatio}px system-ui, sans-serif`;
            ctx.fillText(label, left + 4 * devicePixelRatio, u.bbox.top + 12 * devicePixelRatio);
          }
          ctx.restore();
        },
      ],
    },
  };
}

const bars = () => uPlot.paths.bars({ size: [0.6, 40] });

function axes(unit, xLabel) {
  const font = '12px system-ui, sans-serif';
  return [
    {
      label: xLabel,
      font,
      labelFont: font,
      stroke: '#495057',
      grid: { stroke: '#eceff3' },
      splits: periodTicks,
      values: (u, ticks) => ticks.map(iso),
    },
    {
      label: unit,
      font,
      labelFont: font,
      stroke: '#495057',
      grid: { stroke: '#eceff3' },
      size: 60,
      values: (u, ticks) => ticks.map(formatQuantity),
    },
  ];
}

const quantitySeries = (label, color, extra = {}) => ({
  label,
  stroke: color,
  width: 2,
  value: (u, v) => (v == null ? '–' : formatQuantity(v)),
  ...extra,
});

// The x series: the period's first day in the legend.
const periodSeries = (period) => ({
  label: `${period[0].toUpperCase()}${period.slice(1)} of`,
  value: (u, v) => (v == null ? '–' : iso(v)),
});

// Demand per past period, then the forecast mean with its band over the coming periods.
export function DemandChart({ view }) {
  const { options, data } = useMemo(() => {
    const past = view.history.map((h) => epochSeconds(h.period));
    const future = view.forecast.map((f) => epochSeconds(f.period));
    const gap = (n) => Array(n).fill(null);
    const x = [...past, ...future];
    const demand = [...view.history.map((h) => h.demand), ...gap(future.length)];
    const mean = [...gap(past.length), ...view.forecast.map((f) => f.mean)];
    const high = [...gap(past.length), ...view.forecast.map((f) => f.high)];
    const low = [...gap(past.length), ...view.forecast.map((f) => f.low)];
    return {
      data: [x, demand, mean, high, low],
      options: {
        axes: axes(`${view.item.uom} per ${view.period}`, `${view.period} starting`),
        series: [
          periodSeries(view.period),
          quantitySeries('Demand', COLORS.demand, { paths: bars(), fill: 'rgba(31, 111, 235, 0.35)', width: 1 }),
          quantitySeries('Forecast', COLORS.forecast),
          quantitySeries('80 % band (high)', COLORS.band, { width: 1 }),
          quantitySeries('80 % band (low)', COLORS.band, { width: 1 }),
        ],
        bands: [{ series: [3, 4], fill: COLORS.band }],
        scales: { y: { range: (u, min, max) => [0, Math.max(1, max * 1.1)] } },
        legend: { live: true },
      },
    };
  }, [view]);
  return html`<${Chart} options=${options} data=${data} label="Demand history and forecast" />`;
}

// When an order placed today arrives: the plan's lead time (in periods, with the wait for
// the supplier's next order day), else the supply terms'; null without either.
function arrival(view) {
  const days = { day: 1, week: 7, month: 365.25 / 12 }[view.period] || 7;
  const leadDays = view.plan ? view.plan.lead_time_periods * days : view.supply?.lead_time_days;
  if (leadDays == null) return null;
  return epochSeconds(view.as_of) + Math.round(leadDays) * 86400;
}

// The markers of today and of an order's arrival, as words under the chart.
export function BalanceMarkers({ view }) {
  const arrives = arrival(view);
  return html`
    <p class="muted chart-markers">
      Today ${view.as_of}${arrives != null && ` · an order placed today arrives ${iso(arrives)}`}${' · red bars: the demand left unmet if nothing more is ordered'}
    </p>
  `;
}

// On hand at the end of each coming period (never drawn below zero), with the policy's lines,
// the receipts, and the period's demand left unmet if nothing more were ordered.
export function BalanceChart({ view }) {
  const { options, data } = useMemo(() => {
    const p = view.projection;
    const flat = (value) => p.map(() => (value == null ? null : value));
    const arrives = arrival(view);
    const lines = [{ x: epochSeconds(view.as_of), label: 'today', color: COLORS.today }];
    if (arrives != null) lines.push({ x: arrives, label: 'order arrives', color: COLORS.arrival });
    return {
      data: [
        p.map((r) => epochSeconds(r.period)),
        p.map((r) => Math.max(0, r.balance)),
        flat(view.plan?.safety_stock),
        flat(view.plan?.reorder_point),
        p.map((r) => r.receipts || null),
        p.map((r) => r.proposed_receipts || null),
        p.map((r) => Math.min(r.demand, Math.max(0, -r.balance)) || null),
      ],
      options: {
        axes: axes(view.item.uom, `${view.period} starting`),
        series: [
          periodSeries(view.period),
          quantitySeries('Projected stock', COLORS.balance, { width: 2.5, paths: uPlot.paths.stepped({ align: 1 }) }),
          quantitySeries('Safety stock', COLORS.safety, { dash: [6, 4] }),
          quantitySeries('Reorder point', COLORS.reorder, { dash: [2, 4] }),
          quantitySeries('Open orders due', COLORS.receipts, { paths: bars(), fill: COLORS.receipts, width: 1 }),
          quantitySeries('Proposed order', COLORS.proposed, { paths: bars(), fill: COLORS.proposed, width: 1 }),
          quantitySeries('Unmet if nothing more is ordered', COLORS.short, { paths: bars(), fill: COLORS.short, width: 1 }),
        ],
        scales: { y: { range: (u, min, max) => [0, Math.max(1, max * 1.1)] } },
        plugins: [markers(lines)],
        legend: { live: true },
      },
    };
  }, [view]);
  return html`<${Chart} options=${options} data=${data} label="Projected stock balance" />`;
}
