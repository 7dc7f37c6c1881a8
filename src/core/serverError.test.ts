import { describe, expect, it } from "vitest";
import type { NormalizedField } from "../contract/types";
import { en } from "../en";
import { parseRetryAfter } from "./retryAfter";
import { mapServerError } from "./serverError";

const field = (key: string, name: string, label: string): NormalizedField => ({
  key,
  name,
  path: [name],
  label,
  required: true,
  kind: "text",
  visible: true,
  defaultValue: "",
});
const fields = [
  field("f0", "givenName", "First Name"),
  field("f1", "email", "Email"),
  field("f2", "username", "Username"),
  field("f3", "password", "Password"),
  field("f4", "confirmPassword", "Confirm Password"),
  field("f5", "customData.plan", "Plan"),
];
const json = { "content-type": "application/json" };
const map = (status: number, body: unknown, headers: Record<string, string> = json) =>
  mapServerError(
    status,
    new Headers(headers),
    typeof body === "string" ? body : JSON.stringify(body),
    fields,
    {
      messages: en,
      retryAfter: (header) => parseRetryAfter(header, Date.parse("2026-11-23T15:00:00Z")),
    },
  );

describe("mapServerError: Stormpath dialect", () => {
  it("maps '<Label> required.' to the field and shows only message", () => {
    const e = map(400, {
      status: 400,
      code: 2000,
      message: "First Name required.",
      developerMessage: "secret dev text",
      moreInfo: "https://docs",
    });
    expect(e).toMatchObject({
      kind: "validation",
      fieldErrors: { f0: "First Name required." },
      fields: { givenName: "First Name required." },
    });
    expect(e.formError).toBeUndefined();
    expect(JSON.stringify(e)).not.toContain("secret dev text");
  });
  it("maps 'Passwords do not match.' to confirmPassword", () => {
    expect(map(400, { status: 400, message: "Passwords do not match." }).fieldErrors).toEqual({
      f4: "Passwords do not match.",
    });
  });
  it("maps '<name> is not a configured registration field.' to that field, else the form", () => {
    expect(
      map(400, { status: 400, message: "customData.plan is not a configured registration field." })
        .fieldErrors,
    ).toEqual({
      f5: "customData.plan is not a configured registration field.",
    });
    const unknown = map(400, {
      status: 400,
      message: "isAdmin is not a configured registration field.",
    });
    expect(unknown.fieldErrors).toEqual({});
    expect(unknown.formError).toBe("isAdmin is not a configured registration field.");
  });
  it("maps the duplicate email message and code 2001 to email, or username when that clashed", () => {
    expect(
      map(409, { status: 409, code: 2001, message: "An account with that email already exists." }),
    ).toMatchObject({
      kind: "conflict",
      fieldErrors: { f1: "An account with that email already exists." },
    });
    expect(
      map(400, { status: 400, code: 2001, message: "Account with that username already exists." })
        .fieldErrors,
    ).toEqual({
      f2: "Account with that username already exists.",
    });
  });
  it("a 400 that says the account exists (express-stormpath 4.0.0) is a conflict on email", () => {
    expect(
      map(400, { status: 400, message: "An account with that email address already exists." }),
    ).toMatchObject({
      kind: "conflict",
      status: 400,
      fieldErrors: { f1: "An account with that email address already exists." },
      fields: { email: "An account with that email address already exists." },
    });
    // A plain validation 400 stays validation.
    expect(map(400, { status: 400, message: "Email required." }).kind).toBe("validation");
  });
  it("a duplicate named through a pointer is a conflict too, whatever the status", () => {
    expect(
      map(422, { errors: [{ pointer: "#/email", detail: "That email is already registered." }] })
        .kind,
    ).toBe("conflict");
  });
  it("strips Okta's 'password: ' prefix and puts the rest on the password field", () => {
    const text =
      "Password requirements were not met. Password requirements: at least 8 characters, a lowercase letter.";
    const e = map(400, { status: 400, message: `password: ${text}` });
    expect(e).toMatchObject({
      kind: "validation",
      fieldErrors: { f3: text },
      fields: { password: text },
      message: text,
    });
    expect(e.formError).toBeUndefined();
  });
  it("strips a known property prefix also when that field is not rendered, and keeps other colons", () => {
    const e = mapServerError(
      400,
      new Headers(json),
      JSON.stringify({ status: 400, message: "login: This login is not allowed." }),
      fields.filter((x) => x.name !== "username"),
      { messages: en, retryAfter: () => 0 },
    );
    expect(e.formError).toBe("This login is not allowed.");
    expect(map(400, { message: "Note: sign-ups are paused." }).formError).toBe(
      "Note: sign-ups are paused.",
    );
  });
  it("a message about the captcha is a captcha error ('Captcha required.', a handler's refusal)", () => {
    expect(map(400, { status: 400, message: "Captcha required." }).kind).toBe("captcha");
    expect(
      map(400, { status: 400, message: "captchaToken is not a configured registration field." })
        .kind,
    ).toBe("captcha");
  });
  it("maps length codes 2007/2008 to the password", () => {
    expect(
      map(400, {
        status: 400,
        code: 2007,
        message: "Account password minimum length not satisfied.",
      }).fieldErrors,
    ).toEqual({
      f3: "Account password minimum length not satisfied.",
    });
  });
});

