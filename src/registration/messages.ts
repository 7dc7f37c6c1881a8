// The strings of client registration. A catalogue of its own, so the
// SignupForm bundle never carries them; same `{param}` templates and same
// override pattern (`messages={{…}}`) as the signup catalogue in src/i18n.
import {
  normaliseResponseType,
  type EditableField,
  type RuleCode,
} from "../contract/clientMetadata";

/** Every string client registration shows, as `{param}` templates. Text, never HTML. */
export interface RegistrationMessages {
  // Field labels.
  client_name: string;
  redirect_uris: string;
  grant_types: string;
  response_types: string;
  token_endpoint_auth_method: string;
  scope: string;
  contacts: string;
  logo_uri: string;
  client_uri: string;
  policy_uri: string;
  tos_uri: string;
  /** Help text under the redirect URI list. */
  redirectUrisHelp: string;
  /** Help text under contacts. */
  contactsHelp: string;
  /** Help text under scope. */
  scopeHelp: string;
  /** `{index}`: accessible name of one redirect URI input. */
  redirectUriLabel: string;
  addRedirectUri: string;
  /** `{index}`: accessible name of the remove button of one URI. */
  removeRedirectUri: string;
  requiredMarker: string;
  /** `{label}`. A required field is empty. */
  required: string;

  // Sections of the form.
  /** Legend of the name, home page, logo, legal links and contacts. */
  sectionBasics: string;
  /** Legend of the redirect URIs. */
  sectionRedirects: string;
  /** The collapsed section: grant and response types, authentication, scope. */
  sectionAdvanced: string;

  // Grant types (RFC 7591 §2, RFC 8628), shown with the identifier under them.
  grantAuthorizationCode: string;
  grantImplicit: string;
  grantRefreshToken: string;
  grantClientCredentials: string;
  grantDeviceCode: string;

  // Response types (RFC 7591 §2, OAuth 2.0 Multiple Response Type Encoding Practices).
  responseCode: string;
  responseToken: string;
  responseIdToken: string;
  responseIdTokenToken: string;
  responseCodeIdToken: string;
  responseCodeToken: string;
  responseCodeIdTokenToken: string;
  responseNone: string;

  // Token endpoint authentication methods (RFC 7591 §2, OpenID Connect Core §9).
  authClientSecretBasic: string;
  authClientSecretPost: string;
  authClientSecretJwt: string;
  authPrivateKeyJwt: string;
  authNone: string;

  // Client-side rules (keys are RuleCode).
  redirectUriInvalid: string;
  redirectUriFragment: string;
  redirectUriInsecure: string;
  redirectUriRequired: string;
  urlInvalid: string;
  scopeInvalid: string;
  contactInvalid: string;
  codeNeedsAuthorizationCode: string;
  tokenNeedsImplicit: string;
  authorizationCodeNeedsCode: string;
  implicitNeedsToken: string;
  nameTooLong: string;
  jwksBoth: string;

  // Server errors (RFC 7591 §3.2.2, RFC 6750, RFC 7592).
  /** `{message}`, `{detail}`: our text plus the server's error_description. */
  serverSaid: string;
  invalid_redirect_uri: string;
  invalid_client_metadata: string;
  invalid_software_statement: string;
  unapproved_software_statement: string;
  /** 401 on registration: the initial access token is missing or wrong. */
  initialTokenInvalid: string;
  /** 401 on management: the registration access token no longer works. */
  managementUnauthorized: string;
  /** 403 on management. */
  managementForbidden: string;
  /**
   * 429/503, also the visible countdown. `{duration}`: the wait with its unit
   * in words, in the form's language ("1 second", "30 seconds", "1 Sekunde");
   * `{seconds}`: the bare number, for wording of your own.
   */
  rateLimited: string;
  serverError: string;
  /** Network failure on POST after the request left the browser: the client may or may not exist. */
  networkUncertain: string;
  /** The POST never left the browser and the server could not be reached: nothing was registered. */
  networkNotSent: string;
  /** The POST never left the browser, yet the server is reachable: its cross-origin rules (CORS) refused the page. */
  networkBlocked: string;
  /** Network failure on GET/PUT/DELETE. */
  networkFailed: string;
  /** A 2xx that is not a client information response. */
  unexpectedResponse: string;

  // Discovery.
  discovering: string;
  discoveryFailed: string;
  retry: string;

  // Submit and result.
  submit: string;
  submitting: string;
  registeredTitle: string;
  clientIdLabel: string;
  clientSecretLabel: string;
  /** The secret is shown once. */
  secretOnceWarning: string;
  /** `{date}`. */
  secretExpires: string;
  secretNeverExpires: string;
  copy: string;
  /** `{label}`: accessible name of a copy button. */
  copyLabel: string;
  copied: string;
  copyFailed: string;
  /** Drops the secret from the page. */
  secretSaved: string;
  registerAnother: string;

