// OAuth 2.0 Dynamic Client Registration (RFC 7591) and its management
// protocol (RFC 7592), as the mock serves them: POST {path} registers a
// client, GET/PUT/DELETE {path}/{client_id} manage it with the registration
// access token. Client secrets and registration access tokens are stored as
// SHA-256 digests (they are 256-bit random values, so a fast hash is enough);
// the clear values are only ever in the response that issues them.
import {
  GRANT_TYPES,
  RESPONSE_TYPES,
  SERVER_MANAGED,
  TOKEN_ENDPOINT_AUTH_METHODS,
  URL_FIELDS,
  isHttpUrl,
  validateMetadata,
  type ClientInformation,
  type ClientMetadata,
  type RuleIssue,
} from "../../contract/clientMetadata";
import { RateLimiter, rateLimitHeaders, secondsText } from "./guards";
import { mediaType, parseJsonObject, readText } from "./http/body";
import { randomToken } from "./http/ids";
import type { RouteContext, Router } from "./http/router";
import { equalBytes } from "./hasher";
import type { AuditEvent } from "./logs";
import { json, plainError, type ResponseStyle } from "./responses";
import {
  isScenarioName,
  scenarioEffect,
  type ScenarioName,
  type ScenarioOptions,
  TRANSPORT_SCENARIOS,
} from "./scenarios";
import type { AccountStore, StoredOAuthClient } from "./store";

/** Settings of the OAuth client registration endpoints (`oauthRegistration` in the mock's config). */
export interface OAuthRegistrationConfig {
  /** Serve the endpoints and name `registration_endpoint` in discovery. Defaults to `true`. */
  enabled?: boolean;
  /** Path of the registration endpoint; clients live under `{path}/{client_id}`. Defaults to `/oauth/register`. */
  path?: string;
  /**
   * Initial access token(s) that POST must bear (`Authorization: Bearer …`,
   * RFC 7591 §3). Defaults to `false`: open registration.
   */
  initialAccessToken?: string | string[] | false;
  /** Lifetime of issued client secrets in seconds; `0` = never expire. Defaults to `0`. */
  clientSecretTtlSeconds?: number;
  /** Issue a new client secret on every update (RFC 7592 §2.2 allows it). Defaults to `false`. */
  rotateSecretOnUpdate?: boolean;
  /** Scope values a client may register; any other is refused. Defaults to any. */
  scopes?: string[];
}

/** {@link OAuthRegistrationConfig} with defaults filled in. */
export interface ResolvedOAuthRegistrationConfig {
  enabled: boolean;
  path: string;
  initialAccessTokens: string[];
  clientSecretTtlSeconds: number;
  rotateSecretOnUpdate: boolean;
  scopes: string[] | null;
}

/** Fills in the defaults. */
export function resolveOAuthRegistration(
  config: OAuthRegistrationConfig = {},
): ResolvedOAuthRegistrationConfig {
  const path = config.path ?? "/oauth/register";
  if (!/^\/[A-Za-z0-9/_.-]*[A-Za-z0-9_-]$/.test(path))
    throw new Error(`oauthRegistration.path must be a path like /oauth/register, not "${path}".`);
  const tokens = config.initialAccessToken;
  return {
    enabled: config.enabled ?? true,
    path,
    initialAccessTokens: tokens === undefined || tokens === false ? [] : [tokens].flat(),
    clientSecretTtlSeconds: Math.max(0, config.clientSecretTtlSeconds ?? 0),
    rotateSecretOnUpdate: config.rotateSecretOnUpdate ?? false,
    scopes: config.scopes ?? null,
  };
}

/** RFC 7591 §3.2.2 error codes (plus RFC 6750's for bearer tokens). */
export type OAuthErrorCode =
  | "invalid_redirect_uri"
  | "invalid_client_metadata"
  | "invalid_software_statement"
  | "unapproved_software_statement"
  | "invalid_token"
  | "insufficient_scope"
  | "invalid_request"
  // RFC 6749 §4.1.2.1's codes for server trouble, used by the transport scenarios.
  | "server_error"
  | "temporarily_unavailable";

