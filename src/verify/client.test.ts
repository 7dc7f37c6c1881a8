import { describe, expect, it, vi } from "vitest";
import { verifyEmailToken } from "./client";
import { parseRetryAfter } from "../core/retryAfter";
import { requestVerificationEmail, retryAfterSeconds } from "./resendClient";

const ok = (status = 200, body: BodyInit | null = null, headers: HeadersInit = {}) =>
  vi.fn<typeof fetch>(() => Promise.resolve(new Response(body, { status, headers })));

describe("verifyEmailToken", () => {
  it("sends GET with the token as sptoken and JSON accepted; any 2xx is verified", async () => {
    const fetch = ok(200);
    expect(await verifyEmailToken("http://api.test/verify", "a b", { fetch })).toEqual({
      kind: "verified",
    });
    const [url, init] = fetch.mock.calls[0] ?? [];
    expect(url).toBe("http://api.test/verify?sptoken=a+b");
    expect(init?.method).toBe("GET");
    expect(new Headers(init?.headers).get("accept")).toBe("application/json");
  });

  it("tells expired, used and invalid apart", async () => {
    const problem = (type: string) =>
      ok(400, JSON.stringify({ type }), { "content-type": "application/problem+json" });
    expect(
      await verifyEmailToken("/verify", "t", {
        fetch: problem("urn:signup-kit:problem:verification-token-expired"),
      }),
    ).toEqual({ kind: "expired", status: 400 });
    expect(
      await verifyEmailToken("/verify", "t", {
        fetch: problem("urn:signup-kit:problem:verification-token-used"),
      }),
    ).toEqual({ kind: "used", status: 400 });
    expect(await verifyEmailToken("/verify", "t", { fetch: ok(400, "<html>") })).toEqual({
      kind: "invalid",
      status: 400,
    });
  });

  it("reports server trouble, rate limits and network failures without guessing", async () => {
    expect(await verifyEmailToken("/verify", "t", { fetch: ok(502) })).toEqual({
      kind: "error",
      reason: "server",
      status: 502,
    });
    expect(
      await verifyEmailToken("/verify", "t", { fetch: ok(429, null, { "retry-after": "7" }) }),
    ).toEqual({ kind: "rate-limited", status: 429, retryAfter: 7 });
    const down = vi.fn<typeof fetch>(() => Promise.reject(new TypeError("Failed to fetch")));
    expect(await verifyEmailToken("/verify", "t", { fetch: down })).toEqual({
      kind: "error",
      reason: "network",
    });
  });

  it("times out", async () => {
    const hang = vi.fn<typeof fetch>(
      (_url, init) =>
        new Promise((_resolve, reject) =>
          init?.signal?.addEventListener("abort", () => reject(new DOMException("", "AbortError"))),
        ),
    );
    expect(await verifyEmailToken("/verify", "t", { fetch: hang, timeout: 20 })).toEqual({
      kind: "error",
      reason: "timeout",
    });
  });
});

describe("requestVerificationEmail", () => {
  it("posts exactly { login } as JSON", async () => {
    const fetch = ok(202);
    expect(await requestVerificationEmail("/verify", "ada@example.com", { fetch })).toEqual({
      kind: "sent",
    });
    const init = fetch.mock.calls[0]?.[1];
    expect(init?.method).toBe("POST");
    expect(init?.body).toBe('{"login":"ada@example.com"}');
    expect(new Headers(init?.headers).get("content-type")).toBe("application/json");
  });

  it("honours Retry-After on 429 and names other failures", async () => {
    expect(
      await requestVerificationEmail("/verify", "a", {
        fetch: ok(429, null, { "retry-after": "42" }),
      }),
    ).toEqual({ kind: "rate-limited", status: 429, retryAfter: 42 });
    expect(await requestVerificationEmail("/verify", "a", { fetch: ok(400) })).toEqual({
      kind: "error",
      reason: "refused",
      status: 400,
    });
    expect(await requestVerificationEmail("/verify", "a", { fetch: ok(500) })).toEqual({
      kind: "error",
      reason: "server",
      status: 500,
    });
  });
});

describe("retryAfterSeconds (the resend step's copy of parseRetryAfter)", () => {
  it("agrees with parseRetryAfter", () => {
    const now = Date.now();
    const date = new Date(now + 120_000).toUTCString();
    for (const value of [null, "", "0", "1", "45", "99999", " 7 ", "soon", "-5", "1.5", date])
      expect(retryAfterSeconds(value), String(value)).toBe(parseRetryAfter(value, now));
  });
});
