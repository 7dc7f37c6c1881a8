// Wire names are keys, not paths: `customData.plan` is one root key of the
// POST body, as express-stormpath reads it (it moves custom fields into
// customData itself, and refuses a key nested inside customData).

/** The largest prefix RHF or a server could treat as a prototype path. */
const FORBIDDEN = /__proto__|constructor|prototype/;

/** Why a wire name is refused, or `undefined` when it is usable. */
export function refuseName(name: string): string | undefined {
  const reason =
    name.trim() === ""
      ? 1
      : FORBIDDEN.test(name)
        ? 2
        : name === "customData" || name === "customData."
          ? 3
          : 0;
  if (!reason) return undefined;
  // The reason is for the development warning; production builds keep a marker only.
  return process.env.NODE_ENV !== "production"
    ? [
        "",
        "the name is empty",
        "the name contains __proto__, constructor or prototype",
        "customData is reserved for custom fields",
      ][reason]
    : "refused";
}

/** Set an own property without ever invoking a prototype setter. */
export function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

/**
 * A nested form-field name in bracket form: `["consent", "termsVersion"]` →
 * `consent[termsVersion]`. Bracket names are what qs (express-stormpath's and
 * Express's urlencoded parser) and most other servers read as one object; a
 * dotted name stays a single flat key there: `customData.consent[locale]` is
 * the key `customData.consent` holding `{ locale }`.
 */
export function formFieldName(path: readonly string[]): string {
  return path.map((part, index) => (index ? `[${part}]` : part)).join("");
}

/**
 * The form keys of the kit's own controls, beside the fields' synthetic keys
 * (`f0`, `f1` …): the terms and marketing checkboxes and the captcha token.
 * The form schema checks them like any field.
 */
export const CONTROL_KEYS = {
  terms: "terms",
  marketing: "marketing",
  captcha: "captcha",
} as const;