/** Scenarios the OAuth endpoints honour: these, and the generic transport ones. */
export const OAUTH_SCENARIO_NAMES = [
  "oauth-invalid-redirect-uri",
  "oauth-invalid-client-metadata",
  "oauth-invalid-software-statement",
  "oauth-unapproved-software-statement",
  "oauth-invalid-token",
  "oauth-forbidden",
] as const;

/** The transport scenarios of `/register` apply here too. */
const GENERIC_SCENARIOS = TRANSPORT_SCENARIOS;

/** One of {@link OAUTH_SCENARIO_NAMES} or a generic transport scenario. */
export type OAuthScenarioName = (typeof OAUTH_SCENARIO_NAMES)[number] | ScenarioName;

function isOAuthScenario(name: unknown): name is OAuthScenarioName {
  return (
    (typeof name === "string" && (OAUTH_SCENARIO_NAMES as readonly string[]).includes(name)) ||
    (isScenarioName(name) && GENERIC_SCENARIOS.includes(name))
  );
}

const NO_STORE = { "cache-control": "no-store", pragma: "no-cache" };

/** An RFC 7591 §3.2.2 error response. */
export function oauthError(
  status: number,
  error: OAuthErrorCode,
  description: string,
  headers: Record<string, string> = {},
): Response {
  return json({ error, error_description: description }, status, { ...NO_STORE, ...headers });
}

function bearerChallenge(error?: "invalid_token", description?: string): Record<string, string> {
  const parts = ['Bearer realm="signup-kit-mock"'];
  if (error) parts.push(`error="${error}"`);
  if (description) parts.push(`error_description="${description.replace(/["\\]/g, "")}"`);
  return { "www-authenticate": parts.join(", ") };
}

function scenarioResponse(name: (typeof OAUTH_SCENARIO_NAMES)[number]): Response {
  switch (name) {
    case "oauth-invalid-redirect-uri":
      return oauthError(
        400,
        "invalid_redirect_uri",
        "redirect_uris[0]: this redirect URI is not allowed for this server.",
      );
    case "oauth-invalid-client-metadata":
      return oauthError(
        400,
        "invalid_client_metadata",
        "scope: the scope value is not allowed for this client.",
      );
    case "oauth-invalid-software-statement":
      return oauthError(400, "invalid_software_statement", "The software statement is not valid.");
    case "oauth-unapproved-software-statement":
      return oauthError(
        400,
        "unapproved_software_statement",
        "The software statement is not approved for use with this server.",
      );
    case "oauth-invalid-token":
      return oauthError(
        401,
        "invalid_token",
        "The access token is not valid.",
        bearerChallenge("invalid_token"),
      );
    case "oauth-forbidden":
      return oauthError(403, "insufficient_scope", "This token may not manage this client.");
  }
}

/**
 * A transport scenario's JSON error (500, 503, 429) in this route's dialect,
 * an RFC 7591 error body, with its Retry-After; anything else (the `html`
 * scenario's page) as it is.
 */
async function inOAuthDialect(response: Response): Promise<Response> {
  if (response.status < 400 || !(response.headers.get("content-type") ?? "").includes("json"))
    return response;
  const body = (await response.json()) as { message?: unknown };
  const code: OAuthErrorCode =
    response.status === 503
      ? "temporarily_unavailable"
      : response.status >= 500
        ? "server_error"
        : "invalid_request";
  const retryAfter = response.headers.get("retry-after");
  return oauthError(
    response.status,
    code,
    typeof body.message === "string" ? body.message : "The server cannot answer now.",
    retryAfter ? { "retry-after": retryAfter } : {},
  );
}

function base64url(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/** `sha256$<base64url digest>` of a high-entropy secret. */
export async function digestSecret(secret: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(secret));
  return `sha256$${base64url(new Uint8Array(digest))}`;
}

async function matchesDigest(secret: string, stored: string | null): Promise<boolean> {
  if (!stored) return false;
  const actual = new TextEncoder().encode(await digestSecret(secret));
  return equalBytes(actual, new TextEncoder().encode(stored));
}

