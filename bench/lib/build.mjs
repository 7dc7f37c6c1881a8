// Production builds of the benchmark entries with Vite's API (the project's
// vite.config.ts is not used), all with the same settings:
// - app builds: react bundled, for the browser runs (plus a Profiler build);
// - size builds: react and react-dom external, minified, code split; the
//   eager files (entry + static imports) are summed apart from lazy chunks.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import react from "@vitejs/plugin-react";
import { build } from "vite";
import { captchaInput, otherLocale, zodClassicInput } from "../size/eager-plugin.mjs";

export const benchDir = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const repoDir = resolve(benchDir, "..");
export const buildDir = join(benchDir, ".build");

const srcIndex = join(repoDir, "src/index.ts");
const stubEntry = join(benchDir, "entries/stub.tsx");

// BENCH_OURS_FROM=src/components/index.ts measures work in progress from
// another module that exports SignupForm.
const oursOverride = process.env.BENCH_OURS_FROM
  ? resolve(repoDir, process.env.BENCH_OURS_FROM)
  : undefined;

/** The module the "ours" entries import SignupForm from. */
export const oursModule = () => oursOverride ?? srcIndex;

/** Does src/index.ts (or BENCH_OURS_FROM) export SignupForm yet? */
export function oursAvailable() {
  const file = oursOverride ?? srcIndex;
  return existsSync(file) && /\bSignupForm\b/.test(readFileSync(file, "utf8"));
}

/** Points the entries' `../../src/index` at the stub (or at BENCH_OURS_FROM). */
function stubPlugin(useStub) {
  return {
    name: "bench:stub",
    enforce: "pre",
    resolveId(source, importer) {
      if (importer?.startsWith(join(benchDir, "entries")) && source === "../../src/index") {
        if (useStub) return stubEntry;
        if (oursOverride) return oursOverride;
      }
      return null;
    },
  };
}

const gz = (code) => gzipSync(code, { level: 9 }).length;

/**
 * @param {{ name: string, entry: string, root?: string, kind: "app" | "profile" | "size", stub?: boolean }} options
 */
export async function buildEntry({ name, entry, root = benchDir, kind, stub = false }) {
  const outDir = join(buildDir, kind, name);
  const size = kind === "size";
  const result = await build({
    configFile: false,
    root,
    logLevel: "error",
    publicDir: false,
    mode: "production",
    plugins: [stubPlugin(stub), react()],
    define: { __BENCH_PROFILE__: JSON.stringify(kind === "profile") },
    resolve: {
      dedupe: ["react", "react-dom"],
      alias:
        kind === "profile"
          ? [{ find: /^react-dom\/client$/, replacement: "react-dom/profiling" }]
          : [],
    },
    build: {
      outDir,
      emptyOutDir: true,
      target: "es2022",
      minify: true,
      sourcemap: false,
      modulePreload: false,
      reportCompressedSize: false,
      chunkSizeWarningLimit: 100_000,
      cssCodeSplit: true,
      rollupOptions: {
        input: { main: entry },
        external: size ? [/^react(?:-dom)?(?:\/.*)?$/] : [],
        output: {
          format: "es",
          entryFileNames: "[name].js",
          chunkFileNames: "[name]-[hash].js",
          assetFileNames: "[name]-[hash][extname]",
        },
      },
    },
  });
  const output = (Array.isArray(result) ? result[0] : result).output;
  const base = `/build/${relative(buildDir, outDir)}`;
  const chunks = output.filter((item) => item.type === "chunk");
  const css = output.filter((item) => item.type === "asset" && item.fileName.endsWith(".css"));
  return {
    name,
    js: `${base}/main.js`,
    css: css.map((asset) => `${base}/${asset.fileName}`),
    sizes: size ? measureChunks(chunks, css) : undefined,
  };
}

/** Eager vs lazy gzipped bytes of one size build. */
function measureChunks(chunks, cssAssets) {
  const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const eager = new Set();
  const queue = chunks.filter((chunk) => chunk.isEntry).map((chunk) => chunk.fileName);
  while (queue.length > 0) {
    const fileName = queue.pop();
    if (eager.has(fileName) || !byName.has(fileName)) continue;
    eager.add(fileName);
    queue.push(...byName.get(fileName).imports);
  }
  const moduleIds = (chunk) => chunk.moduleIds ?? Object.keys(chunk.modules ?? {});
  const sum = (list) => list.reduce((total, chunk) => total + gz(chunk.code), 0);
  const eagerChunks = chunks.filter((chunk) => eager.has(chunk.fileName));
  const lazyChunks = chunks.filter((chunk) => !eager.has(chunk.fileName));
  const captcha = lazyChunks.filter((chunk) =>
    moduleIds(chunk).some((id) => captchaInput.test(id)),
  );
  const locales = lazyChunks.filter((chunk) => moduleIds(chunk).some((id) => otherLocale(id)));
  const eagerIds = eagerChunks.flatMap(moduleIds);
  return {
    eagerGz: sum(eagerChunks),
    eagerRaw: eagerChunks.reduce((total, chunk) => total + Buffer.byteLength(chunk.code), 0),
    captchaGz: sum(captcha),
    captchaEager: eagerIds.some((id) => captchaInput.test(id)),
    localeChunks: locales.map((chunk) => ({ file: chunk.fileName, gz: gz(chunk.code) })),
    localesEager: eagerIds.filter((id) => otherLocale(id)),
    zodClassic: eagerIds.some((id) => zodClassicInput.test(id)),
    otherLazyGz: sum(
      lazyChunks.filter((chunk) => !captcha.includes(chunk) && !locales.includes(chunk)),
    ),
    cssGz: cssAssets.reduce((total, asset) => total + gz(asset.source), 0),
    heaviest: heaviestPackages(eagerChunks),
  };
}

/** Rendered (minified, pre-gzip) bytes by package or src folder, for "why is it heavy". */
function heaviestPackages(chunks) {
  const totals = new Map();
  for (const chunk of chunks) {
    for (const [id, info] of Object.entries(chunk.modules ?? {})) {
      const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(id);
      // Virtual modules (Vite's preload helper) have ids that start with a NUL byte.
      const plain = id.replace(/^\0/, "");
      const key = match ? match[1] : relative(repoDir, plain).split("/").slice(0, 2).join("/");
      totals.set(key, (totals.get(key) ?? 0) + (info.renderedLength ?? 0));
    }
  }
  return [...totals.entries()].sort((a, b) => b[1] - a[1]).slice(0, 8);
}
