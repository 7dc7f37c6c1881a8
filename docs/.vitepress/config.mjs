// The docs site: the pages in docs/, built with VitePress (`npm run docs:build`,
// output in docs-dist/, never part of the package). The same files read well on
// GitHub, so links stay plain relative links between the .md files.
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitepress";
import { githubSlug, headingText } from "../../scripts/docs-lib.mjs";

const docsDir = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const root = resolve(docsDir, "..");
const base = process.env.DOCS_BASE ?? "/";

/** Pages in reading order, grouped; a page not listed here goes under "More". */
const groups = [
  {
    text: "Product teams",
    pages: [
      "signup-form",
      "captcha",
      "localisation-and-theming",
      "nextjs",
      "screening-and-age-gate",
      "verification-and-scim",
      "client-registration",
    ],
  },
  { text: "Development backend", pages: ["mock-server"] },
  { text: "QA and CI", pages: ["testing", "performance", "benchmarks"] },
  { text: "Contributors", pages: ["architecture"] },
];

const titleOf = (page) => {
  const first = /^# (.+)$/m.exec(readFileSync(join(docsDir, `${page}.md`), "utf8"));
  return first ? headingText(first[1]) : page;
};
const pages = readdirSync(docsDir)
  .filter((file) => file.endsWith(".md") && file !== "index.md")
  .map((file) => file.slice(0, -3));
const listed = new Set(groups.flatMap((group) => group.pages));
const sidebar = [
  ...groups.map((group) => ({
    ...group,
    pages: group.pages.filter((page) => pages.includes(page)),
  })),
  { text: "More", pages: pages.filter((page) => !listed.has(page)).sort() },
]
  .filter((group) => group.pages.length > 0)
  .map((group) => ({
    text: group.text,
    items: group.pages.map((page) => ({ text: titleOf(page), link: `/${page}` })),
  }));

/**
 * Links from a page to a file outside docs/ (`../src/…`, `../bench/results/…`)
 * point at a copy of that file under /source/ in the site, made after the build.
 */
const outside = new Set();

export default defineConfig({
  title: "signup-kit",
  description:
    "A drop-in React signup form for the Stormpath /register contract, with its own development backend.",
  base,
  outDir: join(root, "docs-dist"),
  cacheDir: join(root, "node_modules", ".vitepress-cache"),
  lang: "en",
  // A dead link between pages fails the build; anchors and files outside docs/
  // are checked by scripts/docs-links.mjs.
  ignoreDeadLinks: false,
  lastUpdated: false,
  // No font files fetched from elsewhere: the system font stack.
  useWebFonts: false,
  markdown: {
    // Anchors as GitHub makes them, so a `page.md#anchor` link works in both places.
    anchor: { slugify: githubSlug },
    config(md) {
      // The pages are plain markdown that also reads on GitHub: `{{ }}` in them
      // is text, never a Vue expression.
      const renderPage = md.renderer.render.bind(md.renderer);
      md.renderer.render = (tokens, options, env) =>
        `<div v-pre>${renderPage(tokens, options, env)}</div>`;
      const render = md.renderer.rules.link_open;
      md.renderer.rules.link_open = (tokens, index, options, env, self) => {
        const token = tokens[index];
        const href = token.attrGet("href");
        if (href && !/^[a-z][a-z0-9+.-]*:|^[#/]/i.test(href) && env.path) {
          const [path, hash = ""] = href.split(/(?=#)/);
          const target = resolve(dirname(env.path), path);
          if (!target.startsWith(docsDir + "/")) {
            const file = relative(root, target);
            outside.add(file);
            token.attrSet("href", `${base}source/${file}${hash}`);
            // A file, not a page: the browser loads it instead of the site's router.
            token.attrSet("target", "_self");
          }
        }
        return render(tokens, index, options, env, self);
      };
    },
  },
  themeConfig: {
    nav: [
      { text: "Guide", link: "/signup-form" },
      { text: "Mock server", link: "/mock-server" },
      { text: "Testing", link: "/testing" },
    ],
    sidebar,
    outline: { level: [2, 3] },
    search: { provider: "local" },
  },
  buildEnd(site) {
    for (const file of outside) {
      const from = join(root, file);
      if (!existsSync(from)) continue; // reported by the link check
      const to = join(site.outDir, "source", file);
      mkdirSync(dirname(to), { recursive: true });
      copyFileSync(from, to);
    }
  },
});