/** `Authorization: Bearer <token>` (the scheme is case-insensitive), or `undefined`. */
export function bearerToken(request: Request): string | undefined {
  const match = /^Bearer +([A-Za-z0-9\-._~+/]+=*) *$/i.exec(
    request.headers.get("authorization") ?? "",
  );
  return match?.[1];
}

/** A member of the request that is not what RFC 7591 says it must be. */
class MetadataError extends Error {
  constructor(
    readonly code: OAuthErrorCode,
    message: string,
  ) {
    super(message);
  }
}

const HUMAN_READABLE = new Set(["client_name", ...URL_FIELDS]);
const STRING_MEMBERS = [
  "client_name",
  "client_uri",
  "logo_uri",
  "scope",
  "tos_uri",
  "policy_uri",
  "jwks_uri",
  "software_id",
  "software_version",
] as const;
const LIST_MEMBERS = ["redirect_uris", "grant_types", "response_types", "contacts"] as const;

const RULE_TEXT: Record<RuleIssue["code"], string> = {
  redirectUriInvalid: "must be an absolute URI",
  redirectUriFragment: "must not contain a fragment (#)",
  redirectUriInsecure: "must use https (http only for a loopback address)",
  redirectUriRequired: "at least one redirect URI is required for these grant types",
  urlInvalid: "must be an absolute http(s) URL",
  scopeInvalid: "must be space-separated scope tokens",
  contactInvalid: "must be an email address",
  codeNeedsAuthorizationCode: 'response type "code" needs the "authorization_code" grant type',
  tokenNeedsImplicit: 'response type "token" needs the "implicit" grant type',
  authorizationCodeNeedsCode: 'grant type "authorization_code" needs the "code" response type',
  implicitNeedsToken: 'grant type "implicit" needs the "token" response type',
  nameTooLong: "must be at most 200 characters",
  jwksBoth: "jwks and jwks_uri must not both be present",
};

/**
 * The metadata the server keeps from a request body: members it understands,
 * type-checked, with RFC 7591 defaults. Unknown members are ignored, as
 * RFC 7591 §2 requires. Throws {@link MetadataError} for a broken rule.
 */
