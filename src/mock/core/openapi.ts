// The OpenAPI 3.1 description of the registration endpoint, built from the
// configuration so it always matches what the rules accept. The committed
// `openapi.json` is this document for the default configuration.
import type { ResolvedConfig } from "./config";
import { oauthRegistrationOpenApi } from "./oauth-registration-openapi";
import { formFields, type FormField } from "./resolve";
import { pwnedRangeOpenApi } from "./pwned-range-openapi";
import { stormpathSessionOpenApi } from "./stormpath-session-openapi";
import { verificationScimOpenApi } from "./verification-scim-openapi";

type Schema = Record<string, unknown>;

/** Text without control characters (tabs and newlines allowed). */
const NO_CONTROL = "^[^\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F]*$";

function text(maxLength: number, extra: Schema = {}): Schema {
  return { type: "string", maxLength, pattern: NO_CONTROL, ...extra };
}

function fieldSchema(field: FormField, config: ResolvedConfig): Schema {
  const description = field.label;
  switch (field.type) {
    case "password":
      return {
        type: "string",
        description: `${description}. Sent exactly as typed; length counts Unicode code points; NFKC-normalised before hashing.`,
        minLength: config.password.minLength,
        maxLength: config.password.maxLength,
        format: "password",
        writeOnly: true,
      };
    case "email":
      return { type: "string", format: "email", maxLength: 254, description };
    case "checkbox":
      return { type: "boolean", description };
    case "number":
      return { type: "number", minimum: -1e15, maximum: 1e15, description };
    case "date":
      return { type: "string", format: "date", maxLength: 10, description };
    case "url":
      return { type: "string", format: "uri", maxLength: field.maxLength ?? 2000, description };
    case "select": {
      const values = (field.options ?? []).map((o) => (typeof o === "string" ? o : o.value));
      return { type: "string", enum: values, description };
    }
    case "hidden":
      return {
        type: ["string", "number", "boolean"],
        maxLength: 2000,
        pattern: NO_CONTROL,
        minimum: -1e15,
        maximum: 1e15,
        description,
      };
    default:
      return text(
        field.maxLength ?? (field.known ? 255 : 2000),
        field.pattern ? { description, pattern: field.pattern } : { description },
      );
  }
}

const consentSchema: Schema = {
  type: "object",
  description:
    "The consent record. Stored with the account, together with the server's own timestamp.",
  additionalProperties: false,
  properties: {
    termsVersion: text(500),
    termsUrl: { type: "string", format: "uri", maxLength: 500 },
    privacyUrl: { type: "string", format: "uri", maxLength: 500 },
    acceptedAt: {
      type: "string",
      format: "date-time",
      maxLength: 64,
      description: "When the person accepted, by the client's clock.",
    },
    locale: { type: "string", maxLength: 35, pattern: "^[A-Za-z0-9-]*$" },
    marketing: { type: "boolean" },
  },
};

function captchaSchema(): Schema {
  return {
    type: "string",
    maxLength: 4096,
    pattern: "^[A-Za-z0-9._:-]*$",
    writeOnly: true,
    description:
      "hCaptcha response token (single-use). Required when the server runs with captcha on.",
  };
}

