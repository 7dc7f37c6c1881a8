// Node, not jsdom: real WHATWG streams, as in browsers.
import { describe, expect, it } from "vitest";
import type { NormalizedField } from "../contract/types";
import { en } from "../en";
import { createMockBackend } from "../mock/core/backend";
import { createPbkdf2Hasher } from "../mock/core/hasher";
import { postSignup } from "./postSignup";

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

describe("postSignup, body cut off", () => {
  it("reports a body that fails after the head as a network failure (the account may exist)", async () => {
    const backend = createMockBackend({}, { hasher: createPbkdf2Hasher(1000) });
    const fetch = (input: RequestInfo | URL, init?: RequestInit) =>
      backend.handle(
        new Request(new URL(String(input), "http://localhost"), {
          ...init,
          headers: {
            ...(init?.headers as Record<string, string>),
            "x-mock-scenario": "network-error",
          },
        }),
      );
    const outcome = await postSignup(
      "/register",
      { email: "ada@example.com" },
      { fields, messages: en, fetch },
    );
    expect(outcome).toMatchObject({
      ok: false,
      error: { kind: "network", message: en.networkUncertain },
    });
  });
});
