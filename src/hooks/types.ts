// The public options and return value of useSignupForm(). <SignupForm> takes the
// same options plus `components` and `className`. This file is the boundary
// between the headless hook (src/hooks) and the markup (src/components).
import type {
  ChangeEvent,
  FocusEvent,
  FormEvent,
  HTMLAttributes,
  KeyboardEvent,
  MouseEvent,
  Ref,
} from "react";
import type {
  ConsentOutcome,
  ConsentRecord,
  NormalizedAccountStore,
  NormalizedField,
  RegisterViewModel,
  SignupResult,
} from "../contract/types";

export type { ConsentOutcome, ConsentRecord };
import type { Messages } from "../i18n/types";
import type { PasswordScreeningOptions } from "../screening/types";
import type { SubmitGuard } from "./submitSeam";

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

/** Where the form is: loading the view model, failed to load, ready, posting, or done. */
export type SignupFormState = "loading" | "load-error" | "ready" | "submitting" | "success";

/** Plain props for one field: ids, aria wiring and handlers, ready to spread. */
export interface FieldRenderProps {
  field: NormalizedField;
  /** Spread on the <input>/<select>/<textarea>. */
  inputProps: {
    id: string;
    name: string;
    type?: string;
    required: boolean;
    autoComplete?: string;
    placeholder?: string;
    minLength?: number;
    maxLength?: number;
    pattern?: string;
    defaultValue?: string;
    defaultChecked?: boolean;
    dir?: "ltr";
    /** React's `inputMode` union, so the props spread onto `<input>`. */
    inputMode?: HTMLAttributes<HTMLInputElement>["inputMode"];
    spellCheck?: boolean;
    autoCapitalize?: string;
    "aria-invalid": boolean;
    "aria-describedby"?: string;
    "aria-required"?: boolean;
    ref: Ref<HTMLInputElement & HTMLSelectElement & HTMLTextAreaElement>;
    onChange: (
      event: ChangeEvent<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>,
    ) => void;
    onBlur: (event: FocusEvent<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>) => void;
  };
  labelProps: { id: string; htmlFor: string };
  label: string;
  required: boolean;
  error?: string;
  errorId: string;
  description?: string;
  descriptionId: string;
}

/** Plain props for a consent checkbox: spread `inputProps` on the `<input>`. */
export interface CheckboxRenderProps {
  inputProps: {
    id: string;
    /** The no-JavaScript form field name; absent when the server does not declare the consent key (nothing is posted). */
    name?: string;
    type: "checkbox";
    /** What a ticked box posts without JavaScript (the terms version for the terms box). */
    value?: string;
    checked: boolean;
    required: boolean;
    "aria-invalid": boolean;
    "aria-describedby"?: string;
    onChange: (event: ChangeEvent<HTMLInputElement>) => void;
    /** Lets the hook focus the checkbox when it is the first invalid control. Spread it. */
    ref: Ref<HTMLInputElement>;
  };
  error?: string;
  errorId: string;
}

/**
 * A captcha widget as the hook sees it: the captcha component registers one of
 * these and feeds tokens in.
 */
export interface CaptchaWidget {
  /** Run an invisible challenge; resolve with the token (or call `setToken`). Optional. */
  execute?: () => Promise<string | void> | string | void;
  /** Clear the widget: called after every failed POST, since a token is used once. */
  reset: () => void;
  /** Move focus to the widget area: called when the captcha is what blocks submit. Optional. */
  focus?: () => void;
}

/** The captcha part of the return value: what a captcha component needs. */
export interface CaptchaState {
  /**
   * `true` when the `captcha` option is given and the view model declares its
   * field: no POST without a token. Without the declaration no widget is
   * shown (no server would check the token) and a development warning says so.
   */
  enabled: boolean;
  /** The options passed to the hook (site key, size, theme, pass-through keys). */
  options?: CaptchaOptions;
  /** The body key of the token. Defaults to `"captchaToken"`. */
  field: string;
  /** Give the hook a token (`null` on expiry/close). Kept in memory only. */
  setToken: (token: string | null) => void;
  /** Register the widget; returns the unregister function. */
  registerWidget: (widget: CaptchaWidget) => () => void;
  /** Report a widget problem (expired, closed, failed to load, error): a catalogue message, or `undefined` to clear. */
  setError: (message: string | undefined) => void;
  /** The message to show at the widget (missing token, expired, refused by the server …). */
  error?: string;
  /** Id for the widget's error text, for `aria-describedby`. */
  errorId: string;
}

/** What `useSignupForm()` returns: the state and the props to build your own markup with. */
export interface UseSignupFormReturn {
  state: SignupFormState;
  /** Normalised fields in render order (hidden ones included, `visible: false`). */
  fields: NormalizedField[];
  /** Social/SAML buttons in priority order, unsafe ones dropped. */
  accountStores: NormalizedAccountStore[];
  /** Development warnings from normalisation. */
  warnings: string[];
  loadError?: SignupError;
  /** Refetch the view model (the retry button). */
  reload: () => void;
  /** Props for the <form>: `method="post"`, `action`, `noValidate`, `onSubmit`. */
  getFormProps: () => {
    method: "post";
    action: string;
    noValidate: true;
    onSubmit: (event: FormEvent<HTMLFormElement>) => void;
    "aria-busy"?: boolean;
  };
  /** Plain props for one field, subscribed to that field's error only. */
  useField: (field: NormalizedField) => FieldRenderProps;
  /**
   * Register a check run at every submit before the POST (the age gate uses
   * it); `ok: false` blocks the POST. Returns the unregister function.
   */
  addSubmitGuard: (guard: SubmitGuard) => () => void;
  consent: {
    enabled: boolean;
    termsUrl?: string;
    privacyUrl?: string;
    terms: CheckboxRenderProps;
    marketing?: CheckboxRenderProps;
    /**
     * Render these as `<input type="hidden">` inside the form: without
     * JavaScript, they and the ticked terms box (`{field}[termsVersion]`) post
     * the consent record as plain form fields. Empty when the view model does
     * not declare the consent key. With JavaScript the hook posts the JSON
     * record itself.
     */
    hiddenInputs: Array<{ name: string; value: string }>;
  };
  submit: () => Promise<void>;
  submitting: boolean;
  /** Seconds left before submit is allowed again (429/503 Retry-After), 0 when allowed. */
  retryAfter: number;
  /**
   * Form-level error message (announced). During a 429/503 wait it is stated
   * once ("Try again in 30 seconds.") and does not change while `retryAfter`
   * counts down; it clears when the wait is over.
   */
  formError?: string;
  /** Form-level status text for the polite live region ("Creating your account…"). */
  statusMessage?: string;
  result?: SignupResult;
  /** The last submit error (all kinds). */
  error?: SignupError;
  startSocialLogin: (
    store: NormalizedAccountStore,
    event?: MouseEvent | KeyboardEvent,
  ) => Promise<void>;
  /** The captcha state and callbacks, for a captcha component. */
  captcha: CaptchaState;
  /**
   * `lang` and `dir` for the root when they differ from the page's: set when the
   * `locale` option is given (or the page's language has no catalogue), else
   * undefined so both are inherited.
   */
  lang?: string;
  dir?: "ltr" | "rtl";
  /** Resolved messages and a formatter. */
  messages: Messages;
  t: (key: keyof Messages, params?: Record<string, string | number>) => string;
}
