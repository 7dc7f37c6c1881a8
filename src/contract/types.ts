// The wire format of the /register contract (see the backend contract spec),
// and the normalised shapes the rest of the kit works with. No React, no fetch.

/** One field of `form.fields` as the server sends it. Unknown keys are allowed and ignored. */
export interface ViewModelField {
  name: string;
  label?: string;
  placeholder?: string;
  required?: boolean;
  /** A raw HTML input type (`text`, `email`, `password`, `tel`, `date`, …). */
  type?: string;
  visible?: boolean;
  enabled?: boolean;
  autocomplete?: string;
  options?: ReadonlyArray<string | { value: string; label?: string }>;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  description?: string;
  defaultValue?: string | number | boolean;
}

/** The provider object of an account store, in either dialect. */
export interface ViewModelProvider {
  href?: string;
  providerId?: string;
  /** Framework dialect: the OAuth client id the button starts the request with. */
  clientId?: string;
  scope?: string;
  /**
   * A server-supplied start URL (express-stormpath 4.0.0 puts it here, with
   * its own `state` and `redirect_uri`): followed as given.
   */
  authorizeUri?: string;
}

export interface ViewModelAccountStore {
  href?: string;
  name?: string;
  /**
   * Client-API dialect: the server's start URL for this store, already holding
   * its query (`state` among it). Followed as given; wins over `provider.authorizeUri`.
   */
  authorizeUri?: string;
  status?: string;
  listIndex?: number;
  priority?: number;
  provider?: ViewModelProvider;
}

/** The body of `GET /register` (Stormpath's view model). */
export interface RegisterViewModel {
  form: { fields: ViewModelField[] };
  accountStores?: ViewModelAccountStore[];
}

/** `account` in a successful POST response. */
export interface Account {
  href?: string;
  username?: string;
  email?: string;
  givenName?: string;
  middleName?: string;
  surname?: string;
  fullName?: string;
  status: string;
  createdAt?: string;
  modifiedAt?: string;
  emailVerificationStatus?: string;
}

/** The consent record: what the person accepted, when, and in which language. */
export interface ConsentRecord {
  termsVersion: string;
  termsUrl: string;
  acceptedAt: string;
  locale: string;
  marketing?: boolean;
}

/** The consent given at signup, as the app receives it (`onSuccess`, the `consent_recorded` event). */
export interface ConsentOutcome {
  record: ConsentRecord;
  /**
   * `true` when the record went to the server in the POST body (the view
   * model declared the consent key), `false` when the server did not declare it
   * and only the app has the record: store it yourself.
   */
  posted: boolean;
  /** The body key the record was posted under (only when `posted`). */
  field?: string;
}

/** What `onSuccess` receives. */
export interface SignupResult {
  account: Account;
  /** `ENABLED`, `UNVERIFIED`, or the raw status the server sent (treated as pending). */
  status: string;
  /** The `Location` header of a 201 response, when present. */
  location?: string;
  /** The consent record, when the `consent` option is set, and whether the server received it. */
  consent?: ConsentOutcome;
}

/** How a rendered field behaves; derived from the raw `type`. */
export type FieldKind =
  | "text"
  | "email"
  | "password"
  | "tel"
  | "url"
  | "number"
  | "date"
  | "datetime-local"
  | "month"
  | "week"
  | "time"
  | "color"
  | "range"
  | "search"
  | "textarea"
  | "select"
  | "checkbox"
  | "radio";

/** A field after normalisation: safe to render and to post. */
export interface NormalizedField {
  /**
   * The form-state key (`f0`, `f1`, …). Never the wire name: wire names are
   * keys, not paths, and may contain dots or brackets.
   */
  key: string;
  /** The wire name as the server sent it (`email`, `customData.plan`, `a.b`). */
  name: string;
  /**
   * Where the value goes in the POST body: always the root key named exactly
   * like the field (`["customData.plan"]`); the server moves custom fields
   * into customData itself.
   */
  path: readonly [string];
  label: string;
  placeholder?: string;
  required: boolean;
  kind: FieldKind;
  /** `false` for `visible: false` and `type: "hidden"`: not shown, still posted. */
  visible: boolean;
  autoComplete?: string;
  options?: ReadonlyArray<{ value: string; label: string }>;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  description?: string;
  defaultValue: string | boolean;
}

/** A social or SAML login button, already checked for a safe target. */
export interface NormalizedAccountStore {
  /** Stable id for React keys and test ids. */
  id: string;
  /** The store's name as the server sent it (an admin's label such as "Google Directory"). */
  name: string;
  /**
   * What the button calls the provider: "Google", "GitHub" … for known
   * providers; the store's name for SAML and other providers.
   */
  providerName: string;
  /**
   * `true` when another shown store has the same provider: the button adds the
   * store's name so the two can be told apart.
   */
  distinguish: boolean;
  providerId: string;
  kind: "social" | "saml";
  /**
   * How the button's URL is made. `framework`: the kit builds the provider's
   * authorization request from `clientId`, with a `state` it generates and
   * keeps. `client-api`: the server's `authorizeUri`, followed as given (its
   * `state` is the server's). `saml`: the app's `samlUrl` with the store's
   * `href` and a `state` the kit generates and keeps.
   */
  dialect: "framework" | "client-api" | "saml";
  /** The store's href (SAML needs it). */
  href?: string;
  clientId?: string;
  scope?: string;
  /** Base authorization URL (framework: the provider's known endpoint; client-API: authorizeUri; SAML: the app's start URL). */
  authorizeUrl: string;
}

export interface NormalizedViewModel {
  fields: NormalizedField[];
  accountStores: NormalizedAccountStore[];
  /**
   * Which of the kit's extra keys the view model declares (a field of that
   * name): only a declared key is posted. Both `false` when not configured.
   */
  declared: { consent: boolean; captcha: boolean };
  /** Development warnings: dropped stores, refused field names, undeclared consent key … */
  warnings: string[];
}
