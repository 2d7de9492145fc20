// Test support: a scratch Lagom database seeded from fixture/ with users of each role, and
// `lagom serve` on a free loopback port serving the built dashboard.
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const FIXTURE = new URL('./fixture/', import.meta.url).pathname;
const ENTITIES = ['locations', 'suppliers', 'items', 'supply-terms', 'stock', 'purchase-orders', 'demand'];
export const USERS = { planner: 'planner-password', operator: 'operator-password', viewer: 'viewer-password' };

function lagom(bin, args, env = {}) {
  return execFileSync(bin, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
}

// Resolves to { url, stop() } once the server prints the address it listens on.
export async function startServer({ bin, web }) {
  const dir = mkdtempSync(join(tmpdir(), 'lagom-browser-'));
  const db = join(dir, 'test.db');
  lagom(bin, ['init', '--db', db]);
  for (const entity of ENTITIES) lagom(bin, ['import', entity, join(FIXTURE, `${entity}.csv`), '--db', db]);
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
