// Rough-cut capacity as a chart: per work centre, its load in hours per week (bars) against
// its capacity (a dashed line); overloaded weeks are listed under it with the orders that
// cause them.
import { useMemo } from 'preact/hooks';
import uPlot from 'uplot';
import { html } from '../html.js';
import { Chart } from '../components/chart.js';
import { epochSeconds, formatDecimal } from '../format.js';

const PALETTE = ['#1f6feb', '#d9480f', '#2f9e44', '#845ef7', '#0b7285', '#e67700'];

export function CapacityChart({ weeks }) {
  const centres = [...new Set(weeks.map((w) => w.work_centre))];
  const { options, data } = useMemo(() => {
    const x = [...new Set(weeks.map((w) => w.week))].sort();
    const at = (centre, field) =>
      x.map((week) => weeks.find((w) => w.work_centre === centre && w.week === week)?.[field] ?? null);
    const series = [{ label: 'Week of', value: (u, v) => (v == null ? '–' : new Date(v * 1000).toISOString().slice(0, 10)) }];
    const columns = [x.map(epochSeconds)];
    centres.forEach((centre, i) => {
      const color = PALETTE[i % PALETTE.length];
      series.push({ label: `${centre} load`, stroke: color, fill: `${color}66`, width: 1,
        paths: uPlot.paths.bars({ size: [0.6 / centres.length, 40] }) });
      series.push({ label: `${centre} capacity`, stroke: color, dash: [6, 4], width: 2 });
      columns.push(at(centre, 'load_hours'), at(centre, 'capacity_hours'));
    });
    return {
      data: columns,
      options: {
        series,
        axes: [{ label: 'week starting' }, { label: 'hours', size: 60 }],
        scales: { y: { range: (u, min, max) => [0, Math.max(1, max * 1.1)] } },
        legend: { live: true },
      },
    };
  }, [weeks]);
  if (!weeks.length) return html`<p class="muted">No work centres.</p>`;
  const overloaded = weeks.filter((w) => w.overloaded);
  return html`
    <${Chart} options=${options} data=${data} label="Capacity load per work centre and week" />
    <ul class="overloads">${overloaded.map((w) => html`
      <li class="overload">${`${w.work_centre}, week of ${w.week}: ${formatDecimal(w.load_hours)} h against ${formatDecimal(w.capacity_hours)} h`}
        — ${w.orders.join('; ')}</li>`)}
    </ul>
  `;
}
