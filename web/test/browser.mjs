// Drives the gaza-zones web build in headless Chromium, as a user would, and checks what a user
// relies on: the page starts with no console error, the map draws, the keyboard moves the
// day, a bundled scenario opens from the menu, a dropped file opens, a shared link opens its
// scenario, and the CSV downloaded from the page equals `gaza-zones run` of the same file.
//
//   node web/test/browser.mjs SITE_DIR GAZA_ZONES_BINARY OUT_DIR
//
// SITE_DIR is what web/build.sh made; the binary is the desktop build of the same commit.
import { spawnSync } from "node:child_process";
import { readFileSync, mkdirSync, writeFileSync } from "node:fs";
import { deflateRawSync } from "node:zlib";
import path from "node:path";
import { launchChromium, serveSite } from "./site.mjs";

const [site = "target/site", binary = "target/release/gaza-zones", out = "target/web-test"] =
  process.argv.slice(2);
mkdirSync(out, { recursive: true });
const scenarioFile = "scenarios/full_phase_two.ron";
const VIEWPORT = { width: 1366, height: 768 };

// Where things are at 1366×768 (the app lays out the same on every run: its fonts are inside
// the wasm). Looked up on screenshots; if the layout changes, the checks below fail and the
// screenshots in OUT_DIR show where things went.
const AT = {
  fileMenu: [21, 12],
  bundledScenarios: [80, 91],
  partitionItem: [570, 273],
  exportDaysCsv: [590, 399],
  // The Export window re-centres once the CSV choice makes it shorter.
  exportDownload: [504, 640],
  // At 1920×1080, where the Uncertainty panel is on screen.
  runEnsemble: [160, 501],
};

/** A click as a hand makes it: egui sees the pointer arrive, then press, then release. */
async function clickAt(page, [x, y]) {
  await page.mouse.move(x, y);
  await page.waitForTimeout(100);
  await page.mouse.down();
  await page.waitForTimeout(80);
  await page.mouse.up();
  await page.waitForTimeout(150);
}

let failures = 0;
function check(ok, what) {
  console.log(`${ok ? "ok  " : "FAIL"} ${what}`);
  if (!ok) failures += 1;
}

// Python's static server: what the README tells people to use.
const served = await serveSite(site);
const base = served.base;
const server = { kill: served.stop };
const browser = await launchChromium();

/** A fresh page (its own storage) with console errors collected. */
async function openPage(url, viewport = VIEWPORT, options = {}) {
  const context = await browser.newContext({ viewport, acceptDownloads: true, ...options });
  const page = await context.newPage();
  const errors = [];
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(url);
  // Started: the page's handle answers (the app exists and is not mid-frame).
  await page.waitForFunction(() => window.gazaZones && window.gazaZones.day() !== undefined, null, {
    timeout: 120_000,
  });
  await page.waitForTimeout(500);
  // A first visit without a link opens on the start page; the checks below are about the
  // window behind it, so close it as a user would, with Esc.
  const startPage = await page.evaluate(() => window.gazaZones.start_page_open());
  if (startPage) {
    await page.focus("#gaza_zones_canvas");
    await page.keyboard.press("Escape");
    await page.waitForTimeout(300);
  }
  return { context, page, errors, startPage };
}

const state = (page) =>
  page.evaluate(() => ({
    day: window.gazaZones.day(),
    title: window.gazaZones.scenario_title(),
    dirty: window.gazaZones.is_dirty(),
    notice: window.gazaZones.notice(),
    panicked: window.gazaZones.has_panicked(),
  }));

async function settle(page, predicate, what) {
  for (let i = 0; i < 100; i += 1) {
    const s = await state(page);
    if (predicate(s)) return s;
    await page.waitForTimeout(100);
  }
  const s = await state(page);
  console.log(`   state after waiting for ${what}:`, s);
  return s;
}

function notBlank(file) {
  const r = spawnSync("python3", [".ci/check_png.py", file, String(VIEWPORT.width), String(VIEWPORT.height)], {
    encoding: "utf8",
  });
  if (r.status !== 0) console.log(r.stdout, r.stderr);
  return r.status === 0;
}

const titleOf = (text) => /title:\s*"((?:[^"\\]|\\.)*)"/.exec(text)[1];

