// Configuration of the mock backend: what the view model declares and which
// rules the POST applies. Plain data, so it can come from a JSON file.
import type {
  OAuthRegistrationConfig,
  ResolvedOAuthRegistrationConfig,
} from "./oauth-registration";
import type { MockAgeGateConfig, ResolvedAgeGate } from "./age-rule";
import type { PasswordScreeningConfig, ResolvedPasswordScreeningConfig } from "./pwned-range";
import type { ResolvedScimConfig, ScimConfig } from "./scim";
import type { ResolvedVerificationConfig, VerificationConfig } from "./verification";
import type { ResponseStyle } from "./responses";
import type { SessionConfig } from "./stormpath-session";

/** A raw account store as it appears in the view model (either dialect, or SAML). */
export interface MockAccountStore {
  href?: string;
  name?: string;
  /** Client-API dialect: the store's own start URL, followed by the kit as given. */
  authorizeUri?: string;
  status?: string;
  listIndex?: number;
  priority?: number;
  provider?: {
    href?: string;
    providerId?: string;
    clientId?: string;
    scope?: string;
    authorizeUri?: string;
    /** Only here so fixtures can prove the kit ignores secrets. */
    clientSecret?: string;
  };
}

/** Input types the mock validates for custom fields. Anything else is treated as text. */
export type MockFieldType =
  | "text"
  | "email"
  | "password"
  | "tel"
  | "url"
  | "number"
  | "date"
  | "textarea"
  | "select"
  | "checkbox"
  | "hidden";

/** Settings of one known Stormpath field (`givenName`, `email`, …). */
export interface KnownFieldConfig {
  /** Sent in the view model and accepted in the POST. Defaults per field (see {@link KNOWN_FIELDS}). */
  enabled?: boolean;
  /** A missing value is refused with `<Label> required.`. Defaults per field. */
  required?: boolean;
  /** Defaults to the Stormpath label (`First Name`, `Last Name`, …). */
  label?: string;
  /** Defaults to the label. */
  placeholder?: string;
  /** Help text sent as `description`. Defaults to none. */
  description?: string;
}

/** A custom registration field. */
export interface CustomFieldConfig {
  /** The wire name: a root key (`plan`) or `customData.<name>`. */
  name: string;
  label: string;
  type?: MockFieldType;
  /** Defaults to `false`. */
  required?: boolean;
  /** Defaults to `true`. */
  enabled?: boolean;
  placeholder?: string;
  description?: string;
  /** Allowed values of a `select`. */
  options?: Array<string | { value: string; label?: string }>;
  defaultValue?: string | number | boolean;
  maxLength?: number;
  pattern?: string;
}

/** The names of the fields Stormpath knows. */
export const KNOWN_FIELD_NAMES = [
  "givenName",
  "middleName",
  "surname",
  "username",
  "email",
  "password",
  "confirmPassword",
] as const;

/** One of {@link KNOWN_FIELD_NAMES}. */
export type KnownFieldName = (typeof KNOWN_FIELD_NAMES)[number];

/** Stormpath's defaults for the known fields. */
export const KNOWN_FIELDS: Readonly<
  Record<KnownFieldName, { label: string; type: string; enabled: boolean; required: boolean }>
> = {
  givenName: { label: "First Name", type: "text", enabled: true, required: true },
  middleName: { label: "Middle Name", type: "text", enabled: false, required: false },
  surname: { label: "Last Name", type: "text", enabled: true, required: true },
  username: { label: "Username", type: "text", enabled: false, required: false },
  email: { label: "Email", type: "email", enabled: true, required: true },
  password: { label: "Password", type: "password", enabled: true, required: true },
  confirmPassword: { label: "Confirm Password", type: "password", enabled: false, required: false },
};

export type { ResponseStyle } from "./responses";
export type { SessionConfig } from "./stormpath-session";

/**
 * Which express-stormpath release the `stormpath` style answers like: `3`
 * (3.2.0, the Stormpath REST API era) or `4` (4.0.0, the Okta era).
 */
export type StormpathVersion = 3 | 4;

