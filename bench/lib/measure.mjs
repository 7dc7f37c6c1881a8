// Browser measurements with Playwright and the system Chromium. Every wait is
// bounded; a page that never shows its form counts as a failed run.
import { chmodSync, mkdirSync, writeFileSync } from "node:fs";
import { setPriority } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { chromiumLaunchOptions } from "../../tools/find-chromium.mjs";
import { buildDir } from "./build.mjs";

export const typedText = "someone.typing.here@example.io"; // 30 characters
if (typedText.length !== 30) throw new Error("typedText must be 30 characters");

const pageTimeout = 15_000;

/**
 * On a machine shared with other work (2 cores here), the bench runs at a
 * higher priority when it may (root): the server via setPriority, Chromium
 * through a `nice` wrapper. BENCH_NICE=0 turns this off.
 */
let niced = false;
function prioritised(options) {
  if (process.env.BENCH_NICE === "0" || process.getuid?.() !== 0) return options;
  try {
    setPriority(-10);
    const wrapper = join(buildDir, "chromium-nice.sh");
    mkdirSync(buildDir, { recursive: true });
    writeFileSync(
      wrapper,
      `#!/bin/sh\nexec nice -n -10 ${JSON.stringify(options.executablePath)} "$@"\n`,
    );
    chmodSync(wrapper, 0o755);
    niced = true;
    // Without the zygote, renderers are children of the browser and keep its priority.
    return { ...options, executablePath: wrapper, args: [...options.args, "--no-zygote"] };
  } catch {
    return options;
  }
}

/** Whether the bench runs at a raised priority (reported with the results). */
export const raisedPriority = () => niced;

export async function launch() {
  return chromium.launch({ ...prioritised(chromiumLaunchOptions()), timeout: 30_000 });
}

export function median(values) {
  const sorted = values.filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * A fresh context (empty cache) that can reach only the bench server: every
 * other request (a peer's CDN script, telemetry, an auth API) is aborted and
 * recorded, never sent.
 */
export async function isolatedContext(browser) {
  const context = await browser.newContext();
  const blocked = [];
  await context.route("**/*", (route) => {
    const target = new URL(route.request().url());
    if (
      target.protocol === "data:" ||
      target.protocol === "blob:" ||
      target.hostname === "127.0.0.1"
    ) {
      return route.continue();
    }
    blocked.push(target.host);
    return route.abort("blockedbyclient");
  });
  return { context, blocked };
}

/** Fresh context, load, wait for the painted form. */
async function openForm(browser, url) {
  const { context, blocked } = await isolatedContext(browser);
  const page = await context.newPage();
  page.setDefaultTimeout(pageTimeout);
  const errors = [];
  page.on("pageerror", (error) => errors.push(error.message));
  // Main-thread time is less sensitive to a busy machine than wall time.
  const cdp = await context.newCDPSession(page);
  await cdp.send("Performance.enable");
  await page.goto(url, { timeout: pageTimeout });
  try {
    await page.waitForFunction(() => window.__bench?.formPainted, undefined, {
      timeout: pageTimeout,
    });
  } catch (error) {
    const shown = await page
      .evaluate(() => document.body.innerText.replace(/\s+/g, " ").trim().slice(0, 160))
      .catch(() => "");
    await context.close();
    const reasons = [
      shown ? `the page shows: "${shown}"` : "",
      blocked.length ? `blocked requests to ${[...new Set(blocked)].join(", ")}` : "",
      errors.length ? `page error: ${errors[0]}` : "",
    ].filter(Boolean);
    const failure = new Error(
      `${url}: the form never appeared${reasons.length ? ` (${reasons.join("; ")})` : ""}`,
    );
    failure.blocked = [...new Set(blocked)];
    failure.cause = error;
    throw failure;
  }
  return { context, page, cdp };
}

const metric = (metrics, name) => metrics?.metrics.find((entry) => entry.name === name)?.value ?? 0;

/**
 * Time to form, in ms since navigation start: in the DOM and painted; and the
 * main thread's busy time (all tasks, and script alone) until then.
 * @returns {Promise<{ dom: number, painted: number, taskMs: number, cpuMs: number, scriptMs: number }>}
 */
export async function timeToForm(browser, url) {
  const { context, page, cdp } = await openForm(browser, url);
  const metrics = await cdp.send("Performance.getMetrics");
  const times = await page.evaluate(() => ({
    dom: window.__bench.formInDom,
    painted: window.__bench.formPainted,
  }));
  await context.close();
  return {
    ...times,
    taskMs: metric(metrics, "TaskDuration") * 1000,
    // CPU time of the renderer's main thread: what a busy machine disturbs least.
    cpuMs: metric(metrics, "ThreadTime") * 1000,
    scriptMs: metric(metrics, "ScriptDuration") * 1000,
  };
}

/**
 * Types 30 characters into the email field. With the Profiler build, counts
 * React commits while typing (and on the blur after it); with the production
 * build, the main-thread script time per keystroke (CDP Performance metrics).
 */
export async function typing(browser, url, { profile }) {
  const { context, page, cdp } = await openForm(browser, url);
  const email = page.locator('form input[type="email"], form input[name="email"]').first();
  await email.focus();
  // Let the focus settle, then start counting.
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))),
  );
  const loadCommits = await page.evaluate(() => window.__bench.commits);
  if (profile && !(loadCommits > 0))
    throw new Error(`${url}: the Profiler counted no commit while loading`);
  await page.evaluate(() => (window.__bench.commits = 0));
  const before = profile ? undefined : await cdp.send("Performance.getMetrics");
  await page.keyboard.type(typedText);
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))),
  );
  const after = profile ? undefined : await cdp.send("Performance.getMetrics");
  const commits = await page.evaluate(() => window.__bench.commits);
  await page.keyboard.press("Tab");
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))),
  );
  const commitsWithBlur = await page.evaluate(() => window.__bench.commits);
  const value = await email.inputValue();
  await context.close();
  if (value !== typedText) throw new Error(`${url}: typed "${value}", expected "${typedText}"`);
  const scriptMs =
    ((metric(after, "ScriptDuration") - metric(before, "ScriptDuration")) * 1000) /
    typedText.length;
  const taskMs =
    ((metric(after, "TaskDuration") - metric(before, "TaskDuration")) * 1000) / typedText.length;
  const cpuMs =
    ((metric(after, "ThreadTime") - metric(before, "ThreadTime")) * 1000) / typedText.length;
  return { loadCommits, commits, blurCommits: commitsWithBlur - commits, scriptMs, taskMs, cpuMs };
}
