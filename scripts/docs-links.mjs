#!/usr/bin/env node
// The docs' link check; nothing is fetched, so it runs with no network.
//
//   node scripts/docs-links.mjs              every .md/.mdx file in the repository (part of `npm run lint`):
//                                            relative links reach a file, anchors reach a heading
//                                            (GitHub's slugs), Storybook `?path=` links reach a docs
//                                            page or story, external links are well formed
//   node scripts/docs-links.mjs --site DIR   the built docs site (`npm run docs:build`): every
//                                            internal href reaches a file of the site and its #id
//   --external                               also list every external link (never fetched)
//   --json FILE                              write { passed, failed, skipped } for scripts/test.mjs
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { dirname, extname, join, relative, resolve } from "node:path";
import { anchorsOf, externalProblem, isExternal, linksOf } from "./docs-lib.mjs";

const args = process.argv.slice(2);
const option = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const root = process.cwd();

/** @type {{ where: string, url: string, problem: string }[]} */
const broken = [];
function report(where, url, problem) {
  broken.push({ where, url, problem });
  failedFiles.add(where.replace(/:\d+$/, ""));
}
/** @type {Map<string, string[]>} external URL → where it appears */
const external = new Map();
let checked = 0;
/** Files (sources or pages of the site) read, and those with a broken link. */
const files = new Set();
const failedFiles = new Set();

function noteExternal(url, where) {
  checked += 1;
  const problem = externalProblem(url);
  if (problem) report(where, url, problem);
  external.set(url, [...(external.get(url) ?? []), where]);
}

// ── Sources ────────────────────────────────────────────────────────────────

function sourceFiles() {
  const listed = execFileSync(
    "git",
    ["ls-files", "--cached", "--others", "--exclude-standard", "--", "*.md", "*.mdx"],
    { encoding: "utf8" },
  );
  return listed
    .split("\n")
    .filter(Boolean)
    .filter((file) => existsSync(file));
}

const anchorCache = new Map();
function anchors(file) {
  if (!anchorCache.has(file)) anchorCache.set(file, anchorsOf(readFileSync(file, "utf8")));
  return anchorCache.get(file);
}

