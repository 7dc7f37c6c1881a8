// The POST body, from an allowlist of declared fields: never by spreading form
// state (mass assignment, OWASP API3:2023).
import type { NormalizedField } from "../contract/types";
import { setOwn, wirePath } from "./names";

/** Options of {@link buildPayload}. */
export interface PayloadOptions {
  /** The consent record; omitted when there is no consent. */
  consent?: object;
  /** Where the consent record goes. Defaults to `"consent"`. */
  consentField?: string;
  /** The captcha token and its body key. */
  captcha?: { field: string; token: string };
}

function put(body: Record<string, unknown>, name: string, value: unknown): void {
  const path = wirePath(name);
  if (path.length === 1) {
    setOwn(body, path[0], value);
    return;
  }
  let custom = Object.hasOwn(body, "customData") ? body.customData : undefined;
  if (!custom || typeof custom !== "object") {
    custom = {};
    setOwn(body, "customData", custom);
  }
  setOwn(custom as Record<string, unknown>, path[1], value);
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
 * The JSON body: each declared field under its wire name (`customData.<name>`
 * nested), plus the consent record and the captcha token. Empty optional fields
 * are left out; keys of `values` that no field declares are never read.
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
    put(body, field.name, value);
  }
  if (consent) put(body, consentField, consent);
  if (captcha?.token) put(body, captcha.field, captcha.token);
  return body;
}
