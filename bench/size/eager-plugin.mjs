// An esbuild plugin for size-limit (see .size-limit.json): the build is split
// (format esm, splitting on), so every `import()` becomes its own chunk. Before
// size-limit sums the output files, this plugin keeps only the ones a page
// pays for, and fails the build when lazy code leaks into the eager bundle:
//
// - "eager":   the entry chunk and what it imports statically. Fails when
//              hCaptcha or a locale catalogue other than English is in it.
// - "captcha": the eager files plus the lazy chunks that hold hCaptcha (not
//              the locale catalogues). Fails when hCaptcha is eager.
//
// It also warns when zod's classic API (not `zod/mini`) is bundled: see
// docs/performance.md ("the zod trap").
import { readFileSync } from "node:fs";
import { join, relative } from "node:path";

/** @typedef {{ path: string, kind: string, external?: boolean }} OutputImport */
/** @typedef {{ bytes: number, inputs: Record<string, unknown>, imports: OutputImport[], entryPoint?: string }} Output */

export const captchaInput = /node_modules\/@hcaptcha\//;
// The provider brand marks: loaded with the first social button, never eagerly.
export const marksInput = /(?:^|\/)components\/ProviderMarks\.[cm]?[jt]sx?$/;
// A locale catalogue: src/i18n/de.ts, dist/i18n/locales/pt-BR.js, …; "en" is the built-in default.
export const localeInput =
  /(?:^|\/)i18n\/(?:[\w-]+\/)*?(?:locales?\/|catalogu?es?\/|messages\/)?([a-z]{2,3}(?:[-_][A-Za-z0-9]{2,4})?)\.(?:[cm]?js|tsx?|json)$/;
