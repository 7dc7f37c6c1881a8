import { patternRisk } from "../../core/safePattern";
import {
  DEFAULT_DISPOSABLE_DOMAINS,
  DEFAULT_PASSWORD_BLOCKLIST,
  KNOWN_FIELD_NAMES,
  KNOWN_FIELDS,
  type KnownFieldName,
  type MockConfig,
  type ResolvedConfig,
} from "./config";
import { HCAPTCHA_TEST_SITE_KEY } from "./hcaptcha-test";
import { ageGateFormField, resolveAgeGate } from "./age-rule";
import { resolveOAuthRegistration } from "./oauth-registration";
import { resolvePasswordScreening } from "./pwned-range";
import { resolveScimConfig } from "./scim";
import { resolveVerificationConfig } from "./verification";
import { presets } from "./presets";

/** Thrown for a configuration the mock cannot run with. */
export class MockConfigError extends Error {
  override name = "MockConfigError";
}

const FORBIDDEN_NAMES = new Set(["__proto__", "constructor", "prototype"]);

/** A custom field's pattern must compile and be safe to run (no exponential backtracking). */
function checkPattern(name: string, pattern: unknown): void {
  if (typeof pattern !== "string")
    throw new MockConfigError(`The pattern of "${name}" must be a string.`);
  try {
    new RegExp(`^(?:${pattern})$`, "u");
  } catch {
    throw new MockConfigError(`The pattern of "${name}" is not a valid regular expression.`);
  }
  const unsafe = [
    "",
    "it is longer than 500 characters",
    "it uses a backreference",
    "a repeated group repeats or alternates inside (nested quantifiers)",
  ][patternRisk(pattern)];
  if (unsafe)
    throw new MockConfigError(
      `The pattern of "${name}" could freeze the server: ${unsafe}. Use character classes instead ([ab]+ rather than (a|b)+).`,
    );
}

/** express-stormpath's default `web.register.form.fieldOrder`. */
const STORMPATH_FIELD_ORDER = [
  "username",
  "givenName",
  "middleName",
  "surname",
  "email",
  "password",
  "confirmPassword",
] as const;

function mergeConfig(base: MockConfig, over: MockConfig): MockConfig {
  const fields: MockConfig["fields"] = { ...base.fields };
  for (const name of KNOWN_FIELD_NAMES) {
    const extra = over.fields?.[name];
    if (extra) fields[name] = { ...fields[name], ...extra };
  }
  return {
    ...base,
    ...over,
    fields,
    password: { ...base.password, ...over.password },
    captcha: { ...base.captcha, ...over.captcha },
    consent: { ...base.consent, ...over.consent },
    session: { ...base.session, ...over.session },
  };
}

/**
 * Fills in every default and applies the named preset, if any.
 *
 * @throws {MockConfigError} for an unknown preset, a bad field name or impossible limits.
 */