export function readMetadata(
  body: Record<string, unknown>,
  config: ResolvedOAuthRegistrationConfig,
): ClientMetadata & Record<string, unknown> {
  const out = Object.create(null) as ClientMetadata & Record<string, unknown>;
  for (const key of STRING_MEMBERS) {
    const value = body[key];
    if (value === undefined) continue;
    if (typeof value !== "string" || value.length > 2000)
      throw new MetadataError("invalid_client_metadata", `${key}: must be a string.`);
    out[key] = value;
  }
  for (const key of LIST_MEMBERS) {
    const value = body[key];
    if (value === undefined) continue;
    if (
      !Array.isArray(value) ||
      value.length > 50 ||
      value.some((v) => typeof v !== "string" || v.length > 2000)
    )
      throw new MetadataError(
        key === "redirect_uris" ? "invalid_redirect_uri" : "invalid_client_metadata",
        `${key}: must be an array of strings.`,
      );
    out[key] = [...new Set(value as string[])];
  }
  // Language-tagged human-readable members (RFC 7591 §2.2): client_name#ja-Jpan-JP.
  for (const [key, value] of Object.entries(body)) {
    const [member, tag] = key.split("#", 2);
    if (tag === undefined || !member || !HUMAN_READABLE.has(member)) continue;
    if (!/^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$/.test(tag) || typeof value !== "string")
      throw new MetadataError("invalid_client_metadata", `${key}: not a language-tagged string.`);
    // A tagged URI gets the same check as the untagged member.
    if ((URL_FIELDS as readonly string[]).includes(member) && !isHttpUrl(value))
      throw new MetadataError("invalid_client_metadata", `${key}: ${RULE_TEXT.urlInvalid}.`);
    out[key] = value;
  }
  if (typeof out.jwks_uri === "string" && !isHttpUrl(out.jwks_uri))
    throw new MetadataError("invalid_client_metadata", `jwks_uri: ${RULE_TEXT.urlInvalid}.`);
  if (body.jwks !== undefined) {
    if (!body.jwks || typeof body.jwks !== "object" || Array.isArray(body.jwks))
      throw new MetadataError("invalid_client_metadata", "jwks: must be a JWK Set object.");
    out.jwks = body.jwks;
  }
  const method = body.token_endpoint_auth_method ?? "client_secret_basic";
  if (!(TOKEN_ENDPOINT_AUTH_METHODS as readonly unknown[]).includes(method))
    throw new MetadataError(
      "invalid_client_metadata",
      `token_endpoint_auth_method: supported values are ${TOKEN_ENDPOINT_AUTH_METHODS.join(", ")}.`,
    );
  out.token_endpoint_auth_method = method as string;
  out.grant_types ??= ["authorization_code"];
  out.response_types ??= ["code"];
  for (const grant of out.grant_types)
    if (!(GRANT_TYPES as readonly string[]).includes(grant))
      throw new MetadataError(
        "invalid_client_metadata",
        `grant_types: "${grant}" is not supported.`,
      );
  for (const type of out.response_types)
    if (!(RESPONSE_TYPES as readonly string[]).includes(type))
      throw new MetadataError(
        "invalid_client_metadata",
        `response_types: "${type}" is not supported.`,
      );
  const issues = validateMetadata(out);
  const first = issues[0];
  if (first) {
    const where = first.index !== undefined ? `${first.field}[${first.index}]` : first.field;
    throw new MetadataError(
      first.field === "redirect_uris" ? "invalid_redirect_uri" : "invalid_client_metadata",
      `${where}: ${RULE_TEXT[first.code]}.`,
    );
  }
  if (config.scopes && out.scope) {
    const refused = out.scope.split(" ").filter((s) => !config.scopes?.includes(s));
    if (refused.length > 0)
      throw new MetadataError(
        "invalid_client_metadata",
        `scope: ${refused.join(" ")} may not be registered here.`,
      );
  }
  if (body.software_statement !== undefined) {
    const jws = body.software_statement;
    if (
      typeof jws !== "string" ||
      !/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/.test(jws) ||
      !decodesToObject(jws.split(".")[0] ?? "") ||
      !decodesToObject(jws.split(".")[1] ?? "")
    )
      throw new MetadataError(
        "invalid_software_statement",
        "software_statement: not a JWT (RFC 7519).",
      );
    // The mock trusts no software statement issuer: a well-formed one is unapproved.
    throw new MetadataError(
      "unapproved_software_statement",
      "software_statement: the mock server trusts no software statement issuer.",
    );
  }
  return out;
}

function decodesToObject(part: string): boolean {
  try {
    const text = atob(part.replace(/-/g, "+").replace(/_/g, "/"));
    const value: unknown = JSON.parse(text);
    return value !== null && typeof value === "object" && !Array.isArray(value);
  } catch {
    return false;
  }
}

/** The OAuth client registration's slice of the configuration. */
export interface OAuthRegistrationSettings extends ResolvedOAuthRegistrationConfig {
  rateLimit: { max: number; windowMs: number } | false;
  maxBodyBytes: number;
}

/** What the registrar needs from the backend. */
export interface OAuthRegistrarOptions {
  store: AccountStore;
  /** Its slice of the configuration (plus the rate limit and body limit it shares), read on every request. */
  settings: () => OAuthRegistrationSettings;
  now: () => number;
  record: (event: Omit<AuditEvent, "time">) => void;
}

interface ForcedScenario {
  name: OAuthScenarioName;
  target: string;
  remaining: number;
  /** `delayMs` (slow) and `retryAfter` (rate-limited, unavailable). */
  options: ScenarioOptions;
}

/** `delayMs` and `retryAfter` from a scenario request, when they are sensible numbers. */
function scenarioOptions(source: (key: string) => unknown): ScenarioOptions {
  const options: ScenarioOptions = {};
  for (const key of ["delayMs", "retryAfter"] as const) {
    const raw = source(key);
    const value = typeof raw === "string" && raw.trim() !== "" ? Number(raw) : raw;
    if (typeof value === "number" && Number.isFinite(value) && value >= 0) options[key] = value;
  }
  return options;
}

