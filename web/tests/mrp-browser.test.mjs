// The Manufacturing screen in real Chromium (Debian's, headless, via playwright-core) against
// a real `lagom serve` seeded with the bike of tests/scenarios/mrp_bike (BIKE = 2 WHEEL +
// 1 FRAME, WHEEL = 36 SPOKE; sales orders of 10 bikes due 2024-04-01 and 5 due 04-15; 4
// wheels, 5 frames, 100 spokes on hand), a lacing work centre LACE (1 h a day, 5 a week; a
// wheel takes 0.5 h) and a planned production order MO7 of 2 wheels starting 2024-03-11.
// Worked by hand, as of Monday 2024-03-11:
//   Tree: SPOKE takes 2 × 36 = 72 per bike; bikes planned 10 + 5 = 15.
//   WHEEL: 4 on hand + MO7's 2 = 6 against 20 (the first 10 bikes, week of 03-25): 14 planned,
//   started 03-18 (5 working days); 10 more for the second bikes, started 04-01.
//   LACE: MO7 1 h in the week of 03-11; 14 × 0.5 = 7 h in the week of 03-18 against 5 h:
//   overloaded; 10 × 0.5 = 5 h in the week of 04-01: exactly full, not overloaded.
//   SPOKE: 100 − MO7's 72 = 28, then 14 × 36 = 504 in the week of 03-18: net 476 → 500 (in
//   hundreds); that order serves the wheels of the first bikes, i.e. sales order SO1/1.
// Environment and skipping as in browser.test.mjs.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { MRP_FIXTURE, startServer, USERS } from './lagom-server.mjs';

const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
if (!existsSync(CHROMIUM)) {
  console.log(`# skipped: no Chromium at ${CHROMIUM}`);
  process.exit(77);
}

let server, browser, profile;

before(async () => {
  server = await startServer({ bin: process.env.LAGOM_BIN, web: process.env.LAGOM_WEB_DIST, fixture: MRP_FIXTURE });
  profile = mkdtempSync(join(tmpdir(), 'lagom-chromium-'));
  browser = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--disable-quic'],
  });
});

after(async () => {
  await browser?.close();
  server?.stop();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

async function plannerPage() {
  const page = await browser.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  page.setDefaultTimeout(15_000);
  await page.goto(server.url);
  await page.fill('input[name=username]', 'planner');
  await page.fill('input[name=password]', USERS.planner);
  await page.click('button[type=submit]');
  await page.waitForSelector('.topbar');
  return page;
}

test('BOM tree, pegging, capacity chart and releasing a production order', async () => {
  const page = await plannerPage();
  await page.goto(`${server.url}#/manufacturing?item=BIKE&location=P&as_of=2024-03-11`);
  const spoke = page.locator('tr.bom-row[data-item=SPOKE]');
  await spoke.waitFor();
  const cells = await spoke.locator('td').allInnerTexts();
  assert.equal(cells[3], '72');   // quantity per bike
  assert.equal(cells[5], '100');  // on hand
  const bike = await page.locator('tr.bom-row[data-item=BIKE] td').allInnerTexts();
  assert.equal(bike[6], '15');    // planned: 10 + 5
  const wheel = await page.locator('tr.bom-row[data-item=WHEEL] td').allInnerTexts();
  assert.equal(wheel[6], '24');   // planned: 14 + 10

  // Pegging of the spokes: the 500 due 03-18 serves sales order SO1/1 through wheels and bikes.
  await spoke.click();
  const first = page.locator('.peg-order', { hasText: 'planned 500' });
  await first.waitFor();
  assert.match(await first.locator('.peg-up').innerText(), /sales-order SO1\/1/);

  // Capacity: the chart is drawn and the week of 03-18 is overloaded, 7 h against 5 h.
  const canvas = page.locator('.chart canvas').first();
  await canvas.waitFor();
  const inked = await canvas.evaluate((c) => {
    const { data } = c.getContext('2d').getImageData(0, 0, c.width, c.height);
    let n = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i] > 0) n += 1;
    return n;
  });
  assert.ok(inked > 500, `the capacity chart drew ${inked} pixels`);
  const overloads = await page.locator('li.overload').allInnerTexts();
  assert.equal(overloads.length, 1);
  assert.match(overloads[0], /LACE, week of 2024-03-18: 7 h against 5 h/);

  // MO7 waits to be released; the planner releases it and the list empties.
  const order = page.locator('tr.production-order[data-number=MO7]');
  await order.waitFor();
  await order.locator('button:has-text("Release")').click();
  await page.getByText('No planned production orders.').waitFor();
  await page.close();
});
