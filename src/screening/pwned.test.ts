import { createHash } from "node:crypto";
import { http, HttpResponse, delay } from "msw";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { DEFAULT_RANGE_ENDPOINT, lookupPassword, matchRange, rangeUrl, sha1Hex } from "./pwned";

const PASSWORD = "correct horse battery staple";
// Computed independently of the code under test.
const HASH = createHash("sha1").update(PASSWORD, "utf8").digest("hex").toUpperCase();
const PREFIX = HASH.slice(0, 5);
const SUFFIX = HASH.slice(5);
const RANGE = "http://range.test/range/";

/** `n` random padding lines (count 0), as the real API sends them. */
const padding = (n: number) =>
  Array.from(
    { length: n },
    () =>
      `${Array.from({ length: 35 }, () => "0123456789ABCDEF"[Math.floor(Math.random() * 16)]).join("")}:0`,
  );

interface Seen {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: string;
  credentials: RequestCredentials;
}
const seen: Seen[] = [];
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => {
  server.resetHandlers();
  seen.length = 0;
  vi.useRealTimers();
});
afterAll(() => server.close());

/** A range endpoint that records every request exactly as it arrived. */
function serve(answer: (prefix: string) => Response | Promise<Response>) {
  server.use(
    http.all("http://range.test/*", async ({ request }) => {
      seen.push({
        url: request.url,
        method: request.method,
        headers: Object.fromEntries(request.headers),
        body: await request.text(),
        credentials: request.credentials,
      });
      return answer(new URL(request.url).pathname.split("/").pop() ?? "");
    }),
  );
}

describe("sha1Hex / rangeUrl / matchRange", () => {
  it("hashes UTF-8 like Pwned Passwords (upper-case hex)", async () => {
    await expect(sha1Hex(PASSWORD)).resolves.toBe(HASH);
    const unicode = "pässwörd 🔑";
    await expect(sha1Hex(unicode)).resolves.toBe(
      createHash("sha1").update(unicode, "utf8").digest("hex").toUpperCase(),
    );
  });

  it("builds the range URL with or without a {prefix} placeholder", () => {
    expect(rangeUrl(DEFAULT_RANGE_ENDPOINT, "ABCDE")).toBe(
      "https://api.pwnedpasswords.com/range/ABCDE",
    );
    expect(rangeUrl("/range", "ABCDE")).toBe("/range/ABCDE");
    expect(rangeUrl("/api/pwned/{prefix}?v=1", "ABCDE")).toBe("/api/pwned/ABCDE?v=1");
  });

  it("finds the suffix case-insensitively, with CRLF, and ignores padded count-0 lines", () => {
    const body = [...padding(10), `${SUFFIX.toLowerCase()}:42`, ...padding(10)].join("\r\n");
    expect(matchRange(body, SUFFIX)).toBe(42);
    // The same suffix sent as padding (count 0) is not a breach.
    expect(matchRange([`${SUFFIX}:0`, ...padding(5)].join("\n"), SUFFIX)).toBe(0);
    expect(matchRange(padding(20).join("\n"), SUFFIX)).toBe(0);
    expect(matchRange("", SUFFIX)).toBe(0);
    expect(matchRange("<html>blocked</html>", SUFFIX)).toBeUndefined();
  });
});

describe("lookupPassword", () => {
  it("sends only the 5-character prefix: never the password or the full hash", async () => {
    serve(() => HttpResponse.text(padding(5).join("\r\n")));
    await expect(lookupPassword(PASSWORD, { endpoint: RANGE })).resolves.toEqual({
      status: "clean",
    });
    expect(seen).toHaveLength(1);
    const request = seen[0]!;
    expect(request.method).toBe("GET");
    expect(request.url).toBe(`http://range.test/range/${PREFIX}`);
    expect(request.body).toBe("");
    const everything = JSON.stringify(request).toUpperCase();
    expect(everything).not.toContain(SUFFIX);
    expect(everything).not.toContain(HASH);
    expect(everything).not.toContain(PASSWORD.toUpperCase());
    expect(everything).not.toContain(encodeURIComponent(PASSWORD).toUpperCase());
    // The prefix is the only hash material: exactly 5 upper-case hex characters.
    expect(new URL(request.url).pathname.split("/").pop()).toMatch(/^[0-9A-F]{5}$/);
  });

  it("asks for padding and sends no credentials", async () => {
    serve(() => HttpResponse.text(""));
    await lookupPassword(PASSWORD, { endpoint: RANGE });
    expect(seen[0]?.headers["add-padding"]).toBe("true");
    expect(seen[0]?.headers.cookie).toBeUndefined();
    expect(seen[0]?.headers.authorization).toBeUndefined();
    expect(seen[0]?.credentials).toBe("omit");
  });

  it("reports a match in a padded response with its count", async () => {
    serve((prefix) =>
      HttpResponse.text(
        prefix === PREFIX
          ? [...padding(400), `${SUFFIX}:3861493`, ...padding(400)].join("\r\n")
          : padding(800).join("\r\n"),
      ),
    );
    await expect(lookupPassword(PASSWORD, { endpoint: RANGE })).resolves.toEqual({
      status: "breached",
      count: 3861493,
    });
  });

  it("fails open on a 500, a blocked request, a network error, garbage and a timeout", async () => {
    serve(() => new HttpResponse("oops", { status: 500 }));
    await expect(lookupPassword(PASSWORD, { endpoint: RANGE })).resolves.toEqual({
      status: "unavailable",
      reason: "http",
    });
    serve(() => new HttpResponse(null, { status: 403 }));
    await expect(lookupPassword(PASSWORD, { endpoint: RANGE })).resolves.toMatchObject({
      status: "unavailable",
    });
    serve(() => HttpResponse.error());
    await expect(lookupPassword(PASSWORD, { endpoint: RANGE })).resolves.toEqual({
      status: "unavailable",
      reason: "network",
    });
    serve(() => HttpResponse.html("<html>captive portal</html>"));
    await expect(lookupPassword(PASSWORD, { endpoint: RANGE })).resolves.toEqual({
      status: "unavailable",
      reason: "format",
    });
    serve(async () => {
      await delay(2000);
      return HttpResponse.text(`${SUFFIX}:1`);
    });
    const started = Date.now();
    await expect(lookupPassword(PASSWORD, { endpoint: RANGE, timeout: 50 })).resolves.toEqual({
      status: "unavailable",
      reason: "timeout",
    });
    expect(Date.now() - started).toBeLessThan(1500);
  });

  it("rejects (does not report unavailable) when the caller cancels", async () => {
    serve(async () => {
      await delay(2000);
      return HttpResponse.text("");
    });
    const controller = new AbortController();
    const pending = lookupPassword(PASSWORD, { endpoint: RANGE, signal: controller.signal });
    await vi.waitFor(() => expect(seen).toHaveLength(1));
    controller.abort(new DOMException("changed", "AbortError"));
    await expect(pending).rejects.toMatchObject({ name: "AbortError" });
  });

  it("uses a custom fetch when given", async () => {
    const fetcher = vi.fn(async () => new Response(`${SUFFIX}:7`));
    await expect(
      lookupPassword(PASSWORD, { endpoint: "/range/", fetch: fetcher as typeof fetch }),
    ).resolves.toEqual({ status: "breached", count: 7 });
    expect(fetcher).toHaveBeenCalledWith(`/range/${PREFIX}`, expect.any(Object));
  });
});