/** The RFC 7591/7592 endpoints and their admin routes (`/__mock/oauth/…`). */
export class OAuthRegistrar {
  private limiter: RateLimiter | undefined;
  private limiterFor: OAuthRegistrationSettings["rateLimit"] | undefined;
  private forced: ForcedScenario | undefined;

  constructor(private readonly options: OAuthRegistrarOptions) {}

  /** The store's clients (saved in the same data file as the accounts). */
  private get clients(): Map<string, StoredOAuthClient> {
    return this.options.store.oauthClients;
  }

  private get settings(): OAuthRegistrationSettings {
    return this.options.settings();
  }

  /** Registered clients without digests. */
  list(): Array<Omit<StoredOAuthClient, "client_secret_hash" | "registration_access_token_hash">> {
    return [...this.clients.values()].map(
      ({ client_secret_hash: _s, registration_access_token_hash: _t, ...rest }) => rest,
    );
  }

  /** Clears the forced scenario and the limits (the store clears the clients). */
  reset(): void {
    this.forced = undefined;
    this.limiter?.clear();
  }

  /**
   * Mounts `POST {path}` and `GET|PUT|DELETE {path}/{client_id}` (when the
   * feature is on), and its admin routes `/__mock/oauth/clients` and
   * `/__mock/oauth/scenario`. `style` is the dialect of the admin refusals.
   */
  mount(router: Router, style: ResponseStyle): void {
    const { enabled, path: root } = this.settings;
    if (enabled) {
      const validId = (path: string): Record<string, string> | undefined => {
        if (!path.startsWith(root + "/")) return undefined;
        let id: string;
        try {
          id = decodeURIComponent(path.slice(root.length + 1));
        } catch {
          return undefined;
        }
        return /^[A-Za-z0-9_-]+$/.test(id) ? { id } : undefined;
      };
      router
        .group({
          notAllowed: ({ request }, allow) =>
            json(
              {
                error: "invalid_request",
                error_description: `${request.method} is not allowed here.`,
              },
              405,
              { ...NO_STORE, allow: allow.join(", ") },
            ),
          refuse: (status, message, headers) =>
            oauthError(
              status,
              status === 401 ? "invalid_token" : "invalid_request",
              message,
              headers,
            ),
        })
        .on(["POST"], root, (context) => this.serve(context, undefined))
        .on(["GET", "HEAD", "PUT", "DELETE"], validId, (context) =>
          this.serve(context, context.params.id),
        )
        .on("*", { prefix: root }, () =>
          json({ error: "invalid_request", error_description: "Not found." }, 404, NO_STORE),
        );
    }
    const notFound = (): Response => json({ status: 404, message: "Not found." }, 404);
    router
      .group({
        notAllowed: notFound,
        refuse: (status, message, headers) => plainError(style, status, message, headers),
      })
      .on(["GET", "HEAD"], "/__mock/oauth/clients", () => json({ clients: this.list() }))
      .on(["GET", "POST", "DELETE"], "/__mock/oauth/scenario", ({ request }) =>
        this.scenarioRoute(request),
      )
      .on("*", { prefix: "/__mock/oauth" }, notFound);
  }

