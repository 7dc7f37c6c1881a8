// A fake Stormpath REST API (api.stormpath.com/v1) on loopback: only the calls
// express-stormpath 3.2.0 and its Stormpath SDK 0.20.1 make to start up,
// register an account, log it in and read it back (`GET /me`). Resources carry
// the same links, collections and error bodies as the real API, so the SDK
// walks them exactly as it walked the real one.
import { createHmac, randomBytes, randomUUID } from "node:crypto";
import { createServer } from "node:http";

/**
 * @typedef {{ providerId: string, name: string, clientId?: string, status?: string }} StoreSpec
 * @typedef {{
 *   stores?: StoreSpec[],
 *   emailVerification?: boolean,
 *   strength?: Record<string, number>,
 * }} FakeApiOptions
 */

/** Stormpath's default password strength for a new directory. */
const DEFAULT_STRENGTH = {
  minLength: 8,
  maxLength: 100,
  minLowerCase: 1,
  minUpperCase: 1,
  minNumeric: 1,
  minSymbol: 0,
  minDiacritic: 0,
  preventReuse: 0,
};

const ACCOUNT_LINKS = [
  "customData",
  "providerData",
  "groups",
  "applications",
  "groupMemberships",
  "apiKeys",
  "accessTokens",
  "refreshTokens",
  "linkedAccounts",
  "accountLinks",
  "phones",
  "factors",
];

function base64url(input) {
  return Buffer.from(input).toString("base64url");
}

/** An HS256 JWT as Stormpath issues them (kid = the tenant's API key id). */
function signJwt(header, claims, secret) {
  const head = base64url(JSON.stringify(header));
  const body = base64url(JSON.stringify(claims));
  const signature = createHmac("sha256", secret).update(`${head}.${body}`).digest("base64url");
  return `${head}.${body}.${signature}`;
}

function decodeJwt(token) {
  const [head, body] = token.split(".");
  return {
    header: JSON.parse(Buffer.from(head ?? "", "base64url").toString()),
    claims: JSON.parse(Buffer.from(body ?? "", "base64url").toString()),
  };
}

function error(status, code, message) {
  return {
    status,
    body: {
      status,
      code,
      message,
      developerMessage: message,
      moreInfo: `https://docs.stormpath.com/rest/product-guide/latest/errors.html#error-${code}`,
      requestId: randomUUID(),
    },
  };
}

/** Checks a password against a directory's strength, with the REST API's messages. */
function passwordProblem(password, strength) {
  const count = (re) => (password.match(re) ?? []).length;
  const chars = [...password].length;
  if (chars < strength.minLength) return "Account password minimum length not satisfied.";
  if (chars > strength.maxLength) return "Password exceeded the maximum length.";
  if (count(/[a-z]/g) < strength.minLowerCase)
    return `Password requires at least ${strength.minLowerCase} lowercase character.`;
  if (count(/[A-Z]/g) < strength.minUpperCase)
    return `Password requires at least ${strength.minUpperCase} uppercase character.`;
  if (count(/[0-9]/g) < strength.minNumeric)
    return `Password requires at least ${strength.minNumeric} numeric character.`;
  return undefined;
}

/**
 * Starts the fake API on 127.0.0.1 (a free port). Returns its base URL, the
 * API key express-stormpath must use, the application href, the request log
 * and `close()`.
 * @param {FakeApiOptions} [options]
 */
