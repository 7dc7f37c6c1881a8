import { describe, expect, it } from "vitest";
import { createMockBackend, type MockBackend } from "./backend";
import type { MockConfig } from "./config";
import { createPbkdf2Hasher } from "./hasher";
import { resolveConfig } from "./resolve";
import { SCIM_DEV_TOKEN } from "./scim";

const BASE = "http://mock.test";
const fast = createPbkdf2Hasher(1000);
const AUTH = { authorization: `Bearer ${SCIM_DEV_TOKEN}` };
const USER = "urn:ietf:params:scim:schemas:core:2.0:User";

interface ScimUser {
  id: string;
  userName: string;
  name?: { givenName?: string; familyName?: string; formatted?: string };
  active: boolean;
  externalId?: string;
  emails: Array<{ value: string; primary: boolean }>;
  meta: { created: string; lastModified: string; location: string; version: string };
}
interface ListResponse {
  schemas: string[];
  totalResults: number;
  startIndex: number;
  itemsPerPage: number;
  Resources: ScimUser[];
}

function backend(config: MockConfig = {}, now?: () => number): MockBackend {
  return createMockBackend(config, { hasher: fast, ...(now ? { now } : {}) });
}

async function call(b: MockBackend, path: string, init: RequestInit = {}): Promise<Response> {
  const response = await b.respond(new Request(`${BASE}${path}`, init));
  if (!response) throw new Error(`not handled: ${path}`);
  return response;
}

const scim = (b: MockBackend, path: string, init: RequestInit = {}): Promise<Response> =>
  call(b, `/scim/v2${path}`, { ...init, headers: { ...AUTH, ...(init.headers as object) } });

async function signup(b: MockBackend, email: string, extra: object = {}): Promise<void> {
  const res = await call(b, "/register", {
    method: "POST",
    headers: { "content-type": "application/json", "x-mock-client-id": email },
    body: JSON.stringify({
      givenName: "Ada",
      surname: "Lovelace",
      email,
      password: "correct horse battery staple",
      ...extra,
    }),
  });
  expect(res.status).toBe(200);
}

async function list(b: MockBackend, query = ""): Promise<ListResponse> {
  const res = await scim(b, `/Users${query}`);
  expect(res.status).toBe(200);
  return (await res.json()) as ListResponse;
}

