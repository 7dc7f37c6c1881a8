// The options of useSignupForm() and what it reports (events, errors).
// <SignupForm> takes the same options plus its own (see components/types).
import type {
  ConsentOutcome,
  ConsentRecord,
  NormalizedAccountStore,
  RegisterViewModel,
  SignupResult,
} from "../contract/types";
import type { Messages } from "../i18n/types";
import type { PasswordScreeningOptions } from "../screening/types";

export type { ConsentOutcome, ConsentRecord };

/** The terms the person accepts; omit it and no terms checkbox is shown. */
export interface ConsentOptions {
  /** The terms version recorded with the acceptance, e.g. `"2026-01"`. */
  version: string;
  /** The terms URL, linked from the checkbox label and recorded. */
  url: string;
  /** The privacy notice URL, linked when given. */
  privacyUrl?: string;
  /** Offer a separate, optional marketing checkbox. Defaults to `false`. */
  marketing?: boolean;
  /**
   * The body key of the consent record, posted at the root under exactly this
   * name (`consent`, or `customData.consent` as one dotted key). The record is posted only when the view model declares a field of exactly
   * this name (for express-stormpath: a configured registration field); else
   * it reaches the app only (`onSuccess`, the `consent_recorded` event).
   * Defaults to `"consent"`.
   */
  field?: string;
}

/** The password length rule checked in the browser before the POST (the server checks its own). */
export interface PasswordPolicy {
  /** Minimum length in Unicode code points. Defaults to `8`. */
  min?: number;
  /** Maximum length in code points; never below 64. Defaults to `1024`. */
  max?: number;
}

/** hCaptcha options (the captcha issue); extra keys pass through to @hcaptcha/react-hcaptcha. */
export interface CaptchaOptions {
  siteKey: string;
  size?: "normal" | "compact" | "invisible";
  theme?: "light" | "dark";
  /**
   * The POST body key for the token. The widget runs and the token is posted
   * only when the view model declares a field of exactly this name (for
   * express-stormpath: a configured registration field that a
   * `preRegistrationHandler` verifies). Defaults to `"captchaToken"`.
   */
  field?: string;
  /** Widget language (hCaptcha's `hl`). Defaults to the form's `locale`. */
  languageOverride?: string;
  /** Where the wrapper loads hCaptcha from: `{apihost}/1/api.js` (the mock: `{origin}/__mock/hcaptcha`). */
  apihost?: string;
  /** The full script URL instead of `apihost` (the mock: `{origin}/__mock/hcaptcha/api.js`). */
  scriptSource?: string;
  /** Invisible mode: ms submit waits for a challenge before giving up with a message. Defaults to `120000`. */
  executeTimeout?: number;
  [passThrough: string]: unknown;
}

/**
 * An analytics event, passed to `onEvent`: switch on `type`. No event carries
 * what the person typed (no email, no password).
 */
export type SignupEvent =
  | { type: "view_loaded"; fieldCount: number; accountStoreCount: number }
  | { type: "load_failed"; reason: string; status?: number }
  | { type: "submit_attempted" }
  | { type: "validation_failed"; fields: string[] }
  | { type: "signup_succeeded"; status: string }
  /**
   * After a successful signup with the `consent` option: the record, and
   * whether it was posted to the server (`posted: false`: store it yourself).
   */
  | ({ type: "consent_recorded" } & ConsentOutcome)
  | { type: "signup_failed"; status?: number; reason: string }
  | { type: "social_login_started"; providerId: string }
  // Email verification: email_verification_rate = completed / sent with trigger "signup".
  /** A verification email went out: at signup (UNVERIFIED account) or on a resend. */
  | { type: "verification_sent"; trigger: "signup" | "resend" }
  /** The link was followed and the address is verified. */
  | { type: "verification_completed" }
  /** The link did not work (`expired`, `used`, `invalid`), or the check or a resend failed (`network`, `timeout`, `server`, `refused`, `rate-limited`). */
  | { type: "verification_failed"; reason: string; status?: number };

