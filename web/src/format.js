// Numbers and dates as a planner reads them. Money has no currency sign: the company
// currency is one setting for the whole database.

const money = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const moneyShort = new Intl.NumberFormat('en-GB', { notation: 'compact', maximumFractionDigits: 1 });
const quantity = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 3 });
const decimal = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

export const formatMoney = (value) => (value == null ? '–' : money.format(value));
export const formatMoneyShort = (value) => (value == null ? '–' : moneyShort.format(value));
export const formatQuantity = (value) => (value == null ? '–' : quantity.format(value));
export const formatDecimal = (value) => (value == null ? '–' : decimal.format(value));
export const formatPercent = (share) => (share == null ? '–' : `${decimal.format(share * 100)} %`);
export const formatDate = (iso) => iso || '–';
// A duration in milliseconds as "850 ms", "12.4 s" or "3 min 5 s".
export function formatDuration(ms) {
  if (ms == null) return '–';
  if (ms < 1000) return `${ms} ms`;
  if (ms < 60_000) return `${decimal.format(ms / 1000)} s`;
  const seconds = Math.round(ms / 1000);
  return `${Math.floor(seconds / 60)} min ${seconds % 60} s`;
}

// Seconds since the epoch at UTC midnight of "YYYY-MM-DD": the x values of the charts.
export const epochSeconds = (iso) => Date.parse(`${iso}T00:00:00Z`) / 1000;

export const periodNoun = (period) => ({ day: 'day', week: 'week', month: 'month' })[period] || 'period';