export const zodClassicInput = /node_modules\/zod\/(?:v4\/classic|v3)\//;
// `import { z } from "zod/mini"` makes esbuild keep all of zod (≈ 80 KiB gz
// more than `import * as z`); Rollup/Rolldown shake both. Consumers use both.
export const zodNamedImport =
  /import\s*\{[^}]*\bz\b[^}]*\}\s*from\s*["']zod(?:\/v4)?(?:\/mini)?["']/;

/** Our own modules (not node_modules) that import zod's `z` by name. */
export function zodNamedImports(inputs, cwd) {
  return inputs.filter((input) => {
    if (input.includes("node_modules/") || !/\.[cm]?[jt]sx?$/.test(input)) return false;
    try {
      return zodNamedImport.test(readFileSync(join(cwd, input), "utf8"));
    } catch {
      return false;
    }
  });
}

/** The locale code when `input` is a non-English catalogue, else undefined. */
export function otherLocale(input) {
  const match = localeInput.exec(input);
  if (!match) return undefined;
  const code = match[1];
  if (code === "en" || code === "index" || code === "types") return undefined;
  return code;
}

/**
 * Splits a metafile's outputs into the files loaded with the entry (static
 * imports, transitively) and the lazy ones.
 * @param {Record<string, Output>} outputs
 */
export function eagerClosure(outputs, entryPoints) {
  // esbuild gives every chunk of an import() an entryPoint too; the page's
  // entries are the build's own entry points (when known), else the ones
  // nothing imports dynamically. The chunk of an import() in code that was
  // shaken away (client registration's locale labels, for a page with only
  // <SignupForm>) is still written, imported by nothing: the page never loads it.
  const dynamicTargets = new Set(
    Object.values(outputs).flatMap((output) =>
      output.imports
        .filter((imported) => imported.kind === "dynamic-import")
        .map((imported) => imported.path),
    ),
  );
  const entries = Object.keys(outputs).filter(
    (key) =>
      outputs[key].entryPoint &&
      (entryPoints ? entryPoints.has(outputs[key].entryPoint) : !dynamicTargets.has(key)) &&
      !key.endsWith(".map"),
  );
  const eager = new Set();
  const queue = [...entries];
  while (queue.length > 0) {
    const key = queue.pop();
    if (eager.has(key) || !outputs[key]) continue;
    eager.add(key);
    for (const imported of outputs[key].imports) {
      if (imported.kind === "import-statement" && !imported.external) queue.push(imported.path);
    }
  }
  const lazy = Object.keys(outputs).filter((key) => !eager.has(key) && !key.endsWith(".map"));
  return { eager: [...eager], lazy };
}

/** @param {{ mode: "eager" | "captcha" | "marks", label: string }} options */
export function eagerOnly({ mode, label }) {
  return {
    name: "signup-kit:eager-only",
    setup(build) {
      build.onEnd((result) => {
        if (result.errors.length > 0 || !result.metafile) return;
        const outputs = result.metafile.outputs;
        const cwd = build.initialOptions.absWorkingDir ?? process.cwd();
        const configured = build.initialOptions.entryPoints;
        const entryPoints = Array.isArray(configured)
          ? new Set(
              configured.map((entry) =>
                relative(cwd, typeof entry === "string" ? entry : entry.in).replace(/\\/g, "/"),
              ),
            )
          : undefined;
        const { eager, lazy } = eagerClosure(outputs, entryPoints);
        const inputsOf = (keys) => keys.flatMap((key) => Object.keys(outputs[key].inputs));
        const eagerInputs = inputsOf(eager);
        const problems = [];

        const eagerCaptcha = eagerInputs.filter((input) => captchaInput.test(input));
        if (eagerCaptcha.length > 0) {
          problems.push(
            `hCaptcha is in the eager bundle (${eagerCaptcha[0]}): load @hcaptcha/react-hcaptcha with import() only when the captcha option is set.`,
          );
        }
        const eagerMarks = eagerInputs.filter((input) => marksInput.test(input));
        if (eagerMarks.length > 0) {
          problems.push(
            `The provider marks are in the eager bundle (${eagerMarks[0]}): load them with import() from the social button, so a form without account stores never pays for them.`,
          );
        }
        const eagerLocales = eagerInputs.filter((input) => otherLocale(input));
        if (mode === "eager" && eagerLocales.length > 0) {
          problems.push(
            `Locale catalogues other than English are in the eager bundle (${eagerLocales.join(", ")}): load them with import().`,
          );
        }
        const named = zodNamedImports(
          eagerInputs,
          build.initialOptions.absWorkingDir ?? process.cwd(),
        );
        if (named.length > 0) {
          problems.push(
            `${named.join(", ")}: \`import { z } from "zod…"\` defeats esbuild's tree-shaking (the whole of zod is bundled); write \`import * as z from "zod/mini"\`.`,
          );
        }
        const classic = eagerInputs.filter((input) => zodClassicInput.test(input));
        if (classic.length > 0) {
          console.warn(
            `[${label}] zod classic is bundled (${classic.length} modules, e.g. ${classic[0]}); use \`import * as z from "zod/mini"\`.`,
          );
        }
        if (problems.length > 0) {
          throw new Error(`[${label}] ${problems.join("\n")}`);
        }

        const lazyCaptcha = lazy.filter((key) =>
          Object.keys(outputs[key].inputs).some((input) => captchaInput.test(input)),
        );
        if (mode === "captcha" && lazyCaptcha.length === 0 && !process.env.SIZE_LIMIT_QUIET) {
          console.warn(
            `[${label}] no hCaptcha code in the build: the captcha is not wired yet, so this check counts the eager bundle only.`,
          );
        }
        const lazyMarks = lazy.filter((key) =>
          Object.keys(outputs[key].inputs).some((input) => marksInput.test(input)),
        );
        if (mode === "marks" && lazyMarks.length === 0) {
          throw new Error(`[${label}] no lazy chunk holds the provider marks.`);
        }
        const keep = new Set(
          mode === "captcha"
            ? [...eager, ...lazyCaptcha]
            : mode === "marks"
              ? [...eager, ...lazyMarks]
              : eager,
        );
        if (process.env.SIZE_LIMIT_DEBUG) {
          const show = (keys) => keys.map((key) => relative(process.cwd(), key)).join(", ");
          console.warn(
            `[${label}] eager: ${show(eager)}; lazy: ${show(lazy)}; counted: ${show([...keep])}`,
          );
        }
        for (const key of Object.keys(outputs)) {
          if (!keep.has(key)) delete outputs[key];
        }
      });
    },
  };
}
