#!/usr/bin/env node
// `npm test`: every layer in order, each one's result printed, and a closing
// line that sums the runners' own counts. Exits non-zero when any layer fails.
// Run one layer with its own script (npm run test:unit, test:e2e, ...).
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, readdirSync, readlinkSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";

const resultsDir = ".test-results";
rmSync(resultsDir, { recursive: true, force: true });
mkdirSync(resultsDir, { recursive: true });

/** @type {{ name: string, command: string, timeoutSeconds?: number, counts?: () => { passed: number, failed: number, skipped: number } }[]} */
const layers = [
  { name: "lint", command: "npm run -s lint" },
  { name: "openapi", command: "npm run -s lint:openapi" },
  // Includes the type tests of the public types (src/**/*.test-d.ts).
  { name: "typecheck", command: "npm run -s typecheck" },
  {
    // The docs site from docs/ (VitePress fails on a dead link between pages),
    // then every href and #id of the built site checked; nothing is fetched.
    name: "docs",
    command: `npm run -s docs:build -- --json ${resultsDir}/docs.json`,
    counts: () =>
      existsSync(join(resultsDir, "docs.json"))
        ? JSON.parse(readFileSync(join(resultsDir, "docs.json"), "utf8"))
        : undefined,
  },
  {
    name: "unit",
    command: `npx vitest run --project unit --project node --reporter=default --reporter=json --outputFile.json=${resultsDir}/unit.json`,
    counts: () => vitestCounts(join(resultsDir, "unit.json")),
  },
  {
    name: "storybook",
    command: `npx vitest run --project storybook --reporter=default --reporter=json --outputFile.json=${resultsDir}/storybook.json`,
    counts: () => vitestCounts(join(resultsDir, "storybook.json")),
  },
  { name: "build", command: "npm run -s build" },
  {
    // The public API report: api/*.api.md against the declarations just built
    // (docs/testing.md, "The public API report").
    name: "api",
    // `exec`: the timeout stops node itself, not only the shell around it.
    command: "exec node scripts/api-report.mjs",
    timeoutSeconds: 300,
  },
  { name: "package", command: "npm run -s test:package" },
  {
    // Real express-stormpath 3.2.0 and react-stormpath 2.0.1 against the packed kit and the mock.
    name: "interop",
    command: "npx playwright test -c interop/playwright.config.ts",
    // Absolute: Playwright resolves this name against the config's folder.
    env: { PLAYWRIGHT_JSON_OUTPUT_NAME: join(process.cwd(), resultsDir, "interop.json") },
    counts: () => playwrightCounts(join(resultsDir, "interop.json")),
  },
  {
    // The packed tarball in scratch apps (npm, pnpm, yarn; newest and lowest
    // peers; the Next.js example): needs the npm registry.
    name: "install",
    command: "npm run -s test:install",
    env: { INSTALL_TEST_RESULTS: join(resultsDir, "install.json") },
    counts: () =>
      existsSync(join(resultsDir, "install.json"))
        ? JSON.parse(readFileSync(join(resultsDir, "install.json"), "utf8"))
        : undefined,
  },
  {
    name: "e2e",
    command: "npx playwright test",
    env: { PLAYWRIGHT_JSON_OUTPUT_NAME: join(resultsDir, "e2e.json") },
    counts: () => playwrightCounts(join(resultsDir, "e2e.json")),
  },
  {
    // Screenshots of the design stories against the baselines in visual/__screenshots__.
    name: "visual",
    command:
      "npx storybook build -o storybook-static --quiet && npx playwright test -c playwright.visual.config.ts",
    env: { PLAYWRIGHT_JSON_OUTPUT_NAME: join(resultsDir, "visual.json") },
    counts: () => playwrightCounts(join(resultsDir, "visual.json")),
  },
];

function vitestCounts(file) {
  if (!existsSync(file)) return undefined;
  const report = JSON.parse(readFileSync(file, "utf8"));
  return {
    passed: report.numPassedTests ?? 0,
    failed: report.numFailedTests ?? 0,
    skipped: (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0),
  };
}

function playwrightCounts(file) {
  if (!existsSync(file)) return undefined;
  const stats = JSON.parse(readFileSync(file, "utf8")).stats ?? {};
  return {
    passed: (stats.expected ?? 0) + (stats.flaky ?? 0),
    failed: stats.unexpected ?? 0,
    skipped: stats.skipped ?? 0,
  };
}

