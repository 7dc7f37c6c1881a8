// SCIM 2.0 conformance of the mock's /scim/v2, over real HTTP: SCIMMY (an
// independent SCIM library) checks every resource, list and error body
// against the RFC 7643/7644 schemas, and a table of filters holds the
// results RFC 7644 §3.4.2.2 requires (SCIMMY's own filter matching ignores
// caseExact and accepts malformed filters, so the table is the oracle).
import SCIMMY from "scimmy";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SCIM_DEV_TOKEN } from "../core/scim";
import { startMockServer, type RunningMockServer } from "./standalone";

const USER = "urn:ietf:params:scim:schemas:core:2.0:User";
const LIST = "urn:ietf:params:scim:api:messages:2.0:ListResponse";
const ERROR = "urn:ietf:params:scim:api:messages:2.0:Error";
const PATCH = "urn:ietf:params:scim:api:messages:2.0:PatchOp";
const auth = { authorization: `Bearer ${SCIM_DEV_TOKEN}`, accept: "application/scim+json" };

let server: RunningMockServer;
const ids: Record<string, string> = {};

async function scim(path: string, init: RequestInit = {}): Promise<Response> {
  return fetch(`${server.url}/scim/v2${path}`, {
    ...init,
    headers: {
      ...auth,
      ...(init.body ? { "content-type": "application/scim+json" } : {}),
      ...(init.headers as Record<string, string>),
    },
  });
}

/** A User body as SCIMMY reads it: coercing must neither throw nor drop anything. */
function checkUser(body: unknown): void {
  const coerced = SCIMMY.Schemas.User.definition.coerce(body as Record<string, unknown>, "out");
  expect(JSON.parse(JSON.stringify(coerced))).toEqual(body);
}

/** A ListResponse as SCIMMY reads it, with every resource a valid User. */
function checkList(body: Record<string, unknown>): void {
  expect(body.schemas).toEqual([LIST]);
  const list = new SCIMMY.Messages.ListResponse(body as never);
  expect(list.totalResults).toBe(body.totalResults);
  for (const user of body.Resources as unknown[]) checkUser(user);
}

/** An Error body as SCIMMY reads it: exactly the Error schema, a status and scimType it accepts. */
async function checkError(res: Response, status: number, scimType?: string): Promise<void> {
  expect(res.status).toBe(status);
  expect(res.headers.get("content-type")).toMatch(/^application\/scim\+json/);
  const body = (await res.json()) as Record<string, unknown>;
  expect(body.schemas).toEqual([ERROR]);
  expect(body.status).toBe(String(status));
  expect(body.scimType).toBe(scimType);
  const { schemas: _schemas, ...rest } = body;
  expect(() => new SCIMMY.Messages.Error(rest as never)).not.toThrow();
}

async function create(body: Record<string, unknown>): Promise<string> {
  const res = await scim("/Users", { method: "POST", body: JSON.stringify(body) });
  expect(res.status).toBe(201);
  const user = (await res.json()) as { id: string };
  checkUser(user);
  return user.id;
}

beforeAll(async () => {
  server = await startMockServer({ port: 0, scryptCost: 1024 });
  ids.grace = await create({
    schemas: [USER],
    userName: "grace@example.com",
    externalId: "ExtA",
    name: { givenName: "Grace", familyName: "Hopper" },
    emails: [{ value: "grace@example.com", type: "work", primary: true }],
  });
  ids.ada = await create({
    schemas: [USER],
    userName: "ADA@example.com",
    externalId: "exta",
    name: { givenName: "Ada" },
    displayName: "Countess",
    emails: [{ value: "ada@example.com", type: "home" }],
    active: false,
  });
  const signup = await fetch(`${server.url}/register`, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json" },
    body: JSON.stringify({
      givenName: "Alan",
      surname: "Turing",
      email: "alan@example.org",
      password: "correct horse battery staple",
    }),
  });
  expect(signup.status).toBe(200);
  ids.nobody = await create({ schemas: [USER], userName: "nobody@example.net" });
});

afterAll(async () => {
  await server.close();
});