export function resolveConfig(config: MockConfig = {}): ResolvedConfig {
  let merged: MockConfig = config;
  if (config.preset !== undefined) {
    if (!Object.hasOwn(presets, config.preset)) {
      throw new MockConfigError(
        `Unknown preset "${config.preset}". Known presets: ${Object.keys(presets).join(", ")}.`,
      );
    }
    merged = mergeConfig(presets[config.preset as keyof typeof presets] as MockConfig, config);
  }
  if (merged.fields) {
    for (const name of Object.keys(merged.fields)) {
      if (!(KNOWN_FIELD_NAMES as readonly string[]).includes(name)) {
        throw new MockConfigError(
          `fields.${name} is not a known Stormpath field; declare it in customFields instead.`,
        );
      }
    }
  }
  const fields = {} as ResolvedConfig["fields"];
  for (const name of KNOWN_FIELD_NAMES) {
    const known = KNOWN_FIELDS[name];
    const given = merged.fields?.[name] ?? {};
    const label = given.label ?? known.label;
    fields[name] = {
      enabled: given.enabled ?? known.enabled,
      // express-stormpath configures every known field as required (enabled or not).
      required: given.required ?? (merged.style === "modern" ? known.required : true),
      label,
      placeholder: given.placeholder ?? label,
      ...(given.description !== undefined ? { description: given.description } : {}),
    };
  }
  // Email and password are what an account is: they cannot be switched off.
  for (const name of ["email", "password"] as const) {
    fields[name].enabled = true;
    fields[name].required = true;
  }
  const customFields = merged.customFields ?? [];
  const seen = new Set<string>(KNOWN_FIELD_NAMES);
  for (const field of customFields) {
    const bare = field.name.startsWith("customData.")
      ? field.name.slice("customData.".length)
      : field.name;
    if (!bare || /[.[\]]/.test(bare) || FORBIDDEN_NAMES.has(bare)) {
      throw new MockConfigError(`Custom field name "${field.name}" is not allowed.`);
    }
    if (seen.has(field.name)) throw new MockConfigError(`Field "${field.name}" is declared twice.`);
    seen.add(field.name);
    if (field.pattern !== undefined) checkPattern(field.name, field.pattern);
  }
  const minLength = merged.password?.minLength ?? 8;
  const maxLength = merged.password?.maxLength ?? 1024;
  if (minLength < 1 || maxLength < 64 || maxLength < minLength) {
    throw new MockConfigError(
      "password.minLength must be at least 1 and password.maxLength at least 64 (and not below minLength).",
    );
  }
  const endpoint = merged.endpoint ?? "/register";
  if (!endpoint.startsWith("/"))
    throw new MockConfigError(`endpoint must start with "/": ${endpoint}`);
  const captchaField = merged.captcha?.field ?? "captchaToken";
  const consentField = merged.consent?.field ?? "consent";
  for (const key of [captchaField, consentField]) {
    const parts = key.split(".");
    const ok =
      (parts.length === 1 || (parts.length === 2 && parts[0] === "customData")) &&
      parts.every((part) => part && !FORBIDDEN_NAMES.has(part));
    if (!ok) throw new MockConfigError(`"${key}" must be a root key or customData.<name>.`);
  }
  const style = merged.style ?? "stormpath";
  if (style !== "stormpath" && style !== "modern")
    throw new MockConfigError(`style must be "stormpath" or "modern", not "${String(style)}".`);
  const stormpathVersion = merged.stormpathVersion ?? 3;
  if (stormpathVersion !== 3 && stormpathVersion !== 4)
    throw new MockConfigError(`stormpathVersion must be 3 or 4, not ${String(stormpathVersion)}.`);
  const consentRequired = merged.consent?.required ?? false;
  return {
    endpoint,
    style,
    stormpathVersion,
    session: resolveSession(merged, style, endpoint),
    fields,
    // express-stormpath's default order puts username first.
    fieldOrder: merged.fieldOrder ?? (style === "stormpath" ? [...STORMPATH_FIELD_ORDER] : []),
    customFields,
    accountStores: merged.accountStores ?? [],
    password: {
      minLength,
      maxLength,
      blocklist: merged.password?.blocklist ?? [...DEFAULT_PASSWORD_BLOCKLIST],
    },
    emailVerification: merged.emailVerification ?? false,
    autoLogin: merged.autoLogin ?? false,
    enumerationSafe: merged.enumerationSafe ?? false,
    captcha: {
      enabled: merged.captcha?.enabled ?? false,
      field: captchaField,
      siteKey: merged.captcha?.siteKey ?? HCAPTCHA_TEST_SITE_KEY,
      reusableTestToken: merged.captcha?.reusableTestToken ?? false,
    },
    consent: {
      // Declared unless the stormpath style is chosen explicitly (a stock
      // express-stormpath declares no consent field): with no configuration
      // at all, the kit's default consent key is declared.
      enabled: consentRequired || (merged.consent?.enabled ?? merged.style !== "stormpath"),
      field: consentField,
      required: consentRequired,
    },
    disposableDomains: (merged.disposableDomains ?? [...DEFAULT_DISPOSABLE_DOMAINS]).map((d) =>
      d.toLowerCase(),
    ),
    rateLimit: merged.rateLimit === undefined ? { max: 60, windowMs: 60_000 } : merged.rateLimit,
    latencyMs: merged.latencyMs ?? 0,
    maxBodyBytes: merged.maxBodyBytes ?? 65_536,
    oauthRegistration: resolveOAuthRegistration(merged.oauthRegistration),
    verification: wrapConfigError(() => resolveVerificationConfig(merged.verification)),
    scim: wrapConfigError(() => resolveScimConfig(merged.scim)),
    passwordScreening: wrapConfigError(() => resolvePasswordScreening(merged.passwordScreening)),
    ...ageGateConfig(merged, seen),
  };
}

