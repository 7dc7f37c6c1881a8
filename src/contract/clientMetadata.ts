// RFC 7591 client metadata: the wire types and the pure rules both the form
// and the mock server apply (redirect URIs, §2.1 grant/response consistency,
// URLs, scope, contacts). No React, no fetch, no zod: the mock imports it too.

/** The grant types the kit offers (RFC 7591 §2, plus the device grant of RFC 8628). */
export const GRANT_TYPES = [
  "authorization_code",
  "implicit",
  "refresh_token",
  "client_credentials",
  "urn:ietf:params:oauth:grant-type:device_code",
] as const;

/** The response types RFC 7591 §2 defines; offered when the server's metadata does not say. */
export const RESPONSE_TYPES = ["code", "token"] as const;

/**
 * The response types the kit knows: RFC 7591's, plus those of OpenID Connect
 * (OAuth 2.0 Multiple Response Type Encoding Practices, OIDC Dynamic Client
 * Registration §2), each with its words in sorted order.
 */
export const KNOWN_RESPONSE_TYPES = [
  "code",
  "token",
  "id_token",
  "id_token token",
  "code id_token",
  "code token",
  "code id_token token",
  "none",
] as const;

/**
 * One response type with its words de-duplicated and sorted, so that
 * `"token id_token"` and `"id_token token"` compare equal (the order of the
 * words carries no meaning).
 */
export function normaliseResponseType(value: string): string {
  return [...new Set(value.trim().split(/ +/))].sort().join(" ");
}

/**
 * What to offer: the app's (or the kit's) list, narrowed to what the server
 * says it supports when it says so. A missing or empty list in the server's
 * metadata narrows nothing. `compare` maps both sides to a comparable form.
 */
export function narrowToSupported(
  offered: readonly string[],
  supported: readonly string[] | undefined,
  compare: (value: string) => string = (value) => value,
): string[] {
  if (!supported || supported.length === 0) return [...offered];
  const allowed = new Set(supported.map(compare));
  return offered.filter((value) => allowed.has(compare(value)));
}

/** Token endpoint authentication methods the kit offers (RFC 7591 §2). */
export const TOKEN_ENDPOINT_AUTH_METHODS = [
  "client_secret_basic",
  "client_secret_post",
  "none",
] as const;

/** The URL-valued metadata members (RFC 7591 §2). */
export const URL_FIELDS = ["logo_uri", "client_uri", "policy_uri", "tos_uri"] as const;

/** Client metadata as sent in a registration or update request (RFC 7591 §2). */
export interface ClientMetadata {
  redirect_uris?: string[];
  token_endpoint_auth_method?: string;
  grant_types?: string[];
  response_types?: string[];
  client_name?: string;
  client_uri?: string;
  logo_uri?: string;
  scope?: string;
  contacts?: string[];
  tos_uri?: string;
  policy_uri?: string;
  jwks_uri?: string;
  jwks?: unknown;
  software_id?: string;
  software_version?: string;
  software_statement?: string;
}

/** The metadata members a person edits in the form. */
export type EditableField =
  | "client_name"
  | "redirect_uris"
  | "grant_types"
  | "response_types"
  | "token_endpoint_auth_method"
  | "scope"
  | "contacts"
  | "logo_uri"
  | "client_uri"
  | "policy_uri"
  | "tos_uri";

/** Every editable member, in the form's order (its sections: basics, redirects, advanced). */
export const EDITABLE_FIELDS: readonly EditableField[] = [
  "client_name",
  "client_uri",
  "logo_uri",
  "policy_uri",
  "tos_uri",
  "contacts",
  "redirect_uris",
  "grant_types",
  "response_types",
  "token_endpoint_auth_method",
  "scope",
];

/** The client information response (RFC 7591 §3.2.1, RFC 7592 §3). */
export interface ClientInformation extends ClientMetadata {
  client_id: string;
  client_secret?: string;
  client_id_issued_at?: number;
  /** Seconds since the epoch; 0 means the secret never expires. Required when a secret is issued. */
  client_secret_expires_at?: number;
  registration_access_token?: string;
  registration_client_uri?: string;
}

/** Why a value broke a rule: a key of the registration messages catalogue. */
export type RuleCode =
  | "redirectUriInvalid"
  | "redirectUriFragment"
  | "redirectUriInsecure"
  | "redirectUriRequired"
  | "urlInvalid"
  | "scopeInvalid"
  | "contactInvalid"
  | "codeNeedsAuthorizationCode"
  | "tokenNeedsImplicit"
  | "authorizationCodeNeedsCode"
  | "implicitNeedsToken"
  | "nameTooLong"
  | "jwksBoth";

/** One broken rule: the member it concerns and the reason. */
export interface RuleIssue {
  field: EditableField | "jwks";
  code: RuleCode;
  /** For list members, the index of the offending entry. */
  index?: number;
}

const LOOPBACK_HOSTS = new Set(["127.0.0.1", "[::1]", "localhost"]);

/**
 * Checks one redirect URI (RFC 7591 §2, RFC 6749 §3.1.2, RFC 8252 §7.3/§8.3):
 * absolute, no fragment, https; plain http only for a loopback host.
 * Returns the rule it breaks, or `undefined`.
 */