// 1. The default page.
{
  const { context, page, errors, startPage } = await openPage(base);
  const s = await state(page);
  check(s.title && s.title.length > 0 && !s.panicked, `the app starts on a scenario ("${s.title}")`);
  check(startPage === true, "a first visit without a link opens on the start page");
  const closed = await page.evaluate(() => window.gazaZones.start_page_open());
  check(closed === false, "Esc closes the start page");
  const shot = path.join(out, "web-default-1366x768.png");
  await page.screenshot({ path: shot });
  check(notBlank(shot), `the map draws (screenshot ${shot} is a real picture)`);

  // Keys go to the canvas once it has the focus, as after a user's first click.
  await page.focus("#gaza_zones_canvas");
  await page.keyboard.press("ArrowRight");
  const week = await settle(page, (t) => t.day === 7, "day 7");
  check(week.day === 7, `→ moves a week forward (day ${week.day})`);
  await page.keyboard.press("End");
  const end = await settle(page, (t) => t.day > 7, "the last day");
  check(end.day > 7, `End goes to the last day (day ${end.day})`);
  await page.keyboard.press("Home");
  const start = await settle(page, (t) => t.day === 0, "day 0");
  check(start.day === 0, "Home goes back to day 0");

  // File → Bundled scenarios → the partition scenario, with the mouse.
  const partition = titleOf(readFileSync("scenarios/partition.ron", "utf8"));
  await clickAt(page, AT.fileMenu);
  await page.mouse.move(...AT.bundledScenarios);
  await page.waitForTimeout(400);
  await page.screenshot({ path: path.join(out, "web-menu-bundled.png") });
  await clickAt(page, AT.partitionItem);
  const opened = await settle(page, (t) => t.title === partition, "the partition scenario");
  check(opened.title === partition, `a bundled scenario opens from the File menu ("${opened.title}")`);

  // Dropping a scenario file on the page opens it.
  const text = readFileSync("scenarios/retrenchment.ron", "utf8");
  const dropped = await page.evaluateHandle((content) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([content], "retrenchment.ron", { type: "text/plain" }));
    return transfer;
  }, text);
  for (const type of ["dragenter", "dragover", "drop"]) {
    await page.dispatchEvent("#gaza_zones_canvas", type, { dataTransfer: dropped });
  }
  const afterDrop = await settle(page, (t) => t.title === titleOf(text), "the dropped file");
  check(afterDrop.title === titleOf(text), `a file dropped on the page opens ("${afterDrop.title}")`);

  check(errors.length === 0, `no console errors (${errors.length})`);
  for (const e of errors) console.log("   console:", e);
  await context.close();
}

// 2. A shared link opens its scenario, and the page's CSV is the command line's.
{
  const text = readFileSync(scenarioFile);
  // The link as `gaza-zones link` writes it (the Rust encoder), opened by the page (the Rust
  // decoder in wasm); the format is plain DEFLATE and base64url, which Node makes the same.
  const printed = spawnSync(binary, ["link", scenarioFile], { encoding: "utf8" }).stdout.trim();
  const byNode = "#gz1=" + deflateRawSync(text, { level: 9 }).toString("base64url");
  check(printed.startsWith("#gz1=") && printed.endsWith("&name=" + path.basename(scenarioFile)),
    `gaza-zones link prints a fragment (${printed.length} characters)`);
  const nodeOpens = await openPage(`${base}${byNode}`);
  check((await state(nodeOpens.page)).title === titleOf(text.toString()), "a link made without gaza-zones (zlib) opens too");
  await nodeOpens.context.close();
  const { context, page, errors } = await openPage(`${base}${printed}`);
  const s = await state(page);
  check(s.title === titleOf(text.toString()) && s.dirty === false, `a link opens its scenario unedited ("${s.title}")`);
  await page.screenshot({ path: path.join(out, "web-link-1366x768.png") });

  // Export → day-by-day totals (CSV) → Download.
  await page.focus("#gaza_zones_canvas");
  await page.keyboard.press("Control+Shift+E");
  await page.waitForTimeout(400);
  await clickAt(page, AT.exportDaysCsv);
  await page.screenshot({ path: path.join(out, "web-export-window.png") });
  const [download] = await Promise.all([
    page.waitForEvent("download", { timeout: 30_000 }),
    clickAt(page, AT.exportDownload),
  ]);
  const fromPage = readFileSync(await download.path(), "utf8");
  const fromCli = spawnSync(binary, ["run", scenarioFile], { encoding: "utf8" }).stdout;
  writeFileSync(path.join(out, "from-page.csv"), fromPage);
  writeFileSync(path.join(out, "from-cli.csv"), fromCli);
  check(
    fromPage.length > 1000 && fromPage === fromCli,
    `the CSV downloaded from the page (${download.suggestedFilename()}, ${fromPage.length} bytes) equals \`gaza-zones run\``,
  );

  // Copy link (Ctrl+Shift+L): the address now carries the scenario, and opening it in a new
  // tab gives that scenario.
  await page.focus("#gaza_zones_canvas");
  await page.keyboard.press("Control+Shift+L");
  const copied = await settle(page, (t) => (t.notice || "").startsWith("Copied a link"), "the link to be copied");
  check((copied.notice || "").startsWith("Copied a link"), `Copy link says so ("${copied.notice}")`);
  const address = await page.evaluate(() => window.location.href);
  check(address.includes("#gz1="), "the page's address now carries the scenario");
  const again = await openPage(address);
  const reopened = await state(again.page);
  check(reopened.title === s.title && reopened.dirty === false, "the copied link opens the same scenario in a new tab");
  await again.context.close();

  check(errors.length === 0, `no console errors (${errors.length})`);
  for (const e of errors) console.log("   console:", e);
  await context.close();
}