function requestSchema(config: ResolvedConfig, flat: boolean): Schema {
  const properties: Record<string, Schema> = {};
  const required: string[] = [];
  // Every key at the root under its configured name (`customData.plan` is one key).
  const place = (name: string, schema: Schema, isRequired: boolean): void => {
    properties[name] = schema;
    if (isRequired) required.push(name);
  };
  // The stormpath style accepts the consent and captcha keys only where it declares them.
  const modern = config.style === "modern";
  const withConsent = modern || config.consent.enabled;
  for (const field of formFields(config))
    place(field.name, fieldSchema(field, config), field.required);
  if (modern || config.captcha.enabled)
    place(config.captcha.field, captchaSchema(), config.captcha.enabled);
  if (flat) {
    if (withConsent) {
      for (const [key, schema] of Object.entries(
        consentSchema.properties as Record<string, Schema>,
      )) {
        // The bracket form qs reads as one record (the kit's no-JavaScript names).
        place(`${config.consent.field}[${key}]`, schema, false);
      }
    }
  }
  if (flat && modern) {
    place(
      "_csrf",
      {
        type: "string",
        maxLength: 64,
        pattern: "^[0-9a-f]+$",
        writeOnly: true,
        description:
          "Single-use CSRF token from the X-CSRF-Token header of GET (or GET /__mock/csrf).",
      },
      true,
    );
  }
  if (!flat && withConsent) place(config.consent.field, consentSchema, config.consent.required);
  return {
    type: "object",
    additionalProperties: false,
    description: modern
      ? "Exactly the fields of the view model, each at the root under its name (`customData.plan` is one key), plus the consent record and the captcha token. Any other key is refused."
      : "Exactly the fields of the view model (custom fields at the root, under their configured name; the server moves them into customData). A field configured as `customData.<name>` is that one dotted root key; sent inside `customData` it is refused by its inner name. Any other key is refused with `<key> is not a configured registration field.`. As on express-stormpath, values are not type-checked.",
    properties,
    required,
  };
}

const rateHeaders = {
  "RateLimit-Limit": { $ref: "#/components/headers/RateLimit-Limit" },
  "RateLimit-Remaining": { $ref: "#/components/headers/RateLimit-Remaining" },
  "RateLimit-Reset": { $ref: "#/components/headers/RateLimit-Reset" },
  "Access-Control-Allow-Origin": { $ref: "#/components/headers/Access-Control-Allow-Origin" },
};

function errorResponse(description: string, extraHeaders: Record<string, unknown> = {}): Schema {
  return {
    description,
    headers: { ...rateHeaders, ...extraHeaders },
    content: {
      "application/json": { schema: { $ref: "#/components/schemas/StormpathError" } },
      "application/problem+json": { schema: { $ref: "#/components/schemas/Problem" } },
    },
  };
}

