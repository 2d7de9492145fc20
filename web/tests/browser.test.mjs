// The dashboard in real Chromium (Debian's, headless, driven by playwright-core) against a
// real `lagom serve` with a seeded scratch database: log in, plan, approve a proposal and
// find its purchase order, see the run's alerts on the overview and the stock point page, open
// a stock point and see both charts drawn, receiving look-up, receive a scanned item, read the
// valuation and supplier performance screens, classify and read the ABC×XYZ matrix, plan the
// cycle counts and count, see the scheduled jobs, sort the proposals and decide on them with
// the keyboard (and undo), and use the overview and proposals on a phone. The tests run in
// order and build on each other's data.
//
// Environment: LAGOM_BIN (the lagom executable), LAGOM_WEB_DIST (the built dashboard),
// CHROMIUM (default /usr/bin/chromium), LAGOM_SCREENSHOTS (a folder: save a PNG per screen).
// Exits 77 (skipped) when Chromium is not installed.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { startServer, USERS } from './lagom-server.mjs';

const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const SHOTS = process.env.LAGOM_SCREENSHOTS;
if (!existsSync(CHROMIUM)) {
  console.log(`# skipped: no Chromium at ${CHROMIUM}`);
  process.exit(77);
}

let server, browser, profile;  // browser: a persistent context in a fresh profile

before(async () => {
  server = await startServer({ bin: process.env.LAGOM_BIN, web: process.env.LAGOM_WEB_DIST });
  profile = mkdtempSync(join(tmpdir(), 'lagom-chromium-'));
  browser = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--disable-quic',
    ],
  });
  if (SHOTS) mkdirSync(SHOTS, { recursive: true });
});

after(async () => {
  await browser?.close();
  server?.stop();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

async function newPage(viewport = { width: 1280, height: 900 }) {
  const page = await browser.newPage();
  await page.setViewportSize(viewport);
  page.setDefaultTimeout(10_000);
  return page;
}

async function logIn(page, name) {
  await page.goto(server.url);
  await page.evaluate(() => localStorage.clear());  // the profile is shared by the tests
  await page.reload();
  await page.fill('input[name=username]', name);
  await page.fill('input[name=password]', USERS[name]);
  await page.click('button[type=submit]');
  await page.waitForSelector('.topbar');
}

async function shot(page, name) {
  if (SHOTS) await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
}

// How many pixels of the canvas are not blank: the chart drew something.
async function inkedPixels(canvas) {
  return canvas.evaluate((canvas) => {
    const { data } = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
    let inked = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i] > 0) inked += 1;
    return inked;
  });
}

test('a wrong password is refused', async () => {
  const page = await newPage();
  await page.goto(server.url);
  await shot(page, 'login');
  await page.fill('input[name=username]', 'planner');
  await page.fill('input[name=password]', 'not-the-password');
  await page.click('button[type=submit]');
  await page.getByText('Wrong user name or password.').waitFor();
  await page.close();
});

