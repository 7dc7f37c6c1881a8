#!/usr/bin/env node
// Post-build step of `build:types`: tsc (moduleResolution Bundler) writes the
// declarations' relative imports as written in the source (`./components`),
// which TypeScript users on `moduleResolution: node16/nodenext` cannot resolve.
// Rewrite every relative specifier in dist/**/*.d.ts to the file it resolves
// to: `./x` → `./x.js` when `x.d.ts` exists, `./dir` → `./dir/index.js`.
// A relative specifier that resolves to nothing fails the build.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";

const root = resolve(process.argv[2] ?? "dist");

/** Every `.d.ts` file under `dir`. */
function* declarations(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* declarations(path);
    else if (entry.name.endsWith(".d.ts")) yield path;
  }
}

const isFile = (path) => existsSync(path) && statSync(path).isFile();

/** The explicit specifier for `specifier` seen from `file`, or undefined if nothing matches. */
function explicit(file, specifier) {
  const target = resolve(dirname(file), specifier);
  // Already explicit (`./x.js`, `./data.json`, `./styles.css`).
  if (/\.(?:[cm]?js|json|css)$/.test(specifier)) {
    const base = target.replace(/\.[cm]?js$/, "");
    return isFile(target) || isFile(`${base}.d.ts`) || isFile(`${base}.d.mts`)
      ? specifier
      : undefined;
  }
  const bare = specifier.replace(/\/$/, "");
  if (isFile(`${target}.d.ts`)) return `${bare}.js`;
  if (isFile(join(target, "index.d.ts"))) return `${bare}/index.js`;
  return undefined;
}

// `from "./x"`, `import "./x"`, `import("./x")`, `require("./x")` and
// `declare module "./x"`: every place a declaration file names a module.
const SPECIFIER =
  /(\bfrom\s*|\bimport\s*\(\s*|\bimport\s+|\brequire\s*\(\s*|\bdeclare\s+module\s+)(["'])(\.\.?(?:\/[^"'\n]*)?)\2/g;

let changed = 0;
const unresolved = [];
for (const file of declarations(root)) {
  const source = readFileSync(file, "utf8");
  const output = source.replace(SPECIFIER, (match, prefix, quote, specifier) => {
    const fixed = explicit(file, specifier);
    if (fixed === undefined) {
      unresolved.push(`${relative(process.cwd(), file)}: ${specifier}`);
      return match;
    }
    return `${prefix}${quote}${fixed}${quote}`;
  });
  if (output !== source) {
    writeFileSync(file, output);
    changed++;
  }
}

if (unresolved.length > 0) {
  console.error(
    `fix-dts-specifiers: ${unresolved.length} relative import(s) resolve to no declaration:\n  ${unresolved.join("\n  ")}`,
  );
  process.exit(1);
}
console.log(`fix-dts-specifiers: rewrote relative imports in ${changed} declaration file(s).`);
