// The design tokens shipped as signup-kit/tokens.json (and the dark and
// resolver files) are up to date with styles.css and have the shape of the W3C
// DTCG format 2025.10: groups and tokens, an explicit $type on every token and
// a $value of that type (colours are sRGB colour objects, dimensions px or rem
// objects…), aliases that resolve to a token of the same type.
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { designTokens, FILES, renderedFiles, SOURCE, tokenPath } from "./design-tokens.mjs";

const read = (path) => readFileSync(resolve(import.meta.dirname, "..", path), "utf8");
const committed = Object.fromEntries(
  Object.entries(FILES).map(([key, path]) => [key, JSON.parse(read(path))]),
);

const GROUP_KEYS = new Set(["$type", "$description", "$extensions", "$deprecated", "$schema"]);
const TOKEN_KEYS = new Set(["$type", "$value", "$description", "$extensions", "$deprecated"]);
const TYPES = new Set([
  "color",
  "dimension",
  "fontFamily",
  "fontWeight",
  "duration",
  "number",
  "shadow",
]);

function tokensOf(tree, path = [], out = new Map()) {
  for (const [key, node] of Object.entries(tree)) {
    if (key.startsWith("$")) continue;
    if (node && typeof node === "object" && "$value" in node)
      out.set([...path, key].join("."), node);
    else if (node && typeof node === "object") tokensOf(node, [...path, key], out);
  }
  return out;
}

const isNumber = (value) => typeof value === "number" && Number.isFinite(value);

/** What is wrong with a $value for its $type (an empty list when nothing is). */
function valueProblems(type, value) {
  if (typeof value === "string" && /^\{[^{}]+\}$/.test(value)) return []; // an alias, checked apart
  switch (type) {
    case "color": {
      if (!value || typeof value !== "object") return ["a colour is an object"];
      const out = [];
      if (value.colorSpace !== "srgb") out.push(`colorSpace ${value.colorSpace}`);
      const { components, hex, alpha } = value;
      if (!Array.isArray(components) || components.length !== 3) out.push("three components");
      else if (!components.every((c) => isNumber(c) && c >= 0 && c <= 1))
        out.push("components 0 to 1");
      if (alpha !== undefined && !(isNumber(alpha) && alpha >= 0 && alpha <= 1)) out.push("alpha");
      if (!/^#[0-9a-f]{6}$/.test(hex ?? "")) out.push(`hex ${hex}`);
      else if (Array.isArray(components)) {
        const fromHex = hex
          .slice(1)
          .match(/../g)
          .map((pair) => parseInt(pair, 16) / 255);
        if (fromHex.some((channel, index) => Math.abs(channel - components[index]) > 0.0001))
          out.push(`components ${components} disagree with ${hex}`);
      }
      return out;
    }
    case "dimension":
      return value && isNumber(value.value) && ["px", "rem"].includes(value.unit)
        ? []
        : [`dimension ${JSON.stringify(value)}`];
    case "duration":
      return value && isNumber(value.value) && value.value >= 0 && ["ms", "s"].includes(value.unit)
        ? []
        : [`duration ${JSON.stringify(value)}`];
    case "number":
      return isNumber(value) ? [] : [`number ${JSON.stringify(value)}`];
    case "fontFamily":
      return typeof value === "string" ||
        (Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === "string"))
        ? []
        : [`fontFamily ${JSON.stringify(value)}`];
    case "fontWeight":
      return (isNumber(value) && value >= 1 && value <= 1000) || typeof value === "string"
        ? []
        : [`fontWeight ${JSON.stringify(value)}`];
    case "shadow":
      return (Array.isArray(value) ? value : [value]).flatMap((layer) =>
        layer && typeof layer === "object"
          ? [
              ...valueProblems("color", layer.color),
              ...["offsetX", "offsetY", "blur", "spread"].flatMap((key) =>
                valueProblems("dimension", layer[key]),
              ),
              ...(layer.inset === undefined || typeof layer.inset === "boolean" ? [] : ["inset"]),
            ]
          : [`shadow ${JSON.stringify(layer)}`],
      );
    default:
      return [`unknown $type ${type}`];
  }
}

