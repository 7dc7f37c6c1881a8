import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { lookupPassword } from "../../screening/pwned";
import { startMockServer, type RunningMockServer } from "../node/standalone";
import { LATEST_OFFSET_MINUTES, checkAgeRule, resolveAgeGate } from "./age-rule";
import { createMockBackend, type MockBackend } from "./backend";
import type { MockConfig } from "./config";
import { createPbkdf2Hasher } from "./hasher";
import { COMMON_BREACHED_PASSWORDS } from "./pwned-range";

const BASE = "http://mock.test";
const sha1 = (text: string) => createHash("sha1").update(text, "utf8").digest("hex").toUpperCase();
const fast = createPbkdf2Hasher(1000);
const backend = (config: MockConfig = {}, now?: () => number): MockBackend =>
  createMockBackend(config, { hasher: fast, ...(now ? { now } : {}) });

async function call(b: MockBackend, path: string, init: RequestInit = {}): Promise<Response> {
  const response = await b.respond(new Request(`${BASE}${path}`, init));
  if (!response) throw new Error(`not handled: ${path}`);
  return response;
}
const register = (b: MockBackend, body: unknown) =>
  call(b, "/register", {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json" },
    body: JSON.stringify(body),
  });
const ada = {
  givenName: "Ada",
  surname: "Lovelace",
  email: "ada@example.com",
  password: "violet anchor tundra lamp",
};
const lines = (text: string) => text.split("\r\n").filter(Boolean);