function createUser(b: MockBackend, body: unknown, type = "application/scim+json") {
  return scim(b, "/Users", {
    method: "POST",
    headers: { "content-type": type },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
}

describe("SCIM: every /register account is a User", () => {
  it("maps userName, name, emails, active and meta", async () => {
    const b = backend();
    await signup(b, "ada@example.com");
    const page = await list(b);
    expect(page.schemas).toEqual(["urn:ietf:params:scim:api:messages:2.0:ListResponse"]);
    expect(page.totalResults).toBe(1);
    const user = page.Resources[0];
    const account = b.accounts()[0];
    expect(user).toMatchObject({
      schemas: [USER],
      id: account?.id,
      userName: "ada@example.com",
      name: { givenName: "Ada", familyName: "Lovelace", formatted: "Ada Lovelace" },
      displayName: "Ada Lovelace",
      emails: [{ value: "ada@example.com", primary: true }],
      active: true,
      meta: {
        resourceType: "User",
        created: account?.createdAt,
        lastModified: account?.modifiedAt,
        location: `${BASE}/scim/v2/Users/${account?.id}`,
      },
    });
    expect(user?.meta.version).toMatch(/^W\/"[0-9a-f]{8}"$/);
    expect(JSON.stringify(user)).not.toMatch(/password|scrypt|pbkdf2/i);
  });

  it("active follows the status: false while UNVERIFIED, true once verified; version changes", async () => {
    let now = Date.parse("2026-11-23T10:00:00Z");
    const b = backend({ preset: "email-verification" }, () => now);
    await signup(b, "ada@example.com");
    const before = (await list(b)).Resources[0];
    expect(before?.active).toBe(false);
    now += 5_000;
    const token = b.outbox()[0]?.sptoken ?? "";
    expect((await call(b, `/verify?sptoken=${token}`)).status).toBe(200);
    const after = (await list(b)).Resources[0];
    expect(after?.active).toBe(true);
    expect(after?.meta.lastModified).toBe("2026-11-23T10:00:05.000Z");
    expect(after?.meta.created).toBe(before?.meta.created);
    expect(after?.meta.version).not.toBe(before?.meta.version);
    expect((await list(b, "?filter=" + encodeURIComponent("active eq true"))).totalResults).toBe(1);
  });
});

describe("SCIM: GET /Users paging and filtering", () => {
  async function seeded(n: number): Promise<MockBackend> {
    const b = backend({ rateLimit: false });
    for (let i = 1; i <= n; i++) await signup(b, `user${i}@example.com`);
    return b;
  }

  it("pages with startIndex (1-based) and count", async () => {
    const b = await seeded(5);
    const page = await list(b, "?startIndex=2&count=2");
    expect(page).toMatchObject({ totalResults: 5, startIndex: 2, itemsPerPage: 2 });
    expect(page.Resources.map((u) => u.userName)).toEqual([
      "user2@example.com",
      "user3@example.com",
    ]);
    const last = await list(b, "?startIndex=5&count=10");
    expect(last.Resources.map((u) => u.userName)).toEqual(["user5@example.com"]);
    const beyond = await list(b, "?startIndex=9");
    expect(beyond).toMatchObject({ totalResults: 5, itemsPerPage: 0, Resources: [] });
  });

  it("treats startIndex < 1 as 1, a negative count as 0, and caps count at maxResults", async () => {
    const b = await seeded(3);
    b.configure({ rateLimit: false, scim: { maxResults: 2 } });
    expect((await list(b, "?startIndex=0")).startIndex).toBe(1);
    const none = await list(b, "?count=-4");
    expect(none).toMatchObject({ totalResults: 3, itemsPerPage: 0, Resources: [] });
    expect((await list(b, "?count=50")).itemsPerPage).toBe(2);
    expect((await list(b)).itemsPerPage).toBe(2);
  });

  it("refuses a non-integer startIndex or count with invalidValue", async () => {
    const b = await seeded(1);
    const res = await scim(b, "/Users?count=ten");
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ status: "400", scimType: "invalidValue" });
  });

  it('filters with userName eq "…" (case-insensitive)', async () => {
    const b = await seeded(3);
    const page = await list(b, "?filter=" + encodeURIComponent('userName eq "USER2@example.com"'));
    expect(page.totalResults).toBe(1);
    expect(page.Resources[0]?.userName).toBe("user2@example.com");
    const none = await list(b, "?filter=" + encodeURIComponent('userName eq "nobody@example.com"'));
    expect(none).toMatchObject({ totalResults: 0, Resources: [] });
  });

  it("filters and pages together: totalResults counts the filtered set", async () => {
    const b = await seeded(4);
    const page = await list(
      b,
      "?count=1&startIndex=2&filter=" +
        encodeURIComponent('userName sw "user" and userName ne "user1@example.com"'),
    );
    expect(page).toMatchObject({ totalResults: 3, itemsPerPage: 1 });
    expect(page.Resources[0]?.userName).toBe("user3@example.com");
  });

  it("answers 400 invalidFilter for a bad filter", async () => {
    const b = await seeded(1);
    const res = await scim(b, "/Users?filter=" + encodeURIComponent("userName eq"));
    expect(res.status).toBe(400);
    expect(res.headers.get("content-type")).toMatch(/^application\/scim\+json/);
    expect(await res.json()).toEqual({
      schemas: ["urn:ietf:params:scim:api:messages:2.0:Error"],
      status: "400",
      scimType: "invalidFilter",
      detail: expect.any(String) as string,
    });
  });
});

describe("SCIM: GET /Users/{id}", () => {
  it("returns the user with an ETag equal to meta.version", async () => {
    const b = backend();
    await signup(b, "ada@example.com");
    const id = b.accounts()[0]?.id ?? "";
    const res = await scim(b, `/Users/${id}`);
    expect(res.status).toBe(200);
    const user = (await res.json()) as ScimUser;
    expect(user.id).toBe(id);
    expect(res.headers.get("etag")).toBe(user.meta.version);
  });

  it("answers 404 in the SCIM error format for an unknown id", async () => {
    const b = backend();
    const res = await scim(b, "/Users/nope");
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ status: "404", detail: "User nope not found." });
  });

  it("does not implement PUT, PATCH or DELETE (501), other methods 405", async () => {
    const b = backend();
    expect((await scim(b, "/Users/x", { method: "PATCH" })).status).toBe(501);
    expect((await scim(b, "/Users/x", { method: "DELETE" })).status).toBe(501);
    const res = await scim(b, "/Users", { method: "PUT" });
    expect(res.status).toBe(405);
    expect(res.headers.get("allow")).toBe("GET, POST");
  });
});

