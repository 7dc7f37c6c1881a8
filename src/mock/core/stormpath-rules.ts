// The POST rules of the `stormpath` style: what express-stormpath's register
// controller checks (3.2.0 and 4.0.0, as measured), and nothing more. Required
// fields by label, the confirmation, unknown keys, then what the Stormpath or
// Okta REST API itself refuses (an email it cannot store, the password policy).
// Values are not type-checked: react-stormpath posts an unchecked checkbox as "".
import { KNOWN_FIELD_NAMES, type ResolvedConfig } from "./config";
import qs from "qs";
import { formFields, type FormField } from "./resolve";
import type { Issue } from "./responses";
import type { RegistrationInput } from "./validate";
import { checkPassword, codePoints, isEmail } from "./validate";

/** Root keys express-stormpath passes on to the REST API without a configured field. */
const CORE_KEYS = new Set([
  "username",
  "email",
  "password",
  "givenName",
  "middleName",
  "surname",
  "status",
  "customData",
]);
const FORBIDDEN_KEYS = new Set(["__proto__", "constructor", "prototype"]);
/** The Stormpath REST API's limit on the account's text properties. */
const CORE_TEXT_MAX = 255;

/** express-stormpath 3.2.0 relays the Stormpath REST API's 409 and its message (code 2001). */
export const STORMPATH_DUPLICATE_EMAIL =
  "Account with that email already exists.  Please choose another email.";
export const STORMPATH_DUPLICATE_USERNAME =
  "Account with that username already exists.  Please choose another username.";
/** The Stormpath REST API's password-strength messages (code 2007). */
const STORMPATH_TOO_SHORT = "Account password minimum length not satisfied.";
const STORMPATH_TOO_LONG = "Password exceeded the maximum length.";
/** express-stormpath 4.0.0's own answer to a duplicate (400, not 409). */
export const OKTA_DUPLICATE_EMAIL = "An account with that email address already exists.";

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/** The keys express-stormpath knows: every configured field (enabled or not), plus declared extras. */
function configuredNames(config: ResolvedConfig): Set<string> {
  const names = new Set<string>(KNOWN_FIELD_NAMES);
  for (const field of config.customFields) names.add(field.name);
  if (config.ageGate) names.add(config.ageGate.field);
  if (config.consent.enabled) names.add(config.consent.field);
  if (config.captcha.enabled) names.add(config.captcha.field);
  return names;
}

/** The declared fields a POST must fill, in configuration order (known fields, custom, extras). */
function requiredFields(config: ResolvedConfig): Array<{ name: string; label: string }> {
  const byName = new Map(
    formFields(config).map((field): [string, FormField] => [field.name, field]),
  );
  const out: Array<{ name: string; label: string }> = [];
  for (const name of KNOWN_FIELD_NAMES) {
    const field = byName.get(name);
    if (field?.required) out.push({ name, label: field.label });
  }
  for (const field of formFields(config)) {
    if (!field.known && field.required) out.push({ name: field.name, label: field.label });
  }
  if (config.consent.required) out.push({ name: config.consent.field, label: CONSENT_LABEL });
  // The captcha token is checked by the verifier (body key or header), not here.
  return out;
}

/** The label of the declared consent field (its "required" message reads "Consent required."). */
export const CONSENT_LABEL = "Consent";
/** The label of the declared captcha field. */
export const CAPTCHA_LABEL = "Captcha";

const issue = (
  status: 400,
  code: number,
  reason: string,
  message: string,
  field?: string,
): Issue => ({
  status,
  code,
  reason,
  message,
  ...(field ? { field } : {}),
});

/**
 * The password policy's answer, in the words of the REST API behind the chosen
 * release: 3.2.0 relays the (mock) Stormpath REST API's message; 4.0.0 relays
 * Okta's, prefixed with the property name, `"password: "`.
 */
export function stormpathPasswordIssue(
  password: string,
  config: ResolvedConfig,
): Issue | undefined {
  const found = checkPassword(password, config, config.fields.password.label);
  if (!found) return found;
  if (config.stormpathVersion === 3) {
    // The REST API's texts; a blocklisted password keeps the mock's own explanation.
    if (found.reason === "password-too-short") return { ...found, message: STORMPATH_TOO_SHORT };
    if (found.reason === "password-too-long") return { ...found, message: STORMPATH_TOO_LONG };
    return found;
  }
  const { minLength, maxLength } = config.password;
  const text =
    found.reason === "password-too-short"
      ? `Password requirements were not met. Password requirements: at least ${minLength} characters.`
      : found.reason === "password-too-long"
        ? `Password requirements were not met. Password requirements: at most ${maxLength} characters.`
        : "This password was found in a list of commonly used passwords. Please try another password.";
  return { ...found, message: `password: ${text}` };
}

