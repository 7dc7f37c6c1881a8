import { http, HttpResponse } from "msw";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { NormalizedField } from "../contract/types";
import { en } from "../en";
import { postSignup } from "./postSignup";

const URL = "http://localhost/register";
const fields: NormalizedField[] = [
  {
    key: "f0",
    name: "email",
    path: ["email"],
    label: "Email",
    required: true,
    kind: "email",
    visible: true,
    defaultValue: "",
  },
];
const account = { href: "https://api/accounts/1", email: "ada@example.com", status: "ENABLED" };
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => {
  server.resetHandlers();
  vi.useRealTimers();
});
afterAll(() => server.close());

const post = (body: Record<string, unknown> = { email: "ada@example.com" }, extra = {}) =>
  postSignup(URL, body, { fields, messages: en, ...extra });

describe("postSignup", () => {
  it("POSTs JSON with Accept: application/json and returns the account on 200", async () => {
    let seen: { headers: Headers; body: unknown; credentials: string } | undefined;
    server.use(
      http.post(URL, async ({ request }) => {
        seen = {
          headers: request.headers,
          body: await request.json(),
          credentials: request.credentials,
        };
        return HttpResponse.json({ account });
      }),
    );
    const outcome = await post(
      { email: "ada@example.com", password: " pw " },
      { credentials: "include" },
    );
    expect(outcome).toEqual({ ok: true, result: { account, status: "ENABLED" } });
    expect(seen?.headers.get("content-type")).toBe("application/json");
    expect(seen?.headers.get("accept")).toBe("application/json");
    expect(seen?.body).toEqual({ email: "ada@example.com", password: " pw " });
    expect(seen?.credentials).toBe("include");
  });

  it("returns Location on 201", async () => {
    server.use(
      http.post(URL, () =>
        HttpResponse.json(
          { account: { ...account, status: "UNVERIFIED" } },
          { status: 201, headers: { Location: "/accounts/1" } },
        ),
      ),
    );
    expect(await post()).toEqual({
      ok: true,
      result: {
        account: { ...account, status: "UNVERIFIED" },
        status: "UNVERIFIED",
        location: "/accounts/1",
      },
    });
  });

  it.each([
    ["HTML", () => HttpResponse.html("<p>Welcome!</p>")],
    ["wrong shape", () => HttpResponse.json({ ok: true })],
    ["empty 204", () => new HttpResponse(null, { status: 204 })],
  ])("treats a 2xx with a %s body as an error", async (_label, resolver) => {
    server.use(http.post(URL, resolver));
    const outcome = await post();
    expect(outcome).toMatchObject({
      ok: false,
      error: { kind: "server", formError: en.unexpectedSuccess },
    });
  });

  it("maps error responses", async () => {
    server.use(
      http.post(URL, () =>
        HttpResponse.json(
          { status: 409, message: "An account with that email already exists." },
          { status: 409 },
        ),
      ),
    );
    expect(await post()).toMatchObject({
      ok: false,
      error: {
        kind: "conflict",
        fieldErrors: { f0: "An account with that email already exists." },
      },
    });
  });

  it("is never retried: a network failure is reported once, with the uncertain message", async () => {
    let calls = 0;
    server.use(http.post(URL, () => (calls++, HttpResponse.error())));
    expect(await post()).toMatchObject({
      ok: false,
      error: { kind: "network", message: en.networkUncertain, timedOut: false },
    });
    expect(calls).toBe(1);
  });

  it("times out", async () => {
    vi.useFakeTimers();
    const fetch = vi.fn(
      (_url: RequestInfo | URL, init?: RequestInit) =>
        new Promise<Response>((_resolve, reject) => {
          init?.signal?.addEventListener("abort", () => reject(init.signal?.reason));
        }),
    );
    const promise = post(undefined, { fetch, timeout: 5_000 });
    await vi.advanceTimersByTimeAsync(5_000);
    expect(await promise).toMatchObject({
      ok: false,
      error: { kind: "network", timedOut: true, message: en.networkUncertain },
    });
    expect(fetch).toHaveBeenCalledTimes(1);
  });
});
