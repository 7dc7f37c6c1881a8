// The no-JavaScript form post: an urlencoded body read into the JSON body
// shape, and the consent record a plain form can carry.
import type { ResolvedConfig } from "../config";
import { formFields } from "../resolve";

/** A body key, where `customData.<name>` is read inside `customData`. */
export function readKey(body: Record<string, unknown>, key: string): unknown {
  if (!key.startsWith("customData.")) return Object.hasOwn(body, key) ? body[key] : undefined;
  const data = body.customData;
  const inner = key.slice("customData.".length);
  return data && typeof data === "object" && Object.hasOwn(data, inner)
    ? (data as Record<string, unknown>)[inner]
    : undefined;
}

/**
 * Parses an urlencoded body into the JSON body shape: `customData.<name>` keys
 * go into `customData` (and `<consent key>.<part>` or `<consent key>[<part>]`
 * into the consent record);
 * checkbox fields turn `on`/`true` into `true`. Objects have no prototype, so
 * keys like `__proto__` stay plain (and are refused as unknown fields).
 */
export function parseForm(
  text: string,
  config: ResolvedConfig,
): { body: Record<string, unknown>; csrf: string | undefined } {
  const params = new URLSearchParams(text);
  const body = Object.create(null) as Record<string, unknown>;
  const checkboxes = new Set(
    formFields(config)
      .filter((f) => f.type === "checkbox")
      .map((f) => f.name),
  );
  let csrf: string | undefined;
  for (const [given, raw] of params) {
    // `a[b]` (the bracket form most body parsers read as an object) is `a.b` here.
    const key = given.replace(/^([^[\].]+)\[([^[\].]+)\]$/, "$1.$2");
    if (key === "_csrf") {
      csrf = raw;
      continue;
    }
    let value: unknown = raw;
    if (checkboxes.has(key) || key.endsWith(".marketing")) value = raw === "on" || raw === "true";
    const parts = key.split(".");
    let target = body;
    const nestable =
      parts.length > 1 && (parts[0] === "customData" || key.startsWith(config.consent.field + "."));
    if (nestable && parts.length <= 3) {
      for (const part of parts.slice(0, -1)) {
        const next = target[part];
        if (next && typeof next === "object") target = next as Record<string, unknown>;
        else {
          const created = Object.create(null) as Record<string, unknown>;
          target[part] = created;
          target = created;
        }
      }
      target[parts[parts.length - 1] ?? key] = value;
    } else {
      body[key] = value;
    }
  }
  consentFromForm(body, config.consent.field);
  return { body, csrf };
}

/**
 * The consent record of a plain form post: the terms checkbox posts
 * `<consent key>.termsVersion` only when ticked, beside hidden `termsUrl` and
 * `locale`. Unticked, there is no consent (the hidden parts alone are not a
 * record); ticked, the server stamps `acceptedAt` (a form cannot say when).
 */
export function consentFromForm(body: Record<string, unknown>, field: string): void {
  const path = field.split(".");
  const last = path.pop() ?? field;
  let parent: Record<string, unknown> | undefined = body;
  for (const part of path) {
    const next: unknown = parent[part];
    parent = next && typeof next === "object" ? (next as Record<string, unknown>) : undefined;
    if (!parent) return;
  }
  const record = parent[last];
  if (!record || typeof record !== "object") return;
  const consent = record as Record<string, unknown>;
  if (!("termsVersion" in consent)) delete parent[last];
  else if (!("acceptedAt" in consent)) consent.acceptedAt = new Date().toISOString();
}