/** The development login session: on by default in the stormpath style, paths distinct from the endpoint. */
function resolveSession(
  merged: MockConfig,
  style: ResolvedConfig["style"],
  endpoint: string,
): ResolvedConfig["session"] {
  const given = merged.session ?? {};
  const session = {
    enabled: given.enabled ?? style === "stormpath",
    loginPath: given.loginPath ?? "/login",
    mePath: given.mePath ?? "/me",
    logoutPath: given.logoutPath ?? "/logout",
    ttlSeconds: given.ttlSeconds ?? 3600,
  };
  const paths = [session.loginPath, session.mePath, session.logoutPath];
  for (const path of paths) {
    if (!/^\/[A-Za-z0-9._~/-]*$/.test(path) || path.startsWith("/__mock"))
      throw new MockConfigError(`session path "${path}" must be a plain path starting with "/".`);
  }
  if (new Set([...paths, endpoint]).size !== 4)
    throw new MockConfigError("session paths must differ from each other and from the endpoint.");
  if (
    !Number.isInteger(session.ttlSeconds) ||
    session.ttlSeconds < 1 ||
    session.ttlSeconds > 86_400
  )
    throw new MockConfigError("session.ttlSeconds must be a whole number from 1 to 86400.");
  return session;
}

/** The resolved `ageGate`, if any; its field must not clash with a declared one. */
function ageGateConfig(merged: MockConfig, seen: Set<string>): Pick<ResolvedConfig, "ageGate"> {
  const ageGate = wrapConfigError(() => resolveAgeGate(merged.ageGate));
  if (!ageGate) return {};
  if (seen.has(ageGate.field))
    throw new MockConfigError(`ageGate.field "${ageGate.field}" is already a declared field.`);
  return { ageGate };
}

/** Rethrows a sub-module's configuration error as a {@link MockConfigError}. */
function wrapConfigError<T>(resolve: () => T): T {
  try {
    return resolve();
  } catch (error) {
    throw new MockConfigError(error instanceof Error ? error.message : String(error));
  }
}

/** A field of the form, known or custom, in render order, with what the POST rules need. */
export interface FormField {
  name: string;
  label: string;
  type: string;
  required: boolean;
  known: boolean;
  placeholder?: string;
  description?: string;
  options?: Array<string | { value: string; label?: string }>;
  defaultValue?: string | number | boolean;
  maxLength?: number;
  pattern?: string;
}

/** The enabled fields in render order (`fieldOrder` first, then the default order). */
export function formFields(config: ResolvedConfig): FormField[] {
  const all: FormField[] = [];
  for (const name of KNOWN_FIELD_NAMES) {
    const field = config.fields[name as KnownFieldName];
    if (!field.enabled) continue;
    all.push({
      name,
      label: field.label,
      type: KNOWN_FIELDS[name].type,
      required: field.required,
      known: true,
      placeholder: field.placeholder,
      ...(field.description !== undefined ? { description: field.description } : {}),
    });
  }
  for (const custom of config.customFields) {
    if (custom.enabled === false) continue;
    all.push({
      ...custom,
      type: custom.type ?? "text",
      required: custom.required ?? false,
      known: false,
      placeholder:
        custom.placeholder ??
        (custom.type === "checkbox" || custom.type === "hidden" ? undefined : custom.label),
    });
  }
  // The age gate's field follows the declared fields.
  if (config.ageGate) all.push(ageGateFormField(config.ageGate));
  const rank = (name: string): number => {
    const index = config.fieldOrder.indexOf(name);
    return index === -1 ? config.fieldOrder.length : index;
  };
  // Array.prototype.sort is stable: unlisted fields keep their default order.
  return all.sort((a, b) => rank(a.name) - rank(b.name));
}
