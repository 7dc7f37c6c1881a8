import { describe, expect, it } from "vitest";
import { classifyFailure, errorTarget, retryAfterSeconds } from "./client";
import { buildMetadata, buildUpdateBody, draftFrom } from "./draft";
import {
  GRANT_TYPES,
  checkGrantResponseConsistency,
  checkRedirectUri,
  isValidContact,
  isValidScope,
  narrowToSupported,
  normaliseResponseType,
  validateMetadata,
} from "../contract/clientMetadata";
import { offeredChoices } from "./useClientRegistration";
import { isNewSecret } from "./useClientRegistrationManager";

describe("redirect URIs (RFC 7591 §2, RFC 6749 §3.1.2, RFC 8252)", () => {
  it.each([
    ["https://app.example.com/cb", undefined],
    ["http://127.0.0.1:8080/cb", undefined],
    ["http://[::1]/cb", undefined],
    ["http://localhost:3000/cb", undefined],
    ["http://app.example.com/cb", "redirectUriInsecure"],
    ["ftp://app.example.com/cb", "redirectUriInsecure"],
    ["javascript:alert(1)", "redirectUriInsecure"],
    ["/cb", "redirectUriInvalid"],
    [" https://app.example.com/cb", "redirectUriInvalid"],
    ["https://app.example.com/cb#x", "redirectUriFragment"],
    ["https://app.example.com/cb#", "redirectUriFragment"],
  ])("%s → %s", (uri, code) => {
    expect(checkRedirectUri(uri)).toBe(code);
  });
});

describe("grant and response types (§2.1)", () => {
  it("pairs code with authorization_code and token with implicit, both ways", () => {
    expect(checkGrantResponseConsistency(["authorization_code"], ["code"])).toEqual([]);
    expect(checkGrantResponseConsistency(["client_credentials"], [])).toEqual([]);
    expect(checkGrantResponseConsistency(undefined, undefined)).toEqual([]);
    expect(
      checkGrantResponseConsistency(["client_credentials"], ["code"]).map((i) => i.code),
    ).toEqual(["codeNeedsAuthorizationCode"]);
    expect(
      checkGrantResponseConsistency(["authorization_code"], ["code", "token"]).map((i) => i.code),
    ).toEqual(["tokenNeedsImplicit"]);
    expect(checkGrantResponseConsistency(["authorization_code"], []).map((i) => i.code)).toEqual([
      "authorizationCodeNeedsCode",
    ]);
    expect(
      checkGrantResponseConsistency(["authorization_code", "implicit"], ["code"]).map(
        (i) => i.code,
      ),
    ).toEqual(["implicitNeedsToken"]);
  });
});

describe("other members", () => {
  it("checks scope tokens, contacts, URLs, jwks", () => {
    expect(isValidScope("read write:all")).toBe(true);
    expect(isValidScope("read  write")).toBe(false);
    expect(isValidScope('a"b')).toBe(false);
    const codes = validateMetadata({
      redirect_uris: ["https://a.example/cb"],
      contacts: ["x"],
      logo_uri: "javascript:x",
      jwks: {},
      jwks_uri: "https://a.example/jwks",
    }).map((i) => i.code);
    expect(codes).toEqual(["contactInvalid", "urlInvalid", "jwksBoth"]);
    expect(validateMetadata({ redirect_uris: [] }).map((i) => i.code)).toEqual([
      "redirectUriRequired",
    ]);
  });
});

describe("server errors", () => {
  it("targets the member an RFC 7591 error names", () => {
    expect(errorTarget("invalid_redirect_uri", "redirect_uris[2]: nope")).toEqual({
      field: "redirect_uris",
      index: 2,
    });
    expect(errorTarget("invalid_redirect_uri", undefined)).toEqual({ field: "redirect_uris" });
    expect(errorTarget("invalid_client_metadata", "The scope and contacts are bad")).toEqual({
      field: "scope",
    });
    expect(errorTarget("invalid_client_metadata", "client_names is unknown")).toEqual({});
    expect(errorTarget("invalid_software_statement", "scope")).toEqual({});
  });
  it("sorts status codes", () => {
    const r = (status: number, headers: Record<string, string> = {}) =>
      new Response(null, { status, headers });
    expect(classifyFailure(r(401), "")).toEqual({ kind: "unauthorized", status: 401 });
    expect(classifyFailure(r(403), "")).toEqual({ kind: "forbidden", status: 403 });
    expect(classifyFailure(r(429, { "retry-after": "7" }), "")).toEqual({
      kind: "rate-limited",
      status: 429,
      retryAfter: 7,
    });
    expect(classifyFailure(r(500), '{"error":"x"}')).toEqual({ kind: "server", status: 500 });
    expect(classifyFailure(r(400), "<html>")).toEqual({ kind: "unexpected", status: 400 });
    expect(retryAfterSeconds("garbage")).toBe(30);
  });
});