/** Every problem of a DTCG document; `known` adds tokens that aliases may point to. */
function dtcgProblems(document, known = new Map()) {
  const out = [];
  const walk = (node, path) => {
    for (const [key, child] of Object.entries(node)) {
      const at = [...path, key].join(".");
      if (key.startsWith("$")) {
        if (!GROUP_KEYS.has(key)) out.push(`${at}: not a group property`);
        if (key === "$schema" && path.length > 0) out.push(`${at}: only at the root`);
        continue;
      }
      if (/[{}.]/.test(key)) out.push(`${at}: a name may not hold { } or .`);
      if (!child || typeof child !== "object" || Array.isArray(child)) {
        out.push(`${at}: neither a group nor a token`);
        continue;
      }
      if (!("$value" in child)) {
        walk(child, [...path, key]);
        continue;
      }
      for (const property of Object.keys(child))
        if (!TOKEN_KEYS.has(property)) out.push(`${at}: ${property} on a token`);
      if (!TYPES.has(child.$type)) out.push(`${at}: $type ${child.$type}`);
      if (child.$description !== undefined && typeof child.$description !== "string")
        out.push(`${at}: $description`);
      for (const problem of valueProblems(child.$type, child.$value)) out.push(`${at}: ${problem}`);
    }
  };
  walk(document, []);
  const all = new Map([...known, ...tokensOf(document)]);
  for (const [at, token] of tokensOf(document)) {
    const alias = /^\{([^{}]+)\}$/.exec(typeof token.$value === "string" ? token.$value : "");
    if (!alias) continue;
    const target = all.get(alias[1]);
    if (!target) out.push(`${at}: alias to a missing ${alias[1]}`);
    else if (target.$type !== token.$type) out.push(`${at}: alias to a ${target.$type}`);
  }
  return out;
}

describe("the committed design tokens", () => {
  it("are up to date with styles.css (`npm run tokens:write`)", async () => {
    const files = await renderedFiles(read(SOURCE));
    for (const path of Object.values(FILES)) expect(read(path), path).toBe(files[path]);
  });

  it("have the DTCG shape, in light and dark", () => {
    const base = tokensOf(committed.base);
    expect(base.size).toBeGreaterThan(25);
    expect(dtcgProblems(committed.base)).toEqual([]);
    expect(dtcgProblems(committed.dark, base)).toEqual([]);
    expect(dtcgProblems(committed.compact, base)).toEqual([]);
  });

  it("describe and type every token; colours are colours, spacing is a dimension", () => {
    const base = tokensOf(committed.base);
    for (const [at, token] of base) {
      expect(token.$description, at).toMatch(/\w/);
      expect(token.$type, at).toBeDefined();
    }
    expect(base.get("sk.color.bg")).toMatchObject({
      $type: "color",
      $value: { colorSpace: "srgb", components: [1, 1, 1], hex: "#ffffff" },
    });
    expect(base.get("sk.space")).toMatchObject({
      $type: "dimension",
      $value: { value: 1, unit: "rem" },
    });
    expect(base.get("sk.focus-width")?.$value).toEqual({ value: 3, unit: "px" });
    expect(base.get("sk.line-height")).toMatchObject({ $type: "number", $value: 1.5 });
    expect(base.get("sk.font")?.$type).toBe("fontFamily");
    expect(base.get("sk.font")?.$value).toContain("Segoe UI");
  });

  it("hold every --sk-* variable of the theme, named by its path", () => {
    const css = read(SOURCE);
    const block = css.slice(css.indexOf(":where(.sk-root) {"));
    const variables = [
      ...block.slice(0, block.indexOf("\n}")).matchAll(/^\s*(--sk-[\w-]+):/gm),
    ].map((match) => match[1]);
    const paths = [...tokensOf(committed.base).keys()];
    expect(paths.map((path) => `--${path.replaceAll(".", "-")}`).sort()).toEqual(
      [...variables].sort(),
    );
  });

  it("override in dark and compact only tokens of the base, with the same type", () => {
    const base = tokensOf(committed.base);
    const dark = tokensOf(committed.dark);
    const compact = tokensOf(committed.compact);
    expect(dark.size).toBeGreaterThan(5);
    expect(compact.size).toBeGreaterThan(2);
    for (const [at, token] of [...dark, ...compact])
      expect(base.get(at)?.$type, at).toBe(token.$type);
    expect(dark.get("sk.color.bg")?.$value.hex).toBe("#121212");
    expect(compact.get("sk.control-size")?.$value).toEqual({ value: 2.25, unit: "rem" });
  });

  it("carry the card shadow as DTCG shadow layers", () => {
    const shadow = tokensOf(committed.base).get("sk.card-shadow");
    expect(shadow?.$type).toBe("shadow");
    expect(shadow?.$value[0]).toEqual({
      color: { colorSpace: "srgb", components: [0, 0, 0], alpha: 0.1216, hex: "#000000" },
      offsetX: { value: 0, unit: "px" },
      offsetY: { value: 1, unit: "px" },
      blur: { value: 3, unit: "px" },
      spread: { value: 0, unit: "px" },
    });
  });

  it("resolve: the resolver's sets and contexts point at the shipped files", () => {
    const { resolver } = committed;
    expect(resolver.version).toBe("2025.10");
    const refs = [
      ...resolver.sets.base.sources,
      ...Object.values(resolver.modifiers.theme.contexts).flat(),
      ...Object.values(resolver.modifiers.density.contexts).flat(),
    ].map((source) => source.$ref);
    expect(refs).toHaveLength(3);
    for (const ref of refs)
      expect(existsSync(resolve(import.meta.dirname, "../tokens", ref))).toBe(true);
    expect(Object.keys(resolver.modifiers.theme.contexts)).toEqual(["light", "dark"]);
    expect(resolver.modifiers.theme.default).toBe("light");
    for (const { $ref } of resolver.resolutionOrder) {
      const [, kind, name] = $ref.split("/");
      expect(resolver[kind]?.[name], $ref).toBeDefined();
    }
  });

  it("ship in the package as signup-kit/tokens.json, tokens.dark.json and tokens.resolver.json", () => {
    const manifest = JSON.parse(read("package.json"));
    expect(manifest.files).toContain("tokens");
    expect(manifest.exports["./tokens.json"]).toBe(`./${FILES.base}`);
    expect(manifest.exports["./tokens.dark.json"]).toBe(`./${FILES.dark}`);
    expect(manifest.exports["./tokens.compact.json"]).toBe(`./${FILES.compact}`);
    expect(manifest.exports["./tokens.resolver.json"]).toBe(`./${FILES.resolver}`);
  });
});