/** Builds the document for a configuration. */
export function buildOpenApiDocument(config: ResolvedConfig): Record<string, unknown> {
  const endpoint = config.endpoint;
  const oauth = oauthRegistrationOpenApi(config);
  const issue11 = verificationScimOpenApi(config);
  const issue12 = pwnedRangeOpenApi(config);
  const session = stormpathSessionOpenApi(config);
  const stormpath = config.style === "stormpath";
  const retryAfter = { "Retry-After": { $ref: "#/components/headers/Retry-After" } };
  const success = (description: string, withLocation: boolean): Schema => ({
    description,
    headers: {
      ...rateHeaders,
      ...(withLocation ? { Location: { $ref: "#/components/headers/Location" } } : {}),
    },
    content: {
      "application/json": { schema: { $ref: "#/components/schemas/RegistrationResult" } },
    },
  });
  const document: Record<string, unknown> = {
    openapi: "3.1.0",
    info: {
      title: "signup-kit registration endpoint",
      version: "1.0.0",
      description:
        "The /register contract as the signup-kit mock server implements it: the Stormpath view model and registration, in Stormpath style (200, one error at a time) or modern style (201 + Location, RFC 9457 problem details).",
      license: { name: "MIT", identifier: "MIT" },
      contact: { name: "signup-kit maintainers" },
    },
    servers: [
      {
        url: "/",
        description: "The local mock server (development and testing), wherever it runs.",
        "x-internal": true,
      },
    ],
    tags: [
      {
        name: "registration",
        description: "User signup (not OAuth client registration, RFC 7591).",
      },
      {
        name: "oauth-client-registration",
        description: "OAuth 2.0 dynamic client registration (RFC 7591) and management (RFC 7592).",
      },
      ...issue11.tags,
      ...issue12.tags,
      {
        name: "discovery",
        description:
          "This document and the RFC 8414 / OpenID Connect discovery documents (which name OAuth client registration, not user signup).",
      },
      ...session.tags,
    ],
    paths: {
      [endpoint]: {
        get: {
          operationId: "getRegistrationForm",
          tags: ["registration"],
          summary: "The registration view model",
          description: stormpath
            ? "Negotiated as express-stormpath does: the Accept entries in order of preference, `*/*` (or no Accept at all) meaning HTML; JSON only when `application/json` comes before any HTML type. The HTML page is text only (a no-JavaScript form, nosniff, no script). 406 when neither is acceptable. Public: no credentials."
            : "JSON for `Accept: application/json`; an HTML notice with a no-JavaScript form for `text/html`; 406 otherwise. Public: no credentials. Every answer carries a single-use CSRF token for the urlencoded form.",
          security: [{}],
          responses: {
            "200": {
              description:
                "The view model (only enabled fields, in render order; account stores in priority order).",
              headers: {
                ...rateHeaders,
                Allow: {
                  description: "The methods the path answers (on 405).",
                  schema: { type: "string", maxLength: 100, pattern: "^[A-Z]+(, [A-Z]+)*$" },
                },
                "Access-Control-Allow-Methods": {
                  description: "Methods a cross-origin page may use (preflight).",
                  schema: { type: "string", maxLength: 100, pattern: "^[A-Z]+(, ?[A-Z]+)*$" },
                },
                "Access-Control-Allow-Headers": {
                  description:
                    "Request headers a cross-origin page may send (preflight): those it asked for.",
                  schema: { type: "string", maxLength: 2000, pattern: NO_CONTROL },
                },
                "Access-Control-Max-Age": {
                  description: "Seconds the browser may cache the preflight answer.",
                  schema: { type: "integer", format: "int32", minimum: 0, maximum: 86400 },
                },
                ...(stormpath
                  ? {}
                  : { "X-CSRF-Token": { $ref: "#/components/headers/X-CSRF-Token" } }),
              },
              content: {
                "application/json": { schema: { $ref: "#/components/schemas/ViewModel" } },
                "text/html": {
                  schema: { type: "string", maxLength: 65536, pattern: "^<!doctype html>" },
                },
              },
            },
            "400": errorResponse("Not sent by GET; listed so clients handle every 4xx alike."),
            "406": errorResponse("Neither JSON nor HTML is acceptable."),
            "429": errorResponse("Too many requests from this client.", retryAfter),
            "500": errorResponse("Server trouble. The body is never shown to the person."),
            "503": {
              description: "Temporarily unavailable.",
              headers: {
                ...retryAfter,
                "Access-Control-Allow-Origin": rateHeaders["Access-Control-Allow-Origin"],
              },
              content: {
                "application/json": { schema: { $ref: "#/components/schemas/StormpathError" } },
              },
            },
          },
        },
        post: {
          operationId: "register",
          tags: ["registration"],
          summary: "Create an account",
          description:
            "Public: no account credentials. When the server runs with captcha on, an hCaptcha token is required (body key or header). Never retried automatically: not idempotent.",
          security: config.captcha.enabled ? [{ captcha: [] }] : [{}, { captcha: [] }],
          requestBody: {
            required: true,
            content: {
              "application/json": { schema: requestSchema(config, false) },
              "application/x-www-form-urlencoded": { schema: requestSchema(config, true) },
            },
          },
          responses: {
            "200": stormpath
              ? {
                  ...success(
                    `Created (Stormpath style)${config.session.enabled && config.autoLogin ? "; with autoLogin, the development session cookie is set" : ""}. A browser's urlencoded form post (HTML preferred) that is refused gets the form again with the message, as an HTML page.`,
                    false,
                  ),
                  content: {
                    "application/json": {
                      schema: { $ref: "#/components/schemas/RegistrationResult" },
                    },
                    "text/html": {
                      schema: { type: "string", maxLength: 65536, pattern: "^<!doctype html>" },
                    },
                  },
                }
              : success("Created (Stormpath style).", false),
            ...(stormpath
              ? {
                  "302": {
                    description:
                      "A browser's urlencoded form post (HTML preferred) that created the account, as express-stormpath redirects it: to `{login}?status=created`, `{login}?status=unverified`, or with autoLogin to the `next` query parameter's path (default `/`).",
                    headers: {
                      ...rateHeaders,
                      Location: {
                        description: "Where the browser goes next: a path on this server.",
                        schema: { type: "string", maxLength: 2048, pattern: "^/" },
                      },
                    },
                    content: {
                      "text/html": {
                        schema: { type: "string", maxLength: 4096, pattern: "^<p>Found\\. " },
                      },
                    },
                  },
                }
              : {}),
            "201": success("Created (modern style); Location names the account.", true),
            "400": errorResponse(
              stormpath
                ? `Invalid payload, one error at a time as \`{status, message}\`: "<Label> required.", "Passwords do not match.", "<key> is not a configured registration field.", the password policy${config.stormpathVersion === 4 ? ' (Okta\'s text, prefixed "password: ")' : ""}, bad JSON, or a missing/invalid/reused captcha token${config.stormpathVersion === 4 ? '; also a duplicate email: "An account with that email address already exists."' : ""}.`
                : "Invalid payload: unknown key, missing required field, wrong type, password policy (including a password in the breached list), passwords do not match, bad JSON, or a missing/invalid/reused captcha token.",
            ),
            ...(stormpath
              ? {}
              : { "403": errorResponse("Urlencoded form without a valid CSRF token.") }),
            ...(stormpath && config.stormpathVersion === 4
              ? {}
              : {
                  "409": errorResponse(
                    "An account with that email (or username) already exists. Not sent in enumeration-safe mode.",
                  ),
                }),
            "413": errorResponse("The body is too large."),
            "415": errorResponse("The content type is neither JSON nor urlencoded."),
            "422": errorResponse(
              "Semantically invalid, for example a disposable email domain, or under the minimum age when an age gate is configured.",
            ),
            "429": errorResponse("Too many attempts from this client.", retryAfter),
            "500": errorResponse("The account could not be saved."),
            "503": {
              description: "Temporarily unavailable.",
              headers: {
                ...retryAfter,
                "Access-Control-Allow-Origin": rateHeaders["Access-Control-Allow-Origin"],
              },
              content: {
                "application/json": { schema: { $ref: "#/components/schemas/StormpathError" } },
              },
            },
          },
        },
      },
      ...oauth.paths,
      ...issue11.paths,
      ...issue12.paths,
      "/openapi.json": {
        get: {
          operationId: "getOpenApiDocument",
          tags: ["discovery"],
          summary: "This document",
          description:
            "Built from the configuration in force, so it always matches what the server does.",
          security: [{}],
          responses: {
            "200": {
              description: "The OpenAPI 3.1 document.",
              headers: {
                "Access-Control-Allow-Origin": rateHeaders["Access-Control-Allow-Origin"],
              },
              content: {
                "application/json": { schema: { $ref: "#/components/schemas/OpenApiDocument" } },
              },
            },
          },
        },
      },
      ...wellKnownPaths(),
      ...session.paths,
    },
    components: {
      securitySchemes: {
        ...oauth.securitySchemes,
        ...issue11.securitySchemes,
        ...session.securitySchemes,
        captcha: {
          type: "apiKey",
          in: "header",
          name: "X-Captcha-Token",
          description: `hCaptcha response token, verified once like siteverify. Send it in the body as \`${config.captcha.field}\` (the kit's default) or in this header.`,
        },
      },
      headers: {
        ...issue11.headers,
        ...session.headers,
        "WWW-Authenticate": {
          description: "Bearer challenge (RFC 6750) on 401.",
          schema: { type: "string", maxLength: 500, pattern: "^Bearer " },
        },
        "RateLimit-Limit": {
          description: "Requests allowed per window.",
          schema: { type: "integer", format: "int32", minimum: 0, maximum: 1000000 },
        },
        "RateLimit-Remaining": {
          description: "Requests left in this window.",
          schema: { type: "integer", format: "int32", minimum: 0, maximum: 1000000 },
        },
        "RateLimit-Reset": {
          description: "Seconds until the window resets.",
          schema: { type: "integer", format: "int32", minimum: 0, maximum: 86400 },
        },
        "Retry-After": {
          description: "Seconds to wait before trying again.",
          schema: { type: "integer", format: "int32", minimum: 0, maximum: 86400 },
        },
        Location: {
          description: "URL of the new account.",
          schema: { type: "string", format: "uri", maxLength: 2000 },
        },
        Allow: {
          description: "The methods the path answers (on 405).",
          schema: { type: "string", maxLength: 100, pattern: "^[A-Z]+(, [A-Z]+)*$" },
        },
        "Access-Control-Allow-Methods": {
          description: "Methods a cross-origin page may use (preflight).",
          schema: { type: "string", maxLength: 100, pattern: "^[A-Z]+(, ?[A-Z]+)*$" },
        },
        "Access-Control-Allow-Headers": {
          description:
            "Request headers a cross-origin page may send (preflight): those it asked for.",
          schema: { type: "string", maxLength: 2000, pattern: NO_CONTROL },
        },
        "Access-Control-Max-Age": {
          description: "Seconds the browser may cache the preflight answer.",
          schema: { type: "integer", format: "int32", minimum: 0, maximum: 86400 },
        },
        ...(stormpath
          ? {}
          : {
              "X-CSRF-Token": {
                description: "Single-use token for the urlencoded form (`_csrf`).",
                schema: { type: "string", maxLength: 64, pattern: "^[0-9a-f]+$" },
              },
            }),
        "Access-Control-Allow-Origin": {
          description:
            "The request's Origin, echoed (with Access-Control-Allow-Credentials: true) when it is a loopback origin (localhost, 127.0.0.1, [::1]); absent for any other origin. `*` on the public breached-password range.",
          schema: {
            type: "string",
            maxLength: 300,
            pattern: "^(\\*|https?://(localhost|127\\.0\\.0\\.1|\\[::1\\])(:[0-9]{1,5})?)$",
          },
        },
      },
      schemas: {
        ViewModel: {
          type: "object",
          additionalProperties: false,
          required: ["form", "accountStores"],
          properties: {
            form: {
              type: "object",
              additionalProperties: false,
              required: ["fields"],
              properties: {
                fields: {
                  type: "array",
                  maxItems: 100,
                  items: { $ref: "#/components/schemas/ViewModelField" },
                },
              },
            },
            accountStores: {
              type: "array",
              maxItems: 100,
              items: { $ref: "#/components/schemas/AccountStore" },
            },
          },
        },
        ViewModelField: {
          type: "object",
          additionalProperties: false,
          required: ["name", "label", "required", "type"],
          properties: {
            name: text(200),
            label: text(500),
            placeholder: text(500),
            required: { type: "boolean" },
            type: { type: "string", maxLength: 40, pattern: "^[a-z-]+$" },
            description: text(2000),
            options: {
              type: "array",
              maxItems: 500,
              items: {
                oneOf: [
                  text(500),
                  {
                    type: "object",
                    additionalProperties: false,
                    required: ["value"],
                    properties: { value: text(500), label: text(500) },
                  },
                ],
              },
            },
            defaultValue: {
              type: ["string", "number", "boolean"],
              maxLength: 2000,
              pattern: NO_CONTROL,
              minimum: -1e15,
              maximum: 1e15,
            },
            minLength: { type: "integer", format: "int32", minimum: 0, maximum: 100000 },
            maxLength: { type: "integer", format: "int32", minimum: 0, maximum: 100000 },
            pattern: text(1000),
            visible: {
              type: "boolean",
              description:
                "`false` on a declared key the client fills itself (the consent record, the captcha token): not drawn.",
            },
            enabled: { type: "boolean" },
          },
        },
        AccountStore: {
          type: "object",
          additionalProperties: false,
          properties: {
            href: { type: "string", format: "uri", maxLength: 2000 },
            name: text(500),
            status: { type: "string", enum: ["ENABLED", "DISABLED"] },
            listIndex: { type: "integer", format: "int32", minimum: 0, maximum: 10000 },
            priority: { type: "integer", format: "int32", minimum: 0, maximum: 10000 },
            authorizeUri: {
              type: "string",
              format: "uri-reference",
              maxLength: 2000,
              description:
                "Client API dialect: the server's own authorization URL (with its `state`), followed as given.",
            },
            provider: {
              type: "object",
              additionalProperties: false,
              properties: {
                href: { type: "string", format: "uri", maxLength: 2000 },
                providerId: { type: "string", maxLength: 100, pattern: "^[A-Za-z0-9_-]+$" },
                clientId: text(500),
                clientSecret: text(500, {
                  description:
                    "Never meant to reach a browser: a misconfigured server leaks it, and clients must ignore it (signup-kit does). The mock sends whatever its configuration holds (the unsafe-provider preset sends one on purpose).",
                  deprecated: true,
                }),
                scope: text(500),
                authorizeUri: { type: "string", format: "uri", maxLength: 2000 },
              },
            },
          },
        },
        Account: {
          type: "object",
          additionalProperties: false,
          description: "The account's root properties only: never the password, never custom data.",
          required: ["href", "username", "email", "fullName", "status", "createdAt", "modifiedAt"],
          properties: {
            href: { type: "string", format: "uri", maxLength: 2000 },
            username: text(255),
            email: { type: "string", format: "email", maxLength: 254 },
            givenName: text(255),
            middleName: { ...text(255), type: ["string", "null"] },
            surname: text(255),
            fullName: text(800),
            status: { type: "string", enum: ["ENABLED", "UNVERIFIED"] },
            createdAt: { type: "string", format: "date-time", maxLength: 64 },
            modifiedAt: { type: "string", format: "date-time", maxLength: 64 },
            emailVerificationStatus: {
              type: "string",
              enum: ["UNVERIFIED", "VERIFIED", "UNKNOWN"],
            },
            // express-stormpath 4.0.0 (stormpathVersion 4) adds Okta's user members.
            id: { type: "string", maxLength: 100, pattern: "^[A-Za-z0-9_-]+$" },
            created: { type: "string", format: "date-time", maxLength: 64 },
            activated: { type: ["string", "null"], format: "date-time", maxLength: 64 },
            statusChanged: { type: ["string", "null"], format: "date-time", maxLength: 64 },
            lastLogin: { type: ["string", "null"], format: "date-time", maxLength: 64 },
            lastUpdated: { type: "string", format: "date-time", maxLength: 64 },
            passwordChanged: { type: "string", format: "date-time", maxLength: 64 },
          },
        },
        RegistrationResult: {
          type: "object",
          additionalProperties: false,
          required: ["account"],
          properties: { account: { $ref: "#/components/schemas/Account" } },
        },
        StormpathError: {
          type: "object",
          additionalProperties: false,
          description:
            "Stormpath style: one error at a time, `{status, message}` only, as express-stormpath passes errors on. `code`, `developerMessage` and `moreInfo` (the Stormpath REST API's members) appear only in forced scenario bodies and on the verification routes.",
          required: ["status", "message"],
          properties: {
            status: { type: "integer", format: "int32", minimum: 400, maximum: 599 },
            code: {
              type: "integer",
              format: "int32",
              minimum: 0,
              maximum: 100000,
              description:
                "2000 required, 2001 unique, 2007/2008 length (2007 also a blocklisted or breached password).",
            },
            message: text(2000),
            developerMessage: text(2000),
            moreInfo: { type: "string", format: "uri", maxLength: 2000 },
            "error-codes": { $ref: "#/components/schemas/CaptchaErrorCodes" },
          },
        },
        Problem: {
          type: "object",
          additionalProperties: false,
          description: "RFC 9457 problem details (modern style).",
          required: ["type", "title", "status"],
          properties: {
            type: { type: "string", format: "uri-reference", maxLength: 2000 },
            title: text(500),
            status: { type: "integer", format: "int32", minimum: 400, maximum: 599 },
            detail: text(2000),
            errors: {
              type: "array",
              maxItems: 100,
              items: {
                type: "object",
                additionalProperties: false,
                required: ["pointer", "detail"],
                properties: {
                  pointer: { type: "string", maxLength: 500, pattern: "^#/" },
                  detail: text(2000),
                  code: { type: "string", maxLength: 100, pattern: "^[a-z0-9(), -]+$" },
                },
              },
            },
            "error-codes": { $ref: "#/components/schemas/CaptchaErrorCodes" },
          },
        },
        CaptchaErrorCodes: {
          type: "array",
          maxItems: 5,
          description: "hCaptcha siteverify error codes, on captcha errors.",
          items: {
            type: "string",
            enum: [
              "missing-input-response",
              "invalid-input-response",
              "invalid-or-already-seen-response",
            ],
          },
        },
        ...oauth.schemas,
        ...issue11.schemas,
        OpenApiDocument: {
          type: "object",
          additionalProperties: false,
          required: ["openapi", "info", "paths"],
          properties: {
            openapi: { type: "string", maxLength: 10, pattern: "^3\\.1\\.[0-9]+$" },
            info: { type: "object", description: "Title, version, licence." },
            servers: { type: "array", maxItems: 10, items: { type: "object" } },
            tags: { type: "array", maxItems: 50, items: { type: "object" } },
            paths: { type: "object", description: "The operations." },
            components: { type: "object", description: "Schemas, headers, security schemes." },
          },
        },
        AuthorizationServerMetadata: {
          type: "object",
          additionalProperties: false,
          description:
            "RFC 8414 / OpenID Connect Discovery metadata: only what the mock serves. registration_endpoint is OAuth client registration (RFC 7591), not user signup.",
          required: ["issuer", "response_types_supported"],
          properties: {
            issuer: { type: "string", format: "uri", maxLength: 2000 },
            registration_endpoint: { type: "string", format: "uri", maxLength: 2000 },
            service_documentation: { type: "string", format: "uri", maxLength: 2000 },
            response_types_supported: {
              type: "array",
              maxItems: 20,
              items: { type: "string", maxLength: 100, pattern: NO_CONTROL },
            },
            grant_types_supported: {
              type: "array",
              maxItems: 20,
              items: { type: "string", maxLength: 100, pattern: NO_CONTROL },
            },
            signup_kit: {
              type: "object",
              additionalProperties: false,
              description: "Where this mock's own endpoints are.",
              properties: {
                register_endpoint: { type: "string", format: "uri", maxLength: 2000 },
                openapi: { type: "string", format: "uri", maxLength: 2000 },
                hcaptcha_script: { type: "string", format: "uri", maxLength: 2000 },
                health: { type: "string", format: "uri", maxLength: 2000 },
                note: text(500),
              },
            },
          },
        },
        ...session.schemas,
      },
    },
  };
  addMethodAnswers(document.paths as Record<string, Record<string, unknown>>);
  return document;
}

