#!/usr/bin/env node
// Where does signup-kit's time to form go? Builds the "ours" entry without
// minification, loads it in Chromium with the CPU profiler on until the form
// is painted, and prints self time by module and by function (median of a few
// loads). `node bench/profile.mjs [fields] [ours|baseline]` (default 4 ours);
// BENCH_OURS_FROM works as for `npm run bench`.
import { readFileSync } from "node:fs";
import { join, relative } from "node:path";
import react from "@vitejs/plugin-react";
import { build } from "vite";
import { benchDir, buildDir, oursAvailable, oursModule, repoDir } from "./lib/build.mjs";
import { isolatedContext, launch } from "./lib/measure.mjs";
import { startServer } from "./lib/server.mjs";

const fields = Number(process.argv[2] ?? 4);
const which = process.argv[3] === "baseline" ? "baseline" : "ours";
const loads = 5;
if (which === "ours" && !oursAvailable()) {
  console.error("profile: SignupForm is not exported yet (set BENCH_OURS_FROM)");
  process.exit(1);
}
const outDir = join(buildDir, "profile-unminified");
const entry = join(benchDir, `entries/${which}.tsx`);
await build({
  configFile: false,
  root: benchDir,
  logLevel: "error",
  publicDir: false,
  mode: "production",
  plugins: [
    {
      name: "bench:ours",
      enforce: "pre",
      resolveId: (source, importer) =>
        importer === entry && source === "../../src/index" ? oursModule() : null,
    },
    react(),
  ],
  define: { __BENCH_PROFILE__: "false" },
  build: {
    outDir,
    emptyOutDir: true,
    target: "es2022",
    minify: false,
    sourcemap: false,
    modulePreload: false,
    rollupOptions: {
      input: { main: entry },
      output: { format: "es", entryFileNames: "[name].js", chunkFileNames: "[name]-[hash].js" },
    },
  },
});

const pages = new Map([
  ["ours", { name: "ours", js: "/build/profile-unminified/main.js", css: [] }],
]);
const server = await startServer(buildDir, pages);
const browser = await launch();
// The unminified bundle marks each module with a "// path" line: map lines to modules.
const markers = readFileSync(join(outDir, "main.js"), "utf8")
  .split("\n")
  .map((line, index) => [index, /^\/\/ ((?:node_modules|src|bench)\/\S+)$/.exec(line)?.[1]])
  .filter(([, path]) => path);
function moduleOf(line) {
  let found = "(bundle prelude)";
  for (const [index, path] of markers) {
    if (index > line) break;
    found = path;
  }
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(found);
  return pkg ? pkg[1] : found;
}
const byModule = new Map();
const byFunction = new Map();
let total = 0;
try {
  for (let load = 0; load < loads; load += 1) {
    const { context } = await isolatedContext(browser);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Profiler.enable");
    await cdp.send("Profiler.setSamplingInterval", { interval: 100 });
    await cdp.send("Profiler.start");
    await page.goto(`${server.origin}/page/ours?fields=${fields}&inputs=${fields + 1}`);
    await page.waitForFunction(() => window.__bench?.formPainted, undefined, { timeout: 15_000 });
    const { profile } = await cdp.send("Profiler.stop");
    await context.close();
    // Self time per node = samples × interval.
    const counts = new Map();
    for (const id of profile.samples) counts.set(id, (counts.get(id) ?? 0) + 1);
    const interval = (profile.endTime - profile.startTime) / 1000 / profile.samples.length;
    for (const node of profile.nodes) {
      const selfMs = (counts.get(node.id) ?? 0) * interval;
      const { functionName, url, lineNumber } = node.callFrame;
      if (
        !selfMs ||
        ["(idle)", "(program)", "(garbage collector)", "(root)"].includes(functionName)
      )
        continue;
      const where = url ? `${url.replace(/^.*\/build\//, "")}:${lineNumber + 1}` : "(native)";
      const key = `${functionName || "(anonymous)"} ${where}`;
      byFunction.set(key, (byFunction.get(key) ?? 0) + selfMs / loads);
      const module = url.includes("/build/") ? moduleOf(lineNumber) : url ? "(page)" : "(native)";
      byModule.set(module, (byModule.get(module) ?? 0) + selfMs / loads);
      total += selfMs / loads;
    }
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(
  `${which}: self time of script until the form is painted (${fields} fields, mean of ${loads} loads): ${total.toFixed(1)} ms`,
);
console.log(
  `Modules are attributed by the last "// path" marker of the unminified bundle (Rolldown omits some, so a module can include the next ones).\nUnminified bundle: ${relative(repoDir, outDir)}/main.js (line numbers point there)\n`,
);
console.log("By module:");
for (const [module, selfMs] of [...byModule].sort((a, b) => b[1] - a[1]).slice(0, 20)) {
  console.log(`${selfMs.toFixed(2).padStart(8)} ms  ${module}`);
}
console.log("\nBy function:");
for (const [key, selfMs] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, 30)) {
  console.log(`${selfMs.toFixed(2).padStart(8)} ms  ${key}`);
}
