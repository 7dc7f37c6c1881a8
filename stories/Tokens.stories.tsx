import type { Meta, StoryObj } from "@storybook/react-vite";
import type { CSSProperties } from "react";
import { expect } from "storybook/test";
import base from "../tokens/signup-kit.tokens.json";
import dark from "../tokens/signup-kit.dark.tokens.json";

interface Token {
  $type: string;
  $value: unknown;
  $description?: string;
}

/** Every token of a DTCG document by its path (`sk.color.bg`). */
function flatten(tree: object, path: string[] = [], out = new Map<string, Token>()) {
  for (const [key, node] of Object.entries(tree)) {
    if (key.startsWith("$") || !node || typeof node !== "object") continue;
    if ("$value" in node) out.set([...path, key].join("."), node as Token);
    else flatten(node, [...path, key], out);
  }
  return out;
}

const lightTokens = flatten(base);
const darkTokens = flatten(dark);
const variable = (path: string) => `--${path.replaceAll(".", "-")}`;

/** The CSS text of a token's value (what styles.css says). */
function cssValue(token: Token): string {
  const value = token.$value as
    { hex?: string; value?: number; unit?: string } | string[] | number | string;
  if (Array.isArray(value))
    return value.map((name) => (/\s/.test(name) ? `"${name}"` : name)).join(", ");
  if (typeof value === "object" && value.hex) return value.hex;
  if (typeof value === "object" && value.unit) return `${value.value}${value.unit}`;
  return String(value);
}

const list: CSSProperties = {
  display: "flex",
  flexDirection: "column",
  gap: "0.75rem",
  margin: 0,
  padding: 0,
  listStyle: "none",
};
const item: CSSProperties = {
  display: "flex",
  flexWrap: "wrap",
  alignItems: "center",
  gap: "0.5rem 1rem",
  paddingBlockEnd: "0.75rem",
  borderBlockEnd: "1px solid var(--sk-color-border)",
};

function Swatch({ palette, hex }: { palette: string; hex: string }) {
  return (
    <span style={{ display: "inline-flex", alignItems: "center", gap: "0.375rem" }}>
      <span
        aria-hidden="true"
        data-swatch={palette}
        style={{
          display: "inline-block",
          inlineSize: "2rem",
          blockSize: "2rem",
          background: hex,
          border: "1px solid var(--sk-color-border)",
          borderRadius: "0.25rem",
        }}
      />
      <span>
        {palette} <code>{hex}</code>
      </span>
    </span>
  );
}

/** A drawing of a dimension, a font or a number: what it looks like at that value. */
function Sample({ path, token }: { path: string; token: Token }) {
  const value = cssValue(token);
  if (token.$type === "fontFamily")
    return <span style={{ fontFamily: value, fontSize: "1.25rem" }}>Create your account</span>;
  if (token.$type === "number")
    return <span style={{ lineHeight: value }}>Line height {value}</span>;
  if (path.endsWith("radius"))
    return (
      <span
        aria-hidden="true"
        data-sample="radius"
        style={{
          display: "inline-block",
          inlineSize: "3rem",
          blockSize: "2rem",
          border: "2px solid var(--sk-color-text)",
          borderRadius: value,
        }}
      />
    );
  return (
    <span
      aria-hidden="true"
      data-sample="length"
      style={{
        display: "inline-block",
        inlineSize: value,
        maxInlineSize: "100%",
        blockSize: path.endsWith("width") ? value : "0.5rem",
        minBlockSize: "2px",
        background: "var(--sk-color-accent)",
      }}
    />
  );
}

