// Screenshots of the web build in headless Chromium, for the README and docs/screenshots:
//   node web/test/screenshots.mjs SITE_DIR OUT_DIR
import { spawnSync } from "node:child_process";
import path from "node:path";
import { launchChromium, serveSite } from "./site.mjs";

const [site = "target/site", out = "docs/screenshots"] = process.argv.slice(2);
const served = await serveSite(site);
const base = served.base;
const server = { kill: served.stop };
const browser = await launchChromium();
const link = spawnSync("target/release/gaza-zones", ["link", "scenarios/full_phase_two.ron"], { encoding: "utf8" })
  .stdout.trim();

async function shot(url, [width, height], keys, file) {
  const context = await browser.newContext({ viewport: { width, height } });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => window.gazaZones && window.gazaZones.day() !== undefined, null, { timeout: 120_000 });
  await page.focus("#gaza_zones_canvas");
  for (const key of keys) await page.keyboard.press(key);
  await page.waitForTimeout(800);
  await page.screenshot({ path: path.join(out, file) });
  console.log("wrote", path.join(out, file));
  await context.close();
}

await shot(base, [1920, 1080], [], "web-chromium-1920x1080.png");
await shot(base, [1366, 768], [], "web-chromium-1366x768.png");
// Full Phase II opened from its link, a year and a half in (78 weeks).
await shot(`${base}${link}`, [1920, 1080], Array(78).fill("ArrowRight"), "web-link-full-phase-two-1920x1080.png");
await browser.close();
server.kill();
