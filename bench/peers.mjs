#!/usr/bin/env node
// `npm run bench:peers`: installs the peer signup kits into bench/peers/ (its
// own package.json; never signup-kit's dependencies), builds each one's
// minimal sign-up entry exactly like ours (Vite production build, react and
// react-dom external, minified, gzipped), and prints sizes and, for the peers
// that render with no network, time to form. Writes bench/results/peers.md.
//
// Environment: BENCH_RUNS (default 15), BENCH_TIMEOUT (seconds, default 900),
// BENCH_SKIP_INSTALL=1 to reuse bench/peers/node_modules as it is.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { benchDir, buildDir, buildEntry, oursAvailable } from "./lib/build.mjs";
import { launch, median, raisedPriority, timeToForm } from "./lib/measure.mjs";
import { busyWarning, kib, machine, ms, ratio, table } from "./lib/report.mjs";
import { startServer } from "./lib/server.mjs";

const runs = Math.max(1, Number(process.env.BENCH_RUNS ?? 15));
const peersDir = join(benchDir, "peers");
const deadline = setTimeout(
  () => {
    console.error(`bench:peers: gave up after ${process.env.BENCH_TIMEOUT ?? 900} s`);
    process.exit(2);
  },
  Number(process.env.BENCH_TIMEOUT ?? 900) * 1000,
);
deadline.unref();
const log = (message) => console.error(`bench:peers: ${message}`);

/** The peers, their entry (bench/peers/entries) and what they need. */
const peers = [
  {
    name: "supertokens",
    label: "SuperTokens",
    packages: ["supertokens-auth-react", "supertokens-web-js"],
  },
  { name: "stytch", label: "Stytch", packages: ["@stytch/react"] },
  { name: "amplify", label: "Amplify UI", packages: ["@aws-amplify/ui-react", "aws-amplify"] },
  { name: "ory", label: "Ory Elements", packages: ["@ory/elements-react"] },
  {
    name: "clerk",
    label: "Clerk (loader only: its UI is fetched at run time, see below)",
    packages: ["@clerk/clerk-react"],
  },
];

// 1. Install (bench/peers/package.json pins every version; the lock file is committed).
if (process.env.BENCH_SKIP_INSTALL !== "1") {
  log("installing the peers into bench/peers/");
  const ci = existsSync(join(peersDir, "package-lock.json")) ? "ci" : "install";
  execFileSync("npm", [ci, "--no-audit", "--no-fund", "--ignore-scripts", "--loglevel=error"], {
    cwd: peersDir,
    stdio: "inherit",
    timeout: 600_000,
  });
}
const version = (name) =>
  JSON.parse(readFileSync(join(peersDir, "node_modules", name, "package.json"), "utf8")).version;

// 2. Builds: ours and the baseline from the main tree, the peers from bench/peers.
const stub = !oursAvailable();
if (stub) log("src/index.ts does not export SignupForm yet: ours is the stub (marked)");
const rows = [];
const pages = new Map();
const sizeOf = {};
for (const item of [
  { name: "ours", entry: join(benchDir, "entries/ours.tsx"), root: benchDir },
  { name: "baseline", entry: join(benchDir, "entries/baseline.tsx"), root: benchDir },
  ...peers.map((peer) => ({
    name: peer.name,
    entry: join(peersDir, "entries", `${peer.name}.tsx`),
    root: peersDir,
  })),
]) {
  log(`building ${item.name}`);
  try {
    const options = { ...item, stub, name: `peer-${item.name}` };
    sizeOf[item.name] = (await buildEntry({ ...options, kind: "size" })).sizes;
    pages.set(item.name, { ...(await buildEntry({ ...options, kind: "app" })), name: item.name });
  } catch (error) {
    log(`${item.name} failed to build: ${error.message.split("\n")[0]}`);
    sizeOf[item.name] = undefined;
  }
}

// Clerk's loader fetches clerk-js from its CDN at run time. Its npm tarball
// (the version the loader pins) holds the same files: fetch only the tarball
// (npm pack, no dependencies) and measure the files the sign-up page needs.
function clerkRuntime() {
  const { clerkRuntime: pinned } = JSON.parse(readFileSync(join(peersDir, "package.json"), "utf8"));
  const spec = `@clerk/clerk-js@${pinned["@clerk/clerk-js"]}`;
  const dir = join(buildDir, "clerk-js");
  const dist = join(dir, "package/dist");
  try {
    if (!existsSync(dist)) {
      mkdirSync(dir, { recursive: true });
      const tarball = execFileSync("npm", ["pack", spec, "--silent", "--pack-destination", dir], {
        encoding: "utf8",
        timeout: 120_000,
      }).trim();
      execFileSync("tar", ["-xzf", join(dir, tarball.split("\n").pop()), "-C", dir], {
        timeout: 60_000,
      });
    }
  } catch (error) {
    log(`could not fetch ${spec}: ${error.message.split("\n")[0]}`);
    return undefined;
  }
  const gz = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
  const files = readdirSync(dist);
  const chunk = (prefix) => files.find((file) => file.startsWith(`${prefix}_clerk.browser_`));
  return {
    spec,
    main: gz("clerk.browser.js"),
    chunks: ["signup", "ui-common", "vendors", "framework"]
      .map((prefix) => chunk(prefix))
      .filter(Boolean)
      .map((file) => [file.split("_")[0], gz(file)]),
  };
}
const clerk = clerkRuntime();

