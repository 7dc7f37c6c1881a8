// The no-JavaScript form post: an urlencoded body read into the JSON body
// shape, and the consent record a plain form can carry.
import type { ResolvedConfig } from "../config";
import { formFields } from "../resolve";

/** A body value by its configured name: a root key, `customData.birthdate` included. */
export function readKey(body: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(body, key) ? body[key] : undefined;
}

/**
 * Parses an urlencoded body into the JSON body shape, as qs (Express's and
 * express-stormpath's parser) reads it: a dotted key stays one root key
 * (`customData.plan`, the configured name), `a[b]` nests one level
 * (`customData[plan]` is `{ customData: { plan } }`, refused like the JSON
 * form). The consent record's parts (`consent[termsVersion]`, or
 * `consent.termsVersion`) make one record under the consent key;
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
  const consentField = config.consent.field;
  const child = (key: string): Record<string, unknown> => {
    const existing = body[key];
    if (existing && typeof existing === "object") return existing as Record<string, unknown>;
    const created = Object.create(null) as Record<string, unknown>;
    body[key] = created;
    return created;
  };
  let csrf: string | undefined;
  for (const [key, raw] of params) {
    if (key === "_csrf") {
      csrf = raw;
      continue;
    }
    const bracket = /^([^[\]]+)\[([^[\]]+)\]$/.exec(key);
    const consentPart =
      bracket?.[1] === consentField
        ? bracket[2]
        : key.startsWith(consentField + ".")
          ? key.slice(consentField.length + 1)
          : undefined;
    if (consentPart && !consentPart.includes(".")) {
      child(consentField)[consentPart] =
        consentPart === "marketing" ? raw === "on" || raw === "true" : raw;
    } else if (bracket?.[1] && bracket[2]) {
      child(bracket[1])[bracket[2]] = raw;
    } else {
      body[key] = checkboxes.has(key) ? raw === "on" || raw === "true" : raw;
    }
  }
  consentFromForm(body, consentField);
  return { body, csrf };
}

/**
 * The consent record of a plain form post: the terms checkbox posts
 * `<consent key>[termsVersion]` only when ticked, beside hidden `termsUrl` and
 * `locale`. Unticked, there is no consent (the hidden parts alone are not a
 * record); ticked, the server stamps `acceptedAt` (a form cannot say when).
 * The consent key is one root key, dotted or not.
 */
export function consentFromForm(body: Record<string, unknown>, field: string): void {
  const record = Object.hasOwn(body, field) ? body[field] : undefined;
  if (!record || typeof record !== "object") return;
  const consent = record as Record<string, unknown>;
  if (!("termsVersion" in consent)) delete body[field];
  else if (!("acceptedAt" in consent)) consent.acceptedAt = new Date().toISOString();
}
