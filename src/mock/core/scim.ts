// A SCIM 2.0 provisioning feed (RFC 7643/7644) over the mock's accounts, at
// /scim/v2: discovery, a filtered and paged user list, one user, and user
// creation. Every account created through /register is a SCIM User.
import { secretEquals } from "./http-guard";
import { RateLimiter, rateLimitHeaders, secondsText } from "./guards";
import { withHeaders } from "./http/cors";
import { randomId } from "./http/ids";
import type { Middleware, Router, RouteContext } from "./http/router";
import type { PasswordHasher } from "./hasher";
import type { AuditEvent } from "./logs";
import { checkFilter, FilterError, matchesFilter, parseFilter } from "./scim-filter";
import {
  PatchError,
  SCIM_KEYS,
  SCIM_USER_SCHEMA,
  USER_RESOURCE_SCHEMA,
  applyPatch,
  parseAttributeList,
  project,
  sortUsers,
  toScimUser,
  userSchemaAttributes,
  versionOf,
} from "./scim-user";
import { uniqueKey, type AccountStore, type StoredAccount } from "./store";

/** SCIM feed settings. Every key is optional. */
export interface ScimConfig {
  /** Serve `/scim/v2`. Defaults to `true`. */
  enabled?: boolean;
  /**
   * The bearer token SCIM clients send (`Authorization: Bearer …`), or `false`
   * for no authentication. Defaults to `"signup-kit-scim-dev-token"`.
   */
  token?: string | false;
  /** The most results one page holds (`count` above it is lowered). Defaults to 100. */
  maxResults?: number;
  /** Requests per client per window, or `false`. Defaults to 600 per minute. */
  rateLimit?: { max: number; windowMs: number } | false;
}

/** {@link ScimConfig} with every default filled in. */
export interface ResolvedScimConfig {
  enabled: boolean;
  token: string | false;
  maxResults: number;
  rateLimit: { max: number; windowMs: number } | false;
}

/** The development token SCIM clients use unless configured otherwise. */
export const SCIM_DEV_TOKEN = "signup-kit-scim-dev-token";

/** Fills in the defaults of {@link ScimConfig}. */
export function resolveScimConfig(config: ScimConfig = {}): ResolvedScimConfig {
  const maxResults = config.maxResults ?? 100;
  if (!Number.isInteger(maxResults) || maxResults < 1)
    throw new Error("scim.maxResults must be a positive integer.");
  if (config.token !== undefined && config.token !== false && config.token.length < 8)
    throw new Error("scim.token must be at least 8 characters (or false for no authentication).");
  return {
    enabled: config.enabled ?? true,
    token: config.token ?? SCIM_DEV_TOKEN,
    maxResults,
    rateLimit: config.rateLimit ?? { max: 600, windowMs: 60_000 },
  };
}

/** The path prefix of the feed. */
export const SCIM_BASE = "/scim/v2";

export { SCIM_USER_SCHEMA, toScimUser, versionOf, type ScimAccount } from "./scim-user";
import type { ScimAccount } from "./scim-user";
export const SCIM_LIST_SCHEMA = "urn:ietf:params:scim:api:messages:2.0:ListResponse";
export const SCIM_ERROR_SCHEMA = "urn:ietf:params:scim:api:messages:2.0:Error";
export const SCIM_SEARCH_SCHEMA = "urn:ietf:params:scim:api:messages:2.0:SearchRequest";
const SPC_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig";
const RESOURCE_TYPE_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:ResourceType";
const SCHEMA_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:Schema";

/** The `scimType` values of RFC 7644 §3.12 this server sends. */
export type ScimType =
  | "invalidFilter"
  | "invalidSyntax"
  | "invalidValue"
  | "invalidPath"
  | "noTarget"
  | "mutability"
  | "uniqueness";

const SCIM_TYPE = "application/scim+json; charset=utf-8";

