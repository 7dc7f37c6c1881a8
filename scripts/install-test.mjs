#!/usr/bin/env node
// The `install` test layer: signup-kit installed the way product teams install
// it. The packed tarball goes into scratch apps (temporary folders outside the
// repository, removed at the end) with npm, pnpm (latest) and yarn from the
// registry, once with the newest and once with the lowest versions of each
// peer range in package.json. Each app installs with no install-script
// approvals, holds no msw, builds with Vite and, in Chromium, renders the form
// and signs up against the mock (`createMockBackend().handle` from the app's
// own copy). An app one minor release behind on react-hook-form and zod keeps
// one copy of each; the CLI starts without msw; the Next.js App Router example
// (examples/nextjs-app) builds, starts and signs up.
//
// Needs `npm run build` first (dist/). Network: the npm registry only.
// Environment: INSTALL_TEST_ONLY=npm-newest,next (a subset of the jobs).
import { execFileSync, spawn } from "node:child_process";
import {
  cpSync,
  createReadStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { createHash } from "node:crypto";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { extname, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium } from "@playwright/test";
import { chromiumLaunchOptions } from "../tools/find-chromium.mjs";

const root = resolve(import.meta.dirname, "..");
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
const LIMIT_S = Number(process.env.INSTALL_TEST_TIMEOUT ?? 540);
const only = (process.env.INSTALL_TEST_ONLY ?? "").split(",").filter(Boolean);
const resultsFile = process.env.INSTALL_TEST_RESULTS;

const work = mkdtempSync(join(tmpdir(), "signup-kit-install-"));
const children = new Set();
let cleaned = false;
function cleanUp() {
  if (cleaned) return;
  cleaned = true;
  for (const child of children) {
    try {
      process.kill(-child.pid, "SIGKILL");
    } catch {
      // Already gone.
    }
  }
  rmSync(work, { recursive: true, force: true });
}
process.on("exit", cleanUp);
for (const signal of ["SIGINT", "SIGTERM"])
  process.on(signal, () => {
    cleanUp();
    process.exit(130);
  });
const deadline = setTimeout(() => {
  console.error(`install: gave up after ${LIMIT_S} s`);
  cleanUp();
  process.exit(2);
}, LIMIT_S * 1000);
deadline.unref();

const results = [];
const started = Date.now();
const log = (message) =>
  console.log(`install [${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s] ${message}`);
function check(job, name, ok, detail = "") {
  detail = String(detail).replaceAll(work, "<scratch>");
  results.push({ job, name, ok });
  log(`${ok ? "✓" : "✗"} ${job}: ${name}${detail ? ` (${detail})` : ""}`);
}

/** Runs a command in its own process group; resolves with its output, rejects on failure. */
function run(command, args, cwd, { env = {}, timeout = 300_000 } = {}) {
  // npm run sets npm_* variables that would steer pnpm and yarn: drop them.
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key)),
  );
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, {
      cwd,
      env: { ...clean, CI: "1", ...env },
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
    });
    children.add(child);
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid, "SIGKILL");
      } catch {
        // Gone.
      }
    }, timeout);
    child.on("close", (code) => {
      clearTimeout(timer);
      children.delete(child);
      if (code === 0) resolvePromise(output);
      else reject(new Error(`${command} ${args.join(" ")} exited ${code}\n${output.slice(-3000)}`));
    });
  });
}

/** The lowest version a range allows: `^18.0.0 || ^19.0.0` → `18.0.0`. */
function lowest(range) {
  const first = range
    .split("||")[0]
    .trim()
    .replace(/^[\^~>=\s]+/, "");
  const [major, minor = "0", patch = "0"] = first.split(".");
  return `${major}.${minor}.${patch}`;
}

const peerNames = ["react", "react-dom", "react-hook-form", "zod"];
const versionSets = {
  newest: Object.fromEntries(peerNames.map((name) => [name, pkg.peerDependencies[name]])),
  lowest: Object.fromEntries(peerNames.map((name) => [name, lowest(pkg.peerDependencies[name])])),
};
const VITE = pkg.devDependencies.vite;

