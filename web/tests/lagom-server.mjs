// Test support: a scratch Lagom database seeded from fixture/ with users of each role, and
// `lagom serve` on a free loopback port serving the built dashboard.
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const FIXTURE = new URL('./fixture/', import.meta.url).pathname;
const ENTITIES = ['locations', 'suppliers', 'items', 'supply-terms', 'stock', 'purchase-orders', 'demand'];
// The bike of tests/scenarios/mrp_bike with a work centre, a routing and a planned production
// order (mrp-browser.test.mjs).
export const MRP_FIXTURE = {
  dir: new URL('./fixture-mrp/', import.meta.url).pathname,
  entities: ['locations', 'suppliers', 'items', 'boms', 'supply-terms', 'stock', 'sales-orders',
    'work-centres', 'routings', 'production-orders'],
};
export const USERS = { planner: 'planner-password', operator: 'operator-password', viewer: 'viewer-password' };

function lagom(bin, args, env = {}) {
  return execFileSync(bin, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
}

// Resolves to { url, stop() } once the server prints the address it listens on.
// `fixture`: { dir, entities } to import, in order (default: the shop of fixture/).
export async function startServer({ bin, web, fixture = { dir: FIXTURE, entities: ENTITIES } }) {
  const dir = mkdtempSync(join(tmpdir(), 'lagom-browser-'));
  const db = join(dir, 'test.db');
  lagom(bin, ['init', '--db', db]);
  for (const entity of fixture.entities) {
    lagom(bin, ['import', entity, join(fixture.dir, `${entity}.csv`), '--db', db]);
  }
  for (const [name, password] of Object.entries(USERS)) {
    lagom(bin, ['user', 'add', name, '--role', name, '--db', db], { LAGOM_PASSWORD: password });
  }
  const server = spawn(bin, ['serve', '--db', db, '--port', '0', '--web', web], { stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise((resolve, reject) => {
    let seen = '';
    server.stdout.on('data', (chunk) => {
      seen += chunk;
      const match = seen.match(/http:\/\/[\d.]+:\d+\//);
      if (match) resolve(match[0]);
    });
    server.on('exit', (code) => reject(new Error(`lagom serve exited with ${code}`)));
    setTimeout(() => reject(new Error('lagom serve did not start within 10 s')), 10_000);
  });
  return {
    url,
    stop() {
      server.kill('SIGTERM');
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
