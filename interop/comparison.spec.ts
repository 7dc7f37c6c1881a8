// The same HTTP exchanges against real express-stormpath 3.2.0 (the `compare`
// configuration) and against `signup-kit-mock --style stormpath` configured
// alike: statuses and bodies must match once ids, hrefs and timestamps are
// normalised. Prints the comparison table; one test per scenario.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, request, test, type APIRequestContext } from "@playwright/test";
import { PASSWORD, app, origins } from "./support";

interface Exchange {
  status: number;
  /** `json`, `html` or the raw content type. */
  type: string;
  body: unknown;
}

/** A difference the layer accepts, and why. It is applied to both sides before comparing. */
interface Accepted {
  reason: string;
  apply: (body: unknown) => unknown;
}

interface Scenario {
  name: string;
  /** Runs against one server (a fresh cookie jar per server). */
  run: (api: APIRequestContext, origin: string) => Promise<Exchange>;
  /** Compare only status and content type (an HTML page differs by design). */
  statusOnly?: boolean;
  accepted?: Accepted;
}

const JSON_ACCEPT = { accept: "application/json" };
// The same addresses for both servers (each has its own store).
const RUN = Date.now().toString(36);
const address = (tag: string) => `${tag}.${RUN}@example.com`;
const EMAIL = address("compare");
const valid = {
  givenName: "Ada",
  surname: "Lovelace",
  email: EMAIL,
  password: PASSWORD,
  confirmPassword: PASSWORD,
  favoriteColor: "blue",
};

async function exchange(
  response: Awaited<ReturnType<APIRequestContext["get"]>>,
): Promise<Exchange> {
  const contentType = response.headers()["content-type"] ?? "";
  const type = contentType.includes("json")
    ? "json"
    : contentType.includes("html")
      ? "html"
      : contentType;
  const text = await response.text();
  let body: unknown = text;
  if (type === "json") {
    try {
      body = JSON.parse(text);
    } catch {
      body = text;
    }
  }
  return { status: response.status(), type, body: normalise(body) };
}

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:?\d{2})$/;
/** The account members both servers must agree on; the rest are listed, not compared. */
const ACCOUNT_CORE = [
  "href",
  "username",
  "email",
  "givenName",
  "middleName",
  "surname",
  "fullName",
  "status",
];

/** Objects with their keys sorted, so that member order does not count. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === "object")
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([key, item]) => [key, canonical(item)]),
    );
  return value;
}

/** Drops the listed account members before comparing (they are shown in the table). */
function withoutOtherMembers(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutOtherMembers);
  if (value && typeof value === "object")
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([key]) => key !== "(other members)")
        .map(([key, item]) => [key, withoutOtherMembers(item)]),
    );
  return value;
}

function normalise(value: unknown, key = ""): unknown {
  if (Array.isArray(value)) return value.map((item) => normalise(item));
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>);
    if (key === "account") {
      const account = Object.fromEntries(entries);
      // A member the REST API sends as null (middleName) reads the same as an absent one.
      const core = Object.fromEntries(
        ACCOUNT_CORE.filter((name) => name in account && account[name] !== null).map((name) => [
          name,
          normalise(account[name], name),
        ]),
      );
      const others = entries
        .filter(([name, item]) => !ACCOUNT_CORE.includes(name) || item === null)
        .map(([name, item]) => (item === null ? `${name}=null` : name));
      return { ...core, "(other members)": others.sort().join(", ") || "none" };
    }
    return Object.fromEntries(entries.map(([name, item]) => [name, normalise(item, name)]));
  }
  if (typeof value === "string") {
    if (key === "href" || /^https?:\/\//.test(value)) return "<href>";
    if (ISO_TIME.test(value)) return "<time>";
  }
  return value;
}

const post = (api: APIRequestContext, origin: string, data: Record<string, unknown>) =>
  api.post(`${origin}/register`, { headers: JSON_ACCEPT, data }).then(exchange);

