#!/usr/bin/env node
// The default theme's variables as design tokens in the W3C Design Tokens
// Community Group format (2025.10), generated from src/theme/styles.css, the
// one source:
//
//   tokens/signup-kit.tokens.json       every --sk-* variable of :where(.sk-root),
//                                       light values (a complete file on its own)
//   tokens/signup-kit.dark.tokens.json  what :where(.sk-root[data-theme="dark"])
//                                       changes
//   tokens/signup-kit.compact.tokens.json
//                                       what :where(.sk-root[data-density="compact"])
//                                       changes
//   tokens/signup-kit.resolver.json     a DTCG resolver: the base set plus a
//                                       "theme" (light | dark) and a "density"
//                                       (regular | compact) modifier
//
// The comment right before a variable in styles.css is its $description. A
// token's path joined with "-" is its variable's name (sk.color.bg is
// --sk-color-bg), so tools that turn tokens back into CSS variables give the
// same names. `npm run tokens:write` writes the files; `--check` (part of
// `npm run lint`) fails when they are out of date.
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import postcss from "postcss";
import { format, resolveConfig } from "prettier";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const SOURCE = "src/theme/styles.css";
export const FILES = {
  base: "tokens/signup-kit.tokens.json",
  dark: "tokens/signup-kit.dark.tokens.json",
  compact: "tokens/signup-kit.compact.tokens.json",
  resolver: "tokens/signup-kit.resolver.json",
};
const LIGHT = ":where(.sk-root)";
const DARK = ':where(.sk-root[data-theme="dark"])';
const COMPACT = ':where(.sk-root[data-density="compact"])';
const FORMAT_SCHEMA = "https://www.designtokens.org/schemas/2025.10/format.json";

/** `--sk-color-bg` → ["sk", "color", "bg"]; `--sk-font-size` → ["sk", "font-size"]. */
export function tokenPath(variable) {
  const name = variable.replace(/^--sk-/, "");
  return name.startsWith("color-") ? ["sk", "color", name.slice(6)] : ["sk", name];
}

function hexColor(hex) {
  let digits = hex.slice(1).toLowerCase();
  if (digits.length <= 4) digits = [...digits].map((digit) => digit + digit).join("");
  const channels = digits.match(/../g).map((pair) => parseInt(pair, 16) / 255);
  const round = (channel) => Math.round(channel * 10_000) / 10_000;
  const value = {
    colorSpace: "srgb",
    components: channels.slice(0, 3).map(round),
    hex: `#${digits.slice(0, 6)}`,
  };
  if (channels.length === 4) value.alpha = round(channels[3]);
  return value;
}

const LENGTH = /^(-?\d*\.?\d+)(px|rem)$|^0$/;
const dimension = (text) => {
  const match = LENGTH.exec(text);
  return match[1] === undefined
    ? { value: 0, unit: "px" }
    : { value: Number(match[1]), unit: match[2] };
};

/** `0 1px 3px 0 #0000001f, …` (four lengths and a hex colour each) as DTCG shadows. */
function shadows(value) {
  const layers = value.split(",").map((layer) => layer.trim().split(/\s+/));
  if (
    !layers.every(
      (parts) =>
        parts.length === 5 &&
        parts.slice(0, 4).every((part) => LENGTH.test(part)) &&
        /^#[0-9a-f]{3,8}$/i.test(parts[4]),
    )
  )
    return undefined;
  const out = layers.map(([x, y, blur, spread, color]) => ({
    color: hexColor(color),
    offsetX: dimension(x),
    offsetY: dimension(y),
    blur: dimension(blur),
    spread: dimension(spread),
  }));
  return out.length === 1 ? out[0] : out;
}

