// The POST body, from an allowlist of declared fields: never by spreading form
// state (mass assignment, OWASP API3:2023).
import type { NormalizedField } from "../contract/types";
import { setOwn } from "./names";

/** Options of {@link buildPayload}. */
export interface PayloadOptions {
  /** The consent record; omitted when there is no consent. */
  consent?: object;
  /** Where the consent record goes. Defaults to `"consent"`. */
  consentField?: string;
  /** The captcha token and its body key. */
  captcha?: { field: string; token: string };
}

function wireValue(field: NormalizedField, value: unknown): unknown {
  if (field.kind === "checkbox") return value === true;
  if (typeof value !== "string") return undefined;
  if (field.kind === "email") return value.trim();
  if ((field.kind === "number" || field.kind === "range") && value.trim() !== "") {
    const number = Number(value);
    return Number.isFinite(number) ? number : value;
  }
  // Passwords and all other text: exactly as typed.
  return value;
}

/**
 * The JSON body: each declared field at the root under exactly its wire name
 * (`customData.plan` is one key, as express-stormpath accepts it), plus the
 * consent record and the captcha token. Empty optional fields are left out;
 * keys of `values` that no field declares are never read.
 */
export function buildPayload(
  fields: readonly NormalizedField[],
  values: Readonly<Record<string, unknown>>,
  { consent, consentField = "consent", captcha }: PayloadOptions = {},
): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const field of fields) {
    const value = wireValue(
      field,
      Object.hasOwn(values, field.key) ? values[field.key] : field.defaultValue,
    );
    if (value === undefined || (value === "" && !field.required)) continue;
    setOwn(body, field.name, value);
  }
  if (consent) setOwn(body, consentField, consent);
  if (captcha?.token) setOwn(body, captcha.field, captcha.token);
  return body;
}
