import { createHash } from "node:crypto";
import { http, HttpResponse, delay } from "msw";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { createScreener, type ScreeningHost } from "./screener";
import type { FieldNote } from "../hooks/submitSeam";
import type { PasswordScreeningOptions } from "./types";

const BREACHED = "password123";
const CLEAN = "violet anchor tundra lamp";
const hash = (text: string) => createHash("sha1").update(text).digest("hex").toUpperCase();
const server = setupServer();
const prefixes: string[] = [];
const signals: AbortSignal[] = [];
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => {
  server.resetHandlers();
  prefixes.length = 0;
  signals.length = 0;
});
afterAll(() => server.close());

function range(wait = 0) {
  server.use(
    http.get("http://range.test/range/:prefix", async ({ params, request }) => {
      const prefix = String(params.prefix);
      prefixes.push(prefix);
      signals.push(request.signal);
      if (wait) await delay(wait);
      const breached = hash(BREACHED);
      const lines = ["0".repeat(35) + ":0"];
      if (breached.startsWith(prefix)) lines.push(`${breached.slice(5)}:2500`);
      return HttpResponse.text(lines.join("\r\n"));
    }),
  );
}

function host(options: PasswordScreeningOptions = {}) {
  const state = { value: "", note: undefined as FieldNote | undefined, focused: 0 };
  const screening: ScreeningHost = {
    options: () => ({ endpoint: "http://range.test/range/", debounce: 20, ...options }),
    password: () => state.value,
    show: (note) => {
      state.note = note;
    },
    focus: () => {
      state.focused++;
    },
  };
  const screener = createScreener(screening);
  const type = (value: string) => {
    state.value = value;
    screener.change(value);
  };
  return { state, screener, type };
}

describe("createScreener", () => {
  it("checks after the person stops typing, once, and shows the breach on the field", async () => {
    range();
    const { state, type } = host();
    for (const partial of ["p", "pa", "pass", "password1", BREACHED]) type(partial);
    await vi.waitFor(() => expect(state.note?.blocking).toBe(true));
    expect(state.note?.text).toMatch(/appeared in a data breach/);
    expect(prefixes).toEqual([hash(BREACHED).slice(0, 5)]);
  });

  it("blocks submit on a match, reusing the finished check (no second request)", async () => {
    range();
    const { state, screener, type } = host();
    type(BREACHED);
    await vi.waitFor(() => expect(state.note).toBeDefined());
    const verdict = await screener.guard();
    expect(verdict).toMatchObject({ ok: false, name: "password" });
    verdict.focus?.();
    expect(state.focused).toBe(1);
    expect(prefixes).toHaveLength(1);
  });

  it("checks at submit when typing never paused long enough", async () => {
    range();
    const { state, screener, type } = host({ debounce: 10_000 });
    type(BREACHED);
    await expect(screener.guard()).resolves.toMatchObject({ ok: false });
    expect(state.note?.blocking).toBe(true);
    type(CLEAN);
    expect(state.note).toBeUndefined();
    await expect(screener.guard()).resolves.toMatchObject({ ok: true });
    expect(prefixes).toHaveLength(2);
  });

  it("warn mode shows the message and lets submit through", async () => {
    range();
    const { state, screener, type } = host({
      mode: "warn",
      messages: { breachedWarn: "Careful!" },
    });
    type(BREACHED);
    await expect(screener.guard()).resolves.toMatchObject({ ok: true });
    expect(state.note).toEqual({ text: "Careful!", blocking: false });
  });

  it("cancels the running check when the value changes", async () => {
    range(300);
    const { state, type } = host({ debounce: 0 });
    type(BREACHED);
    await vi.waitFor(() => expect(prefixes).toHaveLength(1));
    expect(signals[0]?.aborted).toBe(false);
    type(CLEAN);
    expect(signals[0]?.aborted).toBe(true);
    await vi.waitFor(() => expect(prefixes).toHaveLength(2));
    await delay(450);
    // The breached answer for the old value never shows.
    expect(state.note).toBeUndefined();
    expect(signals[1]?.aborted).toBe(false);
  });

  it("fails open with a development warning on an error or a timeout, and retries at submit", async () => {
    const warned = vi.spyOn(console, "warn").mockImplementation(() => {});
    server.use(http.get("http://range.test/range/:prefix", () => HttpResponse.error()));
    const { state, screener, type } = host({ timeout: 50 });
    type(BREACHED);
    await vi.waitFor(() => expect(warned).toHaveBeenCalled());
    expect(String(warned.mock.calls[0]?.[0])).toMatch(/unavailable \(network\).*not blocked/);
    expect(state.note).toBeUndefined();
    await expect(screener.guard()).resolves.toMatchObject({ ok: true });
    server.use(
      http.get("http://range.test/range/:prefix", async () => {
        await delay(1000);
        return HttpResponse.text("");
      }),
    );
    await expect(screener.guard()).resolves.toMatchObject({ ok: true });
    expect(String(warned.mock.calls.at(-1)?.[0])).toMatch(/unavailable \(timeout\)/);
    // Nothing the person typed, nor its hash, is logged.
    const logged = JSON.stringify(warned.mock.calls);
    expect(logged).not.toContain(BREACHED);
    expect(logged.toUpperCase()).not.toContain(hash(BREACHED).slice(5));
  });

  it("passes an empty password and stops after dispose", async () => {
    range();
    const { screener, type } = host();
    await expect(screener.guard()).resolves.toMatchObject({ ok: true });
    type(BREACHED);
    screener.dispose();
    await delay(60);
    expect(prefixes).toEqual([]);
  });
});