const scenarios: Scenario[] = [
  {
    name: "GET /register (Accept: application/json)",
    run: (api, origin) => api.get(`${origin}/register`, { headers: JSON_ACCEPT }).then(exchange),
    accepted: {
      reason:
        "the mock also declares the password length policy (minLength/maxLength), which the kit reads",
      apply: (body) => {
        const fields =
          (body as { form?: { fields?: Array<Record<string, unknown>> } }).form?.fields ?? [];
        for (const field of fields) {
          if (field.type === "password") {
            delete field.minLength;
            delete field.maxLength;
          }
        }
        return body;
      },
    },
  },
  {
    name: "GET /register (Accept: */*)",
    run: (api, origin) =>
      api.get(`${origin}/register`, { headers: { accept: "*/*" } }).then(exchange),
    statusOnly: true,
  },
  {
    name: "POST missing required field (givenName)",
    run: (api, origin) =>
      post(api, origin, { ...valid, givenName: undefined, email: address("missing") }),
  },
  {
    name: "POST confirmPassword mismatch",
    run: (api, origin) =>
      post(api, origin, { ...valid, confirmPassword: `${PASSWORD}-x`, email: address("mm") }),
  },
  {
    name: "POST unknown key consent",
    run: (api, origin) =>
      post(api, origin, { ...valid, email: address("c1"), consent: { termsVersion: "2026-01" } }),
  },
  {
    name: "POST unknown key captchaToken",
    run: (api, origin) =>
      post(api, origin, {
        ...valid,
        email: address("c2"),
        captchaToken: "10000000-aaaa-bbbb-cccc-000000000001",
      }),
  },
  {
    name: "POST unknown key customData.consent",
    run: (api, origin) =>
      post(api, origin, {
        ...valid,
        email: address("c3"),
        customData: { consent: { termsVersion: "2026-01" } },
      }),
  },
  {
    name: "POST required custom field inside customData",
    run: (api, origin) =>
      post(api, origin, {
        ...valid,
        email: address("cd"),
        favoriteColor: undefined,
        customData: { favoriteColor: "blue" },
      }),
  },
  {
    name: "POST customData.nickname nested inside customData",
    run: (api, origin) =>
      post(api, origin, { ...valid, email: address("nested"), customData: { nickname: "Ada" } }),
  },
  {
    name: "POST customData.nickname at the root under its configured name",
    run: (api, origin) =>
      post(api, origin, { ...valid, email: address("dotted"), "customData.nickname": "Ada" }),
  },
  {
    name: "POST urlencoded customData[nickname] (bracket form)",
    run: (api, origin) =>
      api
        .post(`${origin}/register`, {
          headers: JSON_ACCEPT,
          form: { ...valid, email: address("form-bracket"), "customData[nickname]": "Ada" },
        })
        .then(exchange),
  },
  {
    name: "POST urlencoded customData.nickname (dotted name)",
    run: (api, origin) =>
      api
        .post(`${origin}/register`, {
          headers: JSON_ACCEPT,
          form: { ...valid, email: address("form-dotted"), "customData.nickname": "Ada" },
        })
        .then(exchange),
  },
  {
    name: "POST urlencoded consent.termsVersion (a dotted name is one key)",
    run: (api, origin) =>
      api
        .post(`${origin}/register`, {
          headers: JSON_ACCEPT,
          form: { ...valid, email: address("form-consent-dotted"), "consent.termsVersion": "v1" },
        })
        .then(exchange),
  },
  {
    name: "POST urlencoded consent[locale] without its terms part",
    run: (api, origin) =>
      api
        .post(`${origin}/register`, {
          headers: JSON_ACCEPT,
          form: { ...valid, email: address("form-consent-part"), "consent[locale]": "en" },
        })
        .then(exchange),
  },
  {
    name: "POST urlencoded a repeated name (its values collected)",
    run: (api, origin) =>
      api
        .post(`${origin}/register`, {
          headers: { ...JSON_ACCEPT, "content-type": "application/x-www-form-urlencoded" },
          data: `${new URLSearchParams({ ...valid, email: address("form-repeated") }).toString()}&favoriteColor=red&favoriteColor=blue`,
        })
        .then(exchange),
  },
  {
    name: "POST urlencoded with a _csrf field",
    run: (api, origin) =>
      api
        .post(`${origin}/register`, {
          headers: JSON_ACCEPT,
          form: { ...valid, email: address("form-csrf"), _csrf: "token" },
        })
        .then(exchange),
  },
  {
    name: "POST success",
    run: (api, origin) => post(api, origin, valid),
  },
  {
    name: "POST duplicate email",
    run: (api, origin) => post(api, origin, valid),
  },
  {
    name: "POST custom field of another type (number)",
    run: (api, origin) =>
      post(api, origin, { ...valid, email: address("typed"), favoriteColor: 42 }),
  },
  {
    name: "POST custom field as empty string",
    run: (api, origin) =>
      post(api, origin, { ...valid, email: address("empty"), favoriteColor: "" }),
  },
  {
    name: "POST urlencoded without CSRF token",
    run: (api, origin) =>
      api
        .post(`${origin}/register`, {
          headers: JSON_ACCEPT,
          form: { ...valid, email: address("form") },
        })
        .then(exchange),
  },
  {
    name: "POST urlencoded from a browser (Accept: text/html first)",
    run: async (api, origin) => {
      const response = await api.post(`${origin}/register`, {
        headers: {
          accept: "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
        },
        form: { ...valid, email: address("browser") },
        maxRedirects: 0,
      });
      const result = await exchange(response);
      return { ...result, body: { location: response.headers().location ?? null } };
    },
  },
  {
    name: "POST urlencoded from a browser, refused (missing givenName)",
    run: async (api, origin) => {
      const { givenName: _, ...rest } = valid;
      const response = await api.post(`${origin}/register`, {
        headers: { accept: "text/html" },
        form: { ...rest, email: address("browser-refused") },
        maxRedirects: 0,
      });
      return exchange(response);
    },
    // Each server renders its own page; the status and the content type must match.
    statusOnly: true,
  },
  {
    name: "GET /me without a session",
    run: (api, origin) => api.get(`${origin}/me`, { headers: JSON_ACCEPT }).then(exchange),
  },
  {
    name: "POST /login wrong password",
    run: (api, origin) =>
      api
        .post(`${origin}/login`, {
          headers: JSON_ACCEPT,
          data: { login: EMAIL, password: `${PASSWORD}-x` },
        })
        .then(exchange),
  },
  {
    name: "POST /login",
    run: (api, origin) =>
      api
        .post(`${origin}/login`, {
          headers: JSON_ACCEPT,
          data: { login: EMAIL, password: PASSWORD },
        })
        .then(exchange),
  },
  {
    name: "GET /me after /login",
    run: (api, origin) => api.get(`${origin}/me`, { headers: JSON_ACCEPT }).then(exchange),
  },
];

