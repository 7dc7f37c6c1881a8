import { describe, expect, it } from "vitest";
import type { NormalizedField } from "../contract/types";
import { en } from "../en";
import { buildFormSchema, codePointLength, resolvePasswordPolicy } from "./formSchema";

const field = (
  key: string,
  name: string,
  extra: Partial<NormalizedField> = {},
): NormalizedField => ({
  key,
  name,
  path: [name],
  label: name[0]?.toUpperCase() + name.slice(1),
  required: false,
  kind: "text",
  visible: true,
  defaultValue: "",
  ...extra,
});
const email = field("f0", "email", { kind: "email", required: true, label: "Email" });
const password = field("f1", "password", { kind: "password", required: true, label: "Password" });
const confirm = field("f2", "confirmPassword", {
  kind: "password",
  required: true,
  label: "Confirm Password",
});

const errors = (fields: NormalizedField[], values: Record<string, unknown>, policy = {}) => {
  const result = buildFormSchema(fields, { messages: en, passwordPolicy: policy }).safeParse(
    values,
  );
  const out: Record<string, string> = {};
  for (const issue of result.error?.issues ?? []) out[String(issue.path[0])] ??= issue.message;
  return out;
};

describe("buildFormSchema", () => {
  it("uses the server's wording for required", () => {
    expect(errors([email, password], { f0: "", f1: "" })).toEqual({
      f0: "Email required.",
      f1: "Password required.",
    });
  });

  it("checks email format (trimmed)", () => {
    expect(errors([email], { f0: "nope" })).toEqual({ f0: "Email is not a valid email address." });
    expect(errors([email], { f0: " ada@example.com " })).toEqual({});
  });

  it("counts password length in code points", () => {
    expect(codePointLength("🔑🔑🔑🔑")).toBe(4);
    // 7 emoji = 14 UTF-16 units, still too short for min 8.
    expect(errors([password], { f1: "🔑".repeat(7) })).toEqual({
      f1: "Password must be at least 8 characters.",
    });
    expect(errors([password], { f1: "🔑".repeat(8) })).toEqual({});
  });

  it("accepts at least 64 characters whatever the policy or the server says", () => {
    expect(resolvePasswordPolicy({ max: 10 })).toEqual({ min: 8, max: 64 });
    const capped = { ...password, maxLength: 20 };
    expect(errors([capped], { f1: "a".repeat(64) }, { max: 10 })).toEqual({});
    expect(errors([capped], { f1: "a".repeat(65) }, { max: 10 })).toEqual({
      f1: "Password must be at most 64 characters.",
    });
    expect(errors([password], { f1: "a".repeat(1024) })).toEqual({});
    expect(errors([password], { f1: "a".repeat(1025) })).toEqual({
      f1: "Password must be at most 1024 characters.",
    });
  });

  it("honours a custom minimum (15 when the password is the only factor)", () => {
    expect(errors([password], { f1: "a".repeat(14) }, { min: 15 })).toEqual({
      f1: "Password must be at least 15 characters.",
    });
  });

  it("has no composition rules: spaces and Unicode are fine", () => {
    expect(errors([password], { f1: "  correct horse  " })).toEqual({});
  });

  it("checks confirmPassword even when other fields fail", () => {
    expect(
      errors([email, password, confirm], { f0: "", f1: "longenough", f2: "different" }),
    ).toEqual({
      f0: "Email required.",
      f2: "Passwords do not match.",
    });
    expect(errors([password, confirm], { f1: "longenough", f2: "longenough" })).toEqual({});
  });

  it("applies minLength, maxLength and pattern when given", () => {
    const code = field("f3", "code", {
      minLength: 2,
      maxLength: 4,
      pattern: "[A-Z]+",
      label: "Code",
    });
    expect(errors([code], { f3: "A" })).toEqual({ f3: "Code must be at least 2 characters." });
    expect(errors([code], { f3: "ABCDE" })).toEqual({ f3: "Code must be at most 4 characters." });
    expect(errors([code], { f3: "ab" })).toEqual({ f3: "Code is not in the expected format." });
    expect(errors([code], { f3: "ABC" })).toEqual({});
    expect(errors([code], { f3: "" })).toEqual({});
  });

  it("ignores a pattern that does not compile", () => {
    const bad = field("f3", "code", { pattern: "(" });
    expect(errors([bad], { f3: "anything" })).toEqual({});
  });

  it("requires a required checkbox to be checked", () => {
    const box = field("f4", "agree", {
      kind: "checkbox",
      required: true,
      label: "Agree",
      defaultValue: false,
    });
    expect(errors([box], { f4: false })).toEqual({ f4: "Agree required." });
    expect(errors([box], { f4: true })).toEqual({});
  });

  it("does not validate hidden fields", () => {
    const hidden = field("f5", "ref", { required: true, visible: false });
    expect(errors([hidden], { f5: "" })).toEqual({});
  });

  it("builds 200 fields quickly", () => {
    const many = Array.from({ length: 200 }, (_, i) => field(`f${i}`, `n${i}`, { required: true }));
    const started = performance.now();
    const schema = buildFormSchema(many, { messages: en });
    schema.safeParse(Object.fromEntries(many.map((f) => [f.key, "x"])));
    expect(performance.now() - started).toBeLessThan(200);
  });
});
