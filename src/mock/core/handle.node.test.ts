// backend.handle(): the fetch handler a framework mounts as is (a route handler
// cannot return Response.error() nor pass a request on).
import { describe, expect, it } from "vitest";
import { createMockBackend } from "./backend";
import { createPbkdf2Hasher } from "./hasher";

const BASE = "http://app.test";
const backend = () => createMockBackend({}, { hasher: createPbkdf2Hasher(1000) });
const json = { accept: "application/json", "content-type": "application/json" };

describe("MockBackend.handle", () => {
  it("answers a path that is not the mock's with a JSON 404", async () => {
    const response = await backend().handle(new Request(`${BASE}/elsewhere`));
    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    expect(await response.json()).toEqual({ status: 404, message: "Not found." });
    const outside = await backend().handle(new Request(`${BASE}/register`), {
      basePath: "/api/mock",
    });
    expect(outside.status).toBe(404);
  });

  it("serves the routes under a base path", async () => {
    const response = await backend().handle(
      new Request(`${BASE}/api/mock/register`, { headers: { accept: "application/json" } }),
      { basePath: "/api/mock" },
    );
    expect(response.status).toBe(200);
    expect(await response.json()).toHaveProperty("form.fields");
  });

  it("sends network-error as a response whose body fails, never Response.error()", async () => {
    const b = backend();
    const response = await b.handle(
      new Request(`${BASE}/register`, {
        method: "POST",
        headers: { ...json, "x-mock-scenario": "network-error" },
        body: JSON.stringify({ email: "ada@example.com", password: "correct horse battery" }),
      }),
    );
    expect(response.type).not.toBe("error");
    expect(response.status).toBe(502);
    await expect(response.text()).rejects.toThrow(/network-error/);
    expect(b.accounts()).toHaveLength(0);
  });
});
