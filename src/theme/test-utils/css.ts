// A small CSS reader for the theme's tests (not shipped): rules with their
// at-rule context, and the custom properties of a rule.

export interface CssRule {
  /** Enclosing at-rules, outermost first (`@media (prefers-color-scheme: dark)`). */
  atRules: string[];
  /** The selector list, whitespace collapsed. */
  selector: string;
  /** Declarations in order, property lower-cased. */
  declarations: Array<{ property: string; value: string }>;
}

/** Parse plain CSS (no nesting inside style rules) into rules. */
export function parseCss(source: string): CssRule[] {
  const css = source.replace(/\/\*[\s\S]*?\*\//g, "");
  const rules: CssRule[] = [];
  const stack: string[] = [];
  let buffer = "";
  for (let index = 0; index < css.length; index += 1) {
    const char = css[index];
    if (char === "{") {
      const prelude = buffer.replace(/\s+/g, " ").trim();
      buffer = "";
      if (prelude.startsWith("@")) {
        stack.push(prelude);
        continue;
      }
      const end = css.indexOf("}", index);
      const body = css.slice(index + 1, end);
      rules.push({
        atRules: [...stack],
        selector: prelude,
        declarations: body
          .split(";")
          .map((part) => part.trim())
          .filter(Boolean)
          .map((part) => {
            const colon = part.indexOf(":");
            return {
              property: part.slice(0, colon).trim().toLowerCase(),
              value: part
                .slice(colon + 1)
                .replace(/\s+/g, " ")
                .trim(),
            };
          }),
      });
      index = end;
    } else if (char === "}") {
      stack.pop();
      buffer = "";
    } else {
      buffer += char;
    }
  }
  return rules;
}

/** Split a selector list on its top-level commas. */
export function splitSelectors(list: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = "";
  for (const char of list) {
    if (char === "(" || char === "[") depth += 1;
    if (char === ")" || char === "]") depth -= 1;
    if (char === "," && depth === 0) {
      out.push(current.trim());
      current = "";
    } else current += char;
  }
  if (current.trim()) out.push(current.trim());
  return out;
}

/** The `--sk-*` custom properties a rule sets. */
export function customProperties(rule: CssRule | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const { property, value } of rule?.declarations ?? [])
    if (property.startsWith("--sk-")) out[property] = value;
  return out;
}

/** Relative luminance of a `#rgb` / `#rrggbb` colour (WCAG 2.x). */
export function luminance(hex: string): number {
  const match = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex.trim());
  if (!match) throw new Error(`Not a hex colour: ${hex}`);
  const digits =
    (match[1] as string).length === 3
      ? [...(match[1] as string)].map((digit) => digit + digit)
      : ((match[1] as string).match(/../g) as string[]);
  const [r, g, b] = digits.map((pair) => {
    const channel = parseInt(pair, 16) / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two hex colours, 1 to 21. */
export function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}