describe("request bodies", () => {
  it("derives response_types from grant types when the field is hidden", () => {
    const draft = {
      ...draftFrom(),
      grant_types: ["authorization_code", "implicit"],
      redirect_uris: ["https://a.example/cb"],
    };
    expect(buildMetadata(draft, ["grant_types", "redirect_uris"]).response_types).toEqual([
      "code",
      "token",
    ]);
  });
  it("builds a full update without server-managed members or the secret", () => {
    const body = buildUpdateBody(
      {
        client_id: "c",
        client_secret: "s",
        client_secret_expires_at: 0,
        client_id_issued_at: 1,
        registration_access_token: "t",
        registration_client_uri: "u",
        software_id: "sw",
        scope: "old",
      },
      { client_name: "n" },
    );
    expect(body).toEqual({ client_id: "c", software_id: "sw", client_name: "n" });
  });
});

describe("OpenID Connect response types (OIDC Dynamic Client Registration §2)", () => {
  const codes = (grants: string[], responses: string[]) =>
    checkGrantResponseConsistency(grants, responses).map((i) => i.code);
  it.each([
    [["implicit"], ["id_token"]],
    [["implicit"], ["id_token token"]],
    [["authorization_code", "implicit"], ["code id_token"]],
    [["authorization_code", "implicit"], ["code token"]],
    [["authorization_code", "implicit"], ["code id_token token"]],
    [
      ["authorization_code", "implicit"],
      ["code", "id_token"],
    ],
    [[], ["none"]],
    [["client_credentials"], []],
  ])("%j with %j agree", (grants, responses) => {
    expect(codes(grants, responses)).toEqual([]);
  });
  it("still pairs each word with its grant", () => {
    expect(codes(["implicit"], ["code id_token"])).toEqual(["codeNeedsAuthorizationCode"]);
    expect(codes(["authorization_code"], ["code id_token"])).toEqual(["tokenNeedsImplicit"]);
    expect(codes(["authorization_code", "implicit"], ["code", "none"])).toEqual([
      "implicitNeedsToken",
    ]);
    expect(codes(["authorization_code"], ["none"])).toEqual(["authorizationCodeNeedsCode"]);
  });
  it("compares response types by their words, not their order", () => {
    expect(normaliseResponseType("token id_token code")).toBe("code id_token token");
    expect(
      narrowToSupported(["id_token token"], ["token id_token"], normaliseResponseType),
    ).toEqual(["id_token token"]);
  });
});

describe("what is offered", () => {
  it("narrows to the server's metadata when it lists values, and only then", () => {
    const oidcProvider = {
      response_types_supported: ["code id_token", "code", "id_token", "none"],
      grant_types_supported: ["implicit", "authorization_code", "refresh_token"],
    };
    expect(offeredChoices({}, oidcProvider)).toEqual({
      grantTypes: ["authorization_code", "implicit", "refresh_token"],
      responseTypes: ["code", "id_token", "code id_token", "none"],
      authMethods: ["client_secret_basic", "client_secret_post", "none"],
    });
    // No metadata, or empty lists: RFC 7591's response types, every grant.
    for (const server of [
      undefined,
      {},
      { response_types_supported: [], grant_types_supported: [] },
    ])
      expect(offeredChoices({}, server)).toMatchObject({
        grantTypes: [...GRANT_TYPES],
        responseTypes: ["code", "token"],
      });
    // The app's own lists are narrowed too.
    expect(
      offeredChoices({ grantTypes: ["client_credentials", "refresh_token"] }, oidcProvider)
        .grantTypes,
    ).toEqual(["refresh_token"]);
  });
});

describe("rotated secrets", () => {
  it("are a different secret, or a changed expiry; a repeated secret is not", () => {
    const info = (client_secret?: string, client_secret_expires_at?: number) => ({
      client_id: "c",
      ...(client_secret !== undefined ? { client_secret } : {}),
      ...(client_secret_expires_at !== undefined ? { client_secret_expires_at } : {}),
    });
    expect(isNewSecret({ secret: "a", expiresAt: 0 }, info("a", 0))).toBe(false);
    expect(isNewSecret({ secret: "a", expiresAt: 0 }, info("b", 0))).toBe(true);
    expect(isNewSecret({ secret: "a", expiresAt: 0 }, info("a", 99))).toBe(true);
    expect(isNewSecret({ secret: "a", expiresAt: 0 }, info())).toBe(false);
    // The read did not include the secret: a secret in the answer is a new one.
    expect(isNewSecret({}, info("a", 0))).toBe(true);
  });
});

describe("contacts", () => {
  it.each([
    ["dev@example.com", true],
    ["first.last+tag@sub.example.co.uk", true],
    ["dev@localhost", true],
    ["dev@[127.0.0.1].example", false],
    ["dev@[127.0.0.1]", false],
    ['"quoted"@example.com', false],
    ["dev@-example.com", false],
    ["dev@example..com", false],
    ["jörg@example.com", false],
    ["not-an-email", false],
  ])("%s → %s (the HTML standard's valid email address, as oidc-provider)", (value, valid) => {
    expect(isValidContact(value)).toBe(valid);
  });
});