/** The duplicate answer of the chosen release. */
export function stormpathDuplicateIssue(
  config: ResolvedConfig,
  which: "email" | "username",
): Issue {
  if (config.stormpathVersion === 4) {
    return {
      status: 400,
      code: 400,
      field: which,
      reason: `duplicate-${which}`,
      message:
        which === "email" ? OKTA_DUPLICATE_EMAIL : "An account with that username already exists.",
    };
  }
  return {
    status: 409,
    code: 2001,
    field: which,
    reason: `duplicate-${which}`,
    message: which === "email" ? STORMPATH_DUPLICATE_EMAIL : STORMPATH_DUPLICATE_USERNAME,
  };
}

/** A value the register controller treats as present (JavaScript truthiness, as `!formData[name]`). */
function present(value: unknown): boolean {
  return Boolean(value);
}

/** Text for a core property: strings as they are, numbers and booleans as text, anything else refused by the REST API. */
function coreText(value: unknown): string | undefined {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return undefined;
}

/**
 * Applies express-stormpath's register checks, first failure only (it answers
 * one error at a time): required fields (absent or falsy at the root), the
 * confirmation, keys that are not configured fields (at the root and inside
 * `customData`, by their own name; a field configured as `customData.x` passes
 * as that dotted root key on 3.2.0 and never on 4.0.0), then what the
 * REST API refuses. Custom fields are read at the root and moved into
 * `customData`; the declared consent and captcha keys are taken out.
 */
export function validateStormpathBody(
  body: Record<string, unknown>,
  config: ResolvedConfig,
): { issues: Issue[]; input?: RegistrationInput } {
  const rootKeys = Object.keys(body);
  // Given and last name default to "UNKNOWN" when not required (the REST API needs them).
  const filled: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  for (const key of rootKeys) filled[key] = body[key];
  for (const name of ["givenName", "surname"] as const) {
    const field = config.fields[name];
    if ((!field.enabled || !field.required) && !present(filled[name])) filled[name] = "UNKNOWN";
  }

  for (const { name, label } of requiredFields(config)) {
    if (!Object.hasOwn(filled, name) || !present(filled[name])) {
      return { issues: [issue(400, 2000, "required", `${label} required.`, name)] };
    }
  }
  if (config.fields.confirmPassword.enabled && filled.password !== filled.confirmPassword) {
    return {
      issues: [issue(400, 400, "password-mismatch", "Passwords do not match.", "confirmPassword")],
    };
  }
  const configured = configuredNames(config);
  const custom = isObject(filled.customData) ? filled.customData : {};
  for (const key of [...rootKeys, ...Object.keys(custom)]) {
    // 3.2.0 compares each key with the configured names as they are, so a field
    // configured as `customData.plan` passes as that dotted root key (and is
    // stored in customData under it), never nested as `customData: { plan }`.
    // 4.0.0 never passes a dotted key.
    const known =
      CORE_KEYS.has(key) ||
      (configured.has(key) && (config.stormpathVersion === 3 || !key.startsWith("customData.")));
    if (!known || FORBIDDEN_KEYS.has(key)) {
      return {
        issues: [
          issue(400, 400, "unknown-field", `${key} is not a configured registration field.`, key),
        ],
      };
    }
  }

  // What the REST API refuses.
  const text = (name: string): string | null => {
    const value = coreText(filled[name]);
    return value === undefined || value === "" ? null : value;
  };
  for (const name of ["givenName", "middleName", "surname", "username", "email"] as const) {
    if (
      filled[name] !== undefined &&
      filled[name] !== null &&
      coreText(filled[name]) === undefined
    ) {
      return { issues: [issue(400, 2006, "wrong-type", `Account ${name} is invalid.`, name)] };
    }
    const value = text(name);
    if (value !== null && codePoints(value) > CORE_TEXT_MAX) {
      return {
        issues: [issue(400, 2008, "too-long", `Account ${name} maximum length exceeded.`, name)],
      };
    }
  }
  const email = (text("email") ?? "").trim();
  if (!isEmail(email)) {
    return {
      issues: [
        config.stormpathVersion === 4
          ? issue(400, 400, "wrong-type", "email: Does not match required pattern", "email")
          : issue(
              400,
              2006,
              "wrong-type",
              "Account email address is in an invalid format.",
              "email",
            ),
      ],
    };
  }
  const password = coreText(filled.password) ?? "";
  const policy = stormpathPasswordIssue(password, config);
  if (policy) return { issues: [policy] };

  // prepAccountData: every non-core root key goes into customData.
  const customData: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(custom)) customData[key] = value;
  let consent: Record<string, unknown> | null = null;
  let captchaToken: unknown;
  for (const key of rootKeys) {
    if (CORE_KEYS.has(key) || key === "confirmPassword") continue;
    if (config.captcha.enabled && key === config.captcha.field) {
      // Checked by the server's pre-registration step, never stored.
      captchaToken = filled[key];
      continue;
    }
    if (config.consent.enabled && key === config.consent.field && isObject(filled[key])) {
      consent = filled[key] as Record<string, unknown>;
    }
    customData[key] = filled[key];
  }
  // A declared consent key also passes inside customData (its inner keys are checked against the configured names).
  if (!consent && config.consent.enabled && isObject(custom[config.consent.field]))
    consent = custom[config.consent.field] as Record<string, unknown>;
  return {
    issues: [],
    input: {
      givenName: text("givenName"),
      middleName: text("middleName"),
      surname: text("surname"),
      username: text("username"),
      email,
      password,
      customData,
      consent,
      captchaToken,
    },
  };
}