function wellKnownPaths(): Record<string, unknown> {
  const paths: Record<string, unknown> = {};
  for (const [path, operationId, summary] of [
    [
      "/.well-known/oauth-authorization-server",
      "getAuthorizationServerMetadata",
      "Authorization server metadata (RFC 8414)",
    ],
    [
      "/.well-known/openid-configuration",
      "getOpenIdConfiguration",
      "OpenID Connect discovery document (the same metadata)",
    ],
  ] as const) {
    paths[path] = {
      get: {
        operationId,
        tags: ["discovery"],
        summary,
        description:
          "registration_endpoint is OAuth client registration (RFC 7591), present when it is on; user signup is signup_kit.register_endpoint.",
        security: [{}],
        responses: {
          "200": {
            description: "The metadata.",
            headers: { "Access-Control-Allow-Origin": rateHeaders["Access-Control-Allow-Origin"] },
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/AuthorizationServerMetadata" },
              },
            },
          },
        },
      },
    };
  }
  return paths;
}

const METHODS = ["get", "put", "post", "delete", "patch"] as const;

function pascal(text: string): string {
  return text
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((part) => part[0]?.toUpperCase() + part.slice(1))
    .join("");
}

/**
 * JSON pointers of the operations {@link buildOpenApiDocument} adds for 405s
 * and preflights (`x-generated`), for the lint overrides.
 */
