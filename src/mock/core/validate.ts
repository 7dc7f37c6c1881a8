// The POST rules that need nothing but the body and the configuration:
// allowlisted keys, required fields, types, lengths, password policy.
import type { ResolvedConfig } from "./config";
import { formFields, type FormField } from "./resolve";
import type { Issue } from "./responses";

/** What a valid body yields. */
export interface RegistrationInput {
  givenName: string | null;
  middleName: string | null;
  surname: string | null;
  username: string | null;
  email: string;
  password: string;
  customData: Record<string, unknown>;
  /** The consent record as posted, if any. */
  consent: Record<string, unknown> | null;
  /** The captcha token as posted, if any. */
  captchaToken: unknown;
}

const FORBIDDEN_KEYS = new Set(["__proto__", "constructor", "prototype"]);
const KNOWN_TEXT_MAX = 255;
const CUSTOM_TEXT_MAX = 2000;
const CONSENT_KEYS: Record<string, "string" | "boolean"> = {
  termsVersion: "string",
  termsUrl: "string",
  privacyUrl: "string",
  acceptedAt: "string",
  locale: "string",
  marketing: "boolean",
};

/** Length in Unicode code points, not UTF-16 units. */
export function codePoints(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** A simple, permissive address check: one `@`, no spaces, a dot in the domain. */
export function isEmail(value: string): boolean {
  return value.length <= 254 && /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/.test(value);
}

/**
 * A body value by its configured name: always a root key, `customData.plan`
 * included (express-stormpath 3.2.0 reads custom fields at the root, under
 * exactly their configured name).
 */
function get(body: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(body, key) ? body[key] : undefined;
}

/** The consent record the kit posted before it moved to the root: `customData: { consent }`. */
function legacyConsent(body: Record<string, unknown>): unknown {
  const data = Object.hasOwn(body, "customData") ? body.customData : undefined;
  return isPlainObject(data) && Object.hasOwn(data, "consent") ? data.consent : undefined;
}

function isBlank(value: unknown): boolean {
  return (
    value === undefined || value === null || (typeof value === "string" && value.trim() === "")
  );
}

function optionValues(field: FormField): string[] {
  return (field.options ?? []).map((option) =>
    typeof option === "string" ? option : option.value,
  );
}

/** Checks one present value against its field; returns the normalised value or an issue. */
function checkValue(field: FormField, value: unknown): { value: unknown } | { issue: Issue } {
  const wrong = (what: string): { issue: Issue } => ({
    issue: {
      status: 400,
      code: 400,
      field: field.name,
      reason: "wrong-type",
      message: `${field.label} must be ${what}.`,
    },
  });
  switch (field.type) {
    case "checkbox":
      if (typeof value === "boolean") return { value };
      return wrong("true or false");
    case "number":
      if (typeof value === "number" && Number.isFinite(value)) return { value };
      if (typeof value === "string" && value.trim() !== "" && Number.isFinite(Number(value)))
        return { value: Number(value) };
      return wrong("a number");
    case "hidden":
      if (typeof value === "string" || typeof value === "number" || typeof value === "boolean")
        return { value };
      return wrong("text");
    default:
      break;
  }
  if (typeof value !== "string") return wrong("text");
  if (field.type === "password") return { value };
  const max = field.maxLength ?? (field.known ? KNOWN_TEXT_MAX : CUSTOM_TEXT_MAX);
  if (codePoints(value) > max) {
    return {
      issue: {
        status: 400,
        code: 2008,
        field: field.name,
        reason: "too-long",
        message: `${field.label} must be at most ${max} characters.`,
      },
    };
  }
  const text = value.normalize("NFKC").trim();
  if (field.type === "email" && !isEmail(text)) return wrong("a valid email address");
  if (field.type === "select" && !optionValues(field).includes(value))
    return wrong("one of the listed options");
  if (
    field.type === "date" &&
    (!/^\d{4}-\d{2}-\d{2}$/.test(text) || Number.isNaN(Date.parse(text)))
  ) {
    return wrong("a date (YYYY-MM-DD)");
  }
  // resolveConfig refuses patterns that are not safe to run.
  if (field.pattern !== undefined && !new RegExp(`^(?:${field.pattern})$`, "u").test(value)) {
    return wrong("in the requested format");
  }
  return { value: text };
}

/** The password rules: length in code points (as typed), then the blocklist (after NFKC). */
export function checkPassword(
  password: string,
  config: ResolvedConfig,
  label = "Password",
): Issue | undefined {
  const length = codePoints(password);
  const { minLength, maxLength, blocklist } = config.password;
  if (length < minLength) {
    return {
      status: 400,
      code: 2007,
      field: "password",
      reason: "password-too-short",
      message: `${label} must be at least ${minLength} characters long. A passphrase of several unrelated words is long and easy to remember.`,
    };
  }
  if (length > maxLength) {
    return {
      status: 400,
      code: 2008,
      field: "password",
      reason: "password-too-long",
      message: `${label} must be at most ${maxLength} characters long.`,
    };
  }
  const normalised = password.normalize("NFKC").toLowerCase();
  if (blocklist.some((entry) => entry.normalize("NFKC").toLowerCase() === normalised)) {
    // Stormpath's password-policy code and a message that starts with the field's
    // label, so that a client maps it to the password field in either style.
    return {
      status: 400,
      code: 2007,
      field: "password",
      reason: "password-blocklisted",
      message: `${label} is too common: it appears in lists of common or breached passwords, so it is easy to guess. Choose another one: a passphrase of several unrelated words works well.`,
    };
  }
  return undefined;
}

/**
 * Applies the body rules. Returns every issue found, in field order: unknown
 * keys first, then per field (required, type, length), then the password
 * policy and the confirmation.
 */
export function validateBody(
  body: Record<string, unknown>,
  config: ResolvedConfig,
): { issues: Issue[]; input?: RegistrationInput } {
  const issues: Issue[] = [];
  const fields = formFields(config);
  const captchaKey = config.captcha.field;
  const consentKey = config.consent.field;
  // The nested record the kit posted before consent moved to the root stays accepted.
  const legacyConsentKey = consentKey === "consent";
  // Every key is a root key named exactly like its field (`customData.plan` is one key).
  const allowedRoot = new Set<string>([...fields.map((f) => f.name), captchaKey, consentKey]);
  const unknown = (name: string): Issue => ({
    status: 400,
    code: 400,
    field: name,
    reason: "unknown-field",
    message: `${name} is not a configured registration field.`,
  });
  for (const key of Object.keys(body)) {
    if (key === "customData") continue;
    if (FORBIDDEN_KEYS.has(key) || !allowedRoot.has(key)) issues.push(unknown(key));
  }
  if (Object.hasOwn(body, "customData")) {
    const data = body.customData;
    if (!isPlainObject(data)) {
      issues.push({
        status: 400,
        code: 400,
        field: "customData",
        reason: "wrong-type",
        message: "customData must be an object.",
      });
    } else {
      // Nothing is read from inside customData (but the legacy consent record):
      // a field posted there is refused by its inner name, as express-stormpath
      // 3.2.0 refuses `{ customData: { nickname } }` for a `customData.nickname` field.
      for (const key of Object.keys(data)) {
        if (legacyConsentKey && key === "consent") continue;
        issues.push({ ...unknown(key), path: ["customData", key] });
      }
    }
  }

  const values = new Map<string, unknown>();
  for (const field of fields) {
    const raw = get(body, field.name);
    const missing =
      field.type === "checkbox"
        ? raw === undefined || raw === false
        : field.type === "password"
          ? raw === undefined || raw === null || raw === ""
          : isBlank(raw);
    if (missing) {
      // An unchecked optional checkbox is a plain `false`.
      if (field.type === "checkbox" && raw === false) values.set(field.name, false);
      if (field.required) {
        issues.push({
          status: 400,
          code: 2000,
          field: field.name,
          reason: "required",
          message: `${field.label} required.`,
        });
      }
      continue;
    }
    const checked = checkValue(field, raw);
    if ("issue" in checked) issues.push(checked.issue);
    else values.set(field.name, checked.value);
  }

  const password = values.get("password");
  if (typeof password === "string") {
    const issue = checkPassword(password, config, config.fields.password.label);
    if (issue) issues.push(issue);
  }
  if (config.fields.confirmPassword.enabled) {
    const confirm = values.get("confirmPassword");
    if (typeof password === "string" && typeof confirm === "string" && confirm !== password) {
      issues.push({
        status: 400,
        code: 400,
        field: "confirmPassword",
        reason: "password-mismatch",
        message: "Passwords do not match.",
      });
    }
  }

  let consent: Record<string, unknown> | null = null;
  const rawConsent = get(body, consentKey) ?? (legacyConsentKey ? legacyConsent(body) : undefined);
  if (rawConsent === undefined || rawConsent === null) {
    if (config.consent.required) {
      issues.push({
        status: 400,
        code: 2000,
        field: consentKey,
        reason: "consent-required",
        message: "You must accept the terms to create an account.",
      });
    }
  } else if (!isPlainObject(rawConsent)) {
    issues.push({
      status: 400,
      code: 400,
      field: consentKey,
      reason: "wrong-type",
      message: "The consent record must be an object.",
    });
  } else {
    consent = {};
    for (const [key, value] of Object.entries(rawConsent)) {
      const kind = CONSENT_KEYS[key];
      if (!Object.hasOwn(CONSENT_KEYS, key) || !kind) {
        issues.push({ ...unknown(`${consentKey}.${key}`), path: [consentKey, key] });
      } else if (
        typeof value !== kind ||
        (kind === "string" && codePoints(value as string) > 500)
      ) {
        issues.push({
          status: 400,
          code: 400,
          field: `${consentKey}.${key}`,
          path: [consentKey, key],
          reason: "wrong-type",
          message: `The consent ${key} must be ${kind === "string" ? "text of at most 500 characters" : "true or false"}.`,
        });
      } else {
        consent[key] = value;
      }
    }
    if (typeof consent.acceptedAt === "string" && Number.isNaN(Date.parse(consent.acceptedAt))) {
      issues.push({
        status: 400,
        code: 400,
        field: `${consentKey}.acceptedAt`,
        path: [consentKey, "acceptedAt"],
        reason: "wrong-type",
        message: "The consent acceptedAt must be an ISO 8601 date and time.",
      });
    }
  }

  if (issues.length > 0) return { issues };
  const customData: Record<string, unknown> = {};
  for (const field of fields) {
    if (field.known || !values.has(field.name)) continue;
    const key = field.name.startsWith("customData.")
      ? field.name.slice("customData.".length)
      : field.name;
    customData[key] = values.get(field.name);
  }
  const text = (name: string): string | null => {
    const value = values.get(name);
    return typeof value === "string" && value !== "" ? value : null;
  };
  return {
    issues,
    input: {
      givenName: text("givenName"),
      middleName: text("middleName"),
      surname: text("surname"),
      username: text("username"),
      email: text("email") ?? "",
      password: typeof password === "string" ? password : "",
      customData,
      consent,
      captchaToken: get(body, captchaKey),
    },
  };
}