export function checkRedirectUri(
  value: string,
): "redirectUriInvalid" | "redirectUriFragment" | "redirectUriInsecure" | undefined {
  // URL() accepts leading/trailing spaces and relative input against no base throws.
  if (value !== value.trim() || value === "") return "redirectUriInvalid";
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return "redirectUriInvalid";
  }
  // `#` with an empty fragment still is a fragment component (RFC 6749 §3.1.2).
  if (value.includes("#")) return "redirectUriFragment";
  if (url.protocol === "https:") return url.hostname ? undefined : "redirectUriInvalid";
  if (url.protocol === "http:")
    return LOOPBACK_HOSTS.has(url.hostname) || /^127(\.\d{1,3}){3}$/.test(url.hostname)
      ? undefined
      : "redirectUriInsecure";
  return "redirectUriInsecure";
}

/** An absolute http(s) URL, for logo_uri, client_uri, policy_uri and tos_uri. */
export function isHttpUrl(value: string): boolean {
  if (value !== value.trim()) return false;
  try {
    const url = new URL(value);
    return (url.protocol === "https:" || url.protocol === "http:") && url.hostname !== "";
  } catch {
    return false;
  }
}

/** RFC 6749 §3.3: scope = scope-token *( SP scope-token ); scope-token = 1*NQCHAR. */
export function isValidScope(value: string): boolean {
  return /^[\x21\x23-\x5B\x5D-\x7E]+( [\x21\x23-\x5B\x5D-\x7E]+)*$/.test(value);
}

/**
 * A contact is an email address (RFC 7591 §2: "typically email addresses"),
 * valid as the HTML standard defines it for `<input type="email">`: the same
 * rule browsers apply, and the one oidc-provider applies. No quoted local
 * parts, no address literals (`dev@[127.0.0.1]`), domains in ASCII (punycode).
 */
export function isValidContact(value: string): boolean {
  return (
    value.length <= 254 &&
    /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/.test(
      value,
    )
  );
}

/**
 * RFC 7591 §2.1 with OpenID Connect Dynamic Client Registration §2: a
 * response type containing `code` needs the `authorization_code` grant, one
 * containing `token` or `id_token` needs `implicit` (so the hybrid
 * `code id_token` needs both, and `none` needs neither), and the other way
 * round: `authorization_code` needs a response type with `code`, `implicit`
 * one with `token` or `id_token`. Defaults apply to omitted members
 * (grant_types ["authorization_code"], response_types ["code"]).
 */
export function checkGrantResponseConsistency(
  grantTypes: readonly string[] | undefined,
  responseTypes: readonly string[] | undefined,
): RuleIssue[] {
  const grants = grantTypes ?? ["authorization_code"];
  const words = new Set((responseTypes ?? ["code"]).flatMap((type) => type.trim().split(/ +/)));
  const front = words.has("token") || words.has("id_token");
  const issues: RuleIssue[] = [];
  if (words.has("code") && !grants.includes("authorization_code"))
    issues.push({ field: "grant_types", code: "codeNeedsAuthorizationCode" });
  if (front && !grants.includes("implicit"))
    issues.push({ field: "grant_types", code: "tokenNeedsImplicit" });
  if (grants.includes("authorization_code") && !words.has("code"))
    issues.push({ field: "response_types", code: "authorizationCodeNeedsCode" });
  if (grants.includes("implicit") && !front)
    issues.push({ field: "response_types", code: "implicitNeedsToken" });
  return issues;
}

/** Whether these grant types redirect the browser (and so need redirect URIs). */
export function usesRedirects(grantTypes: readonly string[] | undefined): boolean {
  const grants = grantTypes ?? ["authorization_code"];
  return grants.includes("authorization_code") || grants.includes("implicit");
}

/** Every rule the metadata breaks, in field order. Unknown members are not looked at. */
export function validateMetadata(metadata: ClientMetadata): RuleIssue[] {
  const issues: RuleIssue[] = [];
  if (metadata.client_name !== undefined && [...metadata.client_name].length > 200)
    issues.push({ field: "client_name", code: "nameTooLong" });
  const uris = metadata.redirect_uris ?? [];
  uris.forEach((uri, index) => {
    const code = checkRedirectUri(uri);
    if (code) issues.push({ field: "redirect_uris", code, index });
  });
  if (uris.length === 0 && usesRedirects(metadata.grant_types))
    issues.push({ field: "redirect_uris", code: "redirectUriRequired" });
  issues.push(...checkGrantResponseConsistency(metadata.grant_types, metadata.response_types));
  if (metadata.scope !== undefined && metadata.scope !== "" && !isValidScope(metadata.scope))
    issues.push({ field: "scope", code: "scopeInvalid" });
  (metadata.contacts ?? []).forEach((contact, index) => {
    if (!isValidContact(contact)) issues.push({ field: "contacts", code: "contactInvalid", index });
  });
  for (const field of URL_FIELDS) {
    const value = metadata[field];
    if (value !== undefined && !isHttpUrl(value)) issues.push({ field, code: "urlInvalid" });
  }
  if (metadata.jwks !== undefined && metadata.jwks_uri !== undefined)
    issues.push({ field: "jwks", code: "jwksBoth" });
  return issues;
}

/** Members the server sets; a client never sends them in an update (RFC 7592 §2.2). */
export const SERVER_MANAGED = [
  "registration_access_token",
  "registration_client_uri",
  "client_secret_expires_at",
  "client_id_issued_at",
] as const;