describe("GET /range/{prefix}", () => {
  it("answers SUFFIX:COUNT lines including a breached password's suffix", async () => {
    const hash = sha1("password123");
    const res = await call(backend(), `/range/${hash.slice(0, 5)}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/plain/);
    const body = lines(await res.text());
    expect(body.every((line) => /^[0-9A-F]{35}:\d+$/.test(line))).toBe(true);
    const entry = body.find((line) => line.startsWith(hash.slice(5)));
    expect(Number(entry?.split(":")[1])).toBeGreaterThan(0);
  });

  it("pads with count-0 lines to at least the padding size when Add-Padding: true", async () => {
    const b = backend();
    const hash = sha1("password123");
    const unpadded = lines(await (await call(b, `/range/${hash.slice(0, 5)}`)).text());
    expect(unpadded.every((line) => !line.endsWith(":0"))).toBe(true);
    const padded = lines(
      await (
        await call(b, `/range/${hash.slice(0, 5)}`, { headers: { "Add-Padding": "true" } })
      ).text(),
    );
    expect(padded.length).toBeGreaterThanOrEqual(800);
    expect(padded.length).toBeLessThanOrEqual(1000 + unpadded.length);
    expect(padded.filter((line) => line.endsWith(":0")).length).toBeGreaterThanOrEqual(
      800 - unpadded.length,
    );
    for (const line of unpadded) expect(padded).toContain(line);
    // An empty range is padded too, so the size says nothing.
    const empty = lines(
      await (await call(b, "/range/00000", { headers: { "Add-Padding": "true" } })).text(),
    );
    expect(empty.length).toBeGreaterThanOrEqual(800);
    expect(empty.every((line) => line.endsWith(":0"))).toBe(true);
  });

  it("refuses a prefix that is not 5 hex characters (400), and other methods (405)", async () => {
    const b = backend();
    for (const bad of ["ABCD", "ABCDEF", "GHIJK", "ABCD%20", "", "ABCDE/x"])
      expect((await call(b, `/range/${bad}`)).status, bad).toBe(400);
    expect((await call(b, "/range/abcde")).status).toBe(200);
    expect((await call(b, "/range/ABCDE", { method: "POST" })).status).toBe(405);
  });

  it("follows the configuration: path, padding size, extra passwords, off", async () => {
    const b = backend({
      passwordScreening: { path: "/pwned", padding: 10, passwords: ["hunter2 hunter2"] },
    });
    const hash = sha1("hunter2 hunter2");
    const text = await (
      await call(b, `/pwned/${hash.slice(0, 5)}`, { headers: { "add-padding": "true" } })
    ).text();
    expect(lines(text).length).toBeGreaterThanOrEqual(10);
    expect(text).toContain(hash.slice(5));
    expect(await b.respond(new Request(`${BASE}/range/${hash.slice(0, 5)}`))).toBeUndefined();
    const off = backend({ passwordScreening: { enabled: false } });
    expect(await off.respond(new Request(`${BASE}/range/ABCDE`))).toBeUndefined();
    expect((await register(off, { ...ada, password: "hunter2 hunter2" })).status).toBe(200);
  });
});

describe("POST /register and the breached list agree", () => {
  it("refuses every password the range endpoint reports, with the reason and guidance", async () => {
    const b = backend({ passwordScreening: { passwords: ["Tr0ub4dor&3"] } });
    for (const password of ["Tr0ub4dor&3", "Football", "P@ssw0rd"]) {
      const res = await register(b, { ...ada, password });
      expect(res.status, password).toBe(400);
      const body = (await res.json()) as { message: string };
      // The blocklist (case-insensitive) answers first for its own entries; same guidance.
      expect(body.message).toMatch(
        /(appeared in a data breach|breached passwords).*(unrelated words|several unrelated)/,
      );
    }
    expect(b.audit().map((event) => event.reason)).toContain("password-breached");
    expect((await register(b, ada)).status).toBe(200);
  });

  it("the client's lookup against the mock matches the server's decision", async () => {
    const b = backend();
    const fetcher = (async (input: RequestInfo | URL, init?: RequestInit) =>
      (await b.respond(new Request(new URL(String(input), BASE), init))) ??
      new Response(null, { status: 404 })) as typeof fetch;
    const sample = [...COMMON_BREACHED_PASSWORDS.filter((p) => p.length >= 8).slice(0, 8)];
    for (const password of [...sample, "violet anchor tundra lamp"]) {
      const client = await lookupPassword(password, { endpoint: "/range/", fetch: fetcher });
      const server = await register(backend(), {
        ...ada,
        email: `${Math.random().toString(36).slice(2)}@example.com`,
        password,
      });
      expect(client.status === "breached", password).toBe(server.status === 400);
    }
  });
});

describe("the age gate", () => {
  // Modern style: the kit posts the default `customData.birthdate` nested, which a
  // Stormpath server (and the stormpath style) refuses; there, use a root field name.
  // 10:30 UTC on 14 June 2026: 15 June in UTC+14.
  const now = () => Date.parse("2026-06-14T10:30:00Z");

  it("declares the birthdate field and enforces the minimum age", async () => {
    const b = backend({ style: "modern", ageGate: { minimumAge: 16 } }, now);
    const vm = (await (
      await call(b, "/register", { headers: { accept: "application/json" } })
    ).json()) as { form: { fields: Array<{ name: string; type: string; required: boolean }> } };
    // The gate's field follows the declared fields (only the declared consent key comes after it).
    expect(vm.form.fields.filter((f) => f.name !== "consent").at(-1)).toMatchObject({
      name: "customData.birthdate",
      type: "date",
      required: true,
    });
    const under = await register(b, { ...ada, "customData.birthdate": "2010-06-16" });
    expect(under.status).toBe(422);
    expect(((await under.json()) as { detail: string }).detail).toMatch(/at least 16/);
    expect((await register(b, { ...ada, "customData.birthdate": "2010-02-30" })).status).toBe(400);
    expect((await register(b, ada)).status).toBe(400);
    // The birthday has started in UTC+14: a browser there accepted it, so does the server.
    expect((await register(b, { ...ada, "customData.birthdate": "2010-06-15" })).status).toBe(201);
  });

  it("confirm mode: a required checkbox", async () => {
    const b = backend({ style: "modern", ageGate: { minimumAge: 13, mode: "confirm" } }, now);
    expect((await register(b, { ...ada, "customData.ageConfirmed": false })).status).toBe(400);
    expect((await register(b, { ...ada, "customData.ageConfirmed": true })).status).toBe(201);
  });

  it("checkAgeRule reads the latest calendar date on Earth (UTC+14)", () => {
    const gate = resolveAgeGate({ minimumAge: 16 })!;
    expect(LATEST_OFFSET_MINUTES).toBe(840);
    expect(checkAgeRule("2010-06-16", gate, now())?.reason).toBe("under-age");
    expect(checkAgeRule("2010-06-15", gate, now())).toBeUndefined();
    expect(checkAgeRule("2030-01-01", gate, now())?.reason).toBe("implausible-birthdate");
    expect(() => resolveAgeGate({ minimumAge: -1 })).toThrow();
    expect(() => resolveAgeGate({ minimumAge: 16, field: "a.b" })).toThrow();
  });
});

describe("over HTTP (the standalone server)", () => {
  let server: RunningMockServer;
  beforeAll(async () => {
    server = await startMockServer({ port: 0, scryptCost: 1024 });
  });
  afterAll(() => server.close());

  it("serves a padded range and a client lookup works against it", async () => {
    const res = await fetch(`${server.url}/range/${sha1("password").slice(0, 5)}`, {
      headers: { "Add-Padding": "true" },
    });
    expect(res.status).toBe(200);
    expect(lines(await res.text()).length).toBeGreaterThanOrEqual(800);
    await expect(
      lookupPassword("password", { endpoint: `${server.url}/range/` }),
    ).resolves.toMatchObject({ status: "breached" });
    await expect(
      lookupPassword("violet anchor tundra lamp", { endpoint: `${server.url}/range/` }),
    ).resolves.toEqual({ status: "clean" });
    expect((await fetch(`${server.url}/range/xyz`)).status).toBe(400);
  });
});