export async function startFakeStormpathApi(options = {}) {
  const apiKey = { id: "FAKEAPIKEYID0000000000000", secret: randomBytes(30).toString("base64url") };
  const strength = { ...DEFAULT_STRENGTH, ...options.strength };
  /** @type {{ method: string, path: string }[]} */
  const requests = [];
  /** @type {Map<string, Record<string, unknown>>} path → resource */
  const resources = new Map();
  let base = "";
  const now = new Date().toISOString();
  const href = (path) => `${base}${path}`;
  const put = (path, resource) => {
    resources.set(path, resource);
    return resource;
  };

  const server = createServer((req, res) => {
    const chunks = [];
    req.on("data", (chunk) => chunks.push(chunk));
    req.on("end", () => {
      const url = new URL(req.url ?? "/", "http://fake");
      const path = url.pathname.replace(/^\/v1/, "");
      requests.push({ method: req.method ?? "GET", path });
      const raw = Buffer.concat(chunks).toString("utf8");
      let answer;
      try {
        answer = route(
          req.method ?? "GET",
          path,
          url.searchParams,
          raw,
          req.headers["content-type"] ?? "",
        );
      } catch (err) {
        answer = error(500, 500, `fake API failure: ${err instanceof Error ? err.message : err}`);
      }
      res.writeHead(answer.status, { "content-type": "application/json" });
      res.end(JSON.stringify(answer.body));
    });
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(undefined)));
  const address = server.address();
  if (!address || typeof address === "string") throw new Error("fake Stormpath API: no port");
  base = `http://127.0.0.1:${address.port}/v1`;

  // The tenant, the admin key's account, the application and its stores.
  put("/tenants/T", { href: href("/tenants/T"), name: "interop", key: "interop" });
  put("/directories/ADMIN", {
    href: href("/directories/ADMIN"),
    name: "Stormpath Administrators",
    status: "ENABLED",
  });
  put("/accounts/ADMIN", {
    href: href("/accounts/ADMIN"),
    email: "admin@tenant.example",
    status: "ENABLED",
    directory: { href: href("/directories/ADMIN") },
  });
  put(`/apiKeys/${apiKey.id}`, {
    href: href(`/apiKeys/${apiKey.id}`),
    id: apiKey.id,
    secret: apiKey.secret,
    status: "ENABLED",
    account: { href: href("/accounts/ADMIN") },
    tenant: { href: href("/tenants/T") },
  });

  const applicationHref = href("/applications/APP");
  put("/applications/APP", {
    href: applicationHref,
    name: "interop",
    description: "",
    status: "ENABLED",
    createdAt: now,
    modifiedAt: now,
    tenant: { href: href("/tenants/T") },
    accounts: { href: href("/applications/APP/accounts") },
    groups: { href: href("/applications/APP/groups") },
    accountStoreMappings: { href: href("/applications/APP/accountStoreMappings") },
    defaultAccountStoreMapping: { href: href("/accountStoreMappings/M0") },
    defaultGroupStoreMapping: { href: href("/accountStoreMappings/M0") },
    loginAttempts: { href: href("/applications/APP/loginAttempts") },
    passwordResetTokens: { href: href("/applications/APP/passwordResetTokens") },
    oAuthPolicy: { href: href("/oAuthPolicies/APP") },
    authTokens: { href: href("/applications/APP/authTokens") },
    customData: { href: href("/applications/APP/customData") },
  });
  put("/oAuthPolicies/APP", {
    href: href("/oAuthPolicies/APP"),
    accessTokenTtl: "PT1H",
    refreshTokenTtl: "P60D",
    tokenEndpoint: { href: href("/applications/APP/oauth/token") },
    application: { href: applicationHref },
    tenant: { href: href("/tenants/T") },
  });

  /** @param {string} id @param {string} name @param {Record<string, unknown>} provider @param {string} [status] */
  const directory = (id, name, provider, status = "ENABLED") => {
    put(`/directories/${id}/provider`, {
      href: href(`/directories/${id}/provider`),
      createdAt: now,
      modifiedAt: now,
      ...provider,
    });
    put(`/passwordPolicies/${id}`, {
      href: href(`/passwordPolicies/${id}`),
      resetTokenTtl: 24,
      resetEmailStatus: "ENABLED",
      strength: { href: href(`/passwordPolicies/${id}/strength`) },
    });
    put(`/passwordPolicies/${id}/strength`, {
      href: href(`/passwordPolicies/${id}/strength`),
      ...strength,
    });
    put(`/accountCreationPolicies/${id}`, {
      href: href(`/accountCreationPolicies/${id}`),
      verificationEmailStatus: options.emailVerification ? "ENABLED" : "DISABLED",
      verificationSuccessEmailStatus: options.emailVerification ? "ENABLED" : "DISABLED",
      welcomeEmailStatus: "DISABLED",
    });
    return put(`/directories/${id}`, {
      href: href(`/directories/${id}`),
      name,
      description: "",
      status,
      createdAt: now,
      modifiedAt: now,
      provider: { href: href(`/directories/${id}/provider`) },
      accounts: { href: href(`/directories/${id}/accounts`) },
      passwordPolicy: { href: href(`/passwordPolicies/${id}`) },
      accountCreationPolicy: { href: href(`/accountCreationPolicies/${id}`) },
      tenant: { href: href("/tenants/T") },
    });
  };

  // The cloud directory accounts are created in, mapped first and default.
  const mappings = [directory("CLOUD", "interop users", { providerId: "stormpath" })];
  (options.stores ?? []).forEach((store, index) => {
    const provider =
      store.providerId === "saml"
        ? {
            providerId: "saml",
            ssoLoginUrl: "https://idp.example.com/saml/sso",
            ssoLogoutUrl: "https://idp.example.com/saml/slo",
          }
        : {
            providerId: store.providerId,
            clientId: store.clientId ?? `${store.providerId}-client-id`,
            clientSecret: `${store.providerId}-client-secret-never-sent`,
            redirectUri: `http://127.0.0.1/callbacks/${store.providerId}`,
          };
    mappings.push(directory(`S${index}`, store.name, provider, store.status));
  });
  mappings.forEach((store, index) => {
    put(`/accountStoreMappings/M${index}`, {
      href: href(`/accountStoreMappings/M${index}`),
      listIndex: index,
      isDefaultAccountStore: index === 0,
      isDefaultGroupStore: index === 0,
      application: { href: applicationHref },
      accountStore: { href: store.href },
    });
  });

  /** @type {Map<string, { password: string, id: string }>} email (lower case) → secret part */
  const credentials = new Map();

  function collection(path, items, params) {
    const offset = Number(params.get("offset") ?? 0);
    const limit = Number(params.get("limit") ?? 25);
    return {
      href: href(path),
      offset,
      limit,
      size: items.length,
      items: items.slice(offset, offset + limit),
    };
  }

  /** Replaces the links named in `expand` (`a,b(offset:0)`) with their resources. */
  function expand(resource, params) {
    const names = (params.get("expand") ?? "")
      .split(",")
      .map((name) => name.replace(/\(.*\)$/, "").trim())
      .filter(Boolean);
    const copy = { ...resource };
    for (const name of names) {
      const link = copy[name];
      if (link && typeof link === "object" && "href" in link) {
        const target = resources.get(String(link.href).slice(base.length));
        if (target) copy[name] = { ...target };
      }
    }
    return copy;
  }

  function createAccount(raw, params) {
    const data = JSON.parse(raw || "{}");
    for (const [key, label] of [
      ["email", "email"],
      ["password", "password"],
      ["givenName", "givenName"],
      ["surname", "surname"],
    ]) {
      if (typeof data[key] !== "string" || data[key] === "")
        return error(
          400,
          2000,
          `Account ${label} is required; it cannot be null, empty, or blank.`,
        );
    }
    if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(data.email))
      return error(400, 2006, "Account email address is in an invalid format.");
    const emailKey = data.email.toLowerCase();
    if (credentials.has(emailKey))
      return error(
        409,
        2001,
        "Account with that email already exists.  Please choose another email.",
      );
    const problem = passwordProblem(data.password, strength);
    if (problem) return error(400, 2007, problem);

    const id = randomUUID().replace(/-/g, "").slice(0, 22);
    const path = `/accounts/${id}`;
    const created = new Date().toISOString();
    const status =
      typeof data.status === "string"
        ? data.status
        : options.emailVerification && params.get("registrationWorkflowEnabled") !== "false"
          ? "UNVERIFIED"
          : "ENABLED";
    const account = {
      href: href(path),
      username: typeof data.username === "string" && data.username ? data.username : data.email,
      email: data.email,
      givenName: data.givenName,
      middleName: typeof data.middleName === "string" ? data.middleName : null,
      surname: data.surname,
      fullName: [data.givenName, data.middleName, data.surname].filter(Boolean).join(" "),
      status,
      createdAt: created,
      modifiedAt: created,
      passwordModifiedAt: created,
      emailVerificationToken:
        status === "UNVERIFIED" ? { href: href(`/accounts/emailVerificationTokens/${id}`) } : null,
      directory: { href: href("/directories/CLOUD") },
      tenant: { href: href("/tenants/T") },
    };
    for (const link of ACCOUNT_LINKS) account[link] = { href: href(`${path}/${link}`) };
    put(path, account);
    put(`${path}/customData`, {
      href: href(`${path}/customData`),
      createdAt: created,
      modifiedAt: created,
      ...(data.customData && typeof data.customData === "object" ? data.customData : {}),
    });
    credentials.set(emailKey, { password: data.password, id });
    return { status: 201, body: account };
  }

  function token(raw) {
    const form = new URLSearchParams(raw);
    const invalid = {
      status: 400,
      body: {
        status: 400,
        code: 7100,
        error: "invalid_grant",
        message: "Invalid username or password.",
      },
    };
    if (form.get("grant_type") !== "password") return invalid;
    const known = credentials.get((form.get("username") ?? "").toLowerCase());
    if (!known || known.password !== form.get("password")) return invalid;
    const account = resources.get(`/accounts/${known.id}`);
    if (account?.status !== "ENABLED")
      return error(400, 7101, "Login attempt failed because the Account is not verified.");
    const iat = Math.floor(Date.now() / 1000);
    const jwt = signJwt(
      { kid: apiKey.id, alg: "HS256", stt: "access" },
      { jti: randomUUID(), iat, iss: applicationHref, sub: account.href, exp: iat + 3600 },
      apiKey.secret,
    );
    return {
      status: 200,
      body: {
        access_token: jwt,
        token_type: "Bearer",
        expires_in: 3600,
        stormpath_access_token_href: href(`/accessTokens/${decodeJwt(jwt).claims.jti}`),
      },
    };
  }

  function route(method, path, params, raw, contentType) {
    if (method === "POST" && path === "/applications/APP/accounts")
      return createAccount(raw, params);
    if (method === "POST" && path === "/applications/APP/oauth/token") {
      if (!contentType.includes("application/x-www-form-urlencoded"))
        return error(400, 400, "Unsupported content type.");
      return token(raw);
    }
    if (method !== "GET") return error(405, 405, "Request method not supported by the fake API.");
    if (path === "/applications/APP/accountStoreMappings") {
      const items = mappings.map((_, index) =>
        expand(resources.get(`/accountStoreMappings/M${index}`), params),
      );
      return { status: 200, body: collection(path, items, params) };
    }
    if (path === "/applications" || path === "/tenants/T/applications") {
      return { status: 200, body: collection(path, [resources.get("/applications/APP")], params) };
    }
    const authToken = path.match(/^\/applications\/APP\/authTokens\/(.+)$/);
    if (authToken) {
      const jwt = decodeURIComponent(authToken[1] ?? "");
      const { header, claims } = decodeJwt(jwt);
      return {
        status: 200,
        body: {
          href: href(`/accessTokens/${claims.jti}`),
          createdAt: new Date(claims.iat * 1000).toISOString(),
          jwt,
          expandedJwt: { header, claims, signature: jwt.split(".")[2] },
          account: { href: claims.sub },
          application: { href: applicationHref },
          tenant: { href: href("/tenants/T") },
        },
      };
    }
    const resource = resources.get(path);
    if (!resource) return error(404, 404, `The requested resource does not exist (${path}).`);
    return { status: 200, body: expand(resource, params) };
  }

  /** The accounts created so far, with their custom data (no passwords). */
  const accounts = () =>
    [...credentials.values()].map(({ id }) => {
      const account = resources.get(`/accounts/${id}`) ?? {};
      const {
        href: _href,
        createdAt: _c,
        modifiedAt: _m,
        ...customData
      } = resources.get(`/accounts/${id}/customData`) ?? {};
      return {
        email: account.email,
        givenName: account.givenName,
        surname: account.surname,
        status: account.status,
        customData,
      };
    });

  return {
    baseUrl: base,
    apiKey,
    applicationHref,
    requests,
    accounts,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve(undefined));
      }),
  };
}