  /** A client registration request: rate limit, scenario, then the operation. */
  private async serve(
    { request, url, base, client }: RouteContext,
    id: string | undefined,
  ): Promise<Response> {
    const decision = this.rateLimiter()?.take(client);
    if (decision && !decision.allowed) {
      this.options.record({
        event: "rate.limited",
        client,
        status: 429,
        reason: "oauth-too-many",
      });
      return oauthError(
        429,
        "invalid_request",
        `Too many requests. Try again in ${secondsText(decision.resetSeconds)}.`,
        { "retry-after": String(decision.resetSeconds) },
      );
    }
    const rateHeaders = rateLimitHeaders(decision);

    const picked = this.pickScenario(request, url);
    const forced = picked?.name;
    if (picked && forced) {
      if (isScenarioName(forced)) {
        const effect = scenarioEffect(forced, picked.options);
        if (effect.kind === "drop") return Response.error();
        if (effect.kind === "respond") {
          const response = await inOAuthDialect(effect.response);
          response.headers.set("x-mock-scenario", forced);
          return response;
        }
        await new Promise((resolve) => setTimeout(resolve, effect.ms));
      } else {
        const response = scenarioResponse(forced);
        response.headers.set("x-mock-scenario", forced);
        return response;
      }
    }

    const response =
      id === undefined
        ? await this.register(request, base, client)
        : await this.manage(request, id, base, client);
    for (const [name, value] of Object.entries(rateHeaders)) response.headers.set(name, value);
    if (forced) response.headers.set("x-mock-scenario", forced);
    return response;
  }

  private rateLimiter(): RateLimiter | undefined {
    const settings = this.settings.rateLimit;
    if (settings !== this.limiterFor) {
      this.limiterFor = settings;
      this.limiter = new RateLimiter(settings, this.options.now);
    }
    return this.limiter;
  }

  private pickScenario(
    request: Request,
    url: URL,
  ): { name: OAuthScenarioName; options: ScenarioOptions } | undefined {
    const named = request.headers.get("x-mock-scenario") ?? url.searchParams.get("scenario");
    if (named && isOAuthScenario(named))
      return { name: named, options: scenarioOptions((key) => url.searchParams.get(key)) };
    const forced = this.forced;
    if (!forced || (forced.target !== "any" && forced.target !== request.method)) return undefined;
    forced.remaining -= 1;
    if (forced.remaining <= 0) this.forced = undefined;
    return { name: forced.name, options: forced.options };
  }

  /** `GET|POST|DELETE /__mock/oauth/scenario`. */
  private async scenarioRoute(request: Request): Promise<Response> {
    {
      if (request.method === "DELETE") {
        this.forced = undefined;
        return json({ active: null });
      }
      if (request.method === "POST") {
        let body: Record<string, unknown> = {};
        try {
          body = (await request.json()) as Record<string, unknown>;
        } catch {
          // An empty body clears nothing and forces nothing.
        }
        if (body.name === null || body.name === "none") this.forced = undefined;
        else if (!isOAuthScenario(body.name))
          return json(
            {
              status: 400,
              message: `Unknown scenario. Known: ${[...OAUTH_SCENARIO_NAMES, ...GENERIC_SCENARIOS].join(", ")}.`,
            },
            400,
          );
        else {
          const times = typeof body.times === "number" ? body.times : 1;
          const target =
            typeof body.target === "string" &&
            ["GET", "POST", "PUT", "DELETE", "any"].includes(body.target)
              ? body.target
              : "any";
          this.forced = {
            name: body.name,
            target,
            remaining: times <= 0 ? Infinity : times,
            options: scenarioOptions((key) => body[key]),
          };
        }
      }
      if (request.method === "GET" || request.method === "POST")
        return json({
          active: this.forced
            ? {
                name: this.forced.name,
                target: this.forced.target,
                remaining: this.forced.remaining === Infinity ? "session" : this.forced.remaining,
              }
            : null,
          available: [...OAUTH_SCENARIO_NAMES, ...GENERIC_SCENARIOS],
        });
    }
    return json({ status: 404, message: "Not found." }, 404);
  }

  private reject(client: string, status: number, error: OAuthErrorCode, message: string): Response {
    this.options.record({
      event: "oauth.registration.rejected",
      client,
      status,
      reason: error,
      ...(/^([a-z_]+)/.exec(message)?.[1] ? { field: /^([a-z_]+)/.exec(message)?.[1] } : {}),
    });
    return oauthError(status, error, message);
  }