describe("mapServerError: RFC 9457 problem details", () => {
  it("maps errors[].pointer, including customData pointers", () => {
    const e = map(
      422,
      {
        type: "about:blank",
        title: "Invalid",
        status: 422,
        errors: [
          { pointer: "#/email", detail: "Disposable email domains are not allowed." },
          { pointer: "/customData/plan", detail: "Unknown plan." },
        ],
      },
      { "content-type": "application/problem+json" },
    );
    expect(e.fieldErrors).toEqual({
      f1: "Disposable email domains are not allowed.",
      f5: "Unknown plan.",
    });
    expect(e.kind).toBe("validation");
  });
  it("maps invalid-params[].name", () => {
    expect(
      map(400, {
        title: "Bad",
        "invalid-params": [{ name: "password", reason: "This password is too common." }],
      }).fieldErrors,
    ).toEqual({
      f3: "This password is too common.",
    });
  });
  it("puts unknown pointers (#/isAdmin, #/__proto__) on the form and pollutes nothing", () => {
    const e = map(400, {
      errors: [
        { pointer: "#/isAdmin", detail: "Not allowed." },
        { pointer: "#/__proto__", detail: "Nope." },
      ],
    });
    expect(e.fieldErrors).toEqual({});
    expect(e.formError).toBe("Not allowed. Nope.");
    expect(({} as Record<string, unknown>).detail).toBeUndefined();
  });
  it("maps a 422 detail that names a field", () => {
    expect(
      map(422, { title: "Unprocessable", detail: "The email domain is disposable." }).fieldErrors,
    ).toEqual({
      f1: "The email domain is disposable.",
    });
  });
});

describe("mapServerError: RFC 7591 and SCIM", () => {
  it("shows error_description on the form", () => {
    const e = map(400, {
      error: "invalid_client_metadata",
      error_description: "The request is invalid.",
    });
    expect(e.formError).toBe("The request is invalid.");
  });
  it("maps an error_description that names a field (by wire name) to that field", () => {
    const e = map(400, {
      error: "invalid_client_metadata",
      error_description: "The value of email is not valid.",
    });
    expect(e).toMatchObject({
      kind: "validation",
      fieldErrors: { f1: "The value of email is not valid." },
      fields: { email: "The value of email is not valid." },
    });
    expect(e.formError).toBeUndefined();
  });
  it("maps SCIM uniqueness (string status) to email", () => {
    const e = map(409, {
      schemas: ["urn:ietf:params:scim:api:messages:2.0:Error"],
      status: "409",
      scimType: "uniqueness",
      detail: "User already exists.",
    });
    expect(e).toMatchObject({ kind: "conflict", fieldErrors: { f1: "User already exists." } });
  });
  it("maps SCIM uniqueness on username", () => {
    expect(
      map(409, { status: "409", scimType: "uniqueness", detail: "That username is taken." })
        .fieldErrors,
    ).toEqual({
      f2: "That username is taken.",
    });
  });
});