  // Manager.
  loading: string;
  loadFailed: string;
  managerTitle: string;
  save: string;
  saving: string;
  saved: string;
  /** A new secret came back from an update. */
  secretRotated: string;
  deleteClient: string;
  /** `{name}`. */
  deleteConfirm: string;
  deleteConfirmButton: string;
  cancel: string;
  deleting: string;
  deleted: string;
}

/** The English catalogue of client registration. */
export const registrationMessagesEn: RegistrationMessages = {
  client_name: "Application name",
  redirect_uris: "Redirect URIs",
  grant_types: "Grant types",
  response_types: "Response types",
  token_endpoint_auth_method: "Token endpoint authentication",
  scope: "Scope",
  contacts: "Contacts",
  logo_uri: "Logo URL",
  client_uri: "Home page URL",
  policy_uri: "Privacy policy URL",
  tos_uri: "Terms of service URL",
  redirectUrisHelp:
    "Absolute URLs without a fragment (#). Use https; http is allowed for localhost and 127.0.0.1.",
  contactsHelp: "Email addresses, one per line.",
  scopeHelp: "Scope values separated by spaces.",
  redirectUriLabel: "Redirect URI {index}",
  addRedirectUri: "Add a redirect URI",
  removeRedirectUri: "Remove redirect URI {index}",
  requiredMarker: "(required)",
  required: "{label} required.",

  sectionBasics: "About the application",
  sectionRedirects: "Redirects",
  sectionAdvanced: "Advanced settings",

  grantAuthorizationCode: "Authorization code",
  grantImplicit: "Implicit",
  grantRefreshToken: "Refresh token",
  grantClientCredentials: "Client credentials",
  grantDeviceCode: "Device code",

  responseCode: "Authorization code",
  responseToken: "Access token",
  responseIdToken: "ID token",
  responseIdTokenToken: "ID token and access token",
  responseCodeIdToken: "Authorization code and ID token",
  responseCodeToken: "Authorization code and access token",
  responseCodeIdTokenToken: "Authorization code, ID token and access token",
  responseNone: "None",

  authClientSecretBasic: "Client secret, HTTP Basic",
  authClientSecretPost: "Client secret in the request body",
  authClientSecretJwt: "JWT signed with the client secret",
  authPrivateKeyJwt: "JWT signed with a private key",
  authNone: "None (public client)",

  redirectUriInvalid: "Enter an absolute URL, such as https://app.example.com/callback.",
  redirectUriFragment: "A redirect URI must not contain a fragment (#…).",
  redirectUriInsecure: "Use https. Plain http is only allowed for localhost and 127.0.0.1.",
  redirectUriRequired: "Add at least one redirect URI for these grant types.",
  urlInvalid: "Enter an absolute http or https URL.",
  scopeInvalid: "Use scope values separated by single spaces, without quotes or backslashes.",
  contactInvalid: "Enter email addresses, one per line.",
  codeNeedsAuthorizationCode: 'The "code" response type needs the "authorization_code" grant type.',
  tokenNeedsImplicit: 'Response types with "token" or "id_token" need the "implicit" grant type.',
  authorizationCodeNeedsCode: 'The "authorization_code" grant type needs the "code" response type.',
  implicitNeedsToken: 'The "implicit" grant type needs a response type with "token" or "id_token".',
  nameTooLong: "Use at most 200 characters.",
  jwksBoth: "Give the keys either inline or by URL, not both.",

  serverSaid: "{message} (The server said: {detail})",
  invalid_redirect_uri: "The server did not accept this redirect URI.",
  invalid_client_metadata: "The server did not accept this value.",
  invalid_software_statement: "The software statement is not valid.",
  unapproved_software_statement: "The software statement is not approved by this server.",
  initialTokenInvalid:
    "Registration needs a valid initial access token. Ask the API provider for a new one.",
  managementUnauthorized:
    "This registration cannot be managed any more: the registration access token is no longer valid, or the application was deleted.",
  managementForbidden: "You are not allowed to manage this registration.",
  rateLimited: "Too many attempts. Try again in {duration}.",
  serverError: "Something went wrong on the server. Please try again in a moment.",
  networkUncertain:
    "We lost the connection, so the application may or may not have been registered. Check your list of applications before trying again.",
  networkNotSent:
    "The application was not registered: we could not reach the server, so nothing was sent. Check your connection and try again.",
  networkBlocked:
    "The application was not registered: the server does not accept registration requests from this page (its cross-origin settings, CORS, refused it), so nothing was sent. Tell the API provider.",
  networkFailed: "We could not reach the server. Check your connection and try again.",
  unexpectedResponse: "The server answered in a way we did not understand.",

  discovering: "Finding the registration endpoint…",
  discoveryFailed:
    "We could not find where to register applications: the server publishes no registration endpoint.",
  retry: "Try again",

  submit: "Register application",
  submitting: "Registering your application…",
  registeredTitle: "Your application is registered",
  clientIdLabel: "Client ID",
  clientSecretLabel: "Client secret",
  secretOnceWarning:
    "Copy the client secret now and keep it somewhere safe. It is shown only once: you will not be able to see it again.",
  secretExpires: "The secret expires on {date}.",
  secretNeverExpires: "The secret does not expire.",
  copy: "Copy",
  copyLabel: "Copy {label}",
  copied: "Copied to the clipboard.",
  copyFailed: "Could not copy. Select the text and copy it yourself.",
  secretSaved: "I have saved the secret",
  registerAnother: "Register another application",

  loading: "Loading the registration…",
  loadFailed: "We could not load this registration.",
  managerTitle: "Application settings",
  save: "Save changes",
  saving: "Saving…",
  saved: "Changes saved.",
  secretRotated:
    "The server issued a new client secret. The old one no longer works. Copy the new one now: it is shown only once.",
  deleteClient: "Delete application",
  deleteConfirm:
    "Delete {name}? Apps using its client ID will stop working. This cannot be undone.",
  deleteConfirmButton: "Delete for good",
  cancel: "Cancel",
  deleting: "Deleting…",
  deleted: "The application was deleted.",
};