  /** Reads a JSON object body, or answers the error. */
  private async readBody(
    request: Request,
    client: string,
  ): Promise<Record<string, unknown> | Response> {
    if (mediaType(request) !== "application/json")
      return this.reject(client, 415, "invalid_request", "Send the metadata as application/json.");
    const limit = this.settings.maxBodyBytes;
    const read = await readText(request, limit);
    if (!read.ok && read.problem === "too-large")
      return this.reject(client, 413, "invalid_request", `The body is larger than ${limit} bytes.`);
    const parsed = read.ok ? parseJsonObject(read.text) : "not-json";
    if (typeof parsed === "object") return parsed;
    return this.reject(
      client,
      400,
      "invalid_client_metadata",
      "The body must be a JSON object of client metadata.",
    );
  }

  private information(
    stored: StoredOAuthClient,
    base: string,
    secrets: { clientSecret?: string; registrationAccessToken: string },
  ): ClientInformation {
    const info: ClientInformation = {
      client_id: stored.client_id,
      ...stored.metadata,
      client_id_issued_at: stored.client_id_issued_at,
      registration_client_uri: `${base}${this.settings.path}/${encodeURIComponent(stored.client_id)}`,
      registration_access_token: secrets.registrationAccessToken,
    };
    if (secrets.clientSecret) info.client_secret = secrets.clientSecret;
    if (stored.client_secret_expires_at !== null)
      info.client_secret_expires_at = stored.client_secret_expires_at;
    return info;
  }

  private async register(request: Request, base: string, client: string): Promise<Response> {
    const settings = this.settings;
    if (settings.initialAccessTokens.length > 0) {
      const token = bearerToken(request);
      if (!token)
        return oauthError(
          401,
          "invalid_token",
          "This server requires an initial access token (Authorization: Bearer).",
          bearerChallenge(),
        );
      let valid = false;
      for (const expected of settings.initialAccessTokens)
        if (await matchesDigest(token, await digestSecret(expected))) valid = true;
      if (!valid) {
        this.options.record({
          event: "oauth.registration.rejected",
          client,
          status: 401,
          reason: "invalid-initial-access-token",
        });
        return oauthError(
          401,
          "invalid_token",
          "The initial access token is not valid.",
          bearerChallenge("invalid_token", "The initial access token is not valid."),
        );
      }
    }
    const body = await this.readBody(request, client);
    if (body instanceof Response) return body;
    let metadata: StoredOAuthClient["metadata"];
    try {
      metadata = readMetadata(body, settings);
    } catch (error) {
      if (error instanceof MetadataError)
        return this.reject(client, 400, error.code, error.message);
      throw error;
    }
    const now = Math.floor(this.options.now() / 1000);
    const clientSecret =
      metadata.token_endpoint_auth_method === "none" ? undefined : randomToken(32);
    const registrationAccessToken = randomToken(32);
    const iso = new Date(this.options.now()).toISOString();
    const stored: StoredOAuthClient = {
      client_id: randomToken(16),
      metadata,
      client_id_issued_at: now,
      client_secret_expires_at: clientSecret ? this.expiry(now) : null,
      client_secret_hash: clientSecret ? await digestSecret(clientSecret) : null,
      registration_access_token_hash: await digestSecret(registrationAccessToken),
      createdAt: iso,
      modifiedAt: iso,
    };
    this.clients.set(stored.client_id, stored);
    try {
      await this.options.store.commit(() => this.clients.delete(stored.client_id));
    } catch {
      return oauthError(500, "invalid_request", "The client could not be saved. Try again.");
    }
    this.options.record({
      event: "oauth.client.registered",
      client,
      status: 201,
      clientId: stored.client_id,
    });
    const info = this.information(stored, base, {
      registrationAccessToken,
      ...(clientSecret ? { clientSecret } : {}),
    });
    return json(info, 201, { ...NO_STORE, location: info.registration_client_uri ?? "" });
  }

  private expiry(now: number): number {
    const ttl = this.settings.clientSecretTtlSeconds;
    return ttl > 0 ? now + ttl : 0;
  }