// 1. The tarball, named by its content (yarn caches file: tarballs by name).
if (!existsSync(join(root, "dist/index.js"))) {
  console.error("install: dist/ is missing; run `npm run build` first.");
  process.exit(1);
}
const packed = execFileSync("npm", ["pack", "--silent", "--pack-destination", work], {
  cwd: root,
  encoding: "utf8",
})
  .trim()
  .split("\n")
  .pop();
const hash = createHash("sha256")
  .update(readFileSync(join(work, packed)))
  .digest("hex")
  .slice(0, 12);
const tarball = join(work, `signup-kit-${hash}.tgz`);
renameSync(join(work, packed), tarball);
log(`packed ${packed} → ${tarball.replace(work, "<scratch>")}`);

const managers = {
  npm: { command: "npm", install: ["install", "--no-audit", "--no-fund", "--loglevel=error"] },
  pnpm: { command: "npx", install: ["--yes", "pnpm@latest", "install", "--reporter=append-only"] },
  yarn: {
    command: "npx",
    // yarn 1 extracts into a shared cache folder: two at once race, so they take turns.
    install: [
      "--yes",
      "yarn",
      "install",
      "--non-interactive",
      "--no-progress",
      "--mutex",
      `file:${join(work, ".yarn-mutex")}`,
    ],
  },
};

const MAIN = `import { createElement } from "react";
import { createRoot } from "react-dom/client";
import { SignupForm } from "signup-kit";
import "signup-kit/styles.css";

createRoot(document.getElementById("root")).render(
  createElement(SignupForm, { endpoint: "/register" }),
);
`;
const HTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>scratch</title></head>
<body><main id="root"></main><script type="module" src="/main.js"></script></body></html>
`;

function writeApp(dir, dependencies) {
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, "package.json"),
    JSON.stringify(
      {
        name: "scratch-app",
        private: true,
        type: "module",
        dependencies: { "signup-kit": `file:${tarball}`, ...dependencies },
        devDependencies: { vite: VITE },
      },
      null,
      2,
    ),
  );
  writeFileSync(join(dir, "index.html"), HTML);
  writeFileSync(join(dir, "main.js"), MAIN);
}

/** Every folder named `msw` (or `msw@…` in pnpm's store) under node_modules. */
function mswCopies(dir) {
  const found = [];
  const walk = (folder, depth) => {
    if (depth > 6 || !existsSync(folder)) return;
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      if (!entry.isDirectory()) continue;
      if (entry.name === "msw" || entry.name.startsWith("msw@"))
        found.push(join(folder, entry.name));
      else if (entry.name === "node_modules" || entry.name === ".pnpm" || depth < 1)
        walk(join(folder, entry.name), depth + 1);
      else if (folder.endsWith("node_modules") || folder.endsWith(".pnpm"))
        walk(join(folder, entry.name), depth + 1);
    }
  };
  walk(join(dir, "node_modules"), 1);
  return found;
}

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
};

/** Serves dist/ and answers every other path with the app's own mock (no msw). */
async function serveApp(dir) {
  const mockEntry = join(dir, "node_modules/signup-kit/dist/mock/index.js");
  const { createMockBackend } = await import(pathToFileURL(mockEntry).href);
  const backend = createMockBackend();
  const dist = join(dir, "dist");
  const server = createServer(async (req, res) => {
    const path = new URL(req.url ?? "/", "http://x").pathname;
    const file = join(dist, path === "/" ? "index.html" : path);
    if (file.startsWith(dist) && existsSync(file) && statSync(file).isFile()) {
      res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
      createReadStream(file).pipe(res);
      return;
    }
    const chunks = [];
    for await (const chunk of req) chunks.push(chunk);
    const body = chunks.length ? Buffer.concat(chunks) : undefined;
    const response = await backend.handle(
      new Request(new URL(req.url ?? "/", `http://${req.headers.host}`), {
        method: req.method,
        headers: Object.entries(req.headers).filter(([, value]) => typeof value === "string"),
        ...(body ? { body } : {}),
      }),
    );
    res.writeHead(response.status, Object.fromEntries(response.headers));
    res.end(Buffer.from(await response.arrayBuffer()));
  });
  await new Promise((done) => server.listen(0, "127.0.0.1", done));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    backend,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(done);
      }),
  };
}

let browserPromise;
const browser = () => (browserPromise ??= chromium.launch(chromiumLaunchOptions()));