// 3. An ensemble runs in the page a slice per frame, with its progress shown, and gives the
// desktop's numbers.
{
  const fragment = spawnSync(binary, ["link", scenarioFile], { encoding: "utf8" }).stdout.trim();
  const { context, page, errors } = await openPage(`${base}${fragment}`, { width: 1920, height: 1080 });
  await clickAt(page, AT.runEnsemble);
  const seen = [];
  for (let i = 0; i < 1200; i += 1) {
    const e = await page.evaluate(() => window.gazaZones.ensemble());
    seen.push(e);
    if (e.length === 3) break;
    await page.waitForTimeout(100);
  }
  await page.screenshot({ path: path.join(out, "web-ensemble-1920x1080.png") });
  const done = seen[seen.length - 1];
  const partway = seen.filter((e) => e.length === 2 && e[0] > 0 && e[0] < e[1]);
  check(partway.length > 0, `the ensemble's progress shows while it runs (${partway.map((e) => e[0]).slice(0, 5).join(", ")}… of ${partway[0]?.[1]})`);
  const summary = spawnSync(binary, ["run", scenarioFile, "--runs", String(done[0] ?? 200), "--summary"], {
    encoding: "utf8",
    maxBuffer: 1 << 26,
  }).stdout.split("\n").filter((line) => line && !line.startsWith("#"));
  const column = summary[0].split(",").indexOf("red_km2_p50");
  const desktop = summary.slice(1).reduce((sum, line) => sum + Number(line.split(",")[column]), 0);
  check(done.length === 3 && done[2] === desktop,
    `the ensemble of ${done[0]} runs gives the desktop's medians (checksum ${done[2]} = ${desktop})`);
  check(errors.length === 0, `no console errors (${errors.length})`);
  await context.close();
}

// 4. Unsaved work left in the browser's storage by a closed tab is offered back; a damaged one
// is kept aside and the app says so.
{
  const text = readFileSync("scenarios/collapse.ron", "utf8");
  for (const [snapshot, damaged] of [[`(file: None, scenario: ${text})`, false], ["(file: None, scenario: (", true]]) {
    const context = await browser.newContext({ viewport: VIEWPORT });
    await context.addInitScript((value) => {
      if (!sessionStorage.getItem("seeded")) {
        localStorage.setItem("gaza-zones autosave", value);
        sessionStorage.setItem("seeded", "1");
      }
    }, snapshot);
    const page = await context.newPage();
    await page.goto(base);
    await page.waitForFunction(() => window.gazaZones && window.gazaZones.day() !== undefined, null, {
      timeout: 120_000,
    });
    const offered = await page.evaluate(() => window.gazaZones.offered_recovery());
    const notice = (await state(page)).notice || "";
    if (damaged) {
      const kept = await page.evaluate(() => localStorage.getItem("gaza-zones autosave (damaged)"));
      check(offered === undefined && notice.includes("not offered back") && kept === snapshot,
        `a damaged autosave is kept aside and the app says so ("${notice.slice(0, 60)}…")`);
    } else {
      check(offered === titleOf(text), `unsaved work left in the browser is offered back ("${offered}")`);
    }
    await context.close();
  }
}

// 5. The interface follows the browser's language: Arabic and Hebrew, drawn (not blank) and
// without console errors.
for (const [locale, code] of [["ar-EG", "ar"], ["he-IL", "he"]]) {
  const { context, page, errors } = await openPage(base, VIEWPORT, { locale });
  const language = await page.evaluate(() => window.gazaZones.language());
  const shot = `${out}/web-${code}-1366x768.png`;
  await page.screenshot({ path: shot });
  check(language === code && notBlank(shot),
    `a browser in ${locale} gets the interface in "${language}" (screenshot ${shot})`);
  check(errors.length === 0, `no console errors in ${locale} (${errors.length})`);
  await context.close();
}

// 6. Once loaded, the page opens again without a network (its service worker keeps its files).
{
  const { context, page, errors } = await openPage(base);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30_000 });
  // No network at all: the server is gone (the browser's own offline switch does not reach
  // service workers everywhere).
  server.kill();
  await new Promise((r) => setTimeout(r, 300));
  await context.setOffline(true);
  await page.reload();
  await page.waitForFunction(() => window.gazaZones && window.gazaZones.day() !== undefined, null, {
    timeout: 60_000,
  });
  const s = await state(page);
  check(s.title && !s.panicked, `offline, a reload opens the app from the kept copy ("${s.title}")`);
  const offline = errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|ERR_CONNECTION_REFUSED/.test(e));
  check(offline.length === 0, `no console errors offline (${offline.length})`);
  for (const e of offline) console.log("   console:", e);
  await context.close();
}

await browser.close();
server.kill();
console.log(failures === 0 ? "all browser checks passed" : `${failures} browser check(s) failed`);
process.exit(failures === 0 ? 0 : 1);
