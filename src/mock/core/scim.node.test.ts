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

  it("answers other methods on /Users with 405 and Allow", async () => {
    const b = backend();
    const res = await scim(b, "/Users", { method: "PUT" });
    expect(res.status).toBe(405);
    expect(res.headers.get("allow")).toBe("GET, POST");
    const one = await scim(b, "/Users/x", { method: "POST" });
    expect(one.status).toBe(405);
    expect(one.headers.get("allow")).toBe("GET, PUT, PATCH, DELETE");
  });

  it("answers malformed percent-encoding in the path with 400, not 500", async () => {
    const b = backend();
    for (const path of ["/Users/%E0%A4%A", "/Users/%zz", "/Schemas/%E0%A4%A"]) {
      const res = await scim(b, path);
      expect(res.status, path).toBe(400);
      expect(await res.json()).toMatchObject({ status: "400" });
    }
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
      patch: { supported: true },
      bulk: { supported: false },
      filter: { supported: true, maxResults: 100 },
      changePassword: { supported: true },
      sort: { supported: true },
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

async function created(b: MockBackend, body: Record<string, unknown> = {}): Promise<ScimUser> {
  const res = await createUser(b, {
    schemas: [USER],
    userName: "grace@example.com",
    name: { givenName: "Grace", familyName: "Hopper" },
    ...body,
  });
  expect(res.status).toBe(201);
  return (await res.json()) as ScimUser;
}

function send(b: MockBackend, method: string, path: string, body: unknown, headers: object = {}) {
  return scim(b, path, {
    method,
    headers: { "content-type": "application/scim+json", ...headers },
    body: JSON.stringify(body),
  });
}

const PATCH_OP = "urn:ietf:params:scim:api:messages:2.0:PatchOp";

describe("SCIM: name.formatted and displayName are separate", () => {
  it("keeps name.formatted when displayName differs", async () => {
    const b = backend();
    const user = await created(b, {
      name: { givenName: "Grace", familyName: "Hopper", formatted: "Rear Admiral Grace Hopper" },
      displayName: "Amazing Grace",
    });
    expect(user.name?.formatted).toBe("Rear Admiral Grace Hopper");
    expect((user as unknown as { displayName: string }).displayName).toBe("Amazing Grace");
  });
});

describe("SCIM: ETag preconditions", () => {
  it("If-None-Match with the current version answers 304 without a body", async () => {
    const b = backend();
    const user = await created(b);
    const res = await scim(b, `/Users/${user.id}`, {
      headers: { "if-none-match": user.meta.version },
    });
    expect(res.status).toBe(304);
    expect(res.headers.get("etag")).toBe(user.meta.version);
    expect(await res.text()).toBe("");
    const other = await scim(b, `/Users/${user.id}`, { headers: { "if-none-match": 'W/"0"' } });
    expect(other.status).toBe(200);
  });

  it("If-Match with an old version refuses PUT, PATCH and DELETE with 412", async () => {
    const b = backend();
    const user = await created(b);
    const stale = { "if-match": 'W/"00000000"' };
    const put = await send(
      b,
      "PUT",
      `/Users/${user.id}`,
      { schemas: [USER], userName: "grace@example.com" },
      stale,
    );
    expect(put.status).toBe(412);
    expect(await put.json()).toMatchObject({ status: "412" });
    const patch = await send(
      b,
      "PATCH",
      `/Users/${user.id}`,
      { schemas: [PATCH_OP], Operations: [{ op: "replace", path: "active", value: false }] },
      stale,
    );
    expect(patch.status).toBe(412);
    const del = await scim(b, `/Users/${user.id}`, { method: "DELETE", headers: stale });
    expect(del.status).toBe(412);
    expect(b.accounts()).toHaveLength(1);
    const ok = await send(
      b,
      "PATCH",
      `/Users/${user.id}`,
      { schemas: [PATCH_OP], Operations: [{ op: "replace", path: "active", value: false }] },
      { "if-match": user.meta.version },
    );
    expect(ok.status).toBe(200);
    const after = (await ok.json()) as ScimUser;
    expect(after.meta.version).not.toBe(user.meta.version);
    expect(ok.headers.get("etag")).toBe(after.meta.version);
  });
});

describe("SCIM: PUT replaces a user", () => {
  it("replaces the attributes, keeps id and created, and stores the change", async () => {
    const b = backend();
    const user = await created(b, { externalId: "x-1" });
    const res = await send(b, "PUT", `/Users/${user.id}`, {
      schemas: [USER],
      id: "ignored",
      userName: "grace.hopper@example.com",
      name: { givenName: "Grace", middleName: "Brewster", familyName: "Hopper" },
      active: false,
    });
    expect(res.status).toBe(200);
    const after = (await res.json()) as ScimUser;
    expect(after).toMatchObject({
      id: user.id,
      userName: "grace.hopper@example.com",
      active: false,
      name: { formatted: "Grace Brewster Hopper", middleName: "Brewster" },
      emails: [{ value: "grace.hopper@example.com", primary: true }],
    });
    expect(after.externalId).toBeUndefined();
    expect(after.meta.created).toBe(user.meta.created);
    const account = b.accounts()[0];
    expect(account).toMatchObject({ email: "grace.hopper@example.com", status: "DISABLED" });
  });

  it("refuses a userName another account holds (409 uniqueness), case-insensitively", async () => {
    const b = backend();
    await signup(b, "ada@example.com");
    const user = await created(b);
    const res = await send(b, "PUT", `/Users/${user.id}`, {
      schemas: [USER],
      userName: "ADA@example.com",
    });
    expect(res.status).toBe(409);
    expect(await res.json()).toMatchObject({ scimType: "uniqueness" });
    expect(
      b
        .accounts()
        .map((a) => a.email)
        .sort(),
    ).toEqual(["ada@example.com", "grace@example.com"]);
  });

  it("answers 404 for an unknown user and 400 for a body without the User schema", async () => {
    const b = backend();
    expect(
      (await send(b, "PUT", "/Users/nope", { schemas: [USER], userName: "a@example.com" })).status,
    ).toBe(404);
    const user = await created(b);
    const res = await send(b, "PUT", `/Users/${user.id}`, { userName: "a@example.com" });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ scimType: "invalidSyntax" });
  });
});

