import { describe, expect, it } from "vitest";
import type { RegisterViewModel, ViewModelAccountStore, ViewModelField } from "../contract/types";
import { defaultValues, normalizeViewModel } from "./normalize";

const vm = (
  fields: ViewModelField[],
  accountStores?: ViewModelAccountStore[],
): RegisterViewModel => ({
  form: { fields },
  ...(accountStores ? { accountStores } : {}),
});
const f = (name: string, extra: Partial<ViewModelField> = {}): ViewModelField => ({
  name,
  label: name,
  ...extra,
});

describe("normalizeViewModel: fields", () => {
  it("keeps form.fields order with synthetic keys and wire paths", () => {
    const { fields } = normalizeViewModel(
      vm([f("email"), f("customData.plan"), f("a.b"), f("x[0]")]),
    );
    expect(fields.map((x) => [x.key, x.name, x.path])).toEqual([
      ["f0", "email", ["email"]],
      ["f1", "customData.plan", ["customData", "plan"]],
      ["f2", "a.b", ["a.b"]],
      ["f3", "x[0]", ["x[0]"]],
    ]);
  });

  it("derives autocomplete tokens from names and tel type", () => {
    const { fields } = normalizeViewModel(
      vm([
        f("email", { type: "email" }),
        f("givenName"),
        f("middleName"),
        f("surname"),
        f("username"),
        f("password", { type: "password" }),
        f("confirmPassword", { type: "password" }),
        f("phone", { type: "tel" }),
        f("nick", { autocomplete: "nickname" }),
        f("other"),
      ]),
    );
    expect(fields.map((x) => x.autoComplete)).toEqual([
      "email",
      "given-name",
      "additional-name",
      "family-name",
      "username",
      "new-password",
      "new-password",
      "tel",
      "nickname",
      undefined,
    ]);
  });

  it("maps types: unknown and dangerous types are text, hidden is invisible, options are a select", () => {
    const { fields } = normalizeViewModel(
      vm([
        f("a", { type: "file" }),
        f("b", { type: "submit" }),
        f("c", { type: "image" }),
        f("d", { type: "reset" }),
        f("e", { type: "button" }),
        f("g", { type: "<script>" }),
        f("h", { type: "hidden", defaultValue: "x" }),
        f("i", { visible: false }),
        f("j", { options: ["a", { value: "b", label: "Bee" }] }),
        f("k", { type: "date" }),
        f("l", { type: "checkbox", defaultValue: true }),
      ]),
    );
    expect(fields.map((x) => x.kind)).toEqual([
      "text",
      "text",
      "text",
      "text",
      "text",
      "text",
      "text",
      "text",
      "select",
      "date",
      "checkbox",
    ]);
    expect(fields.map((x) => x.visible)).toEqual([
      true,
      true,
      true,
      true,
      true,
      true,
      false,
      false,
      true,
      true,
      true,
    ]);
    expect(fields[6]?.defaultValue).toBe("x");
    expect(fields[8]?.options).toEqual([
      { value: "a", label: "a" },
      { value: "b", label: "Bee" },
    ]);
    expect(fields[10]?.defaultValue).toBe(true);
  });

  it("keeps labels as text, uses the name when there is none, and turns description into help", () => {
    const { fields } = normalizeViewModel(
      vm([
        { name: "x", label: "<img src=x onerror=alert(1)>", description: "Help" },
        { name: "y" },
      ]),
    );
    expect(fields[0]?.label).toBe("<img src=x onerror=alert(1)>");
    expect(fields[0]?.description).toBe("Help");
    expect(fields[1]?.label).toBe("y");
  });

  it("refuses empty, duplicated and prototype names with a warning naming the field; the rest works", () => {
    const result = normalizeViewModel(
      vm([
        f(""),
        f("email"),
        f("email"),
        f("__proto__"),
        f("customData.__proto__"),
        f("a.constructor"),
        f("prototype"),
        f("customData"),
        f("surname"),
      ]),
    );
    expect(result.fields.map((x) => x.name)).toEqual(["email", "surname"]);
    expect(result.warnings).toHaveLength(7);
    expect(result.warnings.join("\n")).toContain('"__proto__"');
    expect(result.warnings.join("\n")).toContain('"a.constructor"');
    expect(result.warnings.some((w) => w.includes('"email"') && w.includes("duplicated"))).toBe(
      true,
    );
  });

  it("treats a field named like the consent/captcha key as a declaration, and warns when missing", () => {
    const declared = normalizeViewModel(
      vm([
        f("email"),
        f("customData.consent", { type: "hidden" }),
        f("captchaToken", { type: "hidden" }),
      ]),
      { consentField: "customData.consent", captchaField: "captchaToken" },
    );
    expect(declared.fields.map((x) => x.name)).toEqual(["email"]);
    expect(declared.warnings).toEqual([]);
    const undeclared = normalizeViewModel(vm([f("email")]), {
      consentField: "customData.consent",
      captchaField: "captchaToken",
    });
    expect(undeclared.warnings).toHaveLength(2);
    expect(undeclared.warnings[0]).toContain('"customData.consent"');
    expect(undeclared.warnings[1]).toContain('"captchaToken"');
  });

  it("is linear enough for 200 fields", () => {
    const many = Array.from({ length: 200 }, (_, i) => f(`field${i}`));
    const started = performance.now();
    const { fields } = normalizeViewModel(vm(many));
    expect(fields).toHaveLength(200);
    expect(performance.now() - started).toBeLessThan(100);
    expect(Object.keys(defaultValues(fields))).toHaveLength(200);
  });

  it("never pollutes Object.prototype", () => {
    normalizeViewModel(vm([f("__proto__.polluted"), f("constructor.prototype.polluted")]));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe("normalizeViewModel: account stores", () => {
  const fb = {
    name: "Facebook",
    provider: { providerId: "facebook", clientId: "1", clientSecret: "s3cret" },
  };
  it("skips stores without provider, stormpath/cloud and DISABLED", () => {
    const { accountStores } = normalizeViewModel(
      vm(
        [],
        [
          { name: "Dir" },
          { name: "SP", provider: { providerId: "stormpath" } },
          { name: "Cloud", provider: { providerId: "cloud" } },
          { ...fb, status: "DISABLED" },
          fb,
        ],
      ),
    );
    expect(accountStores.map((s) => s.name)).toEqual(["Facebook"]);
  });

  it("never copies a clientSecret", () => {
    const { accountStores } = normalizeViewModel(vm([], [fb]));
    expect(JSON.stringify(accountStores)).not.toContain("s3cret");
    expect(accountStores[0]).toMatchObject({
      dialect: "framework",
      clientId: "1",
      authorizeUrl: "https://www.facebook.com/dialog/oauth",
    });
  });

  it("sorts by listIndex/priority stably, else keeps array order", () => {
    const store = (name: string, extra: object = {}) => ({
      name,
      provider: { providerId: "github", clientId: "c" },
      ...extra,
    });
    const sorted = normalizeViewModel(
      vm(
        [],
        [
          store("C", { listIndex: 2 }),
          store("A", { priority: 0 }),
          store("B1", { listIndex: 1 }),
          store("B2", { listIndex: 1 }),
        ],
      ),
    );
    expect(sorted.accountStores.map((s) => s.name)).toEqual(["A", "B1", "B2", "C"]);
    expect(sorted.accountStores.map((s) => s.id)).toEqual([
      "github",
      "github-2",
      "github-3",
      "github-4",
    ]);
    const plain = normalizeViewModel(vm([], [store("Z"), store("Y")]));
    expect(plain.accountStores.map((s) => s.name)).toEqual(["Z", "Y"]);
  });

  it("accepts the client-API dialect on the provider's host or allowedHosts", () => {
    const { accountStores, warnings } = normalizeViewModel(
      vm(
        [],
        [
          {
            name: "Google",
            provider: {
              providerId: "google",
              authorizeUri: "https://accounts.google.com/o/oauth2/auth?x=1",
            },
          },
          {
            name: "Okta",
            provider: { providerId: "okta", authorizeUri: "https://id.example.com/authorize" },
          },
        ],
      ),
      { allowedHosts: ["id.example.com"] },
    );
    expect(warnings).toEqual([]);
    expect(accountStores.map((s) => s.dialect)).toEqual(["client-api", "client-api"]);
  });

  it("checks a relative authorizeUri against the endpoint's host, where the button goes", () => {
    const store = {
      name: "Okta",
      provider: { providerId: "okta", authorizeUri: "/oauth/authorize" },
    };
    const pageHostOnly = normalizeViewModel(vm([], [store]), {
      endpoint: "https://api.example.com/register",
      allowedHosts: [location.hostname],
    });
    expect(pageHostOnly.accountStores).toEqual([]);
    const endpointHost = normalizeViewModel(vm([], [store]), {
      endpoint: "https://api.example.com/register",
      allowedHosts: ["api.example.com"],
    });
    expect(endpointHost.accountStores[0]?.authorizeUrl).toBe(
      "https://api.example.com/oauth/authorize",
    );
  });

  it.each([
    ["javascript:", "javascript:alert(1)", "scheme javascript:"],
    ["data:", "data:text/html,<script>alert(1)</script>", "scheme data:"],
    ["http: to another origin", "http://accounts.google.com/auth", "scheme http:"],
    ["an unknown host", "https://evil.example/authorize", "host evil.example"],
    [
      "a look-alike host",
      "https://accounts.google.com.evil.example/auth",
      "host accounts.google.com.evil.example",
    ],
    ["credentials in the URL", "https://user:pw@accounts.google.com/auth", "credentials"],
  ])("drops %s with a warning naming the store and the reason", (_label, uri, reason) => {
    const { accountStores, warnings } = normalizeViewModel(
      vm([], [{ name: "Bad Google", provider: { providerId: "google", authorizeUri: uri } }]),
    );
    expect(accountStores).toEqual([]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('"Bad Google"');
    expect(warnings[0]).toContain(reason);
  });

  it("drops unknown providers without authorizeUri and known ones without clientId", () => {
    const { accountStores, warnings } = normalizeViewModel(
      vm(
        [],
        [
          { name: "X", provider: { providerId: "myspace", clientId: "1" } },
          { name: "Y", provider: { providerId: "github" } },
          { name: "Z", provider: { providerId: "__proto__", clientId: "1" } },
        ],
      ),
    );
    expect(accountStores).toEqual([]);
    expect(warnings).toHaveLength(3);
  });

  it("sends SAML stores to the backend's SAML start URL", () => {
    const { accountStores } = normalizeViewModel(
      vm(
        [],
        [
          {
            name: "Corp SSO",
            href: "https://api.example.com/v1/directories/1",
            provider: { providerId: "saml" },
          },
        ],
      ),
      { endpoint: "https://auth.example.com/register" },
    );
    expect(accountStores[0]).toMatchObject({
      kind: "saml",
      dialect: "saml",
      authorizeUrl: "https://auth.example.com/saml",
      href: "https://api.example.com/v1/directories/1",
    });
  });

  it("allows same-origin http only in development", () => {
    const store = {
      name: "Local",
      provider: { providerId: "okta", authorizeUri: `${location.origin}/authorize` },
    };
    expect(normalizeViewModel(vm([], [store]), { development: true }).accountStores).toHaveLength(
      1,
    );
    expect(normalizeViewModel(vm([], [store]), { development: false }).accountStores).toHaveLength(
      0,
    );
  });
});
