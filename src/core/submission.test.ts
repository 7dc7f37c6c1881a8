import { describe, expect, it } from "vitest";
import type { NormalizedField } from "../contract/types";
import { blockedSubmit, consentRecord, onlyCaptchaMissing, submission } from "./submission";

const field = (key: string, name: string): NormalizedField => ({
  key,
  name,
  path: [name],
  label: name,
  required: true,
  kind: "text",
  visible: true,
  defaultValue: "",
});
const fields = [field("f0", "email"), field("f1", "password")];
const error = { type: "custom", message: "x" };

describe("blockedSubmit", () => {
  it("lists problems in page order and focuses the first invalid field", () => {
    const blocked = blockedSubmit(fields, { f1: error, terms: error, captcha: error }, [
      { name: "age", focus: () => {} },
    ]);
    expect(blocked).toEqual({
      names: ["password", "age", "consent", "captcha"],
      focus: { kind: "field", key: "f1" },
    });
  });

  it("then a guard that can take focus, then the terms box, then the captcha", () => {
    expect(
      blockedSubmit(fields, { terms: error }, [{ name: "age", focus: () => {} }])?.focus,
    ).toEqual({ kind: "guard", index: 0 });
    expect(
      blockedSubmit(fields, { terms: error, captcha: error }, [{ name: "password" }])?.focus,
    ).toEqual({ kind: "terms" });
    expect(blockedSubmit(fields, { captcha: error }, [])?.focus).toEqual({ kind: "captcha" });
    expect(blockedSubmit(fields, {}, [])).toBeUndefined();
  });

  it("lets an invisible captcha run only when the token is all that is missing", () => {
    expect(onlyCaptchaMissing({ captcha: error }, [])).toBe(true);
    expect(onlyCaptchaMissing({ captcha: error, terms: error }, [])).toBe(false);
    expect(onlyCaptchaMissing({ captcha: error }, [{ name: "age" }])).toBe(false);
  });
});

describe("submission", () => {
  const record = consentRecord(
    { version: "2026-01", url: "/terms", marketing: true },
    {
      pageUrl: "https://app.example/signup",
      acceptedAt: new Date("2026-11-23T15:00:00Z"),
      locale: "de",
      marketing: false,
    },
  );

  it("makes the consent record from what it is given", () => {
    expect(record).toEqual({
      termsVersion: "2026-01",
      termsUrl: "https://app.example/terms",
      acceptedAt: "2026-11-23T15:00:00.000Z",
      locale: "de",
      marketing: false,
    });
  });

  it("posts the record and token only under declared keys; the app gets the record either way", () => {
    const values = { f0: "ada@example.com", f1: "secret secret", terms: true, captcha: "t" };
    const declared = submission({
      fields,
      values,
      declared: { consent: true, captcha: true },
      consent: { field: "consent", record },
      captcha: { field: "captchaToken", token: "t" },
    });
    expect(declared.body).toEqual({
      email: "ada@example.com",
      password: "secret secret",
      consent: record,
      captchaToken: "t",
    });
    expect(declared.consent).toEqual({ record, posted: true, field: "consent" });
    const undeclared = submission({
      fields,
      values,
      declared: { consent: false, captcha: false },
      consent: { field: "consent", record },
      captcha: { field: "captchaToken", token: "t" },
    });
    expect(undeclared.body).toEqual({ email: "ada@example.com", password: "secret secret" });
    expect(undeclared.consent).toEqual({ record, posted: false });
  });
});
