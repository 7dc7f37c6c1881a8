import { afterEach, describe, expect, it, vi } from "vitest";
import { readClient } from "./client";

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("the registration access token", () => {
  it("is never sent to a plain-http registration_client_uri from the server", async () => {
    const fetch = vi.fn(async () => Response.json({ client_id: "c1" }));
    const outcome = await readClient("http://evil.test/c/1", "rat-secret", { fetch });
    expect(fetch).not.toHaveBeenCalled();
    expect(outcome).toEqual({ ok: false, failure: { kind: "unexpected", status: 0 } });
  });

  it("goes over https, to loopback http, and to the page's own origin", async () => {
    const fetch = vi.fn(async () => Response.json({ client_id: "c1", redirect_uris: [] }));
    for (const uri of [
      "https://auth.example.com/oauth/register/c1",
      "http://127.0.0.1:4010/oauth/register/c1",
      "/oauth/register/c1",
    ]) {
      await readClient(uri, "rat-secret", { fetch });
    }
    expect(fetch).toHaveBeenCalledTimes(3);
    const headers = (fetch.mock.calls[0] as unknown as [string, RequestInit])[1].headers;
    expect(headers).toMatchObject({ authorization: "Bearer rat-secret" });
  });
});