/** A SCIM response: `application/scim+json`, never cached. */
export function scimJson(
  body: unknown,
  status = 200,
  headers: Record<string, string> = {},
): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": SCIM_TYPE, "cache-control": "no-store", ...headers },
  });
}

/** An error in the RFC 7644 §3.12 format (`status` is a string there). */
export function scimError(
  status: number,
  detail: string,
  scimType?: ScimType,
  headers: Record<string, string> = {},
): Response {
  return scimJson(
    {
      schemas: [SCIM_ERROR_SCHEMA],
      status: String(status),
      ...(scimType ? { scimType } : {}),
      detail,
    },
    status,
    headers,
  );
}

/** The User schema as this server implements it (a subset of RFC 7643 §4.1). */
export function userSchema(scimBase: string): Record<string, unknown> {
  return {
    schemas: [SCHEMA_SCHEMA],
    id: SCIM_USER_SCHEMA,
    name: "User",
    description: "User Account: every account created through /register, and those POSTed here.",
    attributes: userSchemaAttributes(),
    meta: { resourceType: "Schema", location: `${scimBase}/Schemas/${SCIM_USER_SCHEMA}` },
  };
}

function resourceType(scimBase: string): Record<string, unknown> {
  return {
    schemas: [RESOURCE_TYPE_SCHEMA],
    id: "User",
    name: "User",
    endpoint: "/Users",
    description: "User Account",
    schema: SCIM_USER_SCHEMA,
    meta: { resourceType: "ResourceType", location: `${scimBase}/ResourceTypes/User` },
  };
}

function serviceProviderConfig(
  scimBase: string,
  settings: ResolvedScimConfig,
): Record<string, unknown> {
  return {
    schemas: [SPC_SCHEMA],
    patch: { supported: true },
    bulk: { supported: false, maxOperations: 0, maxPayloadSize: 0 },
    filter: { supported: true, maxResults: settings.maxResults },
    changePassword: { supported: true },
    sort: { supported: true },
    etag: { supported: true },
    authenticationSchemes: settings.token
      ? [
          {
            type: "oauthbearertoken",
            name: "OAuth Bearer Token",
            description: "Authentication with a bearer token (the mock's configured scim.token).",
            specUri: "https://www.rfc-editor.org/info/rfc6750",
            primary: true,
          },
        ]
      : [],
    meta: {
      resourceType: "ServiceProviderConfig",
      location: `${scimBase}/ServiceProviderConfig`,
    },
  };
}

