// The default theme never leaks: every selector starts at the kit's root inside
// :where() (zero specificity, so app CSS wins without !important), no bare
// element selectors, no !important, and only logical properties (RTL mirrors).
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { parseCss, splitSelectors, type CssRule } from "./test-utils/css";

const source = readFileSync(resolve(process.cwd(), "src/theme/styles.css"), "utf8");
const rules = parseCss(source);
const styleRules = rules.filter((rule) => !rule.atRules.some((at) => at.startsWith("@keyframes")));

/** Physical properties that have a logical equivalent (or mean a fixed side). */
const physicalProperty =
  /^(?:(?:margin|padding|border|scroll-margin|scroll-padding)-(?:left|right|top|bottom)(?:-\w+)?|border-(?:top|bottom)-(?:left|right)-radius|left|right|top|bottom|(?:min-|max-)?(?:width|height)|overflow-[xy]|overscroll-behavior-[xy])$/;
/** Values that name a physical side. */
const physicalValue: Record<string, RegExp> = {
  "text-align": /^(?:left|right)$/,
  float: /^(?:left|right)$/,
  clear: /^(?:left|right)$/,
  resize: /^(?:horizontal|vertical)$/,
  "caret-side": /^(?:left|right)$/,
};
/** Four-value shorthands are physical when left and right differ. */
const boxShorthand =
  /^(?:margin|padding|inset|border-width|border-style|border-color|scroll-margin|scroll-padding)$/;

function problems(rule: CssRule): string[] {
  const out: string[] = [];
  for (const { property, value } of rule.declarations) {
    if (physicalProperty.test(property)) out.push(`${property} (use the logical property)`);
    if (physicalValue[property]?.test(value)) out.push(`${property}: ${value}`);
    if (/!important/i.test(value)) out.push(`${property}: ${value} (!important)`);
    const parts = value.split(" ");
    if (boxShorthand.test(property) && parts.length === 4 && parts[1] !== parts[3])
      out.push(`${property}: ${value} (left and right differ)`);
    if (property === "border-radius" && new Set(value.split("/")[0]?.trim().split(" ")).size > 1)
      out.push(`${property}: ${value} (corners differ)`);
  }
  return out;
}

describe("styles.css", () => {
  it("has rules to check", () => {
    expect(styleRules.length).toBeGreaterThan(20);
  });

  it("scopes every selector under :where(.sk-root…)", () => {
    const leaks = styleRules
      .flatMap((rule) => splitSelectors(rule.selector))
      .filter((selector) => !/^:where\(\.sk-root[\]\w\s"=:()[-]*\)(?:\s|$)/.test(selector));
    expect(leaks).toEqual([]);
  });

  it("keeps every descendant part inside :where() (zero specificity)", () => {
    const loose = styleRules
      .flatMap((rule) => splitSelectors(rule.selector))
      .map((selector) => selector.replace(/^:where\((?:[^()]|\([^()]*\))*\)/, ""))
      .map((selector) =>
        selector.replace(/:where\((?:[^()]|\([^()]*(?:\([^()]*\))*[^()]*\))*\)/g, ""),
      )
      .map((selector) => selector.replace(/:focus-visible|\s+/g, ""))
      .filter(Boolean);
    expect(loose).toEqual([]);
  });

  it("uses logical properties only, and no !important", () => {
    const found = styleRules.flatMap((rule) =>
      problems(rule).map((problem) => `${rule.selector}: ${problem}`),
    );
    expect(found).toEqual([]);
  });

  it("catches a leak, a bare element selector and a physical property", () => {
    const bad = parseCss(
      "button { color: red } :where(.sk-root) a { margin-left: 1rem; text-align: right; padding: 0 1rem 0 2rem }",
    );
    expect(splitSelectors(bad[0]?.selector ?? "")[0]).toBe("button");
    expect(problems(bad[1] as CssRule)).toHaveLength(3);
  });

  it("keeps focus and errors visible in forced-colors mode", () => {
    const forced = rules.filter((rule) =>
      rule.atRules.some((at) => /forced-colors:\s*active/.test(at)),
    );
    const focus = forced.find((rule) => rule.selector.includes(":focus-visible"));
    expect(focus?.declarations.map((d) => d.property)).toContain("outline-color");
    const invalid = forced.find((rule) => rule.selector.includes("[data-invalid]"));
    expect(invalid?.declarations).toContainEqual({ property: "border-style", value: "dashed" });
    const errorText = forced.find((rule) => rule.selector.includes('[data-slot="field-error"]'));
    expect(errorText?.declarations.map((d) => d.property)).toContain("text-decoration");
  });

  it("defines every --sk-* variable it uses", () => {
    const defined = new Set(
      rules
        .flatMap((rule) => rule.declarations.map((d) => d.property))
        .filter((p) => p.startsWith("--sk-")),
    );
    const used = [...source.matchAll(/var\((--sk-[\w-]+)/g)].map((match) => match[1] as string);
    expect(used.filter((name) => !defined.has(name))).toEqual([]);
  });
});
