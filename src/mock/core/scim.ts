// A SCIM 2.0 provisioning feed (RFC 7643/7644) over the mock's accounts, at
// /scim/v2: discovery, a filtered and paged user list, one user, and user
// creation. Every account created through /register is a SCIM User.
import type { ResolvedConfig } from "./config";
import { RateLimiter } from "./guards";
import type { PasswordHasher } from "./hasher";
import type { AuditEvent } from "./logs";
import { FilterError, matchesFilter, parseFilter, type FilterAttribute } from "./scim-filter";
import type { AccountStore, StoredAccount } from "./store";

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

/** An account as the feed reads it (the password hash is never needed). */
export type ScimAccount = Omit<StoredAccount, "passwordHash">;

/** The path prefix of the feed. */
export const SCIM_BASE = "/scim/v2";

export const SCIM_USER_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:User";
export const SCIM_LIST_SCHEMA = "urn:ietf:params:scim:api:messages:2.0:ListResponse";
export const SCIM_ERROR_SCHEMA = "urn:ietf:params:scim:api:messages:2.0:Error";
const SPC_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig";
const RESOURCE_TYPE_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:ResourceType";
const SCHEMA_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:Schema";
/** Where a SCIM-created account keeps its `externalId` (a dotted key no form field can have). */
const EXTERNAL_ID_KEY = "scim.externalId";

/** The `scimType` values of RFC 7644 §3.12 this server sends. */
export type ScimType = "invalidFilter" | "invalidSyntax" | "invalidValue" | "uniqueness";

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

/** A weak ETag (`meta.version`) that changes whenever the account does. */
export function versionOf(account: ScimAccount): string {
  const text = `${account.id}|${account.modifiedAt}|${account.status}|${account.email}`;
  // FNV-1a, 32 bits: enough to tell versions of one resource apart.
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `W/"${hash.toString(16).padStart(8, "0")}"`;
}

/** An account as a SCIM User resource. */
export function toScimUser(account: ScimAccount, scimBase: string): Record<string, unknown> {
  const name: Record<string, string> = {};
  if (account.fullName) name.formatted = account.fullName;
  if (account.surname !== null) name.familyName = account.surname;
  if (account.givenName !== null) name.givenName = account.givenName;
  if (account.middleName !== null) name.middleName = account.middleName;
  const externalId = account.customData[EXTERNAL_ID_KEY];
  return {
    schemas: [SCIM_USER_SCHEMA],
    id: account.id,
    ...(typeof externalId === "string" ? { externalId } : {}),
    userName: account.email,
    ...(Object.keys(name).length > 0 ? { name } : {}),
    ...(account.fullName ? { displayName: account.fullName } : {}),
    emails: [{ value: account.email, primary: true }],
    active: account.status === "ENABLED",
    meta: {
      resourceType: "User",
      created: account.createdAt,
      lastModified: account.modifiedAt,
      location: `${scimBase}/Users/${account.id}`,
      version: versionOf(account),
    },
  };
}

/** The attributes the filter understands, lower case. */
function filterAttributes(account: ScimAccount): Record<string, FilterAttribute> {
  const externalId = account.customData[EXTERNAL_ID_KEY];
  return {
    id: { get: () => account.id, caseExact: true },
    externalid: {
      get: () => (typeof externalId === "string" ? externalId : undefined),
      caseExact: true,
    },
    username: { get: () => account.email },
    displayname: { get: () => account.fullName || undefined },
    "name.formatted": { get: () => account.fullName || undefined },
    "name.givenname": { get: () => account.givenName ?? undefined },
    "name.familyname": { get: () => account.surname ?? undefined },
    "name.middlename": { get: () => account.middleName ?? undefined },
    emails: { get: () => account.email },
    "emails.value": { get: () => account.email },
    active: { get: () => account.status === "ENABLED" },
    "meta.created": { get: () => account.createdAt, dateTime: true },
    "meta.lastmodified": { get: () => account.modifiedAt, dateTime: true },
    "meta.resourcetype": { get: () => "User", caseExact: true },
  };
}

interface AttributeDefinition {
  name: string;
  type: "string" | "boolean" | "complex" | "dateTime";
  multiValued: boolean;
  description: string;
  required: boolean;
  caseExact: boolean;
  mutability: "readOnly" | "readWrite" | "immutable" | "writeOnly";
  returned: "always" | "never" | "default" | "request";
  uniqueness: "none" | "server" | "global";
  subAttributes?: AttributeDefinition[];
}

