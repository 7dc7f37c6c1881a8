// When the lazily loaded dialect mapping (core/serverError) cannot load, a failed
// POST still gets a status-based outcome with generic text and the countdown.
import { http, HttpResponse } from "msw";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { NormalizedField } from "../contract/types";
import { en } from "../en";
import { postSignup } from "./postSignup";

vi.mock("../core/serverError", () => {
  throw new Error("chunk failed to load");
});

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
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const postAnswered = async (response: () => Response) => {
  server.use(http.post(URL, response));
  const outcome = await postSignup(URL, { email: "a@b.co" }, { fields, messages: en });
  if (outcome.ok || outcome.error.kind === "network") throw new Error("expected a server error");
  return outcome.error;
};

describe("postSignup without the dialect mapping", () => {
  it("still succeeds on 201", async () => {
    server.use(
      http.post(URL, () =>
        HttpResponse.json({ account: { href: "h", email: "a@b.co", status: "ENABLED" } }),
      ),
    );
    const outcome = await postSignup(URL, {}, { fields, messages: en });
    expect(outcome.ok).toBe(true);
  });

  it("maps 5xx to the generic message and never shows the body", async () => {
    const error = await postAnswered(() => HttpResponse.text("<h1>Boom</h1>", { status: 502 }));
    expect(error).toMatchObject({ kind: "server", status: 502, formError: en.serverError });
  });

  it("keeps the Retry-After countdown for 429", async () => {
    const error = await postAnswered(() =>
      HttpResponse.json(
        { message: "slow down" },
        { status: 429, headers: { "Retry-After": "12" } },
      ),
    );
    expect(error).toMatchObject({
      kind: "rate-limited",
      retryAfter: 12,
      formError: "Too many attempts. Try again in 12 seconds.",
    });
  });

  it("gives 4xx a generic form error, 409 the conflict message", async () => {
    const bad = await postAnswered(() => HttpResponse.json({ message: "x" }, { status: 400 }));
    expect(bad).toMatchObject({
      kind: "validation",
      formError: en.invalidRequest,
      fieldErrors: {},
    });
    const taken = await postAnswered(() => HttpResponse.json({}, { status: 409 }));
    expect(taken).toMatchObject({ kind: "conflict", formError: en.conflict });
  });
});