/** English with the app's overrides on top; unknown keys and non-strings are ignored. */
export function resolveRegistrationMessages(
  overrides?: Partial<RegistrationMessages>,
): RegistrationMessages {
  if (!overrides) return registrationMessagesEn;
  const out = { ...registrationMessagesEn };
  for (const key of Object.keys(registrationMessagesEn) as Array<keyof RegistrationMessages>) {
    const value = overrides[key];
    if (typeof value === "string") out[key] = value;
  }
  return out;
}

/** The label of a field. */
export function fieldLabel(messages: RegistrationMessages, field: EditableField): string {
  return messages[field];
}

const GRANT_LABELS: Readonly<Record<string, keyof RegistrationMessages>> = {
  authorization_code: "grantAuthorizationCode",
  implicit: "grantImplicit",
  refresh_token: "grantRefreshToken",
  client_credentials: "grantClientCredentials",
  "urn:ietf:params:oauth:grant-type:device_code": "grantDeviceCode",
};

// Keyed by the normalised form (words sorted), as normaliseResponseType gives it.
const RESPONSE_LABELS: Readonly<Record<string, keyof RegistrationMessages>> = {
  code: "responseCode",
  token: "responseToken",
  id_token: "responseIdToken",
  "id_token token": "responseIdTokenToken",
  "code id_token": "responseCodeIdToken",
  "code token": "responseCodeToken",
  "code id_token token": "responseCodeIdTokenToken",
  none: "responseNone",
};

const AUTH_METHOD_LABELS: Readonly<Record<string, keyof RegistrationMessages>> = {
  client_secret_basic: "authClientSecretBasic",
  client_secret_post: "authClientSecretPost",
  client_secret_jwt: "authClientSecretJwt",
  private_key_jwt: "authPrivateKeyJwt",
  none: "authNone",
};

/** Which RFC 7591 member a choice belongs to. */
export type ChoiceField = "grant_types" | "response_types" | "token_endpoint_auth_method";

/**
 * The words for a grant type, response type or authentication method, or
 * `undefined` for an identifier the kit does not know (the form then shows
 * the identifier itself). Response types match whatever the order of their words.
 * @example choiceLabel(registrationMessagesEn, "grant_types", "refresh_token") // "Refresh token"
 */
export function choiceLabel(
  messages: RegistrationMessages,
  field: ChoiceField,
  value: string,
): string | undefined {
  const table =
    field === "grant_types"
      ? GRANT_LABELS
      : field === "response_types"
        ? RESPONSE_LABELS
        : AUTH_METHOD_LABELS;
  const key = field === "response_types" ? normaliseResponseType(value) : value;
  const entry = Object.hasOwn(table, key) ? table[key] : undefined;
  return entry ? messages[entry] : undefined;
}

/** The text of a broken rule. */
export function ruleText(messages: RegistrationMessages, code: RuleCode): string {
  return messages[code];
}
