// `{param}` interpolation. `format` returns text; `formatParts` returns the pieces
// so a component can render a placeholder as an element (a link), never as HTML.
// Pure: the templates come from the caller (the catalogues live in ../i18n).

const PLACEHOLDER = /\{(\w+)\}/g;

/**
 * Fill `{param}` placeholders with text. Unknown placeholders stay as they are.
 * @example format("Continue with {name}", { name: "GitHub" }) // "Continue with GitHub"
 */
export function format(template: string, params?: Record<string, string | number>): string {
  if (!params) return template;
  return template.replace(PLACEHOLDER, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

/**
 * Split a template into text and the values of its placeholders, in order, so a
 * placeholder can be an element.
 * @example formatParts("I accept the {terms}", { terms: <a href="/terms">terms</a> })
 * // ["I accept the ", <a …>]
 */
export function formatParts<T>(template: string, params: Record<string, T>): Array<string | T> {
  const parts: Array<string | T> = [];
  let last = 0;
  for (const match of template.matchAll(PLACEHOLDER)) {
    const name = match[1] as string;
    if (!Object.prototype.hasOwnProperty.call(params, name)) continue;
    if (match.index > last) parts.push(template.slice(last, match.index));
    parts.push(params[name] as T);
    last = match.index + match[0].length;
  }
  if (last < template.length) parts.push(template.slice(last));
  return parts;
}
