// The docs' link check: slugs as GitHub makes them, links read outside code,
// and the command failing on a broken file, anchor or site link.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { anchorsOf, externalProblem, githubSlug, headingText, linksOf } from "./docs-lib.mjs";

const script = resolve(import.meta.dirname, "docs-links.mjs");

describe("githubSlug", () => {
  it("makes GitHub's anchors", () => {
    expect(githubSlug("OAuth client registration (RFC 7591 / RFC 7592)")).toBe(
      "oauth-client-registration-rfc-7591--rfc-7592",
    );
    expect(githubSlug(headingText("`<SignupForm>`"))).toBe("signupform");
    expect(githubSlug(headingText("Breached passwords: `/range/{prefix}`"))).toBe(
      "breached-passwords-rangeprefix",
    );
    expect(githubSlug(headingText("What `useSignupForm()` returns"))).toBe(
      "what-usesignupform-returns",
    );
    expect(githubSlug("Don't-stop_here: Ünïcode 2.2")).toBe("dont-stop_here-ünïcode-22");
  });

  it("numbers repeated headings and skips headings in code", () => {
    const anchors = anchorsOf(
      [
        "# Title",
        "## Options",
        "```sh",
        "# a shell comment",
        "```",
        "## Options",
        '<a id="here"></a>',
      ].join("\n"),
    );
    expect([...anchors]).toEqual(["title", "options", "options-1", "here"]);
  });
});

describe("linksOf", () => {
  it("reads links, definitions and href outside code", () => {
    const text = [
      "See [a](a.md#x) and `[not](code.md)`.",
      "```md",
      "[not](fenced.md)",
      "```",
      "[ref]: ../src/index.ts",
      '<a href="https://example.com/">x</a> ![img](<pic one.png> "title")',
    ].join("\n");
    expect(linksOf(text)).toEqual([
      { url: "a.md#x", line: 1 },
      { url: "../src/index.ts", line: 5 },
      { url: "pic one.png", line: 6 },
      { url: "https://example.com/", line: 6 },
    ]);
  });
});

describe("externalProblem", () => {
  it("checks the form of a URL and fetches nothing", () => {
    expect(externalProblem("https://docs.hcaptcha.com/")).toBeUndefined();
    expect(externalProblem("http://localhost:6006/?path=/docs")).toBeUndefined();
    expect(externalProblem("mailto:security@example.com")).toBeUndefined();
    expect(externalProblem("https://example")).toMatch(/not a domain name/);
    expect(externalProblem("//example.com/x")).toMatch(/protocol-relative/);
    expect(externalProblem("https://exa mple.com")).toMatch(/not a valid URL/);
    expect(externalProblem("mailto:nobody")).toMatch(/no address/);
  });
});

describe("scripts/docs-links.mjs", () => {
  let dir;
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  function repo(files) {
    dir = mkdtempSync(join(tmpdir(), "docs-links-"));
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, name)), { recursive: true });
      writeFileSync(join(dir, name), text);
    }
    execFileSync("git", ["init", "-q"], { cwd: dir });
  }
  const run = (...args) => spawnSync("node", [script, ...args], { cwd: dir, encoding: "utf8" });

  const good = {
    "README.md": "[Guide](docs/guide.md#the-mock-server) [Source](src/index.ts#L3)\n",
    "docs/guide.md": "# Guide\n\n## The mock server\n\n[home](../README.md) [self](#guide)\n",
    "src/index.ts": "export {};\n",
  };

  it("passes when every file and anchor exists", () => {
    repo(good);
    const result = run();
    expect(result.stdout).toContain("docs links: 4 of 4 good");
    expect(result.status).toBe(0);
  });

  it("fails on a missing anchor, a missing file and a root-relative link", () => {
    repo({
      ...good,
      "docs/guide.md":
        "# Guide\n\n## The mock server\n\n[gone](../README.md#nowhere) [lost](../src/lost.ts) [root](/docs/guide.md)\n",
    });
    const result = run();
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("no heading #nowhere in README.md");
    expect(result.stderr).toContain("no such file: src/lost.ts");
    expect(result.stderr).toContain("root-relative link");
    expect(result.stdout).toContain("3 broken");
  });

  it("checks the built site's hrefs and ids", () => {
    repo({
      "site/index.html": '<a href="/page.html#there">x</a><a href="./page.html#gone">y</a>',
      "site/page.html": '<h2 id="there">There</h2><a href="/missing.html">z</a>',
    });
    const result = run("--site", "site", "--json", "counts.json");
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('no id "gone" in page.html');
    expect(result.stderr).toContain("no such file in the site: missing.html");
    expect(result.stdout).toContain("1 of 3 good");
    expect(result.stdout).toContain("0 of 2 files clean");
  });
});
