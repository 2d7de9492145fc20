// The ABC×XYZ matrix of a classification run: a row per ABC class (N new, D dead), a column
// per XYZ class, each cell with its stock points, its value on the run's first dimension and
// both as shares of the whole, shaded by the value share. A click on a cell picks that class.
import { html } from '../html.js';
import { formatDecimal, formatMoney, formatPercent } from '../format.js';

// What the first dimension's values are, for the legend, and how to print them.
const DIMENSIONS = {
  revenue: ['revenue', formatMoney],
  cogs: ['cost of sales', formatMoney],
  margin: ['gross margin', formatMoney],
  stock_value: ['stock value at cost', formatMoney],
  quantity: ['units sold', formatDecimal],
  hits: ['order lines', formatDecimal],
};

export function dimensionOf(run) {
  const [label, format] = DIMENSIONS[run.dimensions[0]] || [run.dimensions[0], formatDecimal];
  return { label, format };
}

// What one classified entry is: a stock point when classified by location, else an item
// (its stock points added up).
export const entriesOf = (run) => (run.scope === 'location' ? 'stock points' : 'items');

// The classes of one axis: the usual ones (so that an empty row or column still shows) then
// those of the cells, in the order the API lists them (by ABC label, then XYZ letter).
const axis = (usual, cells, key) => [...new Set([...usual, ...cells.map((c) => c[key])])];

function Cell({ abc, xyz, cell, format, selected, onPick }) {
  const name = `${abc}${xyz}`;
  if (!cell) return html`<td class="cell empty" data-class=${name}>–</td>`;
  const shade = `background: rgba(11, 110, 105, ${(0.08 + 0.6 * cell.value_share).toFixed(3)})`;
  return html`
    <td class=${`cell${selected ? ' selected' : ''}`} style=${shade} data-class=${name}>
      <button class="ghost" onClick=${() => onPick(name)} aria-label=${`Class ${name}`}>
        <strong>${cell.count}</strong> · ${format(cell.value)}
        <span>${formatPercent(cell.count_share)} / ${formatPercent(cell.value_share)}</span>
      </button>
    </td>
  `;
}

export function ClassMatrix({ matrix, selected, onPick }) {
  const { label, format } = dimensionOf(matrix.run);
  const single = matrix.run.dimensions.length === 1;  // two dimensions: labels such as "AB"
  const rows = axis(single ? ['A', 'B', 'C'] : [], matrix.cells, 'abc');
  const columns = axis(['X', 'Y', 'Z'], matrix.cells, 'xyz');
  const at = (abc, xyz) => matrix.cells.find((c) => c.abc === abc && c.xyz === xyz);
  return html`
    <div class="table-wrap">
      <table class="matrix">
        <thead><tr><th>ABC \\ XYZ</th>${columns.map((x) => html`<th>${x}</th>`)}</tr></thead>
        <tbody>${rows.map((abc) => html`
          <tr><th>${abc}</th>${columns.map((xyz) => html`
            <${Cell} abc=${abc} xyz=${xyz} cell=${at(abc, xyz)} format=${format} selected=${selected === `${abc}${xyz}`} onPick=${onPick} />`)}
          </tr>`)}
        </tbody>
      </table>
    </div>
    <p class="muted legend">
      Each cell: ${entriesOf(matrix.run)} · ${label} in the ${matrix.run.window_months} months to ${matrix.run.as_of};
      below, their share of all ${entriesOf(matrix.run)} / of the total ${label}. Darker: a larger share of the ${label}.
      ABC by ${label} (cut-offs ${matrix.run.cutoffs} %; N new, D dead), XYZ by how steady demand is (X steady, Z erratic).
    </p>
  `;
}