describe("SCIM: POST /Users", () => {
  it("creates a user: 201, Location, ETag, and the account exists", async () => {
    const b = backend();
    const res = await createUser(b, {
      schemas: [USER],
      userName: "grace@example.com",
      externalId: "okta-00u1",
      name: { givenName: "Grace", familyName: "Hopper" },
      emails: [{ value: "grace@example.com", primary: true, type: "work" }],
      password: "a long enough password",
      id: "chosen-by-client",
      meta: { created: "1970-01-01T00:00:00Z" },
      "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User": { department: "Navy" },
    });
    expect(res.status).toBe(201);
    expect(res.headers.get("content-type")).toMatch(/^application\/scim\+json/);
    const user = (await res.json()) as ScimUser;
    expect(res.headers.get("location")).toBe(user.meta.location);
    expect(res.headers.get("etag")).toBe(user.meta.version);
    expect(user).toMatchObject({
      userName: "grace@example.com",
      externalId: "okta-00u1",
      name: { givenName: "Grace", familyName: "Hopper" },
      active: true,
    });
    expect(user.id).not.toBe("chosen-by-client"); // readOnly: ignored
    expect(user.meta.created).not.toMatch(/^1970/);
    expect(JSON.stringify(user)).not.toContain("password");
    const account = b.accounts().find((a) => a.email === "grace@example.com");
    expect(account?.status).toBe("ENABLED");
    expect(JSON.stringify(account)).not.toContain("Navy"); // unknown attributes are not stored
    expect(b.audit().at(-1)).toMatchObject({ event: "scim.user.created", status: 201 });
    const found = await list(b, "?filter=" + encodeURIComponent('externalId eq "okta-00u1"'));
    expect(found.totalResults).toBe(1);
  });

  it("active: false creates a DISABLED account", async () => {
    const b = backend();
    const res = await createUser(b, {
      schemas: [USER],
      userName: "off@example.com",
      active: false,
    });
    expect(((await res.json()) as ScimUser).active).toBe(false);
    expect(b.accounts()[0]?.status).toBe("DISABLED");
  });

  it("answers 409 uniqueness when the userName clashes with a /register account (any case)", async () => {
    const b = backend();
    await signup(b, "ada@example.com");
    const res = await createUser(b, { schemas: [USER], userName: "ADA@example.com" });
    expect(res.status).toBe(409);
    expect(await res.json()).toEqual({
      schemas: ["urn:ietf:params:scim:api:messages:2.0:Error"],
      status: "409",
      scimType: "uniqueness",
      detail: "A user with userName ADA@example.com already exists.",
    });
    expect(b.accounts()).toHaveLength(1);
  });

  it("and /register then refuses the SCIM user's email", async () => {
    const b = backend();
    await createUser(b, { schemas: [USER], userName: "grace@example.com" });
    const res = await call(b, "/register", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        givenName: "G",
        surname: "H",
        email: "grace@example.com",
        password: "correct horse battery staple",
      }),
    });
    expect(res.status).toBe(409);
  });

  it.each([
    ["{", 400, "invalidSyntax"],
    [[], 400, "invalidSyntax"],
    [{ userName: "a@example.com" }, 400, "invalidSyntax"],
    [{ schemas: [USER] }, 400, "invalidValue"],
    [{ schemas: [USER], userName: "bjensen" }, 400, "invalidValue"],
    [{ schemas: [USER], userName: "a@example.com", active: "yes" }, 400, "invalidValue"],
    [{ schemas: [USER], userName: "a@example.com", name: "Ada" }, 400, "invalidValue"],
    [{ schemas: [USER], userName: "a@example.com", password: "short" }, 400, "invalidValue"],
    [
      { schemas: [USER], userName: "a@example.com", emails: [{ value: "b@example.com" }] },
      400,
      "invalidValue",
    ],
  ])("refuses %j with %i %s", async (body, status, scimType) => {
    const b = backend();
    const res = await createUser(b, body);
    expect(res.status).toBe(status);
    expect(await res.json()).toMatchObject({ status: String(status), scimType });
    expect(b.accounts()).toHaveLength(0);
  });

  it("refuses a body that is not JSON (415)", async () => {
    const b = backend();
    const res = await createUser(b, "userName=a", "application/x-www-form-urlencoded");
    expect(res.status).toBe(415);
    expect(await res.json()).toMatchObject({ status: "415" });
  });
});

