// The no-JavaScript consent post: the server-rendered <SignupForm> posts the
// ticked terms box as `<consent key>[termsVersion]` (or the older
// `<consent key>.termsVersion`) beside hidden `termsUrl` and `locale` inputs (and
// `marketing` when ticked); parseForm makes them one record under the consent
// key, a root key even when dotted, and stamps `acceptedAt`, which a plain form
// cannot send.
import { describe, expect, it } from "vitest";
import { parseForm } from "./backend";
import { resolveConfig } from "./resolve";

const post = (pairs: Array<[string, string]>) => new URLSearchParams(pairs).toString();

describe("parseForm: the consent record of a plain form", () => {
  const config = resolveConfig({
    style: "modern",
    consent: { required: true, field: "customData.consent" },
  });

  it("nests the ticked terms box and the hidden parts, and stamps acceptedAt", () => {
    const before = Date.now();
    const { body } = parseForm(
      post([
        ["email", "ada@example.com"],
        ["customData.consent.termsVersion", "2026-01"],
        ["customData.consent.termsUrl", "https://example.com/terms"],
        ["customData.consent.locale", "en"],
        ["customData.consent.marketing", "on"],
      ]),
      config,
    );
    const consent = body["customData.consent"] as Record<string, unknown>;
    expect(body.customData).toBeUndefined();
    expect({ ...consent, acceptedAt: undefined }).toEqual({
      termsVersion: "2026-01",
      termsUrl: "https://example.com/terms",
      locale: "en",
      marketing: true,
      acceptedAt: undefined,
    });
    expect(Date.parse(String(consent?.acceptedAt))).toBeGreaterThanOrEqual(before - 1000);
  });

  it("has no consent record when the terms box is not ticked (hidden parts alone)", () => {
    const { body } = parseForm(
      post([
        ["email", "ada@example.com"],
        ["customData.consent.termsUrl", "https://example.com/terms"],
        ["customData.consent.locale", "en"],
      ]),
      config,
    );
    expect(body["customData.consent"]).toBeUndefined();
  });

  it("keeps an acceptedAt the post carries", () => {
    const { body } = parseForm(
      post([
        ["customData.consent.termsVersion", "1"],
        ["customData.consent.acceptedAt", "2026-01-02T03:04:05.000Z"],
      ]),
      config,
    );
    expect(body["customData.consent"]).toMatchObject({
      acceptedAt: "2026-01-02T03:04:05.000Z",
    });
  });
});

describe("parseForm: the bracket form", () => {
  it("reads consent[termsVersion] like consent.termsVersion (modern style, root key)", () => {
    const config = resolveConfig({ style: "modern" });
    const { body } = parseForm(
      post([
        ["consent[termsVersion]", "2026-01"],
        ["consent[locale]", "en"],
        ["consent[marketing]", "on"],
      ]),
      config,
    );
    expect(body.consent).toMatchObject({ termsVersion: "2026-01", locale: "en", marketing: true });
  });

  it("reads a dotted key as one root key and a[b] as nested, as qs does", () => {
    const config = resolveConfig({
      style: "modern",
      consent: { field: "customData.consent" },
      customFields: [{ name: "customData.plan", label: "Plan" }],
    });
    const { body } = parseForm(
      post([
        ["customData.plan", "team"],
        ["customData[nickname]", "Countess"],
        ["customData.consent[termsVersion]", "2026-01"],
      ]),
      config,
    );
    expect(body["customData.plan"]).toBe("team");
    expect(body.customData).toEqual({ nickname: "Countess" });
    expect(body["customData.consent"]).toMatchObject({ termsVersion: "2026-01" });
  });
});