/** Storybook's id for a title or story name (lower case, punctuation and spaces to hyphens). */
const storybookId = (text) =>
  text
    .toLowerCase()
    .replace(/[ ’–—―′¿'`~!@#$%^&*()_|+\-=?;:'",.<>{}[\]\\/]/g, "-")
    .replace(/-+/g, "-")
    .replace(/^-|-$/g, "");
/** A story's name from its export name, as Storybook derives it ("WithCaptcha" → "With Captcha"). */
const storyName = (exportName) =>
  exportName
    .replace(/([a-z\d])([A-Z])/g, "$1 $2")
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2")
    .replace(/([a-zA-Z])(\d)/g, "$1 $2");

let storybook;
/** The docs pages and stories Storybook indexes, by `?path=` value, and the files it serves as static. */
function storybookIndex() {
  if (storybook) return storybook;
  const paths = new Set();
  for (const file of sourceFiles().filter((name) => name.endsWith(".mdx"))) {
    const title = /<Meta\s+title="([^"]+)"/.exec(readFileSync(file, "utf8"));
    if (title) paths.add(`/docs/${storybookId(title[1])}--docs`);
  }
  const stories = execFileSync(
    "git",
    ["ls-files", "-co", "--exclude-standard", "--", "*.stories.tsx", "*.stories.ts"],
    {
      encoding: "utf8",
    },
  );
  for (const file of stories.split("\n").filter((name) => name && existsSync(name))) {
    const source = readFileSync(file, "utf8");
    const title = /^\s+title:\s*"([^"]+)"/m.exec(source);
    if (!title) continue;
    for (const story of source.matchAll(/^export const (\w+)/gm))
      paths.add(`/story/${storybookId(title[1])}--${storybookId(storyName(story[1]))}`);
  }
  const statics = new Set();
  const main = readFileSync(".storybook/main.ts", "utf8");
  for (const mapped of main.matchAll(/from:\s*"([^"]+)",\s*to:\s*"([^"]+)"/g))
    statics.add(mapped[2].replace(/^\//, ""));
  if (existsSync("public")) for (const file of readdirSync("public")) statics.add(file);
  storybook = { paths, statics };
  return storybook;
}

function checkSource(file) {
  files.add(file);
  const text = readFileSync(file, "utf8");
  const mdx = file.endsWith(".mdx");
  for (const { url, line } of linksOf(text)) {
    const where = `${file}:${line}`;
    if (isExternal(url)) {
      noteExternal(url, where);
      continue;
    }
    checked += 1;
    const fail = (problem) => report(where, url, problem);
    if (mdx) {
      // Storybook pages link within Storybook: ?path=… or a file it serves.
      const { paths, statics } = storybookIndex();
      if (url.startsWith("?path=")) {
        if (!paths.has(url.slice("?path=".length).split(/[&#]/)[0]))
          fail("no such Storybook docs page or story");
      } else if (!url.startsWith("#") && !statics.has(url.replace(/^\.?\//, "").split(/[?#]/)[0])) {
        fail("not a file Storybook serves (staticDirs)");
      }
      continue;
    }
    if (url.startsWith("/")) {
      fail("root-relative link: breaks on GitHub and npm, write a relative path");
      continue;
    }
    const [path, hash] = url.split("#", 2);
    const target = path ? resolve(dirname(file), decodeURI(path)) : resolve(file);
    if (!target.startsWith(root)) {
      fail("leaves the repository");
      continue;
    }
    if (!existsSync(target)) {
      fail(`no such file: ${relative(root, target)}`);
      continue;
    }
    if (hash === undefined || hash === "") continue;
    if (statSync(target).isDirectory()) fail("anchor on a folder");
    else if (/\.mdx?$/.test(target)) {
      if (!anchors(target).has(decodeURIComponent(hash)))
        fail(`no heading #${hash} in ${relative(root, target)}`);
    } else if (!/^L\d+(-L\d+)?$/.test(hash)) fail("anchor on a source file must be a line (#L12)");
  }
}

// ── The built site ─────────────────────────────────────────────────────────

function htmlFiles(dir) {
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((file) => file.endsWith(".html"))
    .map((file) => join(dir, file));
}

function checkSite(dir) {
  if (!existsSync(join(dir, "index.html"))) {
    broken.push({
      where: dir,
      url: "index.html",
      problem: "no built site: run npm run docs:build",
    });
    return;
  }
  const base = process.env.DOCS_BASE ?? "/";
  const ids = new Map();
  const idsOf = (file) => {
    if (!ids.has(file))
      ids.set(
        file,
        new Set([...readFileSync(file, "utf8").matchAll(/\sid="([^"]+)"/g)].map((m) => m[1])),
      );
    return ids.get(file);
  };
  for (const file of htmlFiles(dir)) {
    // Scripts and their JSON hold no links a reader follows.
    const html = readFileSync(file, "utf8").replace(/<script\b[\s\S]*?<\/script>/g, "");
    const page = relative(dir, file);
    files.add(`${relative(root, dir)}/${page}`);
    for (const match of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
      const url = match[1].replace(/&amp;/g, "&");
      const where = `${relative(root, dir)}/${page}`;
      if (isExternal(url)) {
        noteExternal(url, where);
        continue;
      }
      checked += 1;
      const fail = (problem) => report(where, url, problem);
      const [path, hash] = url.split("#", 2);
      let target;
      if (!path) target = file;
      else if (path.startsWith("/")) {
        if (!path.startsWith(base)) {
          fail(`outside the site's base ${base}`);
          continue;
        }
        target = join(dir, decodeURI(path.slice(base.length)));
      } else target = resolve(dirname(file), decodeURI(path.split("?")[0]));
      if (existsSync(target) && statSync(target).isDirectory()) target = join(target, "index.html");
      else if (!existsSync(target) && !extname(target) && existsSync(`${target}.html`))
        target += ".html";
      if (!existsSync(target)) {
        fail(`no such file in the site: ${relative(dir, target)}`);
        continue;
      }
      if (hash && target.endsWith(".html") && !idsOf(target).has(decodeURIComponent(hash)))
        fail(`no id "${hash}" in ${relative(dir, target)}`);
    }
  }
}

// ── Run ────────────────────────────────────────────────────────────────────

const site = option("--site");
let scope;
if (site) {
  checkSite(resolve(site));
  scope = `the site in ${site}`;
} else {
  for (const file of sourceFiles()) checkSource(file);
  scope = "the repository's markdown";
}

if (args.includes("--external")) {
  console.log("External links (not fetched):");
  for (const [url, where] of [...external].sort())
    console.log(`  ${url}  (${where.length}×, ${where[0]})`);
}
for (const { where, url, problem } of broken) console.error(`✗ ${where}: ${url}\n    ${problem}`);
console.log(
  `docs links: ${checked - broken.length} of ${checked} good in ${scope}, ${broken.length} broken ` +
    `(${files.size - failedFiles.size} of ${files.size} files clean; ${external.size} distinct external links, form checked, not fetched)`,
);
// For scripts/test.mjs: one result per file read.
const json = option("--json");
if (json)
  writeFileSync(
    json,
    JSON.stringify({ passed: files.size - failedFiles.size, failed: failedFiles.size, skipped: 0 }),
  );
process.exitCode = broken.length > 0 ? 1 : 0;