const only = process.argv.slice(2);
const summary = [];
for (const layer of layers) {
  if (only.length > 0 && !only.includes(layer.name)) continue;
  console.log(`\n━━ ${layer.name}: ${layer.command}`);
  const started = Date.now();
  const run = spawnSync(layer.command, {
    shell: true,
    stdio: "inherit",
    env: { ...process.env, ...layer.env },
    ...(layer.timeoutSeconds
      ? { timeout: layer.timeoutSeconds * 1000, killSignal: "SIGKILL" }
      : {}),
  });
  if (run.error?.code === "ETIMEDOUT")
    console.log(`━━ ${layer.name}: stopped after ${layer.timeoutSeconds}s`);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const ok = run.status === 0;
  const counts = layer.counts?.();
  summary.push({ name: layer.name, ok, seconds, counts });
  console.log(`━━ ${layer.name}: ${ok ? "passed" : "FAILED"} in ${seconds}s`);
}

/**
 * Processes still running from this checkout (their working directory or
 * command line is inside it), other than this one and its ancestors. Linux
 * reads /proc; elsewhere `ps` gives command lines only.
 */
function leftovers() {
  const root = resolve(".");
  const inside = (text) => text === root || text.includes(root + "/") || text.includes(root + " ");
  const mine = new Set([process.pid, process.ppid]);
  const found = [];
  if (existsSync("/proc/self/stat")) {
    const parentOf = (pid) => {
      try {
        // "pid (comm) state ppid …": comm may hold spaces, so read after the last ")".
        const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
        return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      } catch {
        return 0;
      }
    };
    // Our ancestors (npm, the shell) and our siblings (a pipe such as `| tail`) are not leftovers.
    for (let pid = process.ppid; pid > 1; pid = parentOf(pid)) mine.add(pid);
    for (const entry of readdirSync("/proc")) {
      const pid = Number(entry);
      if (!Number.isInteger(pid) || mine.has(pid) || parentOf(pid) === process.ppid) continue;
      try {
        const args = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").join(" ").trim();
        let cwd = "";
        try {
          cwd = readlinkSync(`/proc/${pid}/cwd`);
        } catch {
          // Another user's process: its command line still tells.
        }
        if (args && (inside(cwd) || inside(args))) found.push(`${pid} ${args.slice(0, 160)}`);
      } catch {
        // Gone meanwhile.
      }
    }
    return found;
  }
  const ps = spawnSync("ps", ["-eo", "pid=,args="], { encoding: "utf8" });
  for (const line of (ps.stdout ?? "").split("\n")) {
    const [pid, ...rest] = line.trim().split(/\s+/);
    const args = rest.join(" ");
    if (pid && !mine.has(Number(pid)) && inside(args)) found.push(`${pid} ${args.slice(0, 160)}`);
  }
  return found;
}

// Every layer stops what it started: anything still running from this checkout fails the run.
{
  const started = Date.now();
  let left = leftovers();
  // Give teardown a moment (a browser closing, a server flushing), then decide.
  while (left.length > 0 && Date.now() - started < 10_000) {
    spawnSync("sleep", ["1"]);
    left = leftovers();
  }
  const ok = left.length === 0;
  summary.push({ name: "processes", ok, seconds: ((Date.now() - started) / 1000).toFixed(1) });
  console.log(
    ok
      ? "\n━━ processes: nothing from this checkout is still running"
      : `\n━━ processes: FAILED, still running from this checkout:\n  ${left.join("\n  ")}`,
  );
}

let passed = 0;
let failed = 0;
let skipped = 0;
console.log("\nLayer results:");
for (const { name, ok, seconds, counts } of summary) {
  const detail = counts ? ` (${counts.passed} passed, ${counts.failed} failed)` : "";
  console.log(`  ${ok ? "✔" : "✘"} ${name.padEnd(10)} ${seconds.padStart(6)}s${detail}`);
  if (counts) {
    passed += counts.passed;
    failed += counts.failed;
    skipped += counts.skipped;
  }
  // A failing layer without a test count (lint, types, build, size) counts once.
  if (!ok && !(counts && counts.failed > 0)) failed += 1;
}
const failedLayers = summary.filter((layer) => !layer.ok).map((layer) => layer.name);
if (failedLayers.length > 0) console.log(`\nFailed layers: ${failedLayers.join(", ")}`);
console.log(`\ntests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exit(failedLayers.length > 0 ? 1 : 0);