/** Both bodies as compared: accepted differences applied, listed members dropped, keys sorted. */
function comparable(scenario: Scenario, result: Exchange): string {
  const body = structuredClone(result.body);
  const applied = scenario.accepted ? scenario.accepted.apply(body) : body;
  return JSON.stringify(canonical(withoutOtherMembers(applied)));
}

function same(scenario: Scenario, real: Exchange, mock: Exchange): boolean {
  if (real.status !== mock.status || real.type !== mock.type) return false;
  return scenario.statusOnly || comparable(scenario, real) === comparable(scenario, mock);
}

/** The listed account members of a body (`undefined` without an account). */
function otherMembers(body: unknown): string[] | undefined {
  const account = (body as { account?: Record<string, unknown> } | null)?.account;
  const listed = account?.["(other members)"];
  return typeof listed === "string"
    ? listed.split(", ").filter((name) => name !== "none")
    : undefined;
}

/**
 * The accepted differences of one exchange, with their reasons: the scenario's
 * own, and account members beyond the compared core that differ (listed, not
 * compared: the mock keeps its own account record, not the REST API's resource).
 */
function acceptedNotes(scenario: Scenario, real: Exchange, mock: Exchange): string[] {
  const notes = scenario.accepted ? [scenario.accepted.reason] : [];
  const realMembers = otherMembers(real.body);
  const mockMembers = otherMembers(mock.body);
  if (realMembers && mockMembers) {
    const realOnly = realMembers.filter((name) => !mockMembers.includes(name));
    const mockOnly = mockMembers.filter((name) => !realMembers.includes(name));
    if (realOnly.length + mockOnly.length > 0)
      notes.push(
        `account members outside the compared core differ (the mock's own account record, not the REST API's resource): express-stormpath only ${realOnly.join(", ") || "none"}; mock only ${mockOnly.join(", ") || "none"}`,
      );
  }
  return notes;
}

