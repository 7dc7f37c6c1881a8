import { describe, expect, it } from "vitest";
import { MAX_FIELDS, MAX_STRING_LENGTH, checkSuccessBody, checkViewModel } from "./schema";
import {
  oauthErrorSchema,
  problemSchema,
  scimErrorSchema,
  stormpathErrorSchema,
} from "./errorSchemas";

const field = (name: string, extra: object = {}) => ({ name, label: name, type: "text", ...extra });

describe("checkViewModel", () => {
  it("accepts the contract example and unknown keys", () => {
    const result = checkViewModel({
      form: { fields: [field("email", { whatever: 1 })], extra: true },
      accountStores: [{ name: "FB", provider: { providerId: "facebook", clientSecret: "x" } }],
      meta: {},
    });
    expect(result.ok).toBe(true);
  });
  it("accepts nulls for optional keys and a missing accountStores", () => {
    expect(checkViewModel({ form: { fields: [field("a", { label: null })] } }).ok).toBe(true);
  });
  it.each([
    ["not an object", "<html>"],
    ["no form", {}],
    ["fields not an array", { form: { fields: {} } }],
    ["name not a string", { form: { fields: [{ name: 3 }] } }],
    ["required not boolean", { form: { fields: [field("a", { required: "yes" })] } }],
  ])("refuses the wrong shape: %s", (_label, body) => {
    const result = checkViewModel(body);
    expect(result.ok).toBe(false);
  });
  it("refuses too many fields with a clear message", () => {
    const fields = Array.from({ length: MAX_FIELDS + 1 }, (_, i) => field(`f${i}`));
    const result = checkViewModel({ form: { fields } });
    expect(result).toEqual({ ok: false, message: `form.fields: more than ${MAX_FIELDS} fields` });
  });
  it("refuses too long strings, naming where", () => {
    const result = checkViewModel({
      form: { fields: [field("a"), field("b", { label: "x".repeat(MAX_STRING_LENGTH + 1) })] },
    });
    expect(result).toEqual({
      ok: false,
      message: `form.fields[1].label: longer than ${MAX_STRING_LENGTH} characters`,
    });
  });
});

describe("checkSuccessBody", () => {
  it("needs account.status", () => {
    expect(checkSuccessBody({ account: { status: "ENABLED", email: "a@b.c" } }).ok).toBe(true);
    expect(checkSuccessBody({ account: {} }).ok).toBe(false);
    expect(checkSuccessBody("ok").ok).toBe(false);
  });
});

describe("error dialect schemas", () => {
  it("recognise each dialect", () => {
    expect(
      stormpathErrorSchema.safeParse({ status: 400, message: "Email required.", code: 2000 })
        .success,
    ).toBe(true);
    expect(
      problemSchema.safeParse({ title: "x", errors: [{ pointer: "#/email", detail: "bad" }] })
        .success,
    ).toBe(true);
    expect(oauthErrorSchema.safeParse({ error: "invalid_client_metadata" }).success).toBe(true);
    expect(scimErrorSchema.safeParse({ status: "409", scimType: "uniqueness" }).success).toBe(true);
  });
});