describe("SCIM: PATCH (RFC 7644 §3.5.2)", () => {
  async function patch(b: MockBackend, id: string, ...ops: object[]) {
    return send(b, "PATCH", `/Users/${id}`, { schemas: [PATCH_OP], Operations: ops });
  }

  it("replace with a path, add without one, remove a sub-attribute", async () => {
    const b = backend();
    const user = await created(b);
    const res = await patch(
      b,
      user.id,
      { op: "replace", path: "name.givenName", value: "Amazing" },
      { op: "add", value: { externalId: "okta-7", displayName: "Grace H." } },
      { op: "Remove", path: "name.familyName" },
    );
    expect(res.status).toBe(200);
    const after = (await res.json()) as ScimUser & { displayName: string };
    expect(after.name).toEqual({ givenName: "Amazing", formatted: "Amazing" });
    expect(after.externalId).toBe("okta-7");
    expect(after.displayName).toBe("Grace H.");
    expect(b.accounts()[0]).toMatchObject({ givenName: "Amazing", surname: null });
  });

  it('value paths: emails[type eq "work"].value and emails[…] elements', async () => {
    const b = backend();
    const user = await created(b, { emails: [{ value: "grace@example.com", type: "work" }] });
    const res = await patch(
      b,
      user.id,
      { op: "replace", path: "userName", value: "g.hopper@example.com" },
      { op: "replace", path: 'emails[type eq "work"].value', value: "g.hopper@example.com" },
    );
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      userName: "g.hopper@example.com",
      emails: [{ value: "g.hopper@example.com", type: "work", primary: true }],
    });
    const none = await patch(b, user.id, {
      op: "replace",
      path: 'emails[type eq "home"].value',
      value: "x@example.com",
    });
    expect(none.status).toBe(400);
    expect(await none.json()).toMatchObject({ scimType: "noTarget" });
  });

  it("a new userName carries the email along", async () => {
    const b = backend();
    const user = await created(b);
    const res = await patch(b, user.id, { op: "replace", value: { userName: "gh@example.com" } });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ emails: [{ value: "gh@example.com" }] });
    expect(b.accounts()[0]?.email).toBe("gh@example.com");
  });

  it("refuses bad operations with the scimType RFC 7644 names", async () => {
    const b = backend();
    await signup(b, "ada@example.com");
    const user = await created(b);
    const cases: Array<[object[], number, string]> = [
      [[{ op: "remove" }], 400, "noTarget"],
      [[{ op: "replace", path: "nickName", value: "x" }], 400, "invalidPath"],
      [[{ op: "replace", path: 'emails[type eq "work"', value: "x" }], 400, "invalidPath"],
      [[{ op: "replace", path: "id", value: "x" }], 400, "mutability"],
      [[{ op: "replace", path: "meta.created", value: "x" }], 400, "mutability"],
      [[{ op: "move", path: "active", value: true }], 400, "invalidSyntax"],
      [[{ op: "replace", path: "active", value: "yes" }], 400, "invalidValue"],
      [[{ op: "replace", path: "userName", value: "ada@example.com" }], 409, "uniqueness"],
    ];
    for (const [ops, status, scimType] of cases) {
      const res = await patch(b, user.id, ...ops);
      expect(res.status, JSON.stringify(ops)).toBe(status);
      expect(await res.json()).toMatchObject({ scimType });
    }
    const noSchema = await send(b, "PATCH", `/Users/${user.id}`, { Operations: [] });
    expect(noSchema.status).toBe(400);
    // Nothing was changed by the refused requests.
    const now = (await (await scim(b, `/Users/${user.id}`)).json()) as ScimUser;
    expect(now.meta.version).toBe(user.meta.version);
  });

  it("sets a new password (hashed, never returned)", async () => {
    const b = backend();
    const user = await created(b);
    const res = await patch(b, user.id, {
      op: "replace",
      path: "password",
      value: "another long password",
    });
    expect(res.status).toBe(200);
    expect(JSON.stringify(await res.json())).not.toContain("another long password");
  });
});

