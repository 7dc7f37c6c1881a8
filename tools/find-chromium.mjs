// Browser discovery, shared by Playwright, Vitest browser mode, Storybook tests
// and the benchmarks. It never downloads a browser.
import { existsSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";

/** Flags that keep Chromium quiet on a machine with no outside network. */
export const chromiumArgs = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-dev-shm-usage",
];

function fromPath(name) {
  try {
    const out = execFileSync("sh", ["-c", `command -v ${name}`], { encoding: "utf8" }).trim();
    return out && existsSync(out) ? out : undefined;
  } catch {
    return undefined;
  }
}

function playwrightOwn() {
  try {
    const require = createRequire(import.meta.url);
    const { chromium } = require("playwright-core");
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The Chromium to use, in order: PLAYWRIGHT_CHROMIUM_EXECUTABLE, Playwright's
 * own installed browser, then chromium / chromium-browser / google-chrome on PATH.
 * Returns undefined when none is found.
 */
export function findChromium() {
  const fromEnv = process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`PLAYWRIGHT_CHROMIUM_EXECUTABLE points at ${fromEnv}, which does not exist.`);
  }
  return (
    playwrightOwn() ??
    (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined) ??
    fromPath("chromium") ??
    fromPath("chromium-browser") ??
    fromPath("google-chrome")
  );
}

export const missingBrowserMessage =
  "No Chromium found: install one (Debian: `apt-get install chromium`) or set PLAYWRIGHT_CHROMIUM_EXECUTABLE to its path.";

/** Like findChromium, but throws a one-line error that says how to install one. */
export function requireChromium() {
  const path = findChromium();
  if (!path) throw new Error(missingBrowserMessage);
  return path;
}

/** Launch options for playwright's chromium.launch() and the Vitest provider. */
export function chromiumLaunchOptions() {
  return { executablePath: requireChromium(), args: chromiumArgs };
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  const path = findChromium();
  if (path) {
    console.log(path);
  } else {
    console.error(missingBrowserMessage);
    process.exit(1);
  }
}
