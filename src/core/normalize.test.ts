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
      ["f1", "customData.plan", ["customData.plan"]],
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

  it("treats a field named exactly like the consent/captcha key as a declaration it takes over", () => {
    const declared = normalizeViewModel(
      vm([
        f("email"),
        f("consent", { type: "hidden", required: true }),
        f("captchaToken", { type: "text" }),
      ]),
      { consentField: "consent", captchaField: "captchaToken" },
    );
    // Never rendered as inputs, whatever their type.
    expect(declared.fields.map((x) => x.name)).toEqual(["email"]);
    expect(declared.declared).toEqual({ consent: true, captcha: true });
    expect(declared.warnings).toEqual([]);
  });

  it("a key declared only under another name, or disabled, is not declared", () => {
    const other = normalizeViewModel(
      vm([
        f("email"),
        // customData.consent is not consent, and a disabled field declares nothing.
        f("customData.consent", { type: "hidden" }),
        f("captchaToken", { enabled: false }),
      ]),
      { consentField: "consent", captchaField: "captchaToken" },
    );
    expect(other.declared).toEqual({ consent: false, captcha: false });
    expect(other.fields.map((x) => x.name)).toEqual(["email", "customData.consent"]);
  });

  it("warns, naming the express-stormpath setting, when a configured key is not declared", () => {
    const undeclared = normalizeViewModel(vm([f("email")]), {
      consentField: "consent",
      captchaField: "captchaToken",
    });
    expect(undeclared.declared).toEqual({ consent: false, captcha: false });
    expect(undeclared.warnings).toHaveLength(2);
    const [consent, captcha] = undeclared.warnings;
    expect(consent).toContain('declares no field "consent"');
    expect(consent).toContain("web.register.form.fields.consent");
    expect(consent).toContain("consent_recorded");
    expect(captcha).toContain('declares no field "captchaToken"');
    expect(captcha).toContain("web.register.form.fields.captchaToken");
    expect(captcha).toContain("preRegistrationHandler");
    expect(captcha).toContain("not shown");
  });

  it("an undeclared customData.<name> key: the warning names that exact configured field", () => {
    const { warnings } = normalizeViewModel(vm([f("email")]), {
      consentField: "customData.consent",
    });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('web.register.form.fields["customData.consent"]');
    expect(warnings[0]).toContain("at the root under that exact name");
  });

  it("declares nothing and warns about nothing when consent and captcha are not configured", () => {
    const plain = normalizeViewModel(vm([f("email"), f("consent"), f("captchaToken")]));
    expect(plain.declared).toEqual({ consent: false, captcha: false });
    expect(plain.warnings).toEqual([]);
    // Without the option, a field of that name is an ordinary field.
    expect(plain.fields.map((x) => x.name)).toEqual(["email", "consent", "captchaToken"]);
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

  it("drops unknown providers without authorizeUri and known ones without clientId or authorizeUri", () => {
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

  const samlStore = {
    name: "Corp SSO",
    href: "https://api.example.com/v1/directories/1",
    provider: { providerId: "saml" },
  };

  it("gives a SAML store a button only with somewhere to go: never a dead /saml link", () => {
    // express-stormpath has no SAML start route: no samlUrl, no server URL, no button.
    const none = normalizeViewModel(vm([], [samlStore]), {
      endpoint: "https://auth.example.com/register",
    });
    expect(none.accountStores).toEqual([]);
    expect(none.warnings).toHaveLength(1);
    expect(none.warnings[0]).toContain('"Corp SSO" was dropped');
    expect(none.warnings[0]).toContain("samlUrl");

    const configured = normalizeViewModel(vm([], [samlStore]), {
      endpoint: "https://auth.example.com/register",
      samlUrl: "https://auth.example.com/sso/start",
    });
    expect(configured.accountStores[0]).toMatchObject({
      kind: "saml",
      dialect: "saml",
      authorizeUrl: "https://auth.example.com/sso/start",
      href: "https://api.example.com/v1/directories/1",
      providerName: "Corp SSO",
      distinguish: false,
    });
  });

  it("follows a SAML store's server authorizeUri on the endpoint's host, with or without samlUrl", () => {
    const { accountStores, warnings } = normalizeViewModel(
      vm([], [{ ...samlStore, authorizeUri: "/saml/start?state=server-1" }]),
      { endpoint: "https://auth.example.com/register" },
    );
    expect(warnings).toEqual([]);
    expect(accountStores[0]).toMatchObject({
      kind: "saml",
      dialect: "client-api",
      authorizeUrl: "https://auth.example.com/saml/start?state=server-1",
    });
  });

  it("reads authorizeUri from the account store (Client API) and keeps stores without a clientId", () => {
    const { accountStores, warnings } = normalizeViewModel(
      vm(
        [],
        [
          {
            name: "Google",
            href: "https://api.stormpath.com/v1/directories/g",
            authorizeUri:
              "https://id.example.com/authorize?account_store_href=g&state=server-state",
            provider: { providerId: "google" },
          },
          // The store's URL wins over the provider's.
          {
            name: "GitHub",
            authorizeUri: "https://id.example.com/authorize?account_store_href=gh",
            provider: {
              providerId: "github",
              clientId: "ignored",
              authorizeUri: "https://github.com/login/oauth/authorize?client_id=x",
            },
          },
        ],
      ),
      { allowedHosts: ["id.example.com"] },
    );
    expect(warnings).toEqual([]);
    expect(accountStores.map((store) => [store.dialect, store.authorizeUrl])).toEqual([
      ["client-api", "https://id.example.com/authorize?account_store_href=g&state=server-state"],
      ["client-api", "https://id.example.com/authorize?account_store_href=gh"],
    ]);
    expect(accountStores[1]?.clientId).toBeUndefined();
  });

  it("names the provider, and the store only when two shown stores share a provider", () => {
    const { accountStores } = normalizeViewModel(
      vm(
        [],
        [
          { name: "Google Directory", provider: { providerId: "google", clientId: "1" } },
          { name: "Employees", provider: { providerId: "github", clientId: "2" } },
          { name: "Customers", provider: { providerId: "github", clientId: "3" } },
          {
            name: "Acme SSO",
            href: "https://api.example.com/v1/directories/s",
            provider: { providerId: "saml" },
          },
          // Dropped (unsafe): does not make the Google store ambiguous.
          { name: "Bad", provider: { providerId: "google", authorizeUri: "javascript:alert(1)" } },
        ],
      ),
      { samlUrl: `${location.origin}/sso`, development: true, page: location },
    );
    expect(
      accountStores.map((store) => [store.name, store.providerName, store.distinguish]),
    ).toEqual([
      ["Google Directory", "Google", false],
      ["Employees", "GitHub", true],
      ["Customers", "GitHub", true],
      ["Acme SSO", "Acme SSO", false],
    ]);
  });

  it("allows same-origin http only in development", () => {
    const store = {
      name: "Local",
      provider: { providerId: "okta", authorizeUri: `${location.origin}/authorize` },
    };
    const page = location;
    expect(
      normalizeViewModel(vm([], [store]), { development: true, page }).accountStores,
    ).toHaveLength(1);
    expect(
      normalizeViewModel(vm([], [store]), { development: false, page }).accountStores,
    ).toHaveLength(0);
    // Without a page (server rendering) nothing is same-origin.
    expect(normalizeViewModel(vm([], [store]), { development: true }).accountStores).toHaveLength(
      0,
    );
  });
});