/** Opens the page, fills the default form, submits; resolves with what the page shows. */
async function signUp(url, { scenario } = {}) {
  const context = await (await browser()).newContext();
  const page = await context.newPage();
  const problems = [];
  page.on("pageerror", (error) => problems.push(error.message));
  page.on("console", (message) => {
    // Browsers ask for /favicon.ico on their own.
    if (message.location().url.endsWith("/favicon.ico")) return;
    if (message.type() === "error" || message.type() === "warning") problems.push(message.text());
  });
  try {
    await page.goto(url);
    const field = (name) => page.locator(`form [name="${name}"]`);
    await field("givenName").fill("Ada");
    await field("surname").fill("Lovelace");
    const email = `ada.${Date.now().toString(36)}@example.com`;
    await field("email").fill(email);
    await field("password").fill("correct horse battery staple");
    await page.locator('form button[type="submit"]').click();
    if (scenario === "network-error") {
      await page.getByText("may or may not have been created").waitFor({ timeout: 20_000 });
      return { email, problems, shown: "network-error" };
    }
    await page.getByRole("heading", { name: "Your account is ready" }).waitFor({ timeout: 20_000 });
    return { email, problems, shown: "success" };
  } catch (error) {
    const text = (
      await page
        .locator("body")
        .innerText()
        .catch(() => "")
    ).slice(0, 300);
    throw new Error(
      `${error.message.split("\n")[0]}; page: ${JSON.stringify(text)}; console: ${problems.join(" | ")}`,
    );
  } finally {
    await context.close();
  }
}

async function viteJob(manager, set) {
  const job = `${manager}-${set}`;
  try {
    await viteChecks(manager, set, job);
  } finally {
    // Free the disk while other jobs run (the CLI check reuses npm-newest).
    if (job !== "npm-newest") rmSync(join(work, job), { recursive: true, force: true });
  }
}

async function viteChecks(manager, set, job) {
  const dir = join(work, job);
  writeApp(dir, versionSets[set]);
  const { command, install } = managers[manager];
  const began = Date.now();
  try {
    await run(command, install, dir);
    check(
      job,
      `${manager} install with no approvals`,
      true,
      `${((Date.now() - began) / 1000).toFixed(0)} s`,
    );
  } catch (error) {
    check(job, `${manager} install with no approvals`, false, error.message);
    return;
  }
  const installed = (name) =>
    JSON.parse(readFileSync(join(dir, "node_modules", name, "package.json"), "utf8")).version;
  log(`${job}: ${peerNames.map((name) => `${name} ${installed(name)}`).join(", ")}`);
  if (set === "lowest")
    check(
      job,
      "lowest peer versions installed",
      peerNames.every((name) => installed(name) === versionSets.lowest[name]),
    );
  const msw = mswCopies(dir);
  check(job, "no msw installed", msw.length === 0, msw.join(", "));
  if (manager === "npm") {
    const listed = await run("npm", ["ls", "msw", "--all", "--parseable"], dir).catch(
      (e) => e.message,
    );
    check(job, "`npm ls msw` is empty", listed.trim() === "", listed.trim());
  }
  const entry = readFileSync(join(dir, "node_modules/signup-kit/dist/index.js"), "utf8");
  check(job, '"use client" kept on the installed entry', entry.startsWith('"use client";'));
  if (manager === "npm" && set === "newest") await typesCheck(job, dir);
  try {
    await run(
      "node",
      [join(dir, "node_modules/vite/bin/vite.js"), "build", "--logLevel", "warn"],
      dir,
    );
    check(job, "vite build", true);
  } catch (error) {
    check(job, "vite build", false, error.message);
    return;
  }
  const server = await serveApp(dir);
  try {
    const outcome = await signUp(`${server.origin}/`);
    const stored = server.backend.accounts().map((account) => account.email);
    check(job, "renders, signs up against the mock", stored.includes(outcome.email));
    check(
      job,
      "no console error or warning",
      outcome.problems.length === 0,
      outcome.problems.join(" | "),
    );
  } catch (error) {
    check(job, "renders, signs up against the mock", false, error.message.split("\n")[0]);
  } finally {
    await server.close();
  }
}