function cell(result: Exchange, statusOnly?: boolean): string {
  const body =
    statusOnly || typeof result.body !== "object" ? result.type : JSON.stringify(result.body);
  return `${result.status} ${body}`.replace(/\|/g, "\\|");
}

type Results = Record<string, { real: Exchange; mock: Exchange } | { error: string }>;

// Written by the first test, read by the others (a failed test restarts the worker).
const resultsFile = fileURLToPath(
  new URL("../test-results/interop-comparison.json", import.meta.url),
);

function table(results: Results): string {
  const rows = scenarios.map((scenario) => {
    const result = results[scenario.name];
    if (!result || "error" in result)
      return `| ${scenario.name} | (failed: ${result?.error ?? "not run"}) | | NO |`;
    const notes = acceptedNotes(scenario, result.real, result.mock);
    const verdict = same(scenario, result.real, result.mock)
      ? notes.length > 0
        ? `yes (accepted: ${notes.join("; ")})`
        : "yes"
      : "NO";
    return `| ${scenario.name} | ${cell(result.real, scenario.statusOnly)} | ${cell(result.mock, scenario.statusOnly)} | ${verdict} |`;
  });
  return [
    "| scenario | express-stormpath 3.2.0 | signup-kit-mock --style stormpath | same? |",
    "|---|---|---|---|",
    ...rows,
  ].join("\n");
}

test.describe("express-stormpath 3.2.0 and signup-kit-mock --style stormpath answer alike", () => {
  test("every scenario runs against both servers (prints the comparison table)", async () => {
    rmSync(resultsFile, { force: true });
    const results: Results = {};
    const real = await request.newContext();
    const mock = await request.newContext();
    try {
      for (const scenario of scenarios) {
        try {
          results[scenario.name] = {
            real: await scenario.run(real, app("compare")),
            mock: await scenario.run(mock, origins().compareMock),
          };
        } catch (error) {
          results[scenario.name] = {
            error: error instanceof Error ? error.message : String(error),
          };
        }
      }
    } finally {
      await Promise.all([real.dispose(), mock.dispose()]);
    }
    mkdirSync(dirname(resultsFile), { recursive: true });
    writeFileSync(resultsFile, JSON.stringify(results, null, 2));
    console.log(`\n${table(results)}\n`);
    const failed = Object.entries(results).filter(([, result]) => "error" in result);
    expect(failed, "scenarios that could not run").toEqual([]);
  });

  for (const scenario of scenarios) {
    test(`same answer: ${scenario.name}`, () => {
      expect(existsSync(resultsFile), "the exchanges ran first").toBe(true);
      const result = (JSON.parse(readFileSync(resultsFile, "utf8")) as Results)[scenario.name];
      if (!result || "error" in result) throw new Error(`not run: ${result?.error ?? "missing"}`);
      expect.soft(result.mock.status, "status").toBe(result.real.status);
      expect.soft(result.mock.type, "content type").toBe(result.real.type);
      if (!scenario.statusOnly) {
        expect(JSON.parse(comparable(scenario, result.mock)), "body").toEqual(
          JSON.parse(comparable(scenario, result.real)),
        );
      }
    });
  }
});