export function generatedOperationPointers(document: Record<string, unknown>): string[] {
  const out: string[] = [];
  for (const [path, item] of Object.entries(document.paths as Record<string, Schema>)) {
    for (const [method, operation] of Object.entries(item)) {
      if (operation && typeof operation === "object" && "x-generated" in operation)
        out.push(
          `#/paths/${path.replace(/~/g, "~0").replace(/\//g, "~1").replace(/\{/g, "%7B").replace(/\}/g, "%7D")}/${method}`,
        );
    }
  }
  return out;
}

/**
 * Declares what every path answers beyond its operations: the CORS preflight
 * (OPTIONS, 204) and 405 with Allow for the methods it does not take, in the
 * error format of the path's other errors.
 */
function addMethodAnswers(paths: Record<string, Record<string, unknown>>): void {
  for (const [path, item] of Object.entries(paths)) {
    const operations = METHODS.filter((m) => item[m]);
    const first = item[operations[0] ?? "get"] as Schema | undefined;
    const tags = (first?.tags as string[] | undefined) ?? ["registration"];
    let content: unknown = errorResponse("").content;
    for (const m of operations) {
      const responses = ((item[m] as Schema).responses ?? {}) as Record<string, Schema>;
      const error = Object.entries(responses).find(([status, r]) => /^4/.test(status) && r.content);
      if (error) {
        content = error[1].content;
        break;
      }
    }
    const allowed = [
      ...operations.map((m) => m.toUpperCase()),
      ...(operations.includes("get") ? ["HEAD"] : []),
    ];
    const id = pascal(path);
    // The path's parameters, which every operation of a templated path must declare.
    const pathParams = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => {
      for (const mm of operations) {
        const found = (((item[mm] as Schema).parameters ?? []) as Schema[]).find(
          (p) => p.in === "path" && p.name === m[1],
        );
        if (found) return found;
      }
      return {
        name: m[1],
        in: "path",
        required: true,
        schema: { type: "string", maxLength: 200, pattern: "^[^/]+$" },
      };
    });
    const withParams = pathParams.length > 0 && !item.parameters ? { parameters: pathParams } : {};
    for (const method of METHODS) {
      if (item[method]) continue;
      item[method] = {
        "x-generated": "method-not-allowed",
        operationId: `methodNotAllowed${pascal(method)}${id}`,
        ...withParams,
        tags,
        summary: `${method.toUpperCase()} is not allowed here`,
        description: `Answers 405 with Allow: ${allowed.join(", ")}.`,
        security: [{}],
        responses: {
          "405": {
            description: "Method not allowed.",
            headers: {
              Allow: { $ref: "#/components/headers/Allow" },
              "Access-Control-Allow-Origin": rateHeaders["Access-Control-Allow-Origin"],
            },
            content,
          },
        },
      };
    }
    // The checks at the door, before any route runs, in the path's error format.
    const door = (description: string): Schema => ({
      description,
      headers: rateHeaders,
      content,
    });
    for (const method of METHODS) {
      const responses = (item[method] as Schema).responses as Record<string, Schema>;
      if (method !== "get" && !responses["403"])
        responses["403"] = door(
          "Refused as cross-site: a request that changes state, from a page on another site (its Origin or Sec-Fetch-Site), when the server guards against them (the standalone server does).",
        );
      if ((method === "post" || method === "put" || method === "patch") && !responses["415"])
        responses["415"] = door(
          "Refused before any rule runs: the body is not JSON, when the server guards against cross-site requests (a page on another site cannot send JSON without a preflight).",
        );
      if (path.includes("{") && !responses["400"])
        responses["400"] = door("The path holds malformed percent-encoding.");
    }
    item.options = {
      "x-generated": "preflight",
      operationId: `preflight${id}`,
      ...withParams,
      tags,
      summary: "CORS preflight",
      description: `Answered for every path before any rule runs. Loopback origins get their Origin back with credentials allowed; others get no Access-Control-Allow-Origin, so the browser refuses the request.`,
      security: [{}],
      responses: {
        "204": {
          description: "Preflight answer.",
          headers: {
            "Access-Control-Allow-Origin": rateHeaders["Access-Control-Allow-Origin"],
            "Access-Control-Allow-Methods": {
              $ref: "#/components/headers/Access-Control-Allow-Methods",
            },
            "Access-Control-Allow-Headers": {
              $ref: "#/components/headers/Access-Control-Allow-Headers",
            },
            "Access-Control-Max-Age": { $ref: "#/components/headers/Access-Control-Max-Age" },
          },
        },
      },
    };
  }
}
