// Measures the web build in headless Chromium for docs/PERFORMANCE.md: time to the first frame
// from a local server (fresh browser storage and cache each time), and the model's speed in
// the page: one run and an ensemble of a scenario, with a checksum to compare with the desktop.
//
//   node web/test/measure.mjs SITE_DIR SCENARIO RUNS LOADS
import { readFileSync } from "node:fs";
import { launchChromium, serveSite } from "./site.mjs";

const [site = "target/site", scenario = "scenarios/full_phase_two.ron", runs = "200", loads = "5"] =
  process.argv.slice(2);

const served = await serveSite(site);
const base = served.base;
const server = { kill: served.stop };
const browser = await launchChromium();
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const firstFrames = [];
for (let i = 0; i < Number(loads); i += 1) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const page = await context.newPage();
  await page.goto(base);
  await page.waitForFunction(() => window.gazaZonesFirstFrameMs !== undefined, null, { timeout: 120_000 });
  firstFrames.push(await page.evaluate(() => window.gazaZonesFirstFrameMs));
  await context.close();
}
console.log(`first frame, ms (${loads} loads): median ${median(firstFrames).toFixed(0)}, all ${firstFrames.map((x) => x.toFixed(0)).join(" ")}`);

const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
const page = await context.newPage();
await page.goto(base);
await page.waitForFunction(() => window.gazaZones && window.gazaZones.day() !== undefined, null, { timeout: 120_000 });
const text = readFileSync(scenario, "utf8");
const singles = [];
const ensembles = [];
let checksum;
for (let i = 0; i < 3; i += 1) {
  const [single, ensemble, sum] = await page.evaluate(([t, n]) => window.gazaZones.measure(t, n), [text, Number(runs)]);
  singles.push(single);
  ensembles.push(ensemble);
  checksum = sum;
}
console.log(`one run of ${scenario}, ms: median ${median(singles).toFixed(1)} (${singles.map((x) => x.toFixed(1)).join(" ")})`);
console.log(`${runs}-run ensemble, ms: median ${median(ensembles).toFixed(0)} (${ensembles.map((x) => x.toFixed(0)).join(" ")})`);
console.log(`checksum (sum over days of the median red land, km²): ${checksum}`);
await browser.close();
server.kill();
