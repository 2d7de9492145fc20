// The stock point's two charts: demand history with the forecast and its 80 % prediction
// band; the projected stock balance against safety stock and reorder point, with receipts.
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
};

const bars = () => uPlot.paths.bars({ size: [0.6, 40] });

function axes(unit, xLabel) {
  const font = '12px system-ui, sans-serif';
  return [
    { label: xLabel, font, labelFont: font, stroke: '#495057', grid: { stroke: '#eceff3' } },
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
  value: (u, v) => (v == null ? '–' : new Date(v * 1000).toISOString().slice(0, 10)),
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

// On hand at the end of each coming period, with the policy's lines and the receipts.
export function BalanceChart({ view }) {
  const { options, data } = useMemo(() => {
    const p = view.projection;
    const flat = (value) => p.map(() => (value == null ? null : value));
    return {
      data: [
        p.map((r) => epochSeconds(r.period)),
        p.map((r) => r.balance),
        flat(view.plan?.safety_stock),
        flat(view.plan?.reorder_point),
        p.map((r) => r.receipts || null),
        p.map((r) => r.proposed_receipts || null),
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
        ],
        legend: { live: true },
      },
    };
  }, [view]);
  return html`<${Chart} options=${options} data=${data} label="Projected stock balance" />`;
}
