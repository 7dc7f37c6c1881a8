#!/usr/bin/env node
// The public API report: one api/<entry>.api.md per entry point in
// package.json `exports`, written by API Extractor from the built declarations
// in dist/ (run `npm run build:types` first).
//
//   node scripts/api-report.mjs           check: fails and prints the diff when a
//                                         report differs from what dist/ exports
//   node scripts/api-report.mjs --update  rewrite the reports on purpose
//
// Policy (docs/testing.md): everything an entry point exports is public (no
// @alpha/@beta/@internal tiers), so a missing release tag is not reported.
// Doc comments are Markdown for editor hovers, not strict TSDoc, so TSDoc
// syntax messages are off; a {@link} that resolves to nothing fails the check.
// Types that an export uses but its entry point does not export stay in the
// report as "ae-forgotten-export" warnings: users see their shape but cannot
// name them. Members without a doc comment are marked "(undocumented)".
//
// API Extractor writes each report into a scratch folder; this script strips
// source locations (they move whenever a file is split) and compares the result
// with api/ itself, so the committed reports hold no paths and no dates.
import { Extractor, ExtractorConfig } from "@microsoft/api-extractor";
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { spawnSync } from "node:child_process";

const root = resolve(import.meta.dirname, "..");
const update = process.argv.includes("--update");
const reportFolder = join(root, "api");
// Scratch output, never committed: where each freshly generated report lands.
const scratch = join(root, "node_modules", ".cache", "api-report");
const outFolder = join(scratch, "out");
const tempFolder = join(scratch, "temp");

const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));

/** Each exported entry point with TypeScript declarations: its subpath, report name and .d.ts file. */
const entries = Object.entries(pkg.exports)
  .filter(([, target]) => typeof target === "object" && target.types?.endsWith(".d.ts"))
  .filter(([subpath]) => !subpath.endsWith(".css"))
  .map(([subpath, target]) => ({
    subpath,
    // ".": signup-kit; "./mock/msw/node": signup-kit-mock-msw-node
    name: [
      pkg.name,
      ...subpath
        .replace(/^\.\/?/, "")
        .split("/")
        .filter(Boolean),
    ].join("-"),
    types: join(root, target.types),
  }));

const missing = entries.filter((entry) => !existsSync(entry.types));
if (missing.length > 0) {
  console.error(
    `api-report: no declarations for ${missing.map((entry) => entry.subpath).join(", ")}; run \`npm run build:types\` first.`,
  );
  process.exit(1);
}

mkdirSync(reportFolder, { recursive: true });
rmSync(scratch, { recursive: true, force: true });
mkdirSync(outFolder, { recursive: true });
mkdirSync(tempFolder, { recursive: true });

/** The API Extractor configuration for one entry point. */
function configFor(entry) {
  return {
    projectFolder: root,
    mainEntryPointFilePath: entry.types,
    compiler: {
      // The shipped declarations only, with the consumer's view of the peers.
      overrideTsconfig: {
        compilerOptions: {
          target: "ES2022",
          lib: ["ES2023", "DOM", "DOM.Iterable"],
          module: "ESNext",
          moduleResolution: "Bundler",
          jsx: "react-jsx",
          strict: true,
          skipLibCheck: true,
          types: ["node"],
        },
        files: [entry.types],
      },
    },
    apiReport: {
      enabled: true,
      reportFileName: `${entry.name}.api.md`,
      reportFolder: outFolder,
      reportTempFolder: tempFolder,
      includeForgottenExports: false,
    },
    docModel: { enabled: false },
    dtsRollup: { enabled: false },
    tsdocMetadata: { enabled: false },
    newlineKind: "lf",
    messages: {
      compilerMessageReporting: { default: { logLevel: "warning" } },
      extractorMessageReporting: {
        default: { logLevel: "warning", addToApiReportFile: true },
        // Everything exported is public: see the policy above.
        "ae-missing-release-tag": { logLevel: "none", addToApiReportFile: false },
        // Kept in the report as a warning comment, not printed on every run.
        "ae-forgotten-export": { logLevel: "none", addToApiReportFile: true },
        // A {@link} to nothing public fails the check (printed, not in the report).
        "ae-unresolved-link": { logLevel: "warning", addToApiReportFile: false },
        // The report marks these members "(undocumented)" in place.
        "ae-undocumented": { logLevel: "none", addToApiReportFile: false },
      },
      tsdocMessageReporting: { default: { logLevel: "none", addToApiReportFile: false } },
    },
  };
}