describe("mapServerError: messages that name a field", () => {
  const only = (status: number, body: unknown) => {
    const e = map(status, body);
    return { fields: e.fields, formError: e.formError };
  };
  it.each([
    [400, { message: "The value of EMAIL is not valid." }, "email"],
    [422, { detail: "Username contains characters that are not allowed." }, "username"],
    [
      400,
      { error: "invalid_request", error_description: "Plan: unknown value." },
      "customData.plan",
    ],
    [400, { message: "The customData.plan is not offered in your region." }, "customData.plan"],
    [400, { code: 400, message: "Password is too common." }, "password"],
    [400, { message: "Confirm Password contains a typo." }, "confirmPassword"],
    [400, { message: "First Name: use letters only." }, "givenName"],
  ])("%i %j lands on %s", (status, body, name) => {
    const message = Object.values(body).find((v) => typeof v === "string" && v.includes(" "));
    expect(only(status, body)).toEqual({ fields: { [name]: message }, formError: undefined });
  });
  it.each([
    // A word that merely contains a field name is not that field.
    [400, { message: "Emails from this domain are blocked." }],
    [400, { message: "The passwords file is unavailable." }],
    // Unknown names (and prototype keys) name no rendered field.
    [400, { message: "The value of __proto__ is not valid." }],
    [400, { message: "The value of isAdmin is not valid." }],
    [400, { error: "invalid_client_metadata", error_description: "Unknown member #/isAdmin." }],
    // Two fields named, neither first: nobody can tell which one.
    [400, { message: "The email and the username do not belong together." }],
    // A status that is not a validation failure keeps the message on the form.
    [403, { message: "Email sign-ups are closed." }],
  ])("%i %j stays on the form", (status, body) => {
    const e = map(status, body);
    expect(e.fields).toEqual({});
    expect(e.formError).toBe(Object.values(body).at(-1));
  });
  it("ignores fields that are not rendered", () => {
    const hidden = { ...field("f6", "referrer", "Referrer"), visible: false };
    const e = mapServerError(
      400,
      new Headers(json),
      JSON.stringify({ message: "The value of referrer is not valid." }),
      [...fields, hidden],
      { messages: en, retryAfter: () => 0 },
    );
    expect(e.fields).toEqual({});
    expect(e.formError).toBe("The value of referrer is not valid.");
  });
  it("shows an error for a hidden field on the form, whatever the dialect names it by", () => {
    const hidden = { ...field("f6", "plan", "Plan choice"), visible: false };
    const problem = mapServerError(
      400,
      new Headers({ "content-type": "application/problem+json" }),
      JSON.stringify({ title: "Invalid", errors: [{ pointer: "#/plan", detail: "Unknown plan" }] }),
      [...fields.slice(0, 5), hidden],
      { messages: en, retryAfter: () => 0 },
    );
    expect(problem.fields).toEqual({});
    expect(problem.formError).toContain("Unknown plan");
    const stormpath = mapServerError(
      400,
      new Headers(json),
      JSON.stringify({ status: 400, message: "Plan choice required.", code: 2000 }),
      [...fields.slice(0, 5), hidden],
      { messages: en, retryAfter: () => 0 },
    );
    expect(stormpath.fields).toEqual({});
    expect(stormpath.formError).toBe("Plan choice required.");
  });
});

describe("mapServerError: statuses and bodies", () => {
  it("409 with no body lands on email", () => {
    expect(map(409, "")).toMatchObject({ kind: "conflict", fieldErrors: { f1: en.conflict } });
  });
  it("429 and 503 carry retryAfter (seconds or HTTP-date)", () => {
    expect(map(429, { message: "slow down" }, { "retry-after": "12" })).toMatchObject({
      kind: "rate-limited",
      retryAfter: 12,
      formError: "Too many attempts. Try again in 12 seconds.",
    });
    expect(map(503, "", { "retry-after": "Mon, 23 Nov 2026 15:00:20 GMT" })).toMatchObject({
      kind: "rate-limited",
      retryAfter: 20,
    });
    expect(map(429, "", { "retry-after": "garbage" }).retryAfter).toBe(30);
  });
  it("5xx shows the generic message, never the body", () => {
    const e = map(500, { message: "NullPointerException at com.acme.Db" });
    expect(e).toMatchObject({ kind: "server", formError: en.serverError, fieldErrors: {} });
    expect(JSON.stringify(e)).not.toContain("NullPointer");
    expect(
      map(502, "<html><h1>Bad gateway</h1></html>", { "content-type": "text/html" }).formError,
    ).toBe(en.serverError);
  });
  it("a non-JSON 4xx is never rendered", () => {
    const e = map(400, "<script>alert(1)</script>", { "content-type": "text/html" });
    expect(e.formError).toBe(en.invalidRequest);
    expect(JSON.stringify(e)).not.toContain("script");
  });
  it.each([
    [{ success: false, "error-codes": ["missing-input-response"] }],
    [{ error: "invalid-input-response" }],
    [{ errors: [{ pointer: "#/captchaToken", detail: "Invalid captcha." }] }],
    [{ "invalid-params": [{ name: "captchaToken", reason: "expired" }] }],
  ])("recognises captcha errors %j", (body) => {
    expect(map(400, body)).toMatchObject({ kind: "captcha", formError: en.captchaInvalid });
  });
});
