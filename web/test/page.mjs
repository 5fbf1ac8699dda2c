// Opens the page `gaza-zones page` writes straight from the disk (file://) in headless
// Chromium, with every network request blocked and recorded, and checks what a reader relies
// on: nothing is fetched, no console error, the slider moves the map, the date and the chart's
// cursor, Play advances and pauses, the keys work. Screenshots go to OUT_DIR.
//
//   node web/test/page.mjs PAGE.html OUT_DIR [MORE_PAGES.html ...]
//
// Further pages (other languages, other scenarios) get the same checks and screenshots.
import { mkdirSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { launchChromium } from "./site.mjs";

const [first, out = "target/web-test", ...more] = process.argv.slice(2);
if (!first) {
  console.error("usage: node web/test/page.mjs PAGE.html OUT_DIR [MORE_PAGES.html ...]");
  process.exit(2);
}
mkdirSync(out, { recursive: true });

let failures = 0;
function check(ok, what) {
  console.log(`${ok ? "ok  " : "FAIL"} ${what}`);
  if (!ok) failures += 1;
}

const browser = await launchChromium();

/** The state a reader sees: the week, the date, each cell's fill, the cursor, Play. */
function state(page) {
  return page.evaluate(() => ({
    frame: Number(document.getElementById("slider").value),
    date: document.getElementById("date").textContent,
    fills: Array.from(document.querySelectorAll("#cells path"), (p) => p.style.fill),
    cursor: document.getElementById("cursor").getAttribute("x1"),
    held: (document.getElementById("held").getAttribute("d") || "").length,
    playing: document.getElementById("play").getAttribute("aria-pressed") === "true",
    events: document.querySelectorAll("#events li").length,
  }));
}

async function checkPage(file, viewports) {
  const name = path.basename(file, ".html");
  const url = pathToFileURL(path.resolve(file)).href;
  for (const viewport of viewports) {
    const label = `${name} ${viewport.width}x${viewport.height}`;
    const context = await browser.newContext({ viewport });
    // Every request but the page itself is refused and remembered.
    const requests = [];
    await context.route("**/*", (route) => {
      const asked = route.request().url();
      if (asked === url) return route.continue();
      requests.push(asked);
      return route.abort();
    });
    context.on("request", (request) => {
      if (request.url() !== url && !requests.includes(request.url())) requests.push(request.url());
    });
    const page = await context.newPage();
    const errors = [];
    page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
    page.on("pageerror", (e) => errors.push(String(e)));
    await page.goto(url, { waitUntil: "load" });
    await page.waitForTimeout(300);

    const start = await state(page);
    const frames = await page.evaluate(() => Number(document.getElementById("slider").max) + 1);
    check(start.frame === 0 && start.fills.every((f) => f !== ""), `${label}: opens on the first week, every cell coloured`);
    check(frames > 1, `${label}: ${frames} weekly frames`);

    // The slider, as a hand moves it: focus and End, then back with Home.
    await page.focus("#slider");
    await page.keyboard.press("End");
    const end = await state(page);
    const differ = end.fills.filter((f, i) => f !== start.fills[i]).length;
    check(end.frame === frames - 1, `${label}: End on the slider goes to the last week`);
    check(differ > 0, `${label}: the map changes between the first and last week (${differ} cells)`);
    check(end.date !== start.date, `${label}: the date follows (${start.date} → ${end.date})`);
    check(end.cursor !== start.cursor, `${label}: the chart's cursor follows`);
    await page.screenshot({ path: path.join(out, `${label.replace(" ", "-")}-last.png`) });

    // Keys on the page itself.
    await page.evaluate(() => document.activeElement && document.activeElement.blur());
    await page.keyboard.press("Home");
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    check((await state(page)).frame === 2, `${label}: Home then → → shows the third week`);
    await page.keyboard.press("ArrowLeft");
    check((await state(page)).frame === 1, `${label}: ← goes back a week`);

    // Play advances on its own and Pause stops it; Space does the same from the keyboard.
    await page.click("#play");
    await page.waitForTimeout(2500);
    const playing = await state(page);
    check(playing.playing && playing.frame > 1, `${label}: Play advances (to week ${playing.frame})`);
    await page.click("#play");
    const paused = await state(page);
    await page.waitForTimeout(1200);
    const still = await state(page);
    check(!paused.playing && still.frame === paused.frame, `${label}: Pause holds the week`);
    await page.evaluate(() => document.activeElement && document.activeElement.blur());
    await page.keyboard.press(" ");
    await page.waitForTimeout(1600);
    const spaced = await state(page);
    await page.keyboard.press(" ");
    check(spaced.playing && spaced.frame > still.frame, `${label}: Space plays and pauses`);

    // A week in the middle for the picture: the line, the held land and captions show.
    const middle = Math.floor(frames / 3);
    await page.evaluate((k) => {
      const slider = document.getElementById("slider");
      slider.value = String(k);
      slider.dispatchEvent(new Event("input"));
    }, middle);
    const shown = await state(page);
    check(shown.frame === middle && shown.held > 0, `${label}: week ${middle} shows held land`);
    await page.screenshot({ path: path.join(out, `${label.replace(" ", "-")}.png`) });

    const resources = await page.evaluate(() => performance.getEntriesByType("resource").map((r) => r.name));
    check(requests.length === 0 && resources.length === 0, `${label}: no network request (${[...requests, ...resources].join(", ") || "none"})`);
    check(errors.length === 0, `${label}: no console errors${errors.length ? `: ${errors.join(" | ")}` : ""}`);
    await context.close();
  }
}

const sizes = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
];
await checkPage(first, sizes);
for (const file of more) await checkPage(file, sizes);
await browser.close();
if (failures > 0) {
  console.log(`${failures} check(s) failed; screenshots in ${out}`);
  process.exit(1);
}
console.log(`all page checks passed; screenshots in ${out}`);
