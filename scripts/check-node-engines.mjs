// Fails, naming the package, when an npm package of the dashboard (web/package-lock.json,
// development tools included) does not accept the Node.js version given — Debian 12's, which
// install-deps.sh installs on a fresh machine. Without it a package that needs a newer Node
// passes on a machine that has one and fails every new user (playwright-core 1.62 did).
// Understands the range forms npm packages use: comparators (>=, >, <=, <, =), caret and tilde
// ranges, x-ranges ("18", "18.x"), spaces for "and" and "||" for "or".
// Usage: node scripts/check-node-engines.mjs NODE_VERSION [LOCKFILE]
// Exit 0: every package accepts it; 1: some do not (each named); 2: bad usage.
import { readFileSync } from 'node:fs';

const [version, lockPath = new URL('../web/package-lock.json', import.meta.url)] =
  process.argv.slice(2);
if (!/^\d+\.\d+\.\d+/.test(version ?? '')) {
  console.error('usage: node scripts/check-node-engines.mjs NODE_VERSION [LOCKFILE]');
  process.exit(2);
}

const parts = (text) => text.replace(/^[=v]+/, '').split('.').map((p) => (/^\d+$/.test(p) ? +p : null));
const compare = (a, b) => {
  for (let i = 0; i < 3; i++) if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) - (b[i] ?? 0);
  return 0;
};
const have = parts(version);

// Whether `have` lies in [low, high): high is the next major (caret), minor (tilde) or the
// x-range's end.
function inRange(low, high) {
  return compare(have, low) >= 0 && compare(have, high) < 0;
}

function satisfiesComparator(c) {
  const m = c.match(/^(>=|<=|>|<|=|\^|~)?(.*)$/);
  const op = m[1] ?? '';
  const v = parts(m[2]);
  const given = v.filter((p) => p !== null).length;
  const low = v.map((p) => p ?? 0);
  if (op === '^') {
    const at = low[0] !== 0 || given < 2 ? 0 : low[1] !== 0 || given < 3 ? 1 : 2;
    const high = low.map((p, i) => (i < at ? p : i === at ? p + 1 : 0));
    return inRange(low, high);
  }
  if (op === '~' || (op === '' && given < 3)) {
    const at = op === '~' ? Math.min(given, 2) - 1 : given - 1;
    if (at < 0) return true;  // "*" or "x"
    const high = low.map((p, i) => (i < at ? p : i === at ? p + 1 : 0));
    return inRange(low, high);
  }
  const order = compare(have, low);
  return { '>=': order >= 0, '>': order > 0, '<=': order <= 0, '<': order < 0, '=': order === 0, '': order === 0 }[op];
}

const satisfies = (range) =>
  range.split('||').some((alternative) =>
    alternative.trim().replace(/([<>=^~]+)\s+/g, '$1').split(/\s+/).filter(Boolean).every(satisfiesComparator),
  );

const lock = JSON.parse(readFileSync(lockPath, 'utf8'));
let refused = 0;
for (const [path, entry] of Object.entries(lock.packages ?? {})) {
  const range = entry.engines?.node;
  if (typeof range !== 'string' || satisfies(range)) continue;
  console.log(`check-node-engines: ${path || 'web'} ${entry.version ?? ''} needs node ${range}, not ${version}`);
  refused++;
}
if (refused > 0) process.exit(1);
console.log(`check-node-engines: every package of the dashboard accepts Node.js ${version}`);