/** Everything the mock can be told. Every key is optional; see each for its default. */
export interface MockConfig {
  /** Start from a named preset (see `presets`), then apply the keys given here. */
  preset?: string;
  /** Path of the registration endpoint, relative to the base URL. Defaults to `/register`. */
  endpoint?: string;
  /** Defaults to `stormpath`. */
  style?: ResponseStyle;
  /**
   * The express-stormpath release the `stormpath` style answers like: `3`
   * (duplicate email: 409 with the REST API's message; password policy: the
   * REST API's message) or `4` (duplicate email: 400 "An account with that
   * email address already exists."; password policy: Okta's text prefixed
   * "password: "; success adds Okta members). Defaults to `3`. Ignored in `modern`.
   */
  stormpathVersion?: StormpathVersion;
  /** The development login session. See {@link SessionConfig}. */
  session?: SessionConfig;
  /** Per known field: enabled, required, label, placeholder, description. */
  fields?: Partial<Record<KnownFieldName, KnownFieldConfig>>;
  /** Render order by name; fields not listed follow in their default order. */
  fieldOrder?: string[];
  /** Custom fields, placed after the known ones unless `fieldOrder` says otherwise. Defaults to none. */
  customFields?: CustomFieldConfig[];
  /** Account stores in mapping (priority) order, sent as they are. Defaults to none. */
  accountStores?: MockAccountStore[];
  password?: {
    /** In Unicode code points. Defaults to 8. */
    minLength?: number;
    /** In Unicode code points. Defaults to 1024. */
    maxLength?: number;
    /** Refused passwords (compared after NFKC, case-insensitively). Defaults to a short list of common ones. */
    blocklist?: string[];
  };
  /** New accounts are `UNVERIFIED` until the email is verified. Defaults to `false` (`ENABLED`). */
  emailVerification?: boolean;
  /** Set a session cookie on success. Defaults to `false`. */
  autoLogin?: boolean;
  /** A duplicate email gets the same answer as a new account. Defaults to `false` (409). */
  enumerationSafe?: boolean;
  captcha?: {
    /** Defaults to `false`. */
    enabled?: boolean;
    /** Body key of the token. Defaults to `captchaToken`. */
    field?: string;
    /** Site key the test script accepts. Defaults to hCaptcha's test key. */
    siteKey?: string;
    /** Accept the published test token more than once. Defaults to `false` (every token is single-use). */
    reusableTestToken?: boolean;
  };
  consent?: {
    /**
     * Declare the consent key in the view model (a hidden, not visible field)
     * and accept the consent record under it. Defaults to `true`, so the kit's
     * default consent key works with no configuration, except when `style` is
     * set to `"stormpath"` explicitly: then `false`, as on a stock
     * express-stormpath (which declares no such field and refuses the key).
     * `required: true` turns it on.
     */
    enabled?: boolean;
    /** The body key of the consent record: a root key, or `customData.<name>` (modern style only). Defaults to `consent`. */
    field?: string;
    /** Refuse a signup without a consent record. Defaults to `false`. */
    required?: boolean;
  };
  /** Refused email domains (422). Defaults to a short list of well-known disposable domains. */
  disposableDomains?: string[];
  /** POSTs per client per window, or `false`. Defaults to 60 per 60 s. */
  rateLimit?: { max: number; windowMs: number } | false;
  /** Added delay for every endpoint answer, in ms, or a [min, max] range. Defaults to 0. */
  latencyMs?: number | [number, number];
  /** Largest accepted body, in bytes. Defaults to 65536. */
  maxBodyBytes?: number;
  /** OAuth 2.0 dynamic client registration (RFC 7591/7592) at `/oauth/register`. Defaults: on, open, secrets never expire. */
  oauthRegistration?: OAuthRegistrationConfig;
  /** Email verification: the `/verify` endpoint, link, token lifetime, resend limits. Used when `emailVerification` is on. */
  verification?: VerificationConfig;
  /** The SCIM 2.0 feed at `/scim/v2`. Defaults: on, bearer token `signup-kit-scim-dev-token`. */
  scim?: ScimConfig;
  /** Breached-password screening: the `/range/{prefix}` endpoint and the same check at POST. Defaults: on, padded to 800 lines. */
  passwordScreening?: PasswordScreeningConfig;
  /** Age gate: declare a birthdate (or confirmation) field and enforce the minimum age at POST. Defaults to off. */
  ageGate?: MockAgeGateConfig | false;
}

/** A configuration with every default filled in. */
export interface ResolvedConfig {
  endpoint: string;
  style: ResponseStyle;
  fields: Record<
    KnownFieldName,
    Required<Omit<KnownFieldConfig, "description">> & { description?: string }
  >;
  fieldOrder: string[];
  customFields: CustomFieldConfig[];
  accountStores: MockAccountStore[];
  password: { minLength: number; maxLength: number; blocklist: string[] };
  emailVerification: boolean;
  autoLogin: boolean;
  enumerationSafe: boolean;
  captcha: { enabled: boolean; field: string; siteKey: string; reusableTestToken: boolean };
  consent: { enabled: boolean; field: string; required: boolean };
  stormpathVersion: StormpathVersion;
  session: Required<SessionConfig>;
  disposableDomains: string[];
  rateLimit: { max: number; windowMs: number } | false;
  latencyMs: number | [number, number];
  maxBodyBytes: number;
  oauthRegistration: ResolvedOAuthRegistrationConfig;
  verification: ResolvedVerificationConfig;
  scim: ResolvedScimConfig;
  passwordScreening: ResolvedPasswordScreeningConfig;
  ageGate?: ResolvedAgeGate;
}

/** A few passwords every breach corpus starts with. Extend it with `password.blocklist`. */
export const DEFAULT_PASSWORD_BLOCKLIST: readonly string[] = [
  "password",
  "password1",
  "password123",
  "12345678",
  "123456789",
  "1234567890",
  "qwertyuiop",
  "iloveyou",
  "11111111",
  "00000000",
  "abc12345",
  "letmein1",
  "sunshine",
  "football",
  "baseball",
  "passw0rd",
  "welcome1",
  "qwerty123",
  "trustno1",
  "changeme",
];

/** Domains of throwaway mailboxes. Extend it with `disposableDomains`. */
export const DEFAULT_DISPOSABLE_DOMAINS: readonly string[] = [
  "mailinator.com",
  "guerrillamail.com",
  "10minutemail.com",
  "tempmail.dev",
  "yopmail.com",
  "trashmail.com",
  "sharklasers.com",
  "throwawaymail.com",
];