// 3. Time to form: each page once; those that render offline get `runs` runs.
const server = await startServer(buildDir, pages);
const browser = await launch();
const browserVersion = browser.version();
const times = {};
const cpu = {};
const offline = {};
try {
  const url = (name) =>
    `${server.origin}/page/${name}?fields=4&inputs=${name === "ours" || name === "baseline" ? 5 : 2}`;
  const names = [...pages.keys()];
  for (const name of names) {
    try {
      await timeToForm(browser, url(name));
      offline[name] = { ok: true };
    } catch (error) {
      offline[name] = { ok: false, blocked: error.blocked ?? [], reason: error.message };
      log(`${name}: ${error.message}`);
    }
  }
  const live = names.filter((name) => offline[name].ok);
  log(`time to form, ${runs} runs of ${live.join(", ")}`);
  const samples = Object.fromEntries(live.map((name) => [name, []]));
  for (let run = 0; run < runs; run += 1) {
    const order = run % 2 ? [...live].reverse() : live;
    for (const name of order) samples[name].push(await timeToForm(browser, url(name)));
  }
  for (const name of live) {
    times[name] = median(samples[name].map((sample) => sample.painted));
    cpu[name] = median(samples[name].map((sample) => sample.cpuMs));
  }
} finally {
  await browser.close();
  await server.close();
}

// 4. Report.
const ours = sizeOf.ours;
const oursLabel = stub ? "signup-kit (STUB)" : "signup-kit";
const timeCell = (name) => {
  if (times[name] !== undefined) return ms(times[name]);
  const state = offline[name];
  if (!state) return "did not build";
  return state.blocked.length
    ? `needs network (${state.blocked.join(", ")})`
    : "did not render offline";
};
for (const [name, label, packages] of [
  ["baseline", "hand-written baseline", "–"],
  ["ours", oursLabel, "signup-kit (this tree)"],
  ...peers.map((peer) => [
    peer.name,
    peer.label,
    peer.packages.map((pkg) => `${pkg} ${version(pkg)}`).join(", "),
  ]),
]) {
  const size = sizeOf[name];
  rows.push([
    label,
    packages,
    kib(size?.eagerGz),
    size
      ? kib(
          size.otherLazyGz +
            size.captchaGz +
            size.localeChunks.reduce((sum, chunk) => sum + chunk.gz, 0),
        )
      : "–",
    kib(size?.cssGz),
    ratio(size?.eagerGz, ours?.eagerGz),
    timeCell(name),
    times[name] !== undefined ? ratio(times[name], times.ours) : "–",
    cpu[name] !== undefined ? ms(cpu[name]) : "–",
    cpu[name] !== undefined ? ratio(cpu[name], cpu.ours) : "–",
  ]);
}
const clerkNote = clerk
  ? `Clerk's React package is a loader: at run time it fetches ${clerk.spec} from Clerk's CDN (not counted above; measured from its npm tarball): clerk.browser.js ${kib(clerk.main)} gzipped, then the sign-up UI chunks (${clerk.chunks.map(([name, bytes]) => `${name} ${kib(bytes)}`).join(", ")}).`
  : "Clerk's React package is a loader: it fetches @clerk/clerk-js from Clerk's CDN at run time (not measured: the tarball could not be fetched).";
const report = `# signup-kit vs. other embedded signup kits

${machine(browserVersion)}. Time to form: median of ${runs} runs, ms from navigation start to the painted form (main-thread CPU: the renderer main thread's CPU time until then), every request outside 127.0.0.1 blocked${raisedPriority() ? "; the bench ran at raised priority (nice -10)" : ""}.${busyWarning()}

Each entry is a minimal sign-up page (bench/peers/entries/), built like signup-kit's: Vite production build, react and react-dom external, minified; sizes gzipped. "JS" is what loads with the page; "lazy JS" the split chunks loaded later.

${table(["kit", "packages", "JS", "lazy JS", "CSS", "JS vs signup-kit", "time to form (ms)", "time vs signup-kit", "main-thread CPU (ms)", "CPU vs signup-kit"], rows)}

${clerkNote}

Reproduce: \`npm run bench:peers\`.
`;
mkdirSync(join(benchDir, "results"), { recursive: true });
writeFileSync(join(benchDir, "results", "peers.md"), report);
console.log(report);