test('a planner plans, approves a proposal and finds its purchase order', async () => {
  const page = await newPage();
  await logIn(page, 'planner');
  await page.fill('.plan-run input[type=date]', '2024-03-11');
  await page.click('text=Start planning run');
  await page.getByText(/Run #1 done/).waitFor();
  await page.getByText(/Run #1 as of 2024-03-11/).waitFor();
  await shot(page, 'overview');

  await page.click('nav >> text=Proposals');
  await page.click('.supplier-head:has-text("NORDIC")');
  const row = page.locator('tr.proposal', { hasText: 'LAMP-01' });
  await row.waitFor();
  await row.locator('td').nth(1).click();  // the why
  await page.locator('.why .reason').waitFor();
  assert.match(await page.locator('.why .reason').innerText(), /reorder point/);
  await shot(page, 'proposals');
  await row.locator('input[aria-label=Quantity]').fill('40');
  await row.getByText('= 8 box of 5').waitFor();  // LAMP-01 comes in boxes of 5
  await row.locator('button:has-text("Approve")').click();
  const po = row.locator('.po');
  await po.waitFor();
  const number = (await po.innerText()).replace('PO ', '');
  assert.match(number, /^LG1-\d+$/);
  await row.getByText('approved').waitFor();

  // The new purchase order line is open for receiving, for the quantity approved.
  await page.click('nav >> text=Receiving');
  await page.fill('input[aria-label=Scan]', number);
  await page.keyboard.press('Enter');
  const line = page.locator(`.line[data-po="${number}/1"]`);
  await line.waitFor();
  assert.match(await line.innerText(), /open 40/);
  await page.close();
});

// The rows of the table `selector` once it has `count` of them (lists re-render as they load).
async function rowsOnceThere(page, selector, count) {
  await page.waitForFunction(([s, n]) => document.querySelectorAll(s).length === n, [selector, count]);
  return page.locator(selector);
}

test('alerts on the overview after a plan run', async () => {
  // Run #1 of the test before, as of 2024-03-11: LAMP-01 (14 on hand, about 14 a week, 2 weeks
  // of lead time and review) runs out before an order can arrive — critical — and every stock
  // point is at or below its reorder point — info.
  const page = await newPage();
  await logIn(page, 'viewer');
  const alerts = await rowsOnceThere(page, 'table.alerts tr.alert', 4);
  const severities = await alerts.evaluateAll((rows) => rows.map((row) => row.dataset.severity));
  assert.deepEqual(severities, ['critical', 'info', 'info', 'info']);  // critical first
  assert.match(await alerts.first().innerText(), /critical\s+LAMP-01 @ DC1\s+projected-stockout\s+stock runs out/);
  assert.match(await alerts.nth(2).innerText(), /info\s+LAMP-02 @ DC1\s+reorder-point\s+position 9 .* reorder point 13\.22/);
  assert.equal(await page.locator('button:has-text("Start planning run")').count(), 0);  // viewers read
  await shot(page, 'overview-alerts');

  await page.selectOption('select[aria-label=Severity]', 'critical');
  const critical = await rowsOnceThere(page, 'table.alerts tr.alert', 1);
  await critical.locator('a:has-text("LAMP-01 @ DC1")').click();
  await page.getByText('Policy in force').waitFor();
  const own = await rowsOnceThere(page, 'table.alerts tr.alert', 2);  // this stock point's only
  assert.deepEqual(await own.evaluateAll((rows) => rows.map((row) => row.dataset.severity)), ['critical', 'info']);
  assert.match(await own.nth(1).innerText(), /reorder-point\s+position 14 .* reorder point 50\.17/);
  await page.close();
});

test('a planner acknowledges, snoozes and reopens alerts', async () => {
  // The alerts of the test before; the review date is run #1's as-of date, 2024-03-11.
  const page = await newPage();
  await logIn(page, 'planner');
  const alerts = await rowsOnceThere(page, 'table.alerts tr.alert', 4);
  await alerts.first().locator('button:has-text("Acknowledge")').click();  // LAMP-01's stock-out
  const left = await rowsOnceThere(page, 'table.alerts tr.alert', 3);
  assert.deepEqual(await left.evaluateAll((rows) => rows.map((row) => row.dataset.severity)), ['info', 'info', 'info']);
  await left.first().locator('button:has-text("Snooze 7 days")').click();
  await rowsOnceThere(page, 'table.alerts tr.alert', 2);
  await shot(page, 'alerts-handled');

  await page.selectOption('select[aria-label=Handled]', 'only');
  // The unhandled list also has two rows: wait for the handled ones, which offer Reopen.
  await page.locator('table.alerts tr.alert button:has-text("Reopen")').nth(1).waitFor();
  const handled = await rowsOnceThere(page, 'table.alerts tr.alert', 2);
  const texts = await handled.allInnerTexts();
  assert.ok(texts.some((t) => /LAMP-01 @ DC1[\s\S]*acknowledged by planner/.test(t)), texts.join('\n'));
  assert.ok(texts.some((t) => /snoozed until 2024-03-18/.test(t)), texts.join('\n'));
  await handled.first().locator('button:has-text("Reopen")').click();
  await rowsOnceThere(page, 'table.alerts tr.alert', 1);
  await handled.first().locator('button:has-text("Reopen")').click();
  await page.getByText('No alerts to handle.').waitFor();
  await page.selectOption('select[aria-label=Handled]', 'hide');
  await rowsOnceThere(page, 'table.alerts tr.alert', 4);  // all back, as the next tests expect
  await page.close();
});

test('a stock point shows its demand and projected stock charts', async () => {
  const page = await newPage();
  await logIn(page, 'planner');
  await page.click('nav >> text=Stock points');
  await page.fill('input[type=search]', 'floor');
  await page.click('a:has-text("LAMP-02")');
  await page.getByText('Policy in force').waitFor();
  const canvases = page.locator('.chart canvas');
  await canvases.nth(1).waitFor();  // charts are drawn after the first render
  assert.equal(await canvases.count(), 2);
  for (const index of [0, 1]) {
    assert.ok((await inkedPixels(canvases.nth(index))) > 1000, `chart ${index + 1} is drawn`);
  }
  assert.match(await page.locator('.chart').first().innerText(), /Forecast/);  // the legend
  assert.match(await page.locator('.chart').nth(1).innerText(), /Unmet if nothing more is ordered/);
  // LAMP-02 comes from NORDIC in 14 days: two weeks after the run's date.
  assert.match(await page.locator('.chart-markers').innerText(), /Today 2024-03-11 · an order placed today arrives 2024-03-25/);
  assert.match(await page.locator('table.open-orders').innerText(), /PO-7001/);
  await shot(page, 'stock-point');
  await page.close();
});

test('receiving works at tablet size and scans match open lines', async () => {
  const page = await newPage({ width: 820, height: 1180 });
  await logIn(page, 'operator');
  await page.click('nav >> text=Receiving');
  await page.fill('input[aria-label=Scan]', 'LAMP-02');
  await page.keyboard.press('Enter');  // what a keyboard-wedge scanner sends
  await page.locator('.line[data-po="PO-7001/1"]').waitFor();
  await shot(page, 'receiving');
  await page.close();
});

test('receive a scanned item', async () => {
  const page = await newPage({ width: 820, height: 1180 });
  await logIn(page, 'operator');
  await page.click('nav >> text=Receiving');
  // LAMP-02's GTIN, expiry 2027-12-31, lot L-77, 2 units — as a keyboard-wedge scanner types it.
  await page.fill('input[aria-label=Scan]', '(01)09501101530003(17)271231(10)L-77(37)2');
  await page.keyboard.press('Enter');
  await page.locator('.scanned').getByText('L-77').waitFor();
  const line = page.locator('.line[data-po="PO-7001/1"]');
  const onHand = line.locator('.on-hand');
  await page.waitForFunction((el) => /\d/.test(el.textContent), await onHand.elementHandle());
  const before = Number(await onHand.innerText());
  assert.equal(await line.locator('input[aria-label="Quantity received"]').inputValue(), '2');
  await line.locator('button:has-text("Confirm")').click();
  await line.locator('.received').waitFor();
  assert.match(await line.locator('.received').innerText(), /Received 2 \(lot L-77\)/);
  assert.equal(Number(await onHand.innerText()), before + 2);
  await shot(page, 'receiving-scanned');

  // The stock point shows the new lot with its expiry.
  await page.goto(`${server.url}#/stock-points/LAMP-02/DC1`);
  await page.getByText('Stock on hand by lot').waitFor();
  const lot = page.locator('tr', { hasText: 'L-77' });
  await lot.waitFor();
  assert.match(await lot.innerText(), /2027-12-31/);
  await page.close();
});

test('valuation and supplier performance show their tables', async () => {
  const page = await newPage();
  await logIn(page, 'planner');
  await page.click('nav >> text=Valuation');
  await page.locator('.kpi', { hasText: 'Stock value at cost' }).waitFor();
  const items = page.locator('table.valuation-items');
  await items.locator('tr', { hasText: 'NOTE-01' }).waitFor();  // 40 at 1.20
  assert.match(await items.locator('tr', { hasText: 'NOTE-01' }).innerText(), /48\.00/);
  await page.selectOption('select[aria-label="Cost method"]', 'wac');
  await items.locator('tr', { hasText: 'NOTE-01' }).getByText('wac').waitFor();
  await shot(page, 'valuation');

  await page.click('nav >> text=Suppliers');
  // By default the 90 days up to the latest plan run (2024-03-11); the receipt of the test
  // before was posted today, so look up to today.
  const today = new Date().toISOString().slice(0, 10);
  await page.fill('input[type="date"] >> nth=0', '2024-03-01');
  await page.fill('input[type="date"] >> nth=1', today);
  const nordic = page.locator('table.supplier-performance tr', { hasText: 'NORDIC' });
  await nordic.waitFor();  // the receipt of the test before, against a line due 2024-03-15
  assert.match(await nordic.innerText(), /0 %/);
  await shot(page, 'suppliers');
  await page.close();
});

test('classify and see the ABC×XYZ matrix', async () => {
  const viewer = await newPage();
  await logIn(viewer, 'viewer');
  await viewer.click('nav >> text=ABC×XYZ');
  await viewer.getByText('Nothing is classified yet.').waitFor();
  assert.equal(await viewer.locator('button:has-text("Classify now")').count(), 0);  // planners classify
  await viewer.close();

  // Revenue in the 12 months to 2024-03-11 (all 26 fixture weeks), by hand: LAMP-01 366 × 29.90
  // = 10,943.40, LAMP-02 89 × 79.00 = 7,031.00, NOTE-01 989 × 3.50 = 3,461.50; of 21,435.90 the
  // lamps hold 83.85 % (A: LAMP-02 starts below the 80 % cut-off), NOTE-01 16.15 % (B). Weekly
  // demand varies little (coefficient of variation 0.13–0.33, under 0.5): all X.
  const page = await newPage();
  await logIn(page, 'planner');
  await page.click('nav >> text=ABC×XYZ');
  await page.click('button:has-text("Classify now")');
  const cell = (name) => page.locator(`table.matrix td[data-class="${name}"]`);
  await cell('AX').locator('button').waitFor();
  assert.match(await cell('AX').innerText(), /2 · 17,974\.40\s+66\.67 % \/ 83\.85 %/);
  assert.match(await cell('BX').innerText(), /1 · 3,461\.50\s+33\.33 % \/ 16\.15 %/);
  for (const empty of ['AY', 'AZ', 'BY', 'BZ', 'CX', 'CY', 'CZ']) assert.equal(await cell(empty).innerText(), '–');
  assert.match(await page.locator('.legend').innerText(), /items · revenue in the 12 months to 2024-03-11/);
  await rowsOnceThere(page, 'table.classes tbody tr', 3);
  await shot(page, 'classes');

  await cell('BX').locator('button').click();
  await page.getByText('Class BX: items').waitFor();
  const [note] = await (await rowsOnceThere(page, 'table.classes tbody tr', 1)).all();
  assert.match(await note.innerText(), /NOTE-01\s+BX\s+smooth\s+3,461\.50/);
  await note.locator('a').click();  // classified over all locations: the item's stock points
  await page.click('a[href="#/stock-points/NOTE-01/DC1"]');
  await page.getByText('Policy in force').waitFor();
  await page.close();
});

test('cycle counts: a planner plans the lists, an operator counts', async () => {
  // From the classification of the test before: A counted 12 times a year, B 4 times; the
  // first day's list (2024-03-11, the date of the latest run) has LAMP-01 and NOTE-01.
  const planner = await newPage();
  await logIn(planner, 'planner');
  await planner.click('nav >> text=Counts');
  await planner.getByText('Nothing to count on 2024-03-11.').waitFor();
  await planner.click('button:has-text("Plan count lists")');
  await planner.getByText(/29 counts of 3 stock points/).waitFor();
  const tasks = await rowsOnceThere(planner, 'tr.count-task', 2);
  assert.match(await tasks.nth(0).innerText(), /LAMP-01\s+DC1\s+A\s+class A, 12 a year/);
  assert.match(await tasks.nth(1).innerText(), /NOTE-01\s+DC1\s+B\s+class B, 4 a year/);
  assert.equal(await planner.locator('input[aria-label="Quantity counted"]').count(), 0);  // operators count
  await planner.close();

  const page = await newPage({ width: 820, height: 1180 });
  await logIn(page, 'operator');
  await page.click('nav >> text=Counts');
  const lamp = page.locator('tr.count-task[data-point="LAMP-01@DC1"]');
  await lamp.locator('input[aria-label="Quantity counted"]').fill('14');  // as on record
  await lamp.locator('button:has-text("Record")').click();
  assert.match(await lamp.locator('.received').innerText(), /Counted 14 \(system 14, difference 0\)/);
  const note = page.locator('tr.count-task[data-point="NOTE-01@DC1"]');
  await note.getByText('lot B-2401').waitFor();  // its only lot
  await note.locator('input[aria-label="Quantity counted"]').fill('38');  // two missing
  await note.locator('button:has-text("Record")').click();
  assert.match(await note.locator('.received').innerText(), /Counted 38 of lot B-2401 \(system 40, difference -2\)/);
  await shot(page, 'counts');

  await page.click('nav >> text=ABC×XYZ');
  const accuracy = await rowsOnceThere(page, 'table.count-accuracy tbody tr', 2);
  assert.match(await accuracy.nth(0).innerText(), /A\s+1\s+100 %/);
  assert.match(await accuracy.nth(1).innerText(), /B\s+1\s+0 %/);
  await page.close();
});

test('the overview shows the scheduled jobs and when they are next due', async () => {
  const page = await newPage();
  await logIn(page, 'planner');
  const row = (job) => page.locator(`.scheduled-jobs tr[data-job="${job}"]`);
  await row('plan').getByText('not scheduled (setting schedule.plan)').waitFor();
  const status = await page.evaluate(async () => {
    const answer = await fetch('/api/v1/settings', {
      method: 'PUT',
      headers: { Authorization: `Bearer ${localStorage.getItem('lagom.token')}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ 'schedule.plan': 'daily 02:00' }),
    });
    return answer.status;
  });
  assert.equal(status, 200);
  await page.reload();
  await row('plan').getByText('daily 02:00').waitFor();
  assert.match(await row('plan').innerText(), /plan\s+the planning run[\s\S]*daily 02:00\s+\d{4}-\d\d-\d\dT02:00:00Z\s+never run/);
  assert.match(await row('classify').innerText(), /not scheduled \(setting schedule\.classify\)\s+–\s+never run/);
  await shot(page, 'overview-jobs');
  await page.close();
});

test('a buyer sorts the proposals, moves with the keyboard, rejects and undoes', async () => {
  // Run #1's NORDIC group: LAMP-01 (approved in the test above) and LAMP-02, still proposed.
  const page = await newPage();
  await logIn(page, 'planner');
  await page.click('nav >> text=Proposals');
  await page.click('.supplier-head:has-text("NORDIC")');
  const rows = await rowsOnceThere(page, 'tr.proposal', 2);
  const items = () => rows.evaluateAll((all) => all.map((row) => row.cells[0].innerText));
  await page.click('button.sort:has-text("Item")');
  assert.deepEqual(await items(), ['LAMP-01', 'LAMP-02']);
  await page.click('button.sort:has-text("Item")');  // again: the other way
  assert.deepEqual(await items(), ['LAMP-02', 'LAMP-01']);
  assert.equal(await page.locator('th[aria-sort=descending]').innerText(), 'Item ↓');
  const lamp2 = page.locator('tr.proposal', { hasText: 'LAMP-02' });
  assert.match(await lamp2.innerText(), /LAMP-02\s+DC1\s+\d/);  // on hand, forecast, cover follow

  await page.focus('.proposal-list');
  await page.keyboard.press('j');  // the first row: LAMP-02
  await page.locator('tr.proposal.selected', { hasText: 'LAMP-02' }).waitFor();
  await page.keyboard.press('Enter');
  await page.locator('.why .reason').waitFor();
  await page.keyboard.press('r');
  await lamp2.locator('.badge.rejected').waitFor();
  await lamp2.locator('button:has-text("Undo")').waitFor();
  await shot(page, 'proposals-keyboard');
  await page.keyboard.press('u');
  await lamp2.locator('.badge.proposed, .badge.expedite, .badge.brought-forward').first().waitFor();
  await lamp2.locator('button:has-text("Approve")').waitFor();
  await page.keyboard.press('j');  // on to LAMP-01, approved: a and r do nothing there
  await page.locator('tr.proposal.selected', { hasText: 'LAMP-01' }).waitFor();
  await page.keyboard.press('r');
  await page.locator('tr.proposal', { hasText: 'LAMP-01' }).locator('.po').waitFor();
  await page.close();
});

test('on a phone: the whole menu on screen, alerts as cards, a proposal approved', async () => {
  const width = 390;
  const page = await newPage({ width, height: 844 });
  await logIn(page, 'planner');
  const links = page.locator('.topbar nav a');
  for (let i = 0; i < (await links.count()); i += 1) {
    const box = await links.nth(i).boundingBox();
    assert.ok(box && box.x >= 0 && box.x + box.width <= width, `${await links.nth(i).innerText()} at ${JSON.stringify(box)}`);
  }
  const alert = page.locator('table.alerts tr.alert').first();
  await alert.waitFor();
  const card = await alert.boundingBox();
  assert.ok(card.x >= 0 && card.x + card.width <= width, JSON.stringify(card));
  assert.match(await alert.innerText(), /critical\s+LAMP-01 @ DC1/);
  await shot(page, 'phone-overview');

  await page.click('nav >> text=Proposals');
  await page.click('.supplier-head:has-text("NORDIC")');
  const row = page.locator('tr.proposal', { hasText: 'LAMP-02' });
  const approve = row.locator('button:has-text("Approve")');
  await approve.waitFor();
  const button = await approve.boundingBox();
  assert.ok(button.x >= 0 && button.x + button.width <= width, JSON.stringify(button));
  await approve.click();
  await row.locator('.po').waitFor();
  await shot(page, 'phone-proposals');
  await page.close();
});
