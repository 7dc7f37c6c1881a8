// The view model → what the kit renders and posts. Linear in the number of fields
// and stores; every refusal becomes a warning naming the field or store.
import type {
  FieldKind,
  NormalizedAccountStore,
  NormalizedField,
  NormalizedViewModel,
  RegisterViewModel,
  ViewModelAccountStore,
  ViewModelField,
} from "../contract/types";
import { refuseName } from "./names";
import { NO_PAGE_URL, knownProvider, unsafeUrlReason, type PageLocation } from "./social";
import { isDevelopment } from "./warn";

/** Options of {@link normalizeViewModel}. */
export interface NormalizeOptions {
  /** The /register endpoint; the SAML start URL is resolved against it. Defaults to `"/register"`. */
  endpoint?: string;
  /** Extra hosts a store URL may point at. Defaults to none. */
  allowedHosts?: readonly string[];
  /** Where SAML logins start for stores without a server `authorizeUri`; the store's href is added as `?href=`. Defaults to none: such stores get no button. */
  samlUrl?: string;
  /** The body key of the consent record; a field of that name declares it. Omit when there is no consent. */
  consentField?: string;
  /** The body key of the captcha token; a field of that name declares it. Omit when there is no captcha. */
  captchaField?: string;
  /** Allow same-origin `http:` store URLs. Defaults to `true` outside production builds. */
  development?: boolean;
  /** The page the form runs on (`location`): relative URLs resolve against it, and it is the origin of the same-origin check. Defaults to none (server rendering). */
  page?: PageLocation;
}

/** Raw HTML input types that render as their own kind of input. */
const INPUT_KINDS =
  /^(?:text|email|password|tel|url|number|date|datetime-local|month|week|time|color|range|search|checkbox|textarea|select)$/;

/** Autocomplete tokens derived from well-known names. */
const AUTOCOMPLETE: Readonly<Record<string, string>> = {
  email: "email",
  givenName: "given-name",
  middleName: "additional-name",
  surname: "family-name",
  username: "username",
  password: "new-password",
  confirmPassword: "new-password",
};

const own = <T>(record: Readonly<Record<string, T>>, key: string): T | undefined =>
  Object.hasOwn(record, key) ? record[key] : undefined;

const text = (value: unknown): string | undefined =>
  typeof value === "string" ? value : undefined;

const count = (value: unknown): number | undefined =>
  typeof value === "number" && Number.isFinite(value) && value >= 0 ? Math.floor(value) : undefined;

function kindOf(field: ViewModelField): { kind: FieldKind; hidden: boolean } {
  const type = (text(field.type) ?? "text").toLowerCase();
  if (type === "hidden") return { kind: "text", hidden: true };
  if (Array.isArray(field.options) && field.options.length > 0) {
    return { kind: type === "radio" ? "radio" : "select", hidden: false };
  }
  // Unknown types, and file/submit/image/reset/button/radio-without-options, are text.
  return { kind: INPUT_KINDS.test(type) ? (type as FieldKind) : "text", hidden: false };
}

function normalizeField(field: ViewModelField, key: string): NormalizedField {
  const { kind, hidden } = kindOf(field);
  const label = text(field.label) || field.name;
  const options = Array.isArray(field.options)
    ? field.options.map((option) =>
        typeof option === "string"
          ? { value: option, label: option }
          : { value: option.value, label: text(option.label) || option.value },
      )
    : undefined;
  const autoComplete =
    text(field.autocomplete) ??
    own(AUTOCOMPLETE, field.name) ??
    (kind === "tel" ? "tel" : undefined);
  const raw = field.defaultValue;
  const defaultValue =
    kind === "checkbox" ? raw === true || raw === "true" : raw == null ? "" : String(raw);
  const out: NormalizedField = {
    key,
    name: field.name,
    path: [field.name],
    label,
    required: field.required === true,
    kind,
    visible: !hidden && field.visible !== false,
    defaultValue,
  };
  const placeholder = text(field.placeholder);
  if (placeholder) out.placeholder = placeholder;
  if (autoComplete) out.autoComplete = autoComplete;
  if (options && (kind === "select" || kind === "radio")) out.options = options;
  const minLength = count(field.minLength);
  const maxLength = count(field.maxLength);
  if (minLength !== undefined) out.minLength = minLength;
  if (maxLength !== undefined) out.maxLength = maxLength;
  const pattern = text(field.pattern);
  if (pattern) out.pattern = pattern;
  const description = text(field.description);
  if (description) out.description = description;
  return out;
}