describe("SCIM conformance, checked by SCIMMY", () => {
  it("discovery: ServiceProviderConfig and ResourceTypes match the RFC 7643 schemas", async () => {
    const spc = (await (await scim("/ServiceProviderConfig")).json()) as Record<string, unknown>;
    expect(() =>
      SCIMMY.Schemas.ServiceProviderConfig.definition.coerce(spc as never, "out"),
    ).not.toThrow();
    expect(spc).toMatchObject({
      patch: { supported: true },
      sort: { supported: true },
      etag: { supported: true },
      filter: { supported: true },
    });
    const types = (await (await scim("/ResourceTypes")).json()) as Record<string, unknown>;
    expect(types.schemas).toEqual([LIST]);
    for (const type of types.Resources as never[])
      expect(() => SCIMMY.Schemas.ResourceType.definition.coerce(type, "out")).not.toThrow();
  });

  it("/Schemas advertises only attributes SCIMMY's User schema also defines", async () => {
    const body = (await (await scim(`/Schemas/${USER}`)).json()) as {
      attributes: Array<{ name: string; subAttributes?: Array<{ name: string }> }>;
    };
    for (const attribute of body.attributes) {
      const known = SCIMMY.Schemas.User.definition.attribute(attribute.name);
      for (const sub of attribute.subAttributes ?? [])
        expect(known.subAttributes?.map((s: { name: string }) => s.name)).toContain(sub.name);
    }
  });

  it("users, one at a time and as a ListResponse, paged and sorted", async () => {
    for (const id of Object.values(ids)) {
      const res = await scim(`/Users/${id}`);
      expect(res.status).toBe(200);
      checkUser(await res.json());
    }
    const page = (await (
      await scim("/Users?startIndex=2&count=2&sortBy=userName&sortOrder=descending")
    ).json()) as Record<string, unknown>;
    checkList(page);
    expect(page).toMatchObject({ totalResults: 4, startIndex: 2, itemsPerPage: 2 });
    expect((page.Resources as Array<{ userName: string }>).map((u) => u.userName)).toEqual([
      "grace@example.com",
      "alan@example.org",
    ]);
  });

  it("PUT, PATCH (a SCIMMY PatchOp) and DELETE round-trip", async () => {
    const id = await create({ schemas: [USER], userName: "temp@example.com" });
    const patch = {
      schemas: [PATCH],
      Operations: [{ op: "add", path: "displayName", value: "T" }],
    };
    expect(() => new SCIMMY.Messages.PatchOp(patch as never)).not.toThrow();
    const patched = await scim(`/Users/${id}`, { method: "PATCH", body: JSON.stringify(patch) });
    expect(patched.status).toBe(200);
    const user = (await patched.json()) as Record<string, unknown>;
    checkUser(user);
    expect(user.displayName).toBe("T");
    const put = await scim(`/Users/${id}`, {
      method: "PUT",
      body: JSON.stringify({ schemas: [USER], userName: "temp2@example.com" }),
    });
    expect(put.status).toBe(200);
    checkUser(await put.json());
    expect((await scim(`/Users/${id}`, { method: "DELETE" })).status).toBe(204);
    await checkError(await scim(`/Users/${id}`), 404);
  });

  it("errors are RFC 7644 §3.12 Error messages", async () => {
    await checkError(await scim("/Users?filter=userName%20eq"), 400, "invalidFilter");
    await checkError(
      await scim("/Users", { method: "POST", body: JSON.stringify({ userName: "x@example.com" }) }),
      400,
      "invalidSyntax",
    );
    await checkError(
      await scim("/Users", {
        method: "POST",
        body: JSON.stringify({ schemas: [USER], userName: "Grace@Example.com" }),
      }),
      409,
      "uniqueness",
    );
    await checkError(
      await scim(`/Users/${ids.grace}`, {
        method: "PATCH",
        headers: { "if-match": 'W/"00000000"' },
        body: JSON.stringify({ schemas: [PATCH], Operations: [{ op: "remove", path: "title" }] }),
      }),
      412,
    );
    await checkError(
      await scim(`/Users/${ids.grace}`, {
        method: "PATCH",
        body: JSON.stringify({
          schemas: [PATCH],
          Operations: [{ op: "remove", path: 'emails[type eq "home"]' }],
        }),
      }),
      400,
      "noTarget",
    );
    await checkError(await fetch(`${server.url}/scim/v2/Users`), 401);
    await checkError(await scim("/Users/%E0%A4%A"), 400);
  });
});