function listResponse(resources: unknown[], total: number, startIndex: number): unknown {
  return {
    schemas: [SCIM_LIST_SCHEMA],
    totalResults: total,
    startIndex,
    itemsPerPage: resources.length,
    Resources: resources,
  };
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The SCIM feed's slice of the configuration. */
export interface ScimSettings extends ResolvedScimConfig {
  maxBodyBytes: number;
  password: { minLength: number; maxLength: number };
}

/** What the SCIM feed needs from the backend. */
export interface ScimDeps {
  store: AccountStore;
  hasher: PasswordHasher;
  now: () => number;
  /** Its slice of the configuration (plus the body limit and the password length rule), read on every request. */
  settings: () => ScimSettings;
  record: (event: Omit<AuditEvent, "time">) => void;
  /** `href` of an account with this id (the backend's admin URL). */
  accountHref: (base: string, id: string) => string;
}

/** Query or `.search` parameters of a user list (RFC 7644 §3.4.2, §3.4.3). */
interface SearchParams {
  filter?: unknown;
  sortBy?: unknown;
  sortOrder?: unknown;
  startIndex?: unknown;
  count?: unknown;
  attributes?: unknown;
  excludedAttributes?: unknown;
}

/** What a create, replace or patch leaves the account with. */
interface UserInput {
  userName: string;
  givenName: string | null;
  familyName: string | null;
  middleName: string | null;
  formatted: string | null;
  displayName: string | null;
  externalId: string | null;
  emailType: string | null;
  active: boolean | undefined;
  password: string | undefined;
}

/** Whether an `If-Match` / `If-None-Match` list names this version (weak comparison, as RFC 7644 §3.14 uses). */
function etagMatches(header: string, version: string): boolean {
  const opaque = (tag: string): string => tag.trim().replace(/^W\//, "");
  return header.split(",").some((tag) => tag.trim() === "*" || opaque(tag) === opaque(version));
}

function decodePathSegment(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

/** The `/scim/v2` routes. */
export class ScimFeed {
  private limiter: RateLimiter;

  constructor(private readonly deps: ScimDeps) {
    this.limiter = new RateLimiter(deps.settings().rateLimit, deps.now);
  }

  /** Call after the configuration changed: limits start over. */
  reconfigure(): void {
    this.limiter = new RateLimiter(this.deps.settings().rateLimit, this.deps.now);
  }

  /**
   * Mounts the `/scim/v2` routes (when the feed is on): discovery is public,
   * so a client can learn how to authenticate; the Users routes need the
   * bearer token. Every request counts against the feed's own rate limit.
   */
  mount(router: Router): void {
    if (!this.deps.settings().enabled) return;
    const options = {
      headAsGet: true,
      notAllowed: ({ request, path }: RouteContext, allow: readonly string[]) =>
        scimError(405, `${request.method} is not allowed on ${path}.`, undefined, {
          allow: allow.join(", "),
        }),
      refuse: (status: number, message: string, headers?: Record<string, string>) =>
        scimError(status, message, undefined, headers),
    };
    const rateLimit: Middleware = async ({ client }, next) => {
      const decision = this.limiter.take(client);
      const rate = rateLimitHeaders(decision);
      if (decision && !decision.allowed) {
        this.deps.record({ event: "rate.limited", client, status: 429, reason: "too-many-scim" });
        return scimError(
          429,
          `Too many requests. Try again in ${secondsText(decision.resetSeconds)}.`,
          undefined,
          { ...rate, "retry-after": String(decision.resetSeconds) },
        );
      }
      return withHeaders(await next(), rate);
    };
    const at = (sub: string): string => SCIM_BASE + sub;
    const scimBase = (base: string): string => base + SCIM_BASE;
    const settings = (): ResolvedScimConfig => this.deps.settings();

    router
      .group(options)
      .use(rateLimit)
      .on(["GET"], at("/ServiceProviderConfig"), ({ base }) =>
        scimJson(serviceProviderConfig(scimBase(base), settings())),
      )
      .on(["GET"], at("/ResourceTypes"), ({ base }) =>
        scimJson(listResponse([resourceType(scimBase(base))], 1, 1)),
      )
      .on(["GET"], at("/ResourceTypes/User"), ({ base }) => scimJson(resourceType(scimBase(base))))
      .on(["GET"], at("/Schemas"), ({ base }) =>
        scimJson(listResponse([userSchema(scimBase(base))], 1, 1)),
      )
      .on(["GET"], at(`/Schemas/${SCIM_USER_SCHEMA}`), ({ base }) =>
        scimJson(userSchema(scimBase(base))),
      )
      .on(
        "*",
        (path) =>
          path.startsWith(at("/ResourceTypes/")) || path.startsWith(at("/Schemas/"))
            ? { name: path.slice(SCIM_BASE.length).split("/")[2] ?? "" }
            : undefined,
        ({ params }) => {
          const name = decodePathSegment(params.name ?? "");
          if (name === undefined) return scimError(400, "The path is not valid percent-encoding.");
          return scimError(404, `${name} is not known here.`);
        },
      );

    router
      .group(options)
      .use(rateLimit)
      .use(({ request, client }, next) =>
        this.authenticate(request, client).then((denied) => denied ?? next()),
      )
      .on(["GET"], at("/Users"), ({ url, base }) =>
        this.listUsers(Object.fromEntries(url.searchParams), scimBase(base)),
      )
      .on(["POST"], at("/Users"), ({ request, url, base, client }) =>
        this.createUser(request, url, base, scimBase(base), client),
      )
      .on(["POST"], at("/Users/.search"), async ({ request, base }) => {
        const body = await this.readBody(request);
        if (body instanceof Response) return body;
        if (!Array.isArray(body.schemas) || !body.schemas.includes(SCIM_SEARCH_SCHEMA))
          return scimError(400, `schemas must include "${SCIM_SEARCH_SCHEMA}".`, "invalidSyntax");
        return this.listUsers(body, scimBase(base));
      })
      .on(
        ["GET", "PUT", "PATCH", "DELETE"],
        (path) => {
          const segment = /^\/scim\/v2\/Users\/([^/]+)$/.exec(path)?.[1];
          return segment !== undefined && segment !== ".search" ? { segment } : undefined;
        },
        (context) => this.user(context),
      )
      .on("*", { prefix: SCIM_BASE }, ({ path }) => {
        const sub = path.slice(SCIM_BASE.length) || "/";
        if (sub.includes("%") && decodePathSegment(sub) === undefined)
          return scimError(400, "The path is not valid percent-encoding.");
        return scimError(404, `${path} is not a SCIM endpoint of this server.`);
      });
  }

  /** `GET|PUT|PATCH|DELETE /scim/v2/Users/{id}`. */
  private async user({ request, url, base, client, params }: RouteContext): Promise<Response> {
    const scimBase = base + SCIM_BASE;
    const method = request.method === "HEAD" ? "GET" : request.method;
    const id = decodePathSegment(params.segment ?? "");
    if (id === undefined) return scimError(400, "The path is not valid percent-encoding.");
    const account = this.deps.store.getAccount(id);
    if (!account) return scimError(404, `User ${id} not found.`);
    const version = versionOf(account);
    if (method === "GET") {
      const ifNoneMatch = request.headers.get("if-none-match");
      if (ifNoneMatch !== null && etagMatches(ifNoneMatch, version))
        return new Response(null, { status: 304, headers: { etag: version } });
      return this.userResponse(account, scimBase, url.searchParams, 200);
    }
    const ifMatch = request.headers.get("if-match");
    if (ifMatch !== null && !etagMatches(ifMatch, version)) return this.preconditionFailed(client);
    if (method === "DELETE") return this.deleteUser(account, ifMatch, client);
    return this.updateUser(request, url, account, ifMatch, scimBase, client, method);
  }

  private preconditionFailed(client: string): Response {
    this.deps.record({ event: "scim.rejected", client, status: 412, reason: "etag" });
    return scimError(
      412,
      "The user has changed since that version (If-Match). Read it again, then retry.",
    );
  }

  private userResponse(
    account: ScimAccount,
    scimBase: string,
    query: URLSearchParams,
    status: number,
    headers: Record<string, string> = {},
  ): Response {
    let attributes;
    let excluded;
    try {
      attributes = parseAttributeList(query.get("attributes"));
      excluded = parseAttributeList(query.get("excludedAttributes"));
    } catch (error) {
      if (error instanceof FilterError) return scimError(400, error.message, "invalidValue");
      throw error;
    }
    const user = project(toScimUser(account, scimBase), attributes, excluded);
    return scimJson(user, status, { etag: versionOf(account), ...headers });
  }

  private async authenticate(request: Request, client: string): Promise<Response | undefined> {
    const token = this.deps.settings().token;
    if (token === false) return undefined;
    const header = request.headers.get("authorization") ?? "";
    const match = /^Bearer[ ]+([A-Za-z0-9._~+/=-]+)$/i.exec(header.trim());
    const realm = 'Bearer realm="signup-kit mock SCIM"';
    if (!match) {
      this.deps.record({ event: "scim.rejected", client, status: 401, reason: "no-token" });
      return scimError(
        401,
        "Authentication required: send Authorization: Bearer <token>.",
        undefined,
        {
          "www-authenticate": realm,
        },
      );
    }
    // Digests of both, compared in constant time: neither the length nor a prefix leaks.
    if (!(await secretEquals(match[1] ?? "", token))) {
      this.deps.record({ event: "scim.rejected", client, status: 401, reason: "bad-token" });
      return scimError(401, "The bearer token is not valid.", undefined, {
        "www-authenticate": `${realm}, error="invalid_token"`,
      });
    }
    return undefined;
  }

  private listUsers(params: SearchParams, scimBase: string): Response {
    const settings = this.deps.settings();
    const intParam = (name: "startIndex" | "count"): number | undefined | Response => {
      const raw = params[name];
      if (raw === undefined || raw === null || raw === "") return undefined;
      if (typeof raw === "number" && Number.isInteger(raw) && Math.abs(raw) < 1e9) return raw;
      if (typeof raw !== "string" || !/^-?\d{1,9}$/.test(raw.trim()))
        return scimError(
          400,
          `${name} must be an integer, not ${JSON.stringify(raw)}.`,
          "invalidValue",
        );
      return Number(raw);
    };
    const start = intParam("startIndex");
    if (start instanceof Response) return start;
    const count = intParam("count");
    if (count instanceof Response) return count;
    // RFC 7644 §3.4.2.4: below 1 means 1; a negative count means 0.
    const startIndex = Math.max(1, start ?? 1);
    const pageSize = Math.min(settings.maxResults, Math.max(0, count ?? settings.maxResults));
    for (const name of ["filter", "sortBy", "sortOrder"] as const) {
      const value = params[name];
      if (value !== undefined && value !== null && typeof value !== "string")
        return scimError(400, `${name} must be a string.`, "invalidValue");
    }
    const sortOrder = typeof params.sortOrder === "string" ? params.sortOrder.trim() : "";
    if (sortOrder !== "" && sortOrder !== "ascending" && sortOrder !== "descending")
      return scimError(400, 'sortOrder must be "ascending" or "descending".', "invalidValue");
    for (const name of ["attributes", "excludedAttributes"] as const) {
      const value = params[name];
      if (
        value !== undefined &&
        value !== null &&
        typeof value !== "string" &&
        !Array.isArray(value)
      )
        return scimError(400, `${name} must be a list of attribute names.`, "invalidValue");
    }

    let users = this.deps.store.listAccounts().map((account) => toScimUser(account, scimBase));
    const filter = typeof params.filter === "string" ? params.filter : "";
    let attributes;
    let excluded;
    try {
      attributes = parseAttributeList(params.attributes as string | unknown[] | undefined);
      excluded = parseAttributeList(params.excludedAttributes as string | unknown[] | undefined);
    } catch (error) {
      if (error instanceof FilterError) return scimError(400, error.message, "invalidValue");
      throw error;
    }
    try {
      if (filter.trim() !== "") {
        const node = parseFilter(filter);
        checkFilter(node, USER_RESOURCE_SCHEMA);
        users = users.filter((user) => matchesFilter(node, user, USER_RESOURCE_SCHEMA));
      }
    } catch (error) {
      if (error instanceof FilterError) return scimError(400, error.message, "invalidFilter");
      throw error;
    }
    const sortBy = typeof params.sortBy === "string" ? params.sortBy.trim() : "";
    if (sortBy !== "") {
      try {
        users = sortUsers(users, sortBy, sortOrder === "descending");
      } catch (error) {
        if (error instanceof FilterError) return scimError(400, error.message, "invalidValue");
        throw error;
      }
    }
    const page = users
      .slice(startIndex - 1, startIndex - 1 + pageSize)
      .map((user) => project(user, attributes, excluded));
    return scimJson(listResponse(page, users.length, startIndex));
  }

  /** Reads a JSON object body (SCIM or plain JSON), or answers the error. */
  private async readBody(request: Request): Promise<Record<string, unknown> | Response> {
    const config = this.deps.settings();
    const type = (request.headers.get("content-type") ?? "").split(";")[0]?.trim().toLowerCase();
    if (type !== "application/scim+json" && type !== "application/json")
      return scimError(
        415,
        "Send the body as application/scim+json (or application/json).",
        undefined,
        {
          "accept-post": "application/scim+json, application/json",
          "accept-patch": "application/scim+json, application/json",
        },
      );
    const text = await request.text();
    if (text.length > config.maxBodyBytes)
      return scimError(413, `The request body is larger than ${config.maxBodyBytes} bytes.`);
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      return scimError(400, "The request body is not valid JSON.", "invalidSyntax");
    }
    if (!body || typeof body !== "object" || Array.isArray(body))
      return scimError(400, "The request body must be a JSON object.", "invalidSyntax");
    return body as Record<string, unknown>;
  }

  /** Checks a User body (create, replace, or the result of a patch). */
  private validateUser(
    b: Record<string, unknown>,
    reject: (detail: string, scimType: ScimType) => Response,
  ): UserInput | Response {
    const config = this.deps.settings();
    if (!Array.isArray(b.schemas) || !b.schemas.includes(SCIM_USER_SCHEMA))
      return reject(`schemas must include "${SCIM_USER_SCHEMA}".`, "invalidSyntax");
    const userName = typeof b.userName === "string" ? b.userName.normalize("NFKC").trim() : "";
    if (!userName) return reject("userName is required.", "invalidValue");
    if (userName.length > 254 || !EMAIL.test(userName))
      return reject("userName must be an email address on this server.", "invalidValue");
    const text = (value: unknown, label: string, max = 255): string | null | Response => {
      if (value === undefined || value === null) return null;
      if (typeof value !== "string" || value.length > max)
        return reject(`${label} must be text of at most ${max} characters.`, "invalidValue");
      return value;
    };
    const nameIn = b.name;
    if (
      nameIn !== undefined &&
      nameIn !== null &&
      (typeof nameIn !== "object" || Array.isArray(nameIn))
    )
      return reject("name must be an object.", "invalidValue");
    const n = (nameIn ?? {}) as Record<string, unknown>;
    const givenName = text(n.givenName, "name.givenName");
    if (givenName instanceof Response) return givenName;
    const familyName = text(n.familyName, "name.familyName");
    if (familyName instanceof Response) return familyName;
    const middleName = text(n.middleName, "name.middleName");
    if (middleName instanceof Response) return middleName;
    const formatted = text(n.formatted, "name.formatted", 800);
    if (formatted instanceof Response) return formatted;
    const displayName = text(b.displayName, "displayName", 800);
    if (displayName instanceof Response) return displayName;
    const externalId = text(b.externalId, "externalId");
    if (externalId instanceof Response) return externalId;
    if (b.active !== undefined && b.active !== null && typeof b.active !== "boolean")
      return reject("active must be true or false.", "invalidValue");
    let emailType: string | null = null;
    if (b.emails !== undefined && b.emails !== null) {
      const ok =
        Array.isArray(b.emails) &&
        b.emails.length <= 10 &&
        b.emails.every(
          (e: unknown) =>
            e !== null &&
            typeof e === "object" &&
            typeof (e as { value?: unknown }).value === "string" &&
            (e as { value: string }).value.normalize("NFKC").trim().toLowerCase() ===
              userName.toLowerCase() &&
            ["undefined", "string"].includes(typeof (e as { type?: unknown }).type) &&
            ["undefined", "boolean"].includes(typeof (e as { primary?: unknown }).primary),
        );
      if (!ok) return reject("emails[].value must equal userName on this server.", "invalidValue");
      const typed = (b.emails as Array<{ type?: string }>).find((e) => e.type);
      if (typed?.type !== undefined) {
        if (!/^[A-Za-z]{1,50}$/.test(typed.type))
          return reject("emails[].type must be a word such as work.", "invalidValue");
        emailType = typed.type;
      }
    }
    let password: string | undefined;
    if (b.password !== undefined) {
      const length = typeof b.password === "string" ? [...b.password].length : -1;
      if (length < config.password.minLength || length > config.password.maxLength)
        return reject(
          `password must be ${config.password.minLength} to ${config.password.maxLength} characters.`,
          "invalidValue",
        );
      password = b.password as string;
    }
    return {
      userName,
      givenName,
      familyName,
      middleName,
      formatted,
      displayName,
      externalId,
      emailType,
      active: typeof b.active === "boolean" ? b.active : undefined,
      password,
    };
  }

  /** Custom data with the SCIM-only attributes of `input` (other custom data kept). */
  private customData(
    input: UserInput,
    previous: Record<string, unknown> = {},
  ): Record<string, unknown> {
    const out: Record<string, unknown> = { ...previous };
    delete out[SCIM_KEYS.externalId];
    delete out[SCIM_KEYS.emailType];
    if (input.externalId !== null) out[SCIM_KEYS.externalId] = input.externalId;
    if (input.emailType !== null) out[SCIM_KEYS.emailType] = input.emailType;
    out[SCIM_KEYS.displayName] = input.displayName;
    return out;
  }

  private taken(userName: string, except?: string): boolean {
    const owners = this.deps.store.ownersOf(userName);
    if (except) owners.delete(except);
    return owners.size > 0;
  }

  private conflict(client: string, userName: string): Response {
    this.deps.record({ event: "scim.rejected", client, status: 409, reason: "uniqueness" });
    return scimError(409, `A user with userName ${userName} already exists.`, "uniqueness");
  }

  private rejecter(client: string): (detail: string, scimType: ScimType) => Response {
    return (detail, scimType) => {
      this.deps.record({ event: "scim.rejected", client, status: 400, reason: scimType });
      return scimError(400, detail, scimType);
    };
  }

  private async createUser(
    request: Request,
    url: URL,
    base: string,
    scimBase: string,
    client: string,
  ): Promise<Response> {
    const body = await this.readBody(request);
    if (body instanceof Response) return body;
    const input = this.validateUser(body, this.rejecter(client));
    if (input instanceof Response) return input;
    if (this.taken(input.userName)) return this.conflict(client, input.userName);
    // No password given: none is set, and none can match.
    const passwordHash =
      input.password === undefined
        ? ""
        : await this.deps.hasher.hash(input.password.normalize("NFKC"));
    // Hashing is slow: another request may have taken the userName meanwhile.
    if (this.taken(input.userName)) return this.conflict(client, input.userName);
    const now = new Date(this.deps.now()).toISOString();
    const id = randomId();
    const account: StoredAccount = {
      id,
      href: this.deps.accountHref(base, id),
      username: input.userName,
      email: input.userName,
      givenName: input.givenName,
      middleName: input.middleName,
      surname: input.familyName,
      fullName: fullNameOf(input),
      status: input.active === false ? "DISABLED" : "ENABLED",
      emailVerificationStatus: "UNKNOWN",
      createdAt: now,
      modifiedAt: now,
      customData: this.customData(input),
      passwordHash,
    };
    if (input.displayName === null) delete account.customData[SCIM_KEYS.displayName];
    try {
      await this.deps.store.add(account);
    } catch {
      return scimError(500, "The user could not be saved. Try again.");
    }
    this.deps.record({
      event: "scim.user.created",
      client,
      status: 201,
      accountHref: account.href,
      email: account.email,
    });
    return this.userResponse(account, scimBase, url.searchParams, 201, {
      location: `${scimBase}/Users/${id}`,
    });
  }

  /** PUT (replace) and PATCH (RFC 7644 §3.5.1, §3.5.2). */
  private async updateUser(
    request: Request,
    url: URL,
    account: StoredAccount,
    ifMatch: string | null,
    scimBase: string,
    client: string,
    method: string,
  ): Promise<Response> {
    const body = await this.readBody(request);
    if (body instanceof Response) return body;
    const reject = this.rejecter(client);
    const before = toScimUser(account, scimBase);
    let target = body;
    let nameTouched = true;
    if (method === "PATCH") {
      try {
        const patched = applyPatch(before, body);
        target = patched.user;
        // A new userName carries the email along unless the patch set emails too.
        if (patched.touched.has("username") && !patched.touched.has("emails")) delete target.emails;
        nameTouched = patched.touched.has("name");
      } catch (error) {
        if (error instanceof PatchError) return reject(error.message, error.scimType);
        throw error;
      }
    }
    const input = this.validateUser(target, reject);
    if (input instanceof Response) return input;
    if (method === "PATCH" && nameTouched) {
      // A formatted name that only mirrored the parts follows them.
      const oldName = (before.name ?? {}) as Record<string, string | undefined>;
      const oldParts = [oldName.givenName, oldName.middleName, oldName.familyName]
        .filter(Boolean)
        .join(" ");
      if (
        input.formatted !== null &&
        input.formatted === oldName.formatted &&
        oldName.formatted === oldParts
      )
        input.formatted = null;
    }
    if (this.taken(input.userName, account.id)) return this.conflict(client, input.userName);
    const passwordHash =
      input.password === undefined
        ? undefined
        : await this.deps.hasher.hash(input.password.normalize("NFKC"));
    // Hashing is slow: check again what may have changed meanwhile.
    const current = this.deps.store.getAccount(account.id);
    if (!current) return scimError(404, `User ${account.id} not found.`);
    if (ifMatch !== null && !etagMatches(ifMatch, versionOf(current)))
      return this.preconditionFailed(client);
    if (this.taken(input.userName, account.id)) return this.conflict(client, input.userName);
    const keepsUsername = uniqueKey(current.username) === uniqueKey(current.email);
    const status =
      input.active === true
        ? "ENABLED"
        : input.active === false
          ? current.status === "UNVERIFIED"
            ? "UNVERIFIED"
            : "DISABLED"
          : current.status;
    const changes: Partial<StoredAccount> = {
      email: input.userName,
      username: keepsUsername ? input.userName : current.username,
      givenName: input.givenName,
      middleName: input.middleName,
      surname: input.familyName,
      fullName: fullNameOf(input),
      status,
      modifiedAt: new Date(this.deps.now()).toISOString(),
      customData: this.customData(input, current.customData),
      ...(passwordHash !== undefined ? { passwordHash } : {}),
    };
    // The username (when it was not the email) must stay unique as well.
    if (!keepsUsername && this.taken(current.username, account.id))
      return this.conflict(client, current.username);
    try {
      await this.deps.store.updateAccount(account.id, changes);
    } catch {
      return scimError(500, "The user could not be saved. Try again.");
    }
    const saved = this.deps.store.getAccount(account.id) ?? { ...current, ...changes };
    this.deps.record({
      event: method === "PUT" ? "scim.user.replaced" : "scim.user.patched",
      client,
      status: 200,
      accountHref: saved.href,
      email: saved.email,
    });
    return this.userResponse(saved, scimBase, url.searchParams, 200);
  }

  private async deleteUser(
    account: StoredAccount,
    ifMatch: string | null,
    client: string,
  ): Promise<Response> {
    try {
      await this.deps.store.removeAccount(account.id);
    } catch {
      return scimError(500, "The user could not be deleted. Try again.");
    }
    this.deps.record({
      event: "scim.user.deleted",
      client,
      status: 204,
      accountHref: account.href,
      email: account.email,
      ...(ifMatch ? { reason: "if-match" } : {}),
    });
    return new Response(null, { status: 204 });
  }
}

/** The full name: name.formatted when given, else the parts. */
function fullNameOf(input: UserInput): string {
  return (
    input.formatted ??
    [input.givenName, input.middleName, input.familyName].filter(Boolean).join(" ")
  );
}