/**
 * Content negotiation as express-stormpath does it: the Accept entries in the
 * client's order of preference (quality, then position), `*\/*` standing for
 * HTML, the first of JSON or HTML wins. No Accept header at all means `*\/*`:
 * a browser, so HTML.
 */
export function negotiateStormpath(accept: string | null): "json" | "html" | "none" {
  const header = accept && accept.trim() !== "" ? accept : "*/*";
  const entries = header
    .split(",")
    .map((part, index) => {
      const [type = "", ...params] = part.trim().toLowerCase().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const quality = q ? Number(q.slice(2)) : 1;
      return { type: type.trim(), q: Number.isFinite(quality) ? quality : 0, index };
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const entry of entries) {
    const type = entry.type === "*/*" ? "text/html" : entry.type;
    if (type === "application/json") return "json";
    if (type === "text/html") return "html";
  }
  return "none";
}

/**
 * Parses an urlencoded body as express-stormpath's body parser does: with
 * `qs.parse` and qs's defaults (at most 1000 pairs and 5 bracket levels,
 * `a[]` and indices up to 20 as arrays, prototype names dropped). Values stay text, only
 * brackets nest (`customData[plan]` is `{ customData: { plan } }`, refused as
 * on the real server), and a dotted name stays one key (`customData.plan` is
 * the configured field of that name; `consent.termsVersion` is a key of its
 * own, refused unless configured). No CSRF token is checked, and a `_csrf`
 * field is a key like any other (refused unless configured), as on the real
 * server. One addition of the mock: in the record under the declared consent
 * key (`consent[termsVersion]` …) a text `marketing` becomes true for `on` or
 * `true`, false otherwise.
 */
export function parseStormpathForm(text: string, config: ResolvedConfig): Record<string, unknown> {
  const body: Record<string, unknown> = qs.parse(text);
  const consent = config.consent.enabled ? body[config.consent.field] : undefined;
  if (isObject(consent) && typeof consent.marketing === "string")
    consent.marketing = consent.marketing === "on" || consent.marketing === "true";
  return body;
}

/** The account as express-stormpath 4.0.0 returns it: the Stormpath-shaped members plus Okta's. */
export function oktaAccountResource<
  T extends { href: string; createdAt: string; modifiedAt: string; status: string },
>(resource: T, id: string, base: string): T & Record<string, unknown> {
  return {
    ...resource,
    href: `${base}/api/v1/users/${id}`,
    id,
    created: resource.createdAt,
    activated: resource.status === "ENABLED" ? resource.createdAt : null,
    statusChanged: resource.status === "ENABLED" ? resource.createdAt : null,
    lastLogin: null,
    lastUpdated: resource.modifiedAt,
    passwordChanged: resource.createdAt,
  };
}