/** The report with source locations ("// dist/x.d.ts:3:1 - ") removed. */
const withoutLocations = (text) => text.replace(/^(\s*\/\/ )\S+\.d\.ts:\d+:\d+ - /gm, "$1");

const changed = [];
let problems = 0;
for (const entry of entries) {
  const config = ExtractorConfig.prepare({
    configObject: configFor(entry),
    configObjectFullPath: undefined,
    packageJsonFullPath: join(root, "package.json"),
  });
  const result = Extractor.invoke(config, {
    localBuild: true,
    showVerboseMessages: false,
    messageCallback(message) {
      message.handled = true;
      // API Extractor's own progress lines ("console-*") are not findings.
      if (message.logLevel === "none" || message.messageId.startsWith("console-")) return;
      if (message.logLevel !== "error" && message.logLevel !== "warning") return;
      const where = message.sourceFilePath
        ? `${message.sourceFilePath.replace(root + "/", "")}:${message.sourceFileLine ?? 0}`
        : entry.subpath;
      console.error(`${message.logLevel}: ${where}: ${message.text} (${message.messageId})`);
      problems += 1;
    },
  });
  if (!result.succeeded && problems === 0) problems += 1;
  const file = `${entry.name}.api.md`;
  const fresh = withoutLocations(readFileSync(join(outFolder, file), "utf8"));
  writeFileSync(join(outFolder, file), fresh);
  const committed = join(reportFolder, file);
  if (!existsSync(committed) || readFileSync(committed, "utf8") !== fresh) {
    changed.push(entry);
    if (update) writeFileSync(committed, fresh);
  }
}

// Reports for entry points that no longer exist.
const expected = new Set(entries.map((entry) => `${entry.name}.api.md`));
const stale = readdirSync(reportFolder).filter(
  (file) => file.endsWith(".api.md") && !expected.has(file),
);
if (update) for (const file of stale) rmSync(join(reportFolder, file));

if (problems > 0)
  console.error(
    `api-report: ${problems} problem(s) above; fix the doc comments in the matching src/ files.`,
  );

if (update) {
  console.log(
    `api-report: ${entries.length} report(s) in api/ are current` +
      (changed.length > 0 ? `; rewrote ${changed.map((entry) => entry.name).join(", ")}` : "") +
      (stale.length > 0 ? `; removed ${stale.join(", ")}` : "") +
      ".",
  );
  process.exit(problems > 0 ? 1 : 0);
}

for (const entry of changed) {
  const file = `${entry.name}.api.md`;
  const committed = join(reportFolder, file);
  console.error(`\napi-report: the public API of "${pkg.name}${entry.subpath.slice(1)}" changed:`);
  const fresh = relative(root, join(outFolder, file));
  const diff = spawnSync(
    "git",
    [
      "diff",
      "--no-index",
      "--no-color",
      existsSync(committed) ? relative(root, committed) : "/dev/null",
      fresh,
    ],
    { cwd: root, encoding: "utf8" },
  );
  // Name both sides api/<file>: the committed report and what it would become.
  console.error(diff.stdout.replaceAll(fresh, `api/${file}`));
}
for (const file of stale) console.error(`api-report: api/${file} belongs to no entry point.`);

if (changed.length > 0 || stale.length > 0) {
  console.error(
    'api-report: if the change is deliberate, run `npm run api:update` and commit api/ (docs/testing.md, "The public API report").',
  );
  process.exit(1);
}
if (problems > 0) process.exit(1);
console.log(`api-report: the ${entries.length} entry points match api/.`);
