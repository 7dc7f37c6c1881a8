import { describe, expect, it } from "vitest";
import type { NormalizedField } from "../contract/types";
import { buildPayload } from "./payload";
import { formFieldName } from "./names";

const field = (
  key: string,
  name: string,
  extra: Partial<NormalizedField> = {},
): NormalizedField => ({
  key,
  name,
  path: [name],
  label: name,
  required: true,
  kind: "text",
  visible: true,
  defaultValue: "",
  ...extra,
});

describe("buildPayload", () => {
  const fields = [
    field("f0", "email", { kind: "email" }),
    field("f1", "password", { kind: "password" }),
    field("f2", "customData.plan"),
    field("f3", "a.b"),
    field("f4", "x[0]"),
  ];

  it("posts only declared fields; extra form-state keys are never posted", () => {
    const body = buildPayload(fields, {
      f0: "ada@example.com",
      f1: "pw",
      f2: "pro",
      f3: "1",
      f4: "2",
      isAdmin: true,
      f99: "extra",
      email: "other@example.com",
    });
    expect(body).toEqual({
      email: "ada@example.com",
      password: "pw",
      "customData.plan": "pro",
      "a.b": "1",
      "x[0]": "2",
    });
  });

  it("sends passwords exactly as typed", () => {
    const typed = "  Pässwörd 🔑 \u00a0with CAPS  ";
    expect(buildPayload(fields.slice(1, 2), { f1: typed }).password).toBe(typed);
  });

  it("posts a customData.<name> field at the root under its configured name, never nested", () => {
    // express-stormpath 3.2.0 accepts `customData.nickname` only as this one root
    // key; nested, it answers 400 "nickname is not a configured registration field."
    const body = buildPayload([field("f0", "customData.nickname")], { f0: "Countess" });
    expect(body).toEqual({ "customData.nickname": "Countess" });
    expect(body).not.toHaveProperty("customData");
  });

  it("puts the consent record at the root under its key, dotted or not", () => {
    const consent = {
      termsVersion: "2026-01",
      termsUrl: "https://e.com/terms",
      acceptedAt: "t",
      locale: "en",
    };
    expect(buildPayload(fields.slice(2, 3), { f2: "pro" }, { consent })).toEqual({
      "customData.plan": "pro",
      consent,
    });
    expect(
      buildPayload(
        fields.slice(2, 3),
        { f2: "pro" },
        { consent, consentField: "customData.consent" },
      ),
    ).toEqual({ "customData.plan": "pro", "customData.consent": consent });
  });

  it("adds the captcha token under its key", () => {
    expect(buildPayload([], {}, { captcha: { field: "captchaToken", token: "tok" } })).toEqual({
      captchaToken: "tok",
    });
    expect(buildPayload([], {}, { captcha: { field: "captchaToken", token: "" } })).toEqual({});
    expect(
      buildPayload([], {}, { captcha: { field: "customData.captcha", token: "tok" } }),
    ).toEqual({ "customData.captcha": "tok" });
  });

  it("leaves out empty optional fields, converts checkboxes and numbers", () => {
    const body = buildPayload(
      [
        field("f0", "middleName", { required: false }),
        field("f1", "news", { kind: "checkbox", required: false }),
        field("f2", "age", { kind: "number", required: false }),
        field("f3", "ref", { visible: false, defaultValue: "campaign" }),
      ],
      { f0: "", f1: true, f2: "42" },
    );
    expect(body).toEqual({ news: true, age: 42, ref: "campaign" });
  });

  it("never writes to Object.prototype", () => {
    const hostile = [field("f0", "__proto__"), field("f1", "customData.__proto__")];
    const body = buildPayload(hostile, { f0: { polluted: 1 }, f1: "x" });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(body)).toBe(Object.prototype);
  });
});

describe("formFieldName", () => {
  it("writes nested form names in bracket form, which qs reads as one object", () => {
    expect(formFieldName(["consent", "termsVersion"])).toBe("consent[termsVersion]");
    expect(formFieldName(["customData", "consent", "locale"])).toBe("customData[consent][locale]");
    expect(formFieldName(["email"])).toBe("email");
    // A dotted consent key stays one key: qs reads this as { "customData.consent": { locale } }.
    expect(formFieldName(["customData.consent", "locale"])).toBe("customData.consent[locale]");
  });
});
