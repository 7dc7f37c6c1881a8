// The esbuild options size-limit uses for the JS checks in .size-limit.json:
// the published dist/index.js as a consumer's bundler sees it (react and
// react-dom external, everything else bundled, minified), with code splitting
// so that lazy chunks (captcha, locales) are separate files.
import { fileURLToPath } from "node:url";
import { eagerOnly } from "./eager-plugin.mjs";

const root = fileURLToPath(new URL("../..", import.meta.url));

/**
 * @param {"eager" | "captcha" | "marks"} mode
 * @param {string} [entry] defaults to bench/size/entry.mjs (imports dist/index.js)
 * @param {string} [outdir]
 */
export function sizeConfig(mode, entry, outdir) {
  return {
    entryPoints: [entry ?? fileURLToPath(new URL("./entry.mjs", import.meta.url))],
    absWorkingDir: root,
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    minify: true,
    treeShaking: true,
    metafile: true,
    write: true,
    allowOverwrite: true,
    outdir: outdir ?? `${root}bench/.build/size-limit/${mode}`,
    external: ["react", "react-dom", "react/*", "react-dom/*"],
    define: { "process.env.NODE_ENV": '"production"' },
    logLevel: "error",
    plugins: [eagerOnly({ mode, label: `size-limit ${mode}` })],
  };
}