describe("SCIM: bearer-token auth", () => {
  it("answers 401 with a Bearer challenge without a token or with a wrong one", async () => {
    const b = backend();
    const none = await call(b, "/scim/v2/Users");
    expect(none.status).toBe(401);
    expect(none.headers.get("www-authenticate")).toBe('Bearer realm="signup-kit mock SCIM"');
    expect(none.headers.get("content-type")).toMatch(/^application\/scim\+json/);
    expect(await none.json()).toMatchObject({ status: "401" });
    const wrong = await call(b, "/scim/v2/Users", { headers: { authorization: "Bearer nope" } });
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get("www-authenticate")).toMatch(/error="invalid_token"/);
    const basic = await call(b, "/scim/v2/Users", { headers: { authorization: "Basic eDp5" } });
    expect(basic.status).toBe(401);
    expect(b.audit().filter((e) => e.event === "scim.rejected")).toHaveLength(3);
  });

  it("uses the configured token, or none", async () => {
    const b = backend({ scim: { token: "a-team-token-123" } });
    expect((await scim(b, "/Users")).status).toBe(401);
    const ok = await call(b, "/scim/v2/Users", {
      headers: { authorization: "bearer a-team-token-123" },
    });
    expect(ok.status).toBe(200);
    const open = backend({ scim: { token: false } });
    expect((await call(open, "/scim/v2/Users")).status).toBe(200);
    expect(() => resolveConfig({ scim: { token: "short" } })).toThrow(/at least 8/);
  });

  it("leaves discovery public", async () => {
    const b = backend();
    expect((await call(b, "/scim/v2/ServiceProviderConfig")).status).toBe(200);
  });

  it("can be switched off: /scim/v2 is then not a route", async () => {
    const b = backend({ scim: { enabled: false } });
    expect(await b.respond(new Request(`${BASE}/scim/v2/Users`))).toBeUndefined();
  });
});

describe("SCIM: discovery", () => {
  it("ServiceProviderConfig says what is supported and how to authenticate", async () => {
    const b = backend();
    const res = await call(b, "/scim/v2/ServiceProviderConfig");
    expect(res.headers.get("content-type")).toMatch(/^application\/scim\+json/);
    expect(await res.json()).toMatchObject({
      schemas: ["urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig"],
      patch: { supported: false },
      bulk: { supported: false },
      filter: { supported: true, maxResults: 100 },
      changePassword: { supported: false },
      sort: { supported: false },
      etag: { supported: true },
      authenticationSchemes: [{ type: "oauthbearertoken", primary: true }],
    });
  });

  it("ResourceTypes lists User", async () => {
    const b = backend();
    const body = (await (await call(b, "/scim/v2/ResourceTypes")).json()) as {
      Resources: Array<Record<string, unknown>>;
    };
    expect(body.Resources).toEqual([
      expect.objectContaining({ id: "User", endpoint: "/Users", schema: USER }),
    ]);
    expect((await call(b, "/scim/v2/ResourceTypes/User")).status).toBe(200);
    expect((await call(b, "/scim/v2/ResourceTypes/Group")).status).toBe(404);
  });

  it("Schemas describes the User attributes this server implements", async () => {
    const b = backend();
    const body = (await (await call(b, "/scim/v2/Schemas")).json()) as {
      totalResults: number;
      Resources: Array<{ id: string; attributes: Array<{ name: string; returned: string }> }>;
    };
    expect(body.totalResults).toBe(1);
    const schema = body.Resources[0];
    expect(schema?.id).toBe(USER);
    expect(schema?.attributes.map((a) => a.name)).toEqual([
      "userName",
      "name",
      "displayName",
      "emails",
      "active",
      "password",
      "externalId",
    ]);
    expect(schema?.attributes.find((a) => a.name === "password")?.returned).toBe("never");
    const one = await call(b, `/scim/v2/Schemas/${USER}`);
    expect(((await one.json()) as { id: string }).id).toBe(USER);
  });

  it("answers unknown SCIM paths with a SCIM 404", async () => {
    const b = backend();
    const res = await scim(b, "/Groups");
    expect(res.status).toBe(404);
    expect(res.headers.get("content-type")).toMatch(/^application\/scim\+json/);
  });

  it("is rate-limited per client (429 + Retry-After, SCIM error)", async () => {
    const b = backend({ scim: { rateLimit: { max: 1, windowMs: 30_000 } } });
    await call(b, "/scim/v2/ServiceProviderConfig");
    const res = await call(b, "/scim/v2/ServiceProviderConfig");
    expect(res.status).toBe(429);
    expect(res.headers.get("retry-after")).toBe("30");
    expect(await res.json()).toMatchObject({ status: "429" });
  });
});
