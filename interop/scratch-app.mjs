// The scratch app: the kit as a product team gets it. `npm pack` of this
// repository, installed with react/react-dom into a temporary directory
// outside the repository, and a small page bundled there with Vite. Also
// copies react-stormpath's UMD page (React 15) into a directory of its own.
import { spawn } from "node:child_process";
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, "..");
const require = createRequire(import.meta.url);

/** Runs a command (not blocking: the servers start meanwhile); rejects on a non-zero exit. */
function run(command, args, cwd) {
  return new Promise((resolveRun, reject) => {
    const child = spawn(command, args, {
      cwd,
      stdio: ["ignore", "ignore", "pipe"],
      env: process.env,
    });
    let stderr = "";
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("error", reject);
    child.on("exit", (code) =>
      code === 0
        ? resolveRun(undefined)
        : reject(new Error(`${command} ${args.join(" ")} failed (${code})\n${stderr}`)),
    );
  });
}

/** The package's non-optional peers, pinned to the versions in its devDependencies. */
function requiredPeers(own) {
  const optional = own.peerDependenciesMeta ?? {};
  return Object.fromEntries(
    Object.keys(own.peerDependencies ?? {})
      .filter((name) => !optional[name]?.optional)
      .map((name) => [name, own.devDependencies?.[name] ?? own.peerDependencies[name]]),
  );
}

/**
 * Creates the temporary directory and names the page directories in it (the
 * servers can start before the pages are built). `cleanup()` removes it all.
 * @returns {{ root: string, kitPage: string, reactStormpathPage: string, cleanup: () => void }}
 */
export function scratchDirs() {
  // A run killed before its teardown leaves its directory behind: drop those older than an hour.
  for (const name of readdirSync(tmpdir())) {
    const path = join(tmpdir(), name);
    try {
      if (name.startsWith("signup-kit-interop-") && Date.now() - statSync(path).mtimeMs > 3_600_000)
        rmSync(path, { recursive: true, force: true });
    } catch {
      // Another run's directory, gone meanwhile: nothing to do.
    }
  }
  const root = mkdtempSync(join(tmpdir(), "signup-kit-interop-"));
  return {
    root,
    kitPage: join(root, "kit-page"),
    reactStormpathPage: join(root, "react-stormpath-page"),
    cleanup: () => rmSync(root, { recursive: true, force: true }),
  };
}

/**
 * Packs the kit, installs it into a new app in `dirs.root` and bundles the
 * pages into `dirs.kitPage` and `dirs.reactStormpathPage`.
 * @param {{ root: string, kitPage: string, reactStormpathPage: string }} dirs
 */
export async function buildScratchApp({ root, kitPage, reactStormpathPage }) {
  {
    // 1. The package exactly as npm would publish it.
    await run("npm", ["pack", "--silent", "--pack-destination", root], repo);
    const tarball = readdirSync(root).find((name) => name.endsWith(".tgz"));
    if (!tarball) throw new Error("npm pack produced no tarball");

    // 2. A consumer app: the tarball plus its required peers, at the versions
    //    the repository tests with (what a product team installs beside it).
    const app = join(root, "app");
    mkdirSync(join(app, "src"), { recursive: true });
    const own = JSON.parse(readFileSync(join(repo, "package.json"), "utf8"));
    writeFileSync(
      join(app, "package.json"),
      JSON.stringify(
        {
          name: "signup-kit-interop-app",
          private: true,
          type: "module",
          dependencies: { "signup-kit": `file:../${tarball}`, ...requiredPeers(own) },
        },
        null,
        2,
      ),
    );
    // Everything it needs is in npm's cache after the repository's own install.
    await run(
      "npm",
      [
        "install",
        "--prefer-offline",
        "--no-audit",
        "--no-fund",
        "--ignore-scripts",
        "--loglevel=error",
      ],
      app,
    );

    // 3. The page, bundled in the app with the repository's Vite.
    cpSync(join(here, "page/kit-app.tsx"), join(app, "src/kit-app.tsx"));
    cpSync(join(here, "page/index.html"), join(app, "index.html"));
    const { build } = await import("vite");
    const { default: react } = await import("@vitejs/plugin-react");
    await build({
      root: app,
      configFile: false,
      logLevel: "warn",
      publicDir: false,
      plugins: [react()],
      build: { outDir: kitPage, emptyOutDir: true, sourcemap: false, minify: false },
    });

    // 4. react-stormpath 2.0.1's UMD build on React 15.6.2, in a page of its own.
    mkdirSync(reactStormpathPage);
    const umd = {
      "react.js": require.resolve("react-15/dist/react.js"),
      "react-dom.js": require.resolve("react-dom-15/dist/react-dom.js"),
      "react-stormpath.js": require.resolve("react-stormpath/dist/stormpath-sdk-react.js"),
    };
    for (const [name, file] of Object.entries(umd)) cpSync(file, join(reactStormpathPage, name));
    cpSync(join(here, "page/react-stormpath.html"), join(reactStormpathPage, "index.html"));
    cpSync(join(here, "page/react-stormpath-app.js"), join(reactStormpathPage, "app.js"));
  }
}