  private async manage(
    request: Request,
    id: string,
    base: string,
    client: string,
  ): Promise<Response> {
    const token = bearerToken(request);
    if (!token)
      return oauthError(
        401,
        "invalid_token",
        "Send the registration access token (Authorization: Bearer).",
        bearerChallenge(),
      );
    const stored = this.clients.get(id);
    // RFC 7592 §2.1/§2.3: an unknown client is a 401, like a bad token. One
    // digest compared with this client's only: the answer never says whether
    // the token belongs to another client, and the cost does not grow with them.
    if (!stored || !(await matchesDigest(token, stored.registration_access_token_hash))) {
      return oauthError(
        401,
        "invalid_token",
        "The registration access token is not valid for this client.",
        bearerChallenge("invalid_token"),
      );
    }
    if (request.method === "GET" || request.method === "HEAD")
      return json(
        this.information(stored, base, { registrationAccessToken: token }),
        200,
        NO_STORE,
      );
    if (request.method === "DELETE") {
      this.clients.delete(id);
      try {
        await this.options.store.commit(() => this.clients.set(id, stored));
      } catch {
        return oauthError(500, "invalid_request", "The client could not be deleted. Try again.");
      }
      this.options.record({ event: "oauth.client.deleted", client, status: 204, clientId: id });
      return new Response(null, { status: 204, headers: NO_STORE });
    }
    return this.update(request, stored, token, base, client);
  }

  private async update(
    request: Request,
    stored: StoredOAuthClient,
    token: string,
    base: string,
    client: string,
  ): Promise<Response> {
    const body = await this.readBody(request, client);
    if (body instanceof Response) return body;
    // RFC 7592 §2.2: the body carries client_id, equal to the current one.
    if (body.client_id !== stored.client_id)
      return this.reject(
        client,
        400,
        "invalid_client_metadata",
        "client_id: the update must carry this client's client_id.",
      );
    // …and never the server-managed members.
    const managed = SERVER_MANAGED.filter((key) => Object.hasOwn(body, key));
    if (managed.length > 0)
      return this.reject(
        client,
        400,
        "invalid_client_metadata",
        `${managed.join(", ")}: these are set by the server and must not be sent in an update.`,
      );
    if (body.client_secret !== undefined) {
      const matches =
        typeof body.client_secret === "string" &&
        (await matchesDigest(body.client_secret, stored.client_secret_hash));
      if (!matches)
        return this.reject(
          client,
          400,
          "invalid_client_metadata",
          "client_secret: does not match the current client secret.",
        );
    }
    let metadata: StoredOAuthClient["metadata"];
    try {
      metadata = readMetadata(body, this.settings);
    } catch (error) {
      if (error instanceof MetadataError)
        return this.reject(client, 400, error.code, error.message);
      throw error;
    }
    const now = Math.floor(this.options.now() / 1000);
    const wantsSecret = metadata.token_endpoint_auth_method !== "none";
    const newSecret =
      wantsSecret && (this.settings.rotateSecretOnUpdate || !stored.client_secret_hash)
        ? randomToken(32)
        : undefined;
    const previous = { ...stored };
    stored.metadata = metadata;
    stored.modifiedAt = new Date(this.options.now()).toISOString();
    if (!wantsSecret) {
      stored.client_secret_hash = null;
      stored.client_secret_expires_at = null;
    } else if (newSecret) {
      stored.client_secret_hash = await digestSecret(newSecret);
      stored.client_secret_expires_at = this.expiry(now);
    }
    try {
      await this.options.store.commit(() => Object.assign(stored, previous));
    } catch {
      return oauthError(500, "invalid_request", "The client could not be saved. Try again.");
    }
    this.options.record({
      event: "oauth.client.updated",
      client,
      status: 200,
      clientId: stored.client_id,
      ...(newSecret ? { reason: "client secret rotated" } : {}),
    });
    return json(
      this.information(stored, base, {
        registrationAccessToken: token,
        ...(newSecret ? { clientSecret: newSecret } : {}),
      }),
      200,
      NO_STORE,
    );
  }
}

/** Used by discovery: the endpoint URL, or `undefined` when the endpoints are off. */
export function registrationEndpoint(
  base: string,
  settings: Pick<ResolvedOAuthRegistrationConfig, "enabled" | "path">,
): string | undefined {
  return settings.enabled ? `${base}${settings.path}` : undefined;
}