/** A plain TypeScript project: the stylesheet import and the public types check with no declaration of the app's own. */
async function typesCheck(job, dir) {
  writeFileSync(
    join(dir, "check.ts"),
    `import "signup-kit/styles.css";
import type { SignupFormProps } from "signup-kit";
import { createMockBackend } from "signup-kit/mock";

export const props: SignupFormProps = { endpoint: "/register", submitTimeout: 30_000 };
export const handle = (request: Request): Promise<Response> => createMockBackend().handle(request);
`,
  );
  writeFileSync(
    join(dir, "tsconfig.json"),
    JSON.stringify({
      compilerOptions: {
        target: "ES2022",
        module: "ESNext",
        moduleResolution: "bundler",
        lib: ["ES2022", "DOM"],
        strict: true,
        noEmit: true,
        skipLibCheck: true,
        noUncheckedSideEffectImports: true,
        types: [],
      },
      files: ["check.ts"],
    }),
  );
  const name = "tsc: the styles.css import and public types check with no declaration of the app's";
  try {
    await run("node", [join(root, "node_modules/typescript/bin/tsc"), "-p", dir], dir);
    check(job, name, true);
  } catch (error) {
    check(job, name, false, error.message);
  }
}

async function oneBehindJob() {
  const job = "npm-one-minor-behind";
  const dir = join(work, job);
  const behind = (version) => {
    const [major, minor] = version.split(".").map(Number);
    return `~${major}.${minor - 1}.0`;
  };
  const rhf = behind(pkg.devDependencies["react-hook-form"]);
  const zod = behind(pkg.devDependencies.zod);
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, "package.json"),
    JSON.stringify({
      name: "scratch-behind",
      private: true,
      dependencies: {
        "signup-kit": `file:${tarball}`,
        react: "^19.0.0",
        "react-dom": "^19.0.0",
        "react-hook-form": rhf,
        zod,
      },
    }),
  );
  try {
    await run("npm", managers.npm.install, dir);
  } catch (error) {
    check(job, "npm install", false, error.message);
    return;
  }
  for (const name of ["react-hook-form", "zod"]) {
    const listed = await run("npm", ["ls", name, "--all", "--parseable"], dir).catch(
      (e) => e.message,
    );
    const copies = listed.trim().split("\n").filter(Boolean);
    const version = JSON.parse(
      readFileSync(join(dir, "node_modules", name, "package.json"), "utf8"),
    ).version;
    check(
      job,
      `one copy of ${name} (${version}, app asks ${name === "zod" ? zod : rhf})`,
      copies.length === 1,
      copies.join(", "),
    );
  }
}