describe("SCIM: DELETE", () => {
  it("removes the user: 204, then 404", async () => {
    const b = backend();
    const user = await created(b);
    const res = await scim(b, `/Users/${user.id}`, { method: "DELETE" });
    expect(res.status).toBe(204);
    expect(await res.text()).toBe("");
    expect(b.accounts()).toEqual([]);
    expect((await scim(b, `/Users/${user.id}`)).status).toBe(404);
    // The userName is free again.
    await created(b);
  });
});

describe("SCIM: attributes, excludedAttributes, sortBy and .search", () => {
  it("attributes returns only those (plus id and schemas); excludedAttributes leaves them out", async () => {
    const b = backend();
    const user = await created(b);
    const only = await scim(b, `/Users/${user.id}?attributes=userName,name.givenName`);
    expect(await only.json()).toEqual({
      schemas: [USER],
      id: user.id,
      userName: "grace@example.com",
      name: { givenName: "Grace" },
    });
    const without = (await (
      await scim(b, "/Users?excludedAttributes=emails,meta,id")
    ).json()) as ListResponse;
    expect(without.Resources[0]).not.toHaveProperty("emails");
    expect(without.Resources[0]).not.toHaveProperty("meta");
    expect(without.Resources[0]).toHaveProperty("id");
  });

  it("sortBy and sortOrder order the list; users without the value come last", async () => {
    const b = backend();
    await created(b, { userName: "b@example.com", name: { givenName: "bob" } });
    await created(b, { userName: "a@example.com", name: { givenName: "Carol" } });
    await created(b, { userName: "c@example.com" });
    const asc = await list(b, "?sortBy=name.givenName");
    expect(asc.Resources.map((u) => u.userName)).toEqual([
      "b@example.com",
      "a@example.com",
      "c@example.com",
    ]);
    const desc = await list(b, "?sortBy=userName&sortOrder=descending");
    expect(desc.Resources.map((u) => u.userName)).toEqual([
      "c@example.com",
      "b@example.com",
      "a@example.com",
    ]);
    expect((await scim(b, "/Users?sortBy=userName&sortOrder=up")).status).toBe(400);
    expect((await scim(b, "/Users?sortBy=password")).status).toBe(400);
  });

  it("POST /Users/.search takes the same parameters in a SearchRequest", async () => {
    const b = backend();
    await created(b, { userName: "b@example.com" });
    await created(b, { userName: "a@example.com" });
    const res = await send(b, "POST", "/Users/.search", {
      schemas: ["urn:ietf:params:scim:api:messages:2.0:SearchRequest"],
      filter: 'userName ew "@example.com"',
      sortBy: "userName",
      attributes: ["userName"],
      startIndex: 1,
      count: 1,
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      totalResults: 2,
      itemsPerPage: 1,
      Resources: [{ userName: "a@example.com" }],
    });
    const bad = await send(b, "POST", "/Users/.search", { filter: "x" });
    expect(bad.status).toBe(400);
  });
});