function TokenItem({ path, token }: { path: string; token: Token }) {
  const color = token.$type === "color";
  const darkToken = darkTokens.get(path) ?? token;
  return (
    <li style={item} data-token={path}>
      <span style={{ flex: "1 1 14rem", minInlineSize: 0 }}>
        <code style={{ fontWeight: 600 }}>{variable(path)}</code>
        <br />
        <span style={{ color: "var(--sk-color-muted)" }}>
          {token.$description} <span>({token.$type})</span>
        </span>
      </span>
      {color ? (
        <span style={{ display: "flex", flexWrap: "wrap", gap: "0.5rem 1rem" }}>
          <Swatch palette="Light" hex={cssValue(token)} />
          <Swatch palette="Dark" hex={cssValue(darkToken)} />
        </span>
      ) : (
        <span style={{ display: "flex", flexWrap: "wrap", alignItems: "center", gap: "0.5rem" }}>
          <code>{cssValue(token)}</code>
          <Sample path={path} token={token} />
        </span>
      )}
    </li>
  );
}

/**
 * Every design token of the default theme, in the light and the dark palette.
 * The tokens ship as `signup-kit/tokens.json` (W3C Design Tokens format,
 * light values), `signup-kit/tokens.dark.json` (what dark changes) and
 * `signup-kit/tokens.resolver.json` (the two as a "theme" modifier). They are
 * generated from `styles.css` (`npm run tokens:write`), so this page shows
 * exactly what the CSS does.
 */
function TokenCatalogue({ theme }: { theme?: "light" | "dark" }) {
  const entries = [...lightTokens];
  const colors = entries.filter(([, token]) => token.$type === "color");
  const others = entries.filter(([, token]) => token.$type !== "color");
  return (
    <div className="sk-root" data-theme={theme} style={{ maxInlineSize: "48rem" }}>
      <h1 style={{ margin: 0, fontSize: "1.5em" }}>Design tokens</h1>
      <p style={{ margin: 0 }}>
        {entries.length} tokens, each the CSS variable of the same name. Import them with{" "}
        <code>signup-kit/tokens.json</code> (light) and <code>signup-kit/tokens.dark.json</code>{" "}
        (dark overrides), or <code>signup-kit/tokens.resolver.json</code> for both.
      </p>
      <h2 style={{ margin: 0, fontSize: "1.25em" }}>Size, space and type</h2>
      <ul style={list} aria-label="Size, space and type tokens">
        {others.map(([path, token]) => (
          <TokenItem key={path} path={path} token={token} />
        ))}
      </ul>
      <h2 style={{ margin: 0, fontSize: "1.25em" }}>Colours, light and dark</h2>
      <ul style={list} aria-label="Colour tokens">
        {colors.map(([path, token]) => (
          <TokenItem key={path} path={path} token={token} />
        ))}
      </ul>
    </div>
  );
}

const meta = {
  title: "Design/Tokens",
  component: TokenCatalogue,
  parameters: { controls: { disable: true } },
  render: (_args, context) => (
    <TokenCatalogue theme={context.globals.theme === "dark" ? "dark" : "light"} />
  ),
} satisfies Meta<typeof TokenCatalogue>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Every token with a swatch (colours, both palettes) or a sample (sizes, fonts). */
export const AllTokens: Story = {
  name: "All tokens",
  play: async ({ canvasElement }) => {
    const items = canvasElement.querySelectorAll("[data-token]");
    await expect(items).toHaveLength(lightTokens.size);
    // Each colour swatch paints the token's value in both palettes.
    const rgb = (hex: string) =>
      `rgb(${(hex.slice(1).match(/../g) ?? []).map((pair) => parseInt(pair, 16)).join(", ")})`;
    for (const [path, token] of lightTokens) {
      if (token.$type !== "color") continue;
      const row = canvasElement.querySelector(`[data-token="${path}"]`);
      const light = row?.querySelector<HTMLElement>('[data-swatch="Light"]');
      const darkSwatch = row?.querySelector<HTMLElement>('[data-swatch="Dark"]');
      await expect(light && getComputedStyle(light).backgroundColor).toBe(rgb(cssValue(token)));
      await expect(darkSwatch && getComputedStyle(darkSwatch).backgroundColor).toBe(
        rgb(cssValue(darkTokens.get(path) ?? token)),
      );
    }
  },
};
