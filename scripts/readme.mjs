#!/usr/bin/env node
// The README's reference sections are the documents in docs/, inlined between
// the `sections` markers so that the npm page carries them too. Run
// `npm run docs:readme` after editing docs/; `--check` (part of `npm run lint`)
// fails when README.md is out of date.
import { readFileSync, writeFileSync } from "node:fs";
import { format, resolveConfig } from "prettier";

const order = [
  "signup-form.md",
  "captcha.md",
  "localisation-and-theming.md",
  "mock-server.md",
  "nextjs.md",
  "testing.md",
  "performance.md",
  "client-registration.md",
  "verification-and-scim.md",
  "screening-and-age-gate.md",
];
const start = "<!-- sections:start -->";
const end = "<!-- sections:end -->";

function section(file) {
  let text;
  try {
    text = readFileSync(`docs/${file}`, "utf8");
  } catch {
    return undefined;
  }
  let fenced = false;
  return text
    .split("\n")
    .map((line) => {
      if (line.startsWith("```")) fenced = !fenced;
      // One level deeper: each document's title becomes a README section.
      if (!fenced && /^#{1,5} /.test(line)) return `#${line}`;
      return line;
    })
    .join("\n")
    .replace(/\]\((?!https?:|#|\/|docs\/|\.\.\/)([\w./-]+\.md)(#[\w-]*)?\)/g, "](docs/$1$2)")
    .replace(/\]\(\.\.\/([^)]+)\)/g, "]($1)")
    .trim();
}

const readme = readFileSync("README.md", "utf8");
const head = readme.slice(0, readme.indexOf(start));
const tail = readme.slice(readme.indexOf(end) + end.length);
if (!head || readme.indexOf(end) < 0) throw new Error("README.md has no sections markers");
const body = order.map(section).filter(Boolean).join("\n\n");
const options = (await resolveConfig("README.md")) ?? {};
const next = await format(`${head}${start}\n\n${body}\n\n${end}${tail}`, {
  ...options,
  parser: "markdown",
});

if (process.argv.includes("--check")) {
  if (next !== readme) {
    console.error("README.md is out of date with docs/: run `npm run docs:readme`.");
    process.exit(1);
  }
} else {
  writeFileSync("README.md", next);
}
