// The stormpath style reads an urlencoded POST exactly as express-stormpath
// 3.2.0 does: its body parser calls `qs.parse(text)` with qs's defaults. The
// mock calls qs too; the qs express-stormpath itself resolves is the oracle
// (the two may be different copies): each body of the table is read by the
// mock's reader and posted over HTTP, and the result must equal what that qs
// makes of the same text.
import { createRequire } from "node:module";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resolveConfig } from "../core/resolve";
import { parseStormpathForm } from "../core/stormpath-rules";
import { startMockServer, type RunningMockServer } from "./standalone";

// The qs express-stormpath itself resolves, wherever the package manager put it.
const fromStormpath = createRequire(createRequire(import.meta.url).resolve("express-stormpath"));
const qs = fromStormpath("qs") as { parse(text: string): unknown };

/** A plain JSON copy: no prototypes, no holes, so both sides compare as data. */
const data = (value: unknown): unknown => JSON.parse(JSON.stringify(value)) as unknown;

const many = (count: number, key = (index: number) => `k${index}`) =>
  Array.from({ length: count }, (_, index) => `${key(index)}=${index}`).join("&");

const table: Array<[what: string, body: string]> = [
  ["a dotted name stays one key", "consent.termsVersion=2026-01&customData.plan=team"],
  ["a dotted name inside brackets stays whole", "a[b.c]=d&x.y[z]=1"],
  ["brackets nest", "customData[plan]=team&consent[termsVersion]=2026-01&consent[locale]=en"],
  ["brackets after a dotted key", "customData.terms[termsVersion]=2026-01"],
  ["encoded brackets nest too", "a%5Bb%5D=c&d%5bE%5d=f"],
  ["a[]= appends", "a[]=1&a[]=2&a[]=3"],
  ["indices, holes closed", "a[1]=b&a[3]=c&a[0]=z"],
  ["index 19 is an index, 20 a key", "a[19]=x&b[20]=y&c[100]=z"],
  ["mixed [] and an index", "a[]=1&a[5]=2"],
  ["a repeated key collects an array", "a=1&a=2&a=3&b=x"],
  ["a repeated key past 20 values", many(23, () => "a")],
  ["[] past 20 values", many(22, () => "a[]")],
  ["depth 5, the rest one literal key", "a[b][c][d][e][f][g][h]=i"],
  ["exactly depth 5", "a[b][c][d][e][f]=g"],
  ["an unterminated bracket", "a[b=c&d[e[f]=g"],
  ["nested brackets in a segment", "a[b[c]]=d"],
  ["a[b] after a string value", "a=x&a[b]=y"],
  ["a string after a[b]", "a[b]=y&a=x"],
  ["a string, a[b], another string", "a[b]=y&a=x&a=z"],
  ["an array meets an object", "a[0]=x&a[k]=y"],
  ["an object meets an array", "a[k]=y&a[]=x"],
  ["arrays of objects", "a[0][b]=1&a[0][c]=2&a[1][b]=3"],
  ["no = is an empty value", "flag&a=&b"],
  ["empty keys and pairs are dropped", "=x&&a=1&=&"],
  ["plus is a space, escapes decode", "name=Ada+Lovelace&note=%E2%9C%93+ok&key%20x=1"],
  ["a broken escape stays as it is", "a=%E2%28&b%ZZ=1&c=100%"],
  ["= inside a value", "a=b=c&d[e]=f=g"],
  [
    "prototype names are dropped",
    "toString=1&__proto__[x]=2&a[hasOwnProperty]=3&constructor=4&b[__proto__]=5",
  ],
  ["a key that starts with a bracket", "[a]=1&[]=2"],
  ["the 1000-pair limit (empty pairs count)", `a=1${"&".repeat(999)}&b=2&c=3`],
  ["numeric root keys", "2=b&1=a&x=y"],
  ["a checkbox posted empty, as react-stormpath does", "newsletter=&givenName=Ada"],
];

/** The mock's own reader, with no consent key declared (nothing is reshaped). */
const noConsent = resolveConfig({ style: "stormpath", consent: { enabled: false } });
const parseQs = (body: string) => parseStormpathForm(body, noConsent);

describe("the mock's reader: qs.parse with qs's defaults, as express-stormpath resolves it", () => {
  it.each(table)("%s", (_, body) => {
    expect(data(parseQs(body))).toEqual(data(qs.parse(body)));
  });

  it("reads the empty body as no keys, and keeps the first 1000 pairs", () => {
    expect(data(parseQs(""))).toEqual(data(qs.parse("")));
    const long = many(1003);
    expect(Object.keys(parseQs(long))).toHaveLength(1000);
    expect(data(parseQs(long))).toEqual(data(qs.parse(long)));
  });
});

describe("stormpath style: an urlencoded POST over HTTP", () => {
  let server: RunningMockServer;
  beforeAll(async () => {
    server = await startMockServer({ port: 0, scryptCost: 1024, config: { style: "stormpath" } });
  });
  afterAll(() => server.close());

  const send = (body: string): Promise<Response> =>
    fetch(`${server.url}/register`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", accept: "application/json" },
      body,
    });

  it.each(table)("%s: the mock reads what qs reads", async (_, body) => {
    const res = await send(body);
    await res.body?.cancel();
    expect(res.status).toBe(400);
    const logged = server.backend.requests().at(-1)?.body;
    expect(data(logged)).toEqual(data(qs.parse(body)));
  });

  const ada = {
    givenName: "Ada",
    surname: "Lovelace",
    email: "ada@example.com",
    password: "correct horse battery staple",
  };

  it("an undeclared consent key is refused even without its terms part", async () => {
    const res = await send(
      new URLSearchParams({
        ...ada,
        "consent[locale]": "en",
        "consent[termsUrl]": "/terms",
      }).toString(),
    );
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      status: 400,
      message: "consent is not a configured registration field.",
    });
  });

  it("a _csrf field is a key like any other, refused as express-stormpath refuses it", async () => {
    const res = await send(
      new URLSearchParams({ ...ada, email: "csrf@example.com", _csrf: "token" }).toString(),
    );
    expect(await res.json()).toEqual({
      status: 400,
      message: "_csrf is not a configured registration field.",
    });
  });

  it("reads the first 1000 pairs only, empty ones included", async () => {
    // The four fields, then empty pairs, then an unknown key as pair 1000 or 1001.
    const withUnknownAt = (position: number) =>
      `${new URLSearchParams(ada).toString()}${"&".repeat(position - 4)}nickname=Ada`;
    const refused = await send(withUnknownAt(1000));
    expect(await refused.json()).toEqual({
      status: 400,
      message: "nickname is not a configured registration field.",
    });
    const created = await send(withUnknownAt(1001));
    expect(created.status).toBe(200);
    await created.body?.cancel();
  });

  it("a dotted consent name is one unknown key, refused as express-stormpath refuses it", async () => {
    const declared = await startMockServer({
      port: 0,
      scryptCost: 1024,
      config: { style: "stormpath", consent: { enabled: true } },
    });
    try {
      const res = await fetch(`${declared.url}/register`, {
        method: "POST",
        headers: {
          "content-type": "application/x-www-form-urlencoded",
          accept: "application/json",
        },
        body: new URLSearchParams({ ...ada, "consent.termsVersion": "2026-01" }),
      });
      expect(res.status).toBe(400);
      expect(await res.json()).toEqual({
        status: 400,
        message: "consent.termsVersion is not a configured registration field.",
      });
      expect(declared.backend.consents()).toEqual([]);
    } finally {
      await declared.close();
    }
  });
});