describe("the checks", () => {
  it("catch a value of the wrong type, a bad colour and a missing alias target", () => {
    const bad = {
      sk: {
        a: { $type: "color", $value: { value: 1, unit: "rem" } },
        b: { $type: "dimension", $value: "#ffffff" },
        c: {
          $type: "color",
          $value: { colorSpace: "srgb", components: [1, 0, 0], hex: "#00ff00" },
        },
        d: { $type: "dimension", $value: { value: 1, unit: "em" } },
        e: { $type: "color", $value: "{sk.missing}" },
        f: { $type: "number", $value: "{sk.d}" },
        g: { $value: 1 },
      },
    };
    const flagged = new Set(dtcgProblems(bad).map((problem) => problem.split(":")[0]));
    expect([...flagged].sort()).toEqual(["sk.a", "sk.b", "sk.c", "sk.d", "sk.e", "sk.f", "sk.g"]);
  });

  it("refuse a variable with no description or a value no token type expresses", () => {
    expect(() => designTokens(":where(.sk-root) { --sk-x: 1rem; }")).toThrow(/no description/);
    expect(() => designTokens(":where(.sk-root) { /* X */ --sk-x: 1em; }")).toThrow(
      /no design token type/,
    );
    expect(() =>
      designTokens(
        ':where(.sk-root) { /* X */ --sk-x: 1rem; } :where(.sk-root[data-theme="dark"]) { --sk-y: #000; } :where(.sk-root[data-density="compact"]) {}',
      ),
    ).toThrow(/set in .* only/);
  });

  it("turn a var() into an alias of the same type", () => {
    const { base } = designTokens(
      ':where(.sk-root) { /* A */ --sk-color-a: #123456; /* B */ --sk-color-b: var(--sk-color-a); } :where(.sk-root[data-theme="dark"]) {} :where(.sk-root[data-density="compact"]) {}',
    );
    expect(base.sk.color.b).toEqual({ $type: "color", $value: "{sk.color.a}", $description: "B" });
    expect(tokenPath("--sk-color-google-bg")).toEqual(["sk", "color", "google-bg"]);
    expect(tokenPath("--sk-font-size")).toEqual(["sk", "font-size"]);
  });
});
