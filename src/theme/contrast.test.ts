// The default theme's colour pairs meet WCAG AA in light and dark: 4.5:1 for
// text, 3:1 for UI parts (borders, the focus ring, a filled button against the
// page). The ratios are computed from the --sk-* variables in styles.css, so a
// palette change that breaks a pair fails here.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { contrast, customProperties, parseCss } from "./test-utils/css";

const rules = parseCss(readFileSync(resolve(process.cwd(), "src/theme/styles.css"), "utf8"));
const light = customProperties(rules.find((rule) => rule.selector === ":where(.sk-root)"));
const forcedDark = customProperties(
  rules.find((rule) => rule.selector === ':where(.sk-root[data-theme="dark"])'),
);
const systemDark = customProperties(
  rules.find(
    (rule) =>
      rule.atRules.some((at) => /prefers-color-scheme:\s*dark/.test(at)) &&
      rule.declarations.some((declaration) => declaration.property.startsWith("--sk-color-")),
  ),
);
const palettes = { light, dark: { ...light, ...forcedDark } };

/** [foreground, background, minimum ratio, where the pair is used] */
const pairs: Array<[string, string, number, string]> = [
  ["text", "bg", 4.5, "body text, input text"],
  ["muted", "bg", 4.5, "help text, required marker, countdown, loading label"],
  ["accent", "bg", 4.5, "links"],
  ["accent-text", "accent", 4.5, "submit button text"],
  ["error", "bg", 4.5, "field error text"],
  ["error", "error-bg", 4.5, "form error and warnings text"],
  ["text", "success-bg", 4.5, "success view body"],
  ["success", "success-bg", 4.5, "success view title"],
  ["text", "surface", 4.5, "credential text on the surface"],
  ["border", "bg", 3, "input and button borders"],
  ["focus", "bg", 3, "focus ring"],
  ["focus", "surface", 3, "focus ring on the surface"],
  ["error", "bg", 3, "invalid input border"],
  ["accent", "bg", 3, "submit button against the page"],
  ["success", "bg", 3, "success view border"],
  ["google-text", "google-bg", 4.5, "Google button text"],
  ["google-border", "google-bg", 3, "Google button border"],
  ["facebook-text", "facebook-bg", 4.5, "Facebook button text and mark"],
  ["github-text", "github-bg", 4.5, "GitHub button text and mark"],
  ["linkedin-text", "linkedin-bg", 4.5, "LinkedIn button text and mark"],
  // The card's edge is decorative (the card is not a control, so WCAG 1.4.11 asks
  // nothing of it; its shadow adds to it): a floor that keeps it visible.
  ["card-border", "bg", 1.5, "card variant edge (decorative)"],
];

describe.each(Object.entries(palettes))("the %s palette", (_name, palette) => {
  it.each(pairs)("--sk-color-%s on --sk-color-%s reaches %s:1 (%s)", (fg, bg, minimum) => {
    const foreground = palette[`--sk-color-${fg}`];
    const background = palette[`--sk-color-${bg}`];
    expect(foreground, `--sk-color-${fg}`).toBeDefined();
    expect(background, `--sk-color-${bg}`).toBeDefined();
    expect(contrast(foreground as string, background as string)).toBeGreaterThanOrEqual(minimum);
  });
});

describe("dark palettes", () => {
  it("set the same colours for the system preference and for data-theme=dark", () => {
    expect(Object.keys(forcedDark).length).toBeGreaterThan(5);
    expect(systemDark).toEqual(forcedDark);
  });

  it("override only variables the light palette defines", () => {
    for (const name of Object.keys(forcedDark)) expect(light, name).toHaveProperty(name);
  });
});

describe("contrast()", () => {
  it("matches known WCAG ratios", () => {
    expect(contrast("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrast("#fff", "#fff")).toBeCloseTo(1, 5);
    expect(contrast("#767676", "#ffffff")).toBeCloseTo(4.54, 2);
  });
});