/** What `onSocialLogin` receives: the provider the person picked and where the kit would go. */
export interface SocialLoginRequest {
  store: NormalizedAccountStore;
  /** The full URL the button goes to. */
  url: string;
  /**
   * The `state` in that URL: for a URL the kit built (framework dialect, the
   * app's `samlUrl`), a fresh value the kit keeps in sessionStorage for the
   * callback; for a server's `authorizeUri`, the server's own value (never
   * replaced, not stored: the server checks it). Absent when the server's URL
   * has none.
   */
  state?: string;
}

/** What `onError` receives and `error`/`loadError` hold: switch on `kind`, show `message`. */
export interface SignupError {
  kind: "load" | "validation" | "conflict" | "rate-limited" | "server" | "network" | "captcha";
  message: string;
  status?: number;
  /** Field errors by wire name. */
  fields?: Record<string, string>;
}

/** The options of `useSignupForm()`; `<SignupForm>` takes the same as props. All optional. */
export interface UseSignupFormOptions {
  /** GET view model + POST target. Defaults to `"/register"`. */
  endpoint?: string;
  consent?: ConsentOptions;
  onSuccess?: (result: SignupResult) => void;
  onError?: (error: SignupError) => void;
  onEvent?: (event: SignupEvent) => void;
  /** fetch `credentials`. Defaults to `"same-origin"`. */
  credentials?: RequestCredentials;
  /** Extra request headers for GET and POST. */
  headers?: Record<string, string>;
  /** A custom fetch. Defaults to `globalThis.fetch`. */
  fetch?: typeof fetch;
  /** Skip the GET: the app already has the view model (SSR). */
  initialViewModel?: RegisterViewModel;
  passwordPolicy?: PasswordPolicy;
  /** Social login `redirect_uri`. Defaults to `{origin of endpoint}/callbacks/{providerId}`. */
  redirectUri?: string | ((providerId: string) => string);
  /** Extra hosts (beyond the providers' known ones) a store URL may point at. */
  allowedHosts?: string[];
  /** Take over navigation: return `false` (or a promise of it) to stop the kit from navigating. */
  onSocialLogin?: (request: SocialLoginRequest) => void | boolean | Promise<void | boolean>;
  /** Override single messages (on top of the locale's catalogue). */
  messages?: Partial<Messages>;
  /**
   * BCP 47 tag. Picks the catalogue (loaded lazily; English is built in) and is
   * recorded with consent. Defaults to the document language, then `"en"`.
   */
  locale?: string;
  /**
   * Label the known Stormpath fields (givenName, middleName, surname, username,
   * email, password, confirmPassword) from the catalogue instead of the server.
   * Defaults to `false`: the server's labels win (catalogue labels fill in only
   * where the server sent none).
   */
  preferCatalogLabels?: boolean;
  /** GET timeout in ms. Defaults to `10000`. */
  timeout?: number;
  /** POST timeout in ms; past it the form reports a lost connection (the account may or may not exist). Defaults to `30000`. */
  submitTimeout?: number;
  /**
   * Where SAML logins start, for SAML stores the server gives no
   * `authorizeUri`: the store's href is added as `?href=` and a fresh `state`
   * as `&state=`. Without it (and without a server URL) a SAML store gets no
   * button: express-stormpath has no SAML start route. Defaults to none.
   */
  samlUrl?: string;
  captcha?: CaptchaOptions;
  /**
   * Email verification (UNVERIFIED accounts): where `<SignupForm>`'s "didn't
   * get the email?" resend posts, and the seconds between two resends; `false`
   * hides the resend. Defaults to `{ endpoint: <endpoint with its last segment
   * replaced by "verify">, cooldown: 60 }`.
   */
  verification?: { endpoint?: string; cooldown?: number } | false;
  /**
   * Breached-password screening: k-anonymity lookups against the
   * Pwned Passwords range API (or `endpoint`), after typing pauses and at
   * submit; fails open. `true` for every default. Loaded lazily. Defaults to off.
   */
  passwordScreening?: PasswordScreeningOptions | boolean;
}
