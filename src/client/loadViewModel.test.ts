import { http, HttpResponse } from "msw";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { MAX_BODY_BYTES } from "../contract/schema";
import { LoadError, loadViewModel } from "./loadViewModel";

const URL = "http://localhost/register";
const viewModel = {
  form: { fields: [{ name: "email", label: "Email", type: "email", required: true }] },
};
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => {
  server.resetHandlers();
  vi.useRealTimers();
});
afterAll(() => server.close());

const failure = async (promise: Promise<unknown>): Promise<LoadError> => {
  try {
    await promise;
  } catch (error) {
    if (error instanceof LoadError) return error;
    throw error;
  }
  throw new Error("expected a LoadError");
};

describe("loadViewModel", () => {
  it("GETs with Accept: application/json, credentials and headers", async () => {
    let seen: Request | undefined;
    server.use(http.get(URL, ({ request }) => ((seen = request), HttpResponse.json(viewModel))));
    await expect(loadViewModel(URL, { headers: { "X-Tenant": "t1" } })).resolves.toEqual(viewModel);
    expect(seen?.headers.get("accept")).toBe("application/json");
    expect(seen?.headers.get("x-tenant")).toBe("t1");
    expect(seen?.credentials).toBe("same-origin");
  });

  it("refuses an HTML 200", async () => {
    server.use(http.get(URL, () => HttpResponse.html("<html>login</html>")));
    const error = await failure(loadViewModel(URL));
    expect(error.reason).toBe("not-json");
    expect(error.message).toBe("the endpoint did not return a JSON view model");
  });

  it("refuses invalid JSON and the wrong shape", async () => {
    server.use(
      http.get(
        URL,
        () => new HttpResponse("{nope", { headers: { "content-type": "application/json" } }),
      ),
    );
    expect((await failure(loadViewModel(URL))).reason).toBe("not-json");
    server.use(http.get(URL, () => HttpResponse.json({ form: { fields: "x" } })));
    const error = await failure(loadViewModel(URL));
    expect(error.reason).toBe("invalid");
    expect(error.message).toContain("form.fields");
  });

  it("refuses a body above the size limit", async () => {
    const big = JSON.stringify({ form: { fields: [] }, pad: "x".repeat(MAX_BODY_BYTES) });
    server.use(
      http.get(
        URL,
        () => new HttpResponse(big, { headers: { "content-type": "application/json" } }),
      ),
    );
    expect((await failure(loadViewModel(URL))).reason).toBe("too-large");
  });

  it("retries 5xx with backoff, at most 3 tries", async () => {
    let calls = 0;
    server.use(http.get(URL, () => (calls++, new HttpResponse(null, { status: 503 }))));
    const error = await failure(loadViewModel(URL, { backoff: 1 }));
    expect(error).toMatchObject({ reason: "http", status: 503 });
    expect(calls).toBe(3);
  });

  it("retries network errors and succeeds", async () => {
    let calls = 0;
    server.use(
      http.get(URL, () => (++calls < 3 ? HttpResponse.error() : HttpResponse.json(viewModel))),
    );
    await expect(loadViewModel(URL, { backoff: 1 })).resolves.toEqual(viewModel);
    expect(calls).toBe(3);
  });

  it("does not retry 4xx", async () => {
    let calls = 0;
    server.use(http.get(URL, () => (calls++, new HttpResponse(null, { status: 404 }))));
    expect((await failure(loadViewModel(URL, { backoff: 1 }))).status).toBe(404);
    expect(calls).toBe(1);
  });

  it("waits with exponential backoff and jitter between tries", async () => {
    vi.useFakeTimers();
    const starts: number[] = [];
    const fetch = vi.fn(async () => {
      starts.push(Date.now());
      throw new TypeError("Failed to fetch");
    });
    const promise = failure(loadViewModel(URL, { fetch, backoff: 100, random: () => 0.5 }));
    await vi.runAllTimersAsync();
    const error = await promise;
    expect(error.reason).toBe("network");
    expect(fetch).toHaveBeenCalledTimes(3);
    // 100 + 50 jitter, then 200 + 100 jitter.
    expect([starts[1]! - starts[0]!, starts[2]! - starts[1]!]).toEqual([150, 300]);
  });

  it("times out (default 10 s) and retries the timeout", async () => {
    vi.useFakeTimers();
    const fetch = vi.fn(
      (_url: RequestInfo | URL, init?: RequestInit) =>
        new Promise<Response>((_resolve, reject) => {
          init?.signal?.addEventListener("abort", () => reject(init.signal?.reason));
        }),
    );
    const promise = failure(loadViewModel(URL, { fetch, backoff: 1 }));
    await vi.advanceTimersByTimeAsync(9_999);
    expect(fetch).toHaveBeenCalledTimes(1);
    await vi.runAllTimersAsync();
    expect((await promise).reason).toBe("timeout");
    expect(fetch).toHaveBeenCalledTimes(3);
  });

  it("stops at once when the caller aborts", async () => {
    const controller = new AbortController();
    const fetch = vi.fn(
      (_url: RequestInfo | URL, init?: RequestInit) =>
        new Promise<Response>((_resolve, reject) => {
          init?.signal?.addEventListener("abort", () =>
            reject(new DOMException("aborted", "AbortError")),
          );
        }),
    );
    const promise = failure(loadViewModel(URL, { fetch, signal: controller.signal }));
    controller.abort();
    expect((await promise).reason).toBe("aborted");
    expect(fetch).toHaveBeenCalledTimes(1);
  });
});