/** Splits a font list on its commas and drops the quotes. */
function fontFamilies(value) {
  return value
    .split(",")
    .map((part) => part.trim().replace(/^(["'])(.*)\1$/, "$2"))
    .filter(Boolean);
}

/**
 * One CSS value as a DTCG [$type, $value]. Values the format cannot express
 * throw, so a variable never slips out of the tokens unnoticed.
 */
export function tokenValue(variable, value, types = new Map()) {
  const alias = /^var\((--sk-[\w-]+)\)$/.exec(value);
  if (alias) {
    const type = types.get(alias[1]);
    if (!type) throw new Error(`${variable}: ${alias[1]} is not defined before it`);
    return [type, `{${tokenPath(alias[1]).join(".")}}`];
  }
  if (/^#(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i.test(value))
    return ["color", hexColor(value)];
  const measure = /^(-?\d*\.?\d+)(px|rem|ms|s)$/.exec(value);
  if (measure) {
    const type = measure[2] === "ms" || measure[2] === "s" ? "duration" : "dimension";
    return [type, { value: Number(measure[1]), unit: measure[2] }];
  }
  if (/^-?\d*\.?\d+$/.test(value)) return ["number", Number(value)];
  const shadow = /shadow$/.test(variable) && shadows(value);
  if (shadow) return ["shadow", shadow];
  if (/(?:^|-)font$/.test(variable)) return ["fontFamily", fontFamilies(value)];
  throw new Error(`${variable}: no design token type for the value "${value}"`);
}

/** The --sk-* declarations of one top-level rule, with the comment before each. */
function declarations(css, selector) {
  const rule = css.nodes.find((node) => node.type === "rule" && node.selector === selector);
  if (!rule) throw new Error(`${SOURCE} has no ${selector} rule`);
  const found = [];
  rule.each((node) => {
    if (node.type !== "decl" || !node.prop.startsWith("--sk-")) return;
    const before = node.prev();
    found.push({
      variable: node.prop,
      value: node.value.trim(),
      description: before?.type === "comment" ? before.text.replace(/\s+/g, " ") : undefined,
    });
  });
  return found;
}

function place(tree, path, token) {
  let group = tree;
  for (const key of path.slice(0, -1)) group = group[key] ??= {};
  group[path.at(-1)] = token;
}

/** The three documents, as objects, from the text of styles.css. */
export function designTokens(source) {
  const css = postcss.parse(source);
  const types = new Map();
  const base = {
    $schema: FORMAT_SCHEMA,
    sk: {
      $description:
        "signup-kit's default theme (signup-kit/styles.css): each token is the CSS variable named by its path, --sk-…",
      color: { $description: "Colours, light palette (dark: signup-kit.dark.tokens.json)" },
    },
  };
  for (const { variable, value, description } of declarations(css, LIGHT)) {
    if (!description) throw new Error(`${variable} has no description comment in ${SOURCE}`);
    const [$type, $value] = tokenValue(variable, value, types);
    types.set(variable, $type);
    place(base, tokenPath(variable), { $type, $value, $description: description });
  }
  const overrides = (selector) => {
    const document = { $schema: FORMAT_SCHEMA };
    for (const { variable, value } of declarations(css, selector)) {
      if (!types.has(variable))
        throw new Error(`${variable} is set in ${selector} only: define it in ${LIGHT}`);
      const [$type, $value] = tokenValue(variable, value, types);
      if ($type !== types.get(variable))
        throw new Error(`${variable}: ${selector} sets another type`);
      place(document, tokenPath(variable), { $type, $value });
    }
    return document;
  };
  const dark = overrides(DARK);
  const compact = overrides(COMPACT);
  const file = (path) => path.slice("tokens/".length);
  const resolver = {
    name: "signup-kit",
    version: "2025.10",
    description:
      "signup-kit's default theme: the base tokens, then the theme modifier (light adds nothing, dark overrides colours) and the density modifier (regular adds nothing, compact overrides spacing).",
    sets: { base: { sources: [{ $ref: file(FILES.base) }] } },
    modifiers: {
      theme: {
        description: "data-theme on the form root, or the system's prefers-color-scheme",
        default: "light",
        contexts: { light: [], dark: [{ $ref: file(FILES.dark) }] },
      },
      density: {
        description: 'data-density on the form root (density="compact" on <SignupForm>)',
        default: "regular",
        contexts: { regular: [], compact: [{ $ref: file(FILES.compact) }] },
      },
    },
    resolutionOrder: [
      { $ref: "#/sets/base" },
      { $ref: "#/modifiers/theme" },
      { $ref: "#/modifiers/density" },
    ],
  };
  return { base, dark, compact, resolver };
}

/** The files' text, formatted as the repository formats JSON. */
export async function renderedFiles(source = readFileSync(join(root, SOURCE), "utf8")) {
  const documents = designTokens(source);
  const options = (await resolveConfig(join(root, FILES.base))) ?? {};
  const out = {};
  for (const [key, path] of Object.entries(FILES))
    out[path] = await format(JSON.stringify(documents[key]), { ...options, parser: "json" });
  return out;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const files = await renderedFiles();
  if (process.argv.includes("--check")) {
    const stale = Object.entries(files).filter(([path, text]) => {
      try {
        return readFileSync(join(root, path), "utf8") !== text;
      } catch {
        return true;
      }
    });
    if (stale.length > 0) {
      console.error(
        `Out of date with ${SOURCE}: ${stale.map(([path]) => path).join(", ")}. Run \`npm run tokens:write\`.`,
      );
      process.exit(1);
    }
  } else {
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), text);
    }
    console.log(`Wrote ${Object.keys(files).join(", ")}`);
  }
}