// [filter, userNames expected (in creation order), or "invalid" for 400 invalidFilter]
const FILTERS: Array<[string, string[] | "invalid"]> = [
  // userName is not caseExact (RFC 7643 §4.1.1).
  ['userName eq "ada@example.com"', ["ADA@example.com"]],
  ['userName sw "GRACE"', ["grace@example.com"]],
  ['userName ew ".org" or userName ew ".net"', ["alan@example.org", "nobody@example.net"]],
  // externalId, id and meta.resourceType are caseExact (RFC 7643 §3.1).
  ['externalId eq "ExtA"', ["grace@example.com"]],
  ['externalId eq "exta"', ["ADA@example.com"]],
  ['externalId eq "EXTA"', []],
  [
    'meta.resourceType eq "User"',
    ["grace@example.com", "ADA@example.com", "alan@example.org", "nobody@example.net"],
  ],
  ['meta.resourceType eq "user"', []],
  // pr on complex attributes (§3.4.2.2) and on sub-attributes.
  ["name pr", ["grace@example.com", "ADA@example.com", "alan@example.org"]],
  ["not (name pr)", ["nobody@example.net"]],
  ["name.familyName pr", ["grace@example.com", "alan@example.org"]],
  ["displayName pr", ["grace@example.com", "ADA@example.com", "alan@example.org"]],
  ['displayName eq "countess"', ["ADA@example.com"]],
  ['name.formatted eq "Grace Hopper"', ["grace@example.com"]],
  // Multi-valued complex attributes: any value; value paths.
  [
    "emails.primary eq true",
    ["grace@example.com", "ADA@example.com", "alan@example.org", "nobody@example.net"],
  ],
  ['emails.type eq "home"', ["ADA@example.com"]],
  ['emails co "example.org"', ["alan@example.org"]],
  ['emails[type eq "work"]', ["grace@example.com"]],
  ['emails[type eq "WORK"]', ["grace@example.com"]],
  ['emails[type eq "work" or type eq "home"]', ["grace@example.com", "ADA@example.com"]],
  ['emails[type eq "home" and value sw "ada"]', ["ADA@example.com"]],
  ['emails[type eq "work"].value eq "GRACE@example.com"', ["grace@example.com"]],
  // Booleans, dates, logic.
  ["active eq false", ["ADA@example.com"]],
  ['userName eq "grace@example.com" and active eq true', ["grace@example.com"]],
  [
    'meta.created gt "2000-01-01T00:00:00Z"',
    ["grace@example.com", "ADA@example.com", "alan@example.org", "nobody@example.net"],
  ],
  ['meta.lastModified lt "2000-01-01T00:00:00Z"', []],
  ['urn:ietf:params:scim:schemas:core:2.0:User:name.givenName eq "alan"', ["alan@example.org"]],
  // Malformed, or comparisons the attribute's type does not allow: 400 invalidFilter.
  ["userName eq", "invalid"],
  ["userName eq grace", "invalid"],
  ['userName xx "a"', "invalid"],
  ['(userName eq "a"', "invalid"],
  ['userName eq "a" and', "invalid"],
  ['not userName eq "a"', "invalid"],
  ["name.familyName pr extra", "invalid"],
  ['emails[type eq "work"', "invalid"],
  ['emails[value[type eq "x"]]', "invalid"],
  ["active gt true", "invalid"],
  ['active eq "true"', "invalid"],
  ['name eq "Grace"', "invalid"],
  ['nickName eq "x"', "invalid"],
  ['password eq "x"', "invalid"],
  ['meta.created co "2026"', "invalid"],
];

describe("SCIM filters: the results RFC 7644 requires", () => {
  it.each(FILTERS)("%s", async (filter, expected) => {
    const res = await scim(`/Users?filter=${encodeURIComponent(filter)}`);
    if (expected === "invalid") {
      await checkError(res, 400, "invalidFilter");
      return;
    }
    expect(res.status).toBe(200);
    const body = (await res.json()) as Record<string, unknown>;
    checkList(body);
    const names = (body.Resources as Array<{ userName: string }>).map((u) => u.userName);
    expect(names).toEqual(expected);
  });

  it("id is caseExact", async () => {
    const id = ids.grace ?? "";
    const exact = await scim(`/Users?filter=${encodeURIComponent(`id eq "${id}"`)}`);
    expect(((await exact.json()) as { totalResults: number }).totalResults).toBe(1);
    const upper = await scim(`/Users?filter=${encodeURIComponent(`id eq "${id.toUpperCase()}"`)}`);
    expect(((await upper.json()) as { totalResults: number }).totalResults).toBe(
      id === id.toUpperCase() ? 1 : 0,
    );
  });
});