function attr(
  name: string,
  description: string,
  extra: Partial<AttributeDefinition> = {},
): AttributeDefinition {
  return {
    name,
    type: "string",
    multiValued: false,
    description,
    required: false,
    caseExact: false,
    mutability: "readWrite",
    returned: "default",
    uniqueness: "none",
    ...extra,
  };
}

/** The User schema as this server implements it (a subset of RFC 7643 §4.1). */
export function userSchema(scimBase: string): Record<string, unknown> {
  return {
    schemas: [SCHEMA_SCHEMA],
    id: SCIM_USER_SCHEMA,
    name: "User",
    description: "User Account: every account created through /register, and those POSTed here.",
    attributes: [
      attr(
        "userName",
        "The account's email address; unique (NFKC, case-insensitive). Must be an email address.",
        { required: true, uniqueness: "server" },
      ),
      attr("name", "The components of the user's name.", {
        type: "complex",
        subAttributes: [
          attr("formatted", "The full name."),
          attr("familyName", "The family name (Stormpath surname)."),
          attr("givenName", "The given name."),
          attr("middleName", "The middle name."),
        ],
      }),
      attr("displayName", "The full name, for display."),
      attr("emails", "The account's email address (the same as userName).", {
        type: "complex",
        multiValued: true,
        subAttributes: [
          attr("value", "The email address."),
          attr("primary", "Always true.", { type: "boolean" }),
        ],
      }),
      attr("active", "true when the account status is ENABLED (not UNVERIFIED or DISABLED).", {
        type: "boolean",
      }),
      attr("password", "Hashed on arrival; never returned.", {
        mutability: "writeOnly",
        returned: "never",
        caseExact: true,
      }),
      attr("externalId", "The provisioning client's identifier.", { caseExact: true }),
    ],
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
    patch: { supported: false },
    bulk: { supported: false, maxOperations: 0, maxPayloadSize: 0 },
    filter: { supported: true, maxResults: settings.maxResults },
    changePassword: { supported: false },
    sort: { supported: false },
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

function equalText(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}

function randomId(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(12)), (b) =>
    b.toString(36).padStart(2, "0"),
  )
    .join("")
    .slice(0, 22);
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** What the SCIM feed needs from the backend. */
export interface ScimDeps {
  store: AccountStore;
  hasher: PasswordHasher;
  now: () => number;
  config: () => ResolvedConfig;
  record: (event: Omit<AuditEvent, "time">) => void;
  /** `href` of an account with this id (the backend's admin URL). */
  accountHref: (base: string, id: string) => string;
}

/** The `/scim/v2` routes. */
export class ScimFeed {
  private limiter: RateLimiter;

  constructor(private readonly deps: ScimDeps) {
    this.limiter = new RateLimiter(deps.config().scim.rateLimit, deps.now);
  }

  /** Call after the configuration changed: limits start over. */
  reconfigure(): void {
    this.limiter = new RateLimiter(this.deps.config().scim.rateLimit, this.deps.now);
  }

  isRoute(path: string): boolean {
    return (
      this.deps.config().scim.enabled && (path === SCIM_BASE || path.startsWith(SCIM_BASE + "/"))
    );
  }

  /** Answers a request under `/scim/v2` (`path` is relative to the mock's base). */
  async handle(
    request: Request,
    url: URL,
    path: string,
    base: string,
    client: string,
  ): Promise<Response> {
    const method = request.method === "HEAD" ? "GET" : request.method;
    const only = (...methods: string[]): Response | undefined =>
      methods.includes(method)
        ? undefined
        : scimError(405, `${request.method} is not allowed on ${path}.`, undefined, {
            allow: methods.join(", "),
          });

    const decision = this.limiter.take(client);
    const rate: Record<string, string> = decision
      ? {
          "ratelimit-limit": String(decision.limit),
          "ratelimit-remaining": String(decision.remaining),
          "ratelimit-reset": String(decision.resetSeconds),
        }
      : {};
    if (decision && !decision.allowed) {
      this.deps.record({ event: "rate.limited", client, status: 429, reason: "too-many-scim" });
      return scimError(
        429,
        `Too many requests. Try again in ${decision.resetSeconds} seconds.`,
        undefined,
        { ...rate, "retry-after": String(decision.resetSeconds) },
      );
    }
    const response = await this.route(request, url, path, base, client, only);
    for (const [name, value] of Object.entries(rate)) response.headers.set(name, value);
    return response;
  }

  private async route(
    request: Request,
    url: URL,
    path: string,
    base: string,
    client: string,
    only: (...methods: string[]) => Response | undefined,
  ): Promise<Response> {
    const settings = this.deps.config().scim;
    const scimBase = base + SCIM_BASE;
    const sub = path.slice(SCIM_BASE.length) || "/";
    const method = request.method === "HEAD" ? "GET" : request.method;

    // Discovery is public, so a client can learn how to authenticate.
    if (sub === "/ServiceProviderConfig")
      return only("GET") ?? scimJson(serviceProviderConfig(scimBase, settings));
    if (sub === "/ResourceTypes")
      return only("GET") ?? scimJson(listResponse([resourceType(scimBase)], 1, 1));
    if (sub === "/ResourceTypes/User") return only("GET") ?? scimJson(resourceType(scimBase));
    if (sub === "/Schemas")
      return only("GET") ?? scimJson(listResponse([userSchema(scimBase)], 1, 1));
    if (sub === `/Schemas/${SCIM_USER_SCHEMA}`)
      return only("GET") ?? scimJson(userSchema(scimBase));
    if (sub.startsWith("/ResourceTypes/") || sub.startsWith("/Schemas/"))
      return scimError(404, `${decodeURIComponent(sub.split("/")[2] ?? "")} is not known here.`);

    const denied = this.authenticate(request, client);
    if (denied) return denied;

    if (sub === "/Users") {
      const wrong = only("GET", "POST");
      if (wrong) return wrong;
      return method === "POST"
        ? this.createUser(request, base, scimBase, client)
        : this.listUsers(url, scimBase);
    }
    const match = /^\/Users\/([^/]+)$/.exec(sub);
    if (match) {
      const id = decodeURIComponent(match[1] ?? "");
      if (method === "PUT" || method === "PATCH" || method === "DELETE")
        return scimError(
          501,
          `${method} is not implemented by this mock; users are read and created only.`,
        );
      const wrong = only("GET");
      if (wrong) return wrong;
      const account = this.deps.store.getAccount(id);
      if (!account) return scimError(404, `User ${id} not found.`);
      const user = toScimUser(account, scimBase);
      return scimJson(user, 200, { etag: versionOf(account) });
    }
    return scimError(404, `${path} is not a SCIM endpoint of this server.`);
  }

  private authenticate(request: Request, client: string): Response | undefined {
    const token = this.deps.config().scim.token;
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
    if (!equalText(match[1] ?? "", token)) {
      this.deps.record({ event: "scim.rejected", client, status: 401, reason: "bad-token" });
      return scimError(401, "The bearer token is not valid.", undefined, {
        "www-authenticate": `${realm}, error="invalid_token"`,
      });
    }
    return undefined;
  }

  private listUsers(url: URL, scimBase: string): Response {
    const settings = this.deps.config().scim;
    const params = url.searchParams;
    const intParam = (name: string): number | undefined | Response => {
      const raw = params.get(name);
      if (raw === null || raw === "") return undefined;
      if (!/^-?\d{1,9}$/.test(raw.trim()))
        return scimError(400, `${name} must be an integer, not "${raw}".`, "invalidValue");
      return Number(raw);
    };
    const start = intParam("startIndex");
    if (start instanceof Response) return start;
    const count = intParam("count");
    if (count instanceof Response) return count;
    // RFC 7644 §3.4.2.4: below 1 means 1; a negative count means 0.
    const startIndex = Math.max(1, start ?? 1);
    const pageSize = Math.min(settings.maxResults, Math.max(0, count ?? settings.maxResults));

    let accounts = this.deps.store.listAccounts();
    const filter = params.get("filter");
    if (filter !== null && filter.trim() !== "") {
      try {
        const node = parseFilter(filter);
        accounts = accounts.filter((account) => {
          const attributes = filterAttributes(account);
          return matchesFilter(node, (name) =>
            Object.hasOwn(attributes, name) ? attributes[name] : undefined,
          );
        });
      } catch (error) {
        if (error instanceof FilterError) return scimError(400, error.message, "invalidFilter");
        throw error;
      }
    }
    const page = accounts
      .slice(startIndex - 1, startIndex - 1 + pageSize)
      .map((account) => toScimUser(account, scimBase));
    return scimJson(listResponse(page, accounts.length, startIndex));
  }

  private async createUser(
    request: Request,
    base: string,
    scimBase: string,
    client: string,
  ): Promise<Response> {
    const config = this.deps.config();
    const type = (request.headers.get("content-type") ?? "").split(";")[0]?.trim().toLowerCase();
    if (type !== "application/scim+json" && type !== "application/json")
      return scimError(
        415,
        "Send the user as application/scim+json (or application/json).",
        undefined,
        {
          "accept-post": "application/scim+json, application/json",
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
    const b = body as Record<string, unknown>;
    const reject = (detail: string, scimType: ScimType): Response => {
      this.deps.record({ event: "scim.rejected", client, status: 400, reason: scimType });
      return scimError(400, detail, scimType);
    };
    if (!Array.isArray(b.schemas) || !b.schemas.includes(SCIM_USER_SCHEMA))
      return reject(`schemas must include "${SCIM_USER_SCHEMA}".`, "invalidSyntax");
    const userName = typeof b.userName === "string" ? b.userName.normalize("NFKC").trim() : "";
    if (!userName) return reject("userName is required.", "invalidValue");
    if (userName.length > 254 || !EMAIL.test(userName))
      return reject("userName must be an email address on this server.", "invalidValue");
    const text255 = (value: unknown, label: string): string | null | Response => {
      if (value === undefined || value === null) return null;
      if (typeof value !== "string" || value.length > 255)
        return reject(`${label} must be text of at most 255 characters.`, "invalidValue");
      return value;
    };
    const nameIn = b.name;
    if (
      nameIn !== undefined &&
      (nameIn === null || typeof nameIn !== "object" || Array.isArray(nameIn))
    )
      return reject("name must be an object.", "invalidValue");
    const n = (nameIn ?? {}) as Record<string, unknown>;
    const givenName = text255(n.givenName, "name.givenName");
    if (givenName instanceof Response) return givenName;
    const familyName = text255(n.familyName, "name.familyName");
    if (familyName instanceof Response) return familyName;
    const middleName = text255(n.middleName, "name.middleName");
    if (middleName instanceof Response) return middleName;
    const displayName = text255(b.displayName, "displayName");
    if (displayName instanceof Response) return displayName;
    const externalId = text255(b.externalId, "externalId");
    if (externalId instanceof Response) return externalId;
    if (b.active !== undefined && typeof b.active !== "boolean")
      return reject("active must be true or false.", "invalidValue");
    if (b.emails !== undefined) {
      const ok =
        Array.isArray(b.emails) &&
        b.emails.every(
          (e: unknown) =>
            e !== null &&
            typeof e === "object" &&
            typeof (e as { value?: unknown }).value === "string" &&
            (e as { value: string }).value.normalize("NFKC").trim().toLowerCase() ===
              userName.toLowerCase(),
        );
      if (!ok) return reject("emails[].value must equal userName on this server.", "invalidValue");
    }
    let passwordHash = "";
    if (b.password !== undefined) {
      const length = typeof b.password === "string" ? [...b.password].length : -1;
      if (length < config.password.minLength || length > config.password.maxLength)
        return reject(
          `password must be ${config.password.minLength} to ${config.password.maxLength} characters.`,
          "invalidValue",
        );
      passwordHash = await this.deps.hasher.hash((b.password as string).normalize("NFKC"));
    }
    const clash = (): boolean =>
      this.deps.store.hasEmail(userName) || this.deps.store.hasUsername(userName);
    if (clash()) {
      this.deps.record({ event: "scim.rejected", client, status: 409, reason: "uniqueness" });
      return scimError(409, `A user with userName ${userName} already exists.`, "uniqueness");
    }
    const now = new Date(this.deps.now()).toISOString();
    const id = randomId();
    const fullName = displayName ?? [givenName, middleName, familyName].filter(Boolean).join(" ");
    const account: StoredAccount = {
      id,
      href: this.deps.accountHref(base, id),
      username: userName,
      email: userName,
      givenName,
      middleName,
      surname: familyName,
      fullName,
      status: b.active === false ? "DISABLED" : "ENABLED",
      emailVerificationStatus: "UNKNOWN",
      createdAt: now,
      modifiedAt: now,
      customData: externalId !== null ? { [EXTERNAL_ID_KEY]: externalId } : {},
      // No password given: none is set, and none can match.
      passwordHash,
    };
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
    return scimJson(toScimUser(account, scimBase), 201, {
      location: `${scimBase}/Users/${id}`,
      etag: versionOf(account),
    });
  }
}