async function cliJob() {
  const job = "cli";
  const dir = join(work, "npm-newest");
  const cli = join(dir, "node_modules/signup-kit/dist/mock/cli.js");
  if (!existsSync(cli))
    return check(job, "signup-kit-mock starts without msw", false, "npm-newest did not install");
  const child = spawn("node", [cli, "--port", "0"], {
    cwd: dir,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.add(child);
  try {
    const url = await new Promise((done, fail) => {
      let text = "";
      const timer = setTimeout(() => fail(new Error(`no URL printed: ${text}`)), 20_000);
      const read = (chunk) => {
        text += chunk;
        const match = /http:\/\/127\.0\.0\.1:\d+/.exec(text);
        if (!match) return;
        clearTimeout(timer);
        done(match[0]);
      };
      child.stdout.on("data", read);
      child.stderr.on("data", read);
      child.on("exit", (code) => fail(new Error(`exited ${code}: ${text}`)));
    });
    const response = await fetch(`${url}/register`, { headers: { accept: "application/json" } });
    check(job, "signup-kit-mock starts without msw and serves /register", response.status === 200);
  } catch (error) {
    check(job, "signup-kit-mock starts without msw and serves /register", false, error.message);
  } finally {
    process.kill(-child.pid, "SIGTERM");
    children.delete(child);
  }
}

async function freePort() {
  const server = createServer();
  await new Promise((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address();
  await new Promise((done) => server.close(done));
  return port;
}

async function nextJob() {
  const job = "next";
  const dir = join(work, "nextjs-app");
  cpSync(join(root, "examples/nextjs-app"), dir, {
    recursive: true,
    filter: (source) => !/[/\\](node_modules|\.next)$/.test(source),
  });
  const manifest = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
  manifest.dependencies["signup-kit"] = `file:${tarball}`;
  writeFileSync(join(dir, "package.json"), JSON.stringify(manifest, null, 2));
  try {
    await run("npm", managers.npm.install, dir);
    check(job, "npm install", true);
  } catch (error) {
    check(job, "npm install", false, error.message);
    return;
  }
  const nextBin = join(dir, "node_modules/next/dist/bin/next");
  try {
    await run("node", [nextBin, "build"], dir, { env: { NEXT_TELEMETRY_DISABLED: "1" } });
    check(job, "next build (App Router page imports SignupForm, no wrapper)", true);
  } catch (error) {
    check(job, "next build (App Router page imports SignupForm, no wrapper)", false, error.message);
    return;
  }
  const port = await freePort();
  const server = spawn("node", [nextBin, "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: dir,
    detached: true,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.add(server);
  let serverLog = "";
  server.stdout.on("data", (chunk) => (serverLog += chunk));
  server.stderr.on("data", (chunk) => (serverLog += chunk));
  const origin = `http://127.0.0.1:${port}`;
  try {
    for (let tries = 0; ; tries += 1) {
      try {
        await fetch(origin);
        break;
      } catch {
        if (tries > 100) throw new Error(`next start did not answer: ${serverLog}`);
        await new Promise((done) => setTimeout(done, 200));
      }
    }
    const html = await (await fetch(origin)).text();
    check(
      job,
      "the server-rendered page holds the form (initialViewModel)",
      /<form[^>]*method="post"/.test(html) && html.includes('name="email"'),
    );
    const missing = await fetch(`${origin}/api/mock/nothing-here`);
    check(
      job,
      "route handler: unknown path is a JSON 404",
      missing.status === 404 && (await missing.json()).status === 404,
    );
    const outcome = await signUp(`${origin}/`);
    check(job, "signs up in Chromium against the route handler", outcome.shown === "success");
    check(
      job,
      "no console error or warning",
      outcome.problems.length === 0,
      outcome.problems.join(" | "),
    );
    const dropped = await signUp(`${origin}/?scenario=network-error`, {
      scenario: "network-error",
    });
    check(
      job,
      "network-error scenario: the form reports a lost connection",
      dropped.shown === "network-error",
    );
  } catch (error) {
    check(
      job,
      "next start + signup flow",
      false,
      `${error.message.split("\n")[0]}\n${serverLog.slice(-2000)}`,
    );
  } finally {
    process.kill(-server.pid, "SIGTERM");
    children.delete(server);
  }
}

// The Next.js build is the longest job: it starts first.
const jobs = {
  next: nextJob,
  "npm-newest": () => viteJob("npm", "newest"),
  "npm-lowest": () => viteJob("npm", "lowest"),
  "pnpm-newest": () => viteJob("pnpm", "newest"),
  "pnpm-lowest": () => viteJob("pnpm", "lowest"),
  "yarn-newest": () => viteJob("yarn", "newest"),
  "yarn-lowest": () => viteJob("yarn", "lowest"),
  "one-behind": oneBehindJob,
};
const selected = Object.entries(jobs).filter(([name]) => !only.length || only.includes(name));

// Installs wait on the network more than on the CPU: three jobs at a time.
const queue = [...selected];
async function worker() {
  for (let next = queue.shift(); next; next = queue.shift()) {
    const [name, job] = next;
    try {
      await job();
    } catch (error) {
      check(name, "job", false, error.stack ?? String(error));
    }
  }
}
try {
  await Promise.all([worker(), worker(), worker()]);
  if (!only.length || only.includes("npm-newest")) await cliJob();
} finally {
  if (browserPromise) await (await browserPromise).close();
}

const failed = results.filter((result) => !result.ok);
const seconds = ((Date.now() - started) / 1000).toFixed(0);
console.log(
  `\ninstall: ${results.length - failed.length} passed, ${failed.length} failed in ${seconds} s`,
);
if (resultsFile)
  writeFileSync(
    resultsFile,
    JSON.stringify({ passed: results.length - failed.length, failed: failed.length, skipped: 0 }),
  );
cleanUp();
process.exit(failed.length ? 1 : 0);
