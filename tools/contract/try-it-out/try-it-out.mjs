// Swagger UI's "Try it out", clicked in a real Chromium as an admin would: authorize with a token,
// open each operation below, press "Try it out" and "Execute" without touching the example body, and
// read the status Swagger UI shows. Exits 1 when any answer is not the one expected; saves a
// screenshot of each operation's answer.
//
//   node try-it-out.mjs [base=http://localhost:5025] [screenshots=/tmp/aftersales-try-it-out]
//
// Needs: a running Development API with its demo data (dotnet run --project src/AfterSales.Api),
// Chromium (/usr/bin/chromium, Debian's package; CHROMIUM to point elsewhere), npm ci here.
import puppeteer from 'puppeteer-core';
import { mkdirSync } from 'node:fs';

const base = process.argv[2] ?? 'http://localhost:5025';
const shots = process.argv[3] ?? '/tmp/aftersales-try-it-out';
mkdirSync(shots, { recursive: true });

// The demo center's staff (docs: README, "Demo data"): the clerk registers, the admin reads the units.
const staff = { clerk: '01930000-0000-7000-8001-000000000001', supervisor: '01930000-0000-7000-8001-000000000003' };
const token = async (staffId) => {
  const answer = await fetch(`${base}/api/v1/dev/tokens`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ staffId }) });
  if (!answer.ok) throw new Error(`no token for ${staffId}: ${answer.status}`);
  return (await answer.json()).accessToken;
};

// [who, operation as Swagger UI shows it, the status the example body must give]
const operations = [
  ['clerk', 'POST', '/api/v1/calls', '201'],
  ['clerk', 'POST', '/api/v1/customers', '201'],
  ['clerk', 'GET', '/api/v1/calls', '200'],
  ['supervisor', 'GET', '/api/v1/units/{unitId}/dispatch-deadline', '200'],
];

const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
  defaultViewport: { width: 1400, height: 1800 },
});
let failures = 0;
try {
  for (const [who, method, path, expected] of operations) {
    const page = await browser.newPage();
    await page.goto(`${base}/swagger/index.html`, { waitUntil: 'networkidle0' });

    await page.click('.btn.authorize');
    await page.waitForSelector('.auth-container input');
    await page.type('.auth-container input', await token(staff[who]));
    await page.click('.auth-btn-wrapper .authorize');
    await page.click('.auth-btn-wrapper .btn-done');

    // Swagger UI names an operation's block after its method and path.
    const block = await page.evaluateHandle((m, p) => [...document.querySelectorAll('.opblock')].find(o =>
      o.querySelector('.opblock-summary-method')?.textContent === m && o.querySelector('.opblock-summary-path')?.getAttribute('data-path') === p), method, path);
    if (!block.asElement()) throw new Error(`${method} ${path} is not in Swagger UI`);
    await (await block.asElement().$('.opblock-summary-control')).click();
    await block.asElement().waitForSelector('.try-out__btn');
    await (await block.asElement().$('.try-out__btn')).click();
    await (await block.asElement().waitForSelector('.execute')).click();
    const cell = await block.asElement().waitForSelector('.live-responses-table tbody .response-col_status', { timeout: 15000 })
      .catch(async (error) => { await page.screenshot({ path: `${shots}/failed.png`, fullPage: false }); throw error; });
    const status = await cell.evaluate(c => c.textContent.trim());
    const shot = `${shots}/${method}-${path.replaceAll(/[/{}]+/g, '_')}.png`;
    await block.asElement().screenshot({ path: shot });
    const ok = status.startsWith(expected);
    if (!ok) failures++;
    console.log(`${ok ? 'ok  ' : 'FAIL'} ${who.padEnd(10)} ${method} ${path}: ${status} (expected ${expected}) ${shot}`);
    await page.close();
  }
} finally {
  await browser.close();
}
process.exit(failures === 0 ? 0 : 1);