/** Where express-stormpath configures a field: `web.register.form.fields.consent`, or `…fields["customData.consent"]`. */
function configPath(name: string): string {
  return `web.register.form.fields${/^[A-Za-z_$][\w$]*$/.test(name) ? `.${name}` : `[${JSON.stringify(name)}]`}`;
}

function storeOrder(store: ViewModelAccountStore): number | undefined {
  const value = typeof store.listIndex === "number" ? store.listIndex : store.priority;
  return typeof value === "number" && Number.isFinite(value) ? value : undefined;
}

/**
 * Normalise a validated view model: fields in `form.fields` order with synthetic
 * keys, refused names dropped, account stores sorted by priority and checked for
 * safe targets, both store dialects and SAML.
 */
export function normalizeViewModel(
  vm: RegisterViewModel,
  options: NormalizeOptions = {},
): NormalizedViewModel {
  const {
    endpoint = "/register",
    allowedHosts = [],
    samlUrl,
    consentField,
    captchaField,
    development = isDevelopment(),
    page,
  } = options;
  // Warning texts are written inline behind NODE_ENV checks so production builds drop them.
  const warnings: string[] = [];
  const fields: NormalizedField[] = [];
  const seen = new Set<string>();
  let consentDeclared = false;
  let captchaDeclared = false;

  for (const field of vm.form.fields) {
    const name = field.name;
    const reason = refuseName(name);
    if (reason) {
      if (process.env.NODE_ENV !== "production")
        warnings.push(`The field ${JSON.stringify(name)} was refused: ${reason}.`);
      continue;
    }
    if (seen.has(name)) {
      if (process.env.NODE_ENV !== "production")
        warnings.push(`The field ${JSON.stringify(name)} was refused: the name is duplicated.`);
      continue;
    }
    seen.add(name);
    if (field.enabled === false) continue;
    // A field named exactly like the consent or captcha key is the server declaring
    // that it accepts that key (for express-stormpath, a configured field); the kit
    // fills it, as the age gate fills `birthdate`, so it is never rendered as an input.
    if (name === consentField) {
      consentDeclared = true;
      continue;
    }
    if (name === captchaField) {
      captchaDeclared = true;
      continue;
    }
    fields.push(normalizeField(field, `f${fields.length}`));
  }
  if (process.env.NODE_ENV !== "production" && consentField && !consentDeclared) {
    warnings.push(
      `Consent: the view model declares no field ${JSON.stringify(consentField)}, so the consent record is not posted (express-stormpath refuses an undeclared key: 400 "${consentField} is not a configured registration field."). The app still receives it: onSuccess (result.consent) and the consent_recorded event. To record it on an express-stormpath server, enable ${configPath(consentField)} ({ enabled: true, type: "hidden" }); the kit posts it at the root under that exact name.`,
    );
  }
  if (process.env.NODE_ENV !== "production" && captchaField && !captchaDeclared) {
    warnings.push(
      `Captcha: the view model declares no field ${JSON.stringify(captchaField)}, so the captcha is not shown and no token is posted: nothing on the server would check it (express-stormpath refuses an undeclared key: 400 "${captchaField} is not a configured registration field."). To check it on an express-stormpath server, enable ${configPath(captchaField)} ({ enabled: true, type: "hidden" }) and verify the token in a preRegistrationHandler (hCaptcha's siteverify), refusing the signup when it fails.`,
    );
  }

  const endpointUrl = new URL(endpoint, page?.href || NO_PAGE_URL);
  const hosts = allowedHosts.map((host) => host.toLowerCase());
  const stores = (vm.accountStores ?? [])
    .map((store, index) => ({ store, index, order: storeOrder(store) }))
    .sort(
      (a, b) =>
        (a.order ?? Number.POSITIVE_INFINITY) - (b.order ?? Number.POSITIVE_INFINITY) ||
        a.index - b.index,
    );
  const accountStores: NormalizedAccountStore[] = [];
  const ids = new Set<string>();
  for (const { store, index } of stores) {
    const provider = store.provider;
    const providerId = text(provider?.providerId)?.toLowerCase();
    const label =
      process.env.NODE_ENV !== "production" &&
      `account store ${JSON.stringify(text(store.name) ?? providerId ?? String(index))}`;
    if (!provider || !providerId || providerId === "stormpath" || providerId === "cloud") continue;
    if (text(store.status)?.toUpperCase() === "DISABLED") continue;
    const known = providerId === "saml" ? undefined : knownProvider(providerId);
    const name = text(store.name) || known?.name || providerId;
    // A server's URL (the store's own first: the Client API puts it there) is
    // followed as given; the kit builds a URL only from a clientId or samlUrl.
    const serverUrl = text(store.authorizeUri) || text(provider.authorizeUri);
    let dialect: NormalizedAccountStore["dialect"];
    let authorizeUrl: string;
    let allowed: string[];
    if (serverUrl) {
      dialect = "client-api";
      authorizeUrl = serverUrl;
      // A known provider's own host; SAML starts on the backend (the endpoint's
      // host); anything else only on a host the app allows.
      allowed = known
        ? [new URL(known.authorizeUrl).hostname, ...hosts]
        : providerId === "saml"
          ? [endpointUrl.hostname.toLowerCase(), ...hosts]
          : hosts;
    } else if (providerId === "saml") {
      if (!samlUrl || !text(store.href)) {
        if (process.env.NODE_ENV !== "production")
          warnings.push(
            `The ${label} was dropped: ${
              samlUrl
                ? "a SAML store needs its href"
                : "a SAML store needs a server authorizeUri or the samlUrl option (express-stormpath has no SAML start route)"
            }.`,
          );
        continue;
      }
      dialect = "saml";
      authorizeUrl = samlUrl;
      allowed = [endpointUrl.hostname.toLowerCase(), ...hosts];
    } else if (known && text(provider.clientId)) {
      dialect = "framework";
      authorizeUrl = known.authorizeUrl;
      allowed = [new URL(known.authorizeUrl).hostname, ...hosts];
    } else {
      if (process.env.NODE_ENV !== "production")
        warnings.push(
          `The ${label} was dropped: ${known ? "it has no clientId and no authorizeUri" : `the provider ${JSON.stringify(providerId)} is unknown and has no authorizeUri`}.`,
        );
      continue;
    }
    // Checked exactly as it will be followed: relative to the endpoint, not the page.
    try {
      authorizeUrl = new URL(authorizeUrl, endpointUrl).href;
    } catch {
      // Not a URL: unsafeUrlReason says so.
    }
    const reason = unsafeUrlReason(authorizeUrl, allowed, development, page?.origin);
    if (reason) {
      if (process.env.NODE_ENV !== "production")
        warnings.push(`The ${label} was dropped: ${reason}.`);
      continue;
    }
    let id = providerId;
    for (let n = 2; ids.has(id); n++) id = `${providerId}-${n}`;
    ids.add(id);
    const out: NormalizedAccountStore = {
      id,
      name,
      // Buttons name the provider; SAML and unknown providers have only the store's name.
      providerName: known?.name ?? name,
      distinguish: false,
      providerId,
      kind: providerId === "saml" ? "saml" : "social",
      dialect,
      authorizeUrl,
    };
    const href = text(store.href);
    if (href) out.href = href;
    if (dialect === "framework") {
      out.clientId = provider.clientId as string;
      const scope = text(provider.scope);
      if (scope) out.scope = scope;
    }
    // provider.clientSecret (or any other secret) is never copied.
    accountStores.push(out);
  }
  // Two shown stores of one known provider: each button adds its store's name.
  const perProvider = new Map<string, number>();
  for (const store of accountStores)
    perProvider.set(store.providerId, (perProvider.get(store.providerId) ?? 0) + 1);
  for (const store of accountStores)
    store.distinguish =
      store.providerName !== store.name && (perProvider.get(store.providerId) ?? 0) > 1;
  const declared = { consent: consentDeclared, captcha: captchaDeclared };
  return { fields, accountStores, declared, warnings };
}

/** The form's default values by synthetic key. */
export function defaultValues(
  fields: readonly NormalizedField[],
): Record<string, string | boolean> {
  const values: Record<string, string | boolean> = {};
  for (const field of fields) values[field.key] = field.defaultValue;
  return values;
}
