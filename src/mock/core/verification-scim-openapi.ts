// The OpenAPI part for email verification (`/verify`) and the SCIM 2.0 feed
// (`/scim/v2`), merged into the mock's document by openapi.ts.
import type { ResolvedConfig } from "./config";
import { SCIM_BASE } from "./scim";

type Schema = Record<string, unknown>;

const NO_CONTROL = "^[^\\u0000-\\u001F\\u007F]*$";
const str = (maxLength: number, description: string, extra: Schema = {}): Schema => ({
  type: "string",
  maxLength,
  pattern: NO_CONTROL,
  description,
  ...extra,
});
const dateTime = (description: string): Schema => ({
  type: "string",
  format: "date-time",
  maxLength: 64,
  description,
});
const uri = (description: string): Schema => ({
  type: "string",
  format: "uri",
  maxLength: 2000,
  description,
});
const int = (description: string, maximum = 1_000_000): Schema => ({
  type: "integer",
  format: "int32",
  minimum: 0,
  maximum,
  description,
});
const ref = (name: string): Schema => ({ $ref: `#/components/schemas/${name}` });
const closed = (
  properties: Record<string, Schema>,
  required: string[] = [],
  extra: Schema = {},
) => ({
  type: "object",
  additionalProperties: false,
  properties,
  ...(required.length ? { required } : {}),
  ...extra,
});

const rate = {
  "RateLimit-Limit": { $ref: "#/components/headers/RateLimit-Limit" },
  "RateLimit-Remaining": { $ref: "#/components/headers/RateLimit-Remaining" },
  "RateLimit-Reset": { $ref: "#/components/headers/RateLimit-Reset" },
  "Access-Control-Allow-Origin": { $ref: "#/components/headers/Access-Control-Allow-Origin" },
};
const retryAfter = { "Retry-After": { $ref: "#/components/headers/Retry-After" } };

/** Paths, security schemes, schemas and tags of `/verify` and `/scim/v2`. */
export function verificationScimOpenApi(config: ResolvedConfig): {
  paths: Record<string, unknown>;
  securitySchemes: Record<string, unknown>;
  schemas: Record<string, unknown>;
  headers: Record<string, unknown>;
  tags: Array<{ name: string; description: string }>;
} {
  const verifyError = (description: string, extra: Schema = {}): Schema => ({
    description,
    headers: { ...rate, ...extra },
    content: {
      "application/json": { schema: ref("VerificationError") },
      "application/problem+json": { schema: ref("Problem") },
    },
  });
  const paths: Record<string, unknown> = {
    [config.verification.path]: {
      get: {
        operationId: "verifyEmail",
        tags: ["email-verification"],
        summary: "Verify an email address with the token from the link",
        description:
          "Uses up the single-use token; the account becomes ENABLED with emailVerificationStatus VERIFIED (and every other outstanding link of the account is used up too). Public: the token is the credential. A browser (Accept: text/html) gets a short HTML page instead of JSON. Errors tell an expired, used, unknown or missing token apart by `moreInfo` (Stormpath style) or `type` (modern style).",
        security: [{}],
        parameters: [
          {
            name: "sptoken",
            in: "query",
            required: false,
            description: "The token from the email link (43 URL-safe characters).",
            schema: { type: "string", maxLength: 200, pattern: "^[A-Za-z0-9_-]*$" },
          },
        ],
        responses: {
          "200": {
            description:
              "Verified. Stormpath style: no body (framework spec). Modern style: the account.",
            headers: rate,
            content: {
              "application/json": { schema: ref("VerificationResult") },
              "text/html": {
                schema: { type: "string", maxLength: 65536, pattern: "^<!doctype html>" },
              },
            },
          },
          "400": verifyError(
            "The token is missing, unknown, expired or already used (see moreInfo/type: verification-token-missing|invalid|expired|used).",
          ),
          "429": verifyError("Too many requests from this client.", retryAfter),
          "500": verifyError("The verification could not be saved."),
        },
      },
      post: {
        operationId: "resendVerificationEmail",
        tags: ["email-verification"],
        summary: "Send the verification email again",
        description:
          "Answers the same whether or not an account with that login exists, or still needs verifying, so it cannot be used to find accounts. Rate-limited per login (counted for logins with no account too) and per client.",
        security: [{}],
        requestBody: {
          required: true,
          content: { "application/json": { schema: ref("ResendVerificationRequest") } },
        },
        responses: {
          "200": { description: "Accepted (Stormpath style): no body.", headers: rate },
          "202": { description: "Accepted (modern style): no body.", headers: rate },
          "400": verifyError("Bad JSON, not an object, no login, or a key other than login."),
          "413": verifyError("The body is too large."),
          "415": verifyError("Not application/json."),
          "429": verifyError("Too many requests for this login or from this client.", retryAfter),
          "500": verifyError("The email could not be queued."),
        },
      },
    },
  };

  const schemas: Record<string, unknown> = {
    VerificationError: closed(
      {
        status: { type: "integer", format: "int32", minimum: 400, maximum: 599 },
        code: { type: "integer", format: "int32", minimum: 400, maximum: 599 },
        message: str(2000, "What the person reads."),
        error: str(2000, "The same message, in the framework spec's `{ error }` shape."),
        developerMessage: str(2000, "The reason, then the message."),
        moreInfo: {
          type: "string",
          format: "uri",
          maxLength: 200,
          description: "urn:signup-kit:mock:error:<reason>",
        },
      },
      ["status", "message"],
      { description: "Stormpath style error of the verify endpoint." },
    ),
    VerificationResult: closed(
      {
        account: closed(
          {
            href: uri("The account."),
            email: { type: "string", format: "email", maxLength: 254 },
            status: { type: "string", enum: ["ENABLED", "UNVERIFIED", "DISABLED"] },
            emailVerificationStatus: {
              type: "string",
              enum: ["VERIFIED", "UNVERIFIED", "UNKNOWN"],
            },
          },
          ["href", "email", "status", "emailVerificationStatus"],
        ),
      },
      ["account"],
    ),
    ResendVerificationRequest: closed(
      {
        login: str(254, "The account's email address or username.", { minLength: 1 }),
      },
      ["login"],
    ),
  };
  const tags = [
    {
      name: "email-verification",
      description:
        "Email verification (Stormpath `/verify`): follow the link, or ask for it again.",
    },
  ];

  if (!config.scim.enabled) return { paths, securitySchemes: {}, schemas, headers: {}, tags };

  const scimSecurity = config.scim.token ? [{ scimBearer: [] }] : [{}];
  const scimError = (description: string, extra: Schema = {}): Schema => ({
    description,
    headers: { ...rate, ...extra },
    content: { "application/scim+json": { schema: ref("ScimError") } },
  });
  const scimOk = (description: string, schema: string, extra: Schema = {}): Schema => ({
    description,
    headers: { ...rate, ...extra },
    content: { "application/scim+json": { schema: ref(schema) } },
  });
  const challenge = { "WWW-Authenticate": { $ref: "#/components/headers/WWW-Authenticate" } };
  const common = {
    "400": scimError("Not sent for this request; listed so clients handle every 4xx alike."),
    "429": scimError("Too many requests from this client.", retryAfter),
    "500": scimError("Server trouble."),
  };
  const authed = {
    "401": scimError("No bearer token, or a wrong one.", challenge),
  };
  const tagsScim = ["scim"];
  const discovery = (operationId: string, summary: string, schema: string): Schema => ({
    get: {
      operationId,
      tags: tagsScim,
      summary,
      description: "Discovery is public, so a client can learn how to authenticate.",
      security: [{}],
      responses: { "200": scimOk(summary, schema), ...common },
    },
  });
  const idParam = (description: string, pattern: string, maxLength = 100): Schema => ({
    name: "id",
    in: "path",
    required: true,
    description,
    schema: { type: "string", maxLength, pattern },
  });

  paths[`${SCIM_BASE}/ServiceProviderConfig`] = discovery(
    "scimServiceProviderConfig",
    "What this SCIM service supports",
    "ScimServiceProviderConfig",
  );
  paths[`${SCIM_BASE}/ResourceTypes`] = discovery(
    "scimResourceTypes",
    "The resource types (User)",
    "ScimDiscoveryList",
  );
  paths[`${SCIM_BASE}/ResourceTypes/{id}`] = {
    get: {
      ...(discovery("scimResourceType", "One resource type", "ScimResourceType").get as Schema),
      parameters: [idParam("User", "^[A-Za-z]+$")],
      responses: {
        "200": scimOk("The resource type.", "ScimResourceType"),
        "404": scimError("Unknown resource type."),
        ...common,
      },
    },
  };
  paths[`${SCIM_BASE}/Schemas`] = discovery(
    "scimSchemas",
    "The schemas (User)",
    "ScimDiscoveryList",
  );
  paths[`${SCIM_BASE}/Schemas/{id}`] = {
    get: {
      ...(discovery("scimSchema", "One schema", "ScimSchema").get as Schema),
      parameters: [idParam("The schema URN.", "^urn:[A-Za-z0-9:._-]+$", 200)],
      responses: {
        "200": scimOk("The schema.", "ScimSchema"),
        "404": scimError("Unknown schema."),
        ...common,
      },
    },
  };
  paths[`${SCIM_BASE}/Users`] = {
    get: {
      operationId: "scimListUsers",
      tags: tagsScim,
      summary: "List users (every account), filtered and paged",
      description:
        "Accounts in creation order. `attributes`, `excludedAttributes` and `sortBy` are not supported (full resources, creation order).",
      security: scimSecurity,
      parameters: [
        {
          name: "filter",
          in: "query",
          required: false,
          description:
            'RFC 7644 §3.4.2.2: `userName eq "ada@example.com"`; eq ne co sw ew pr gt ge lt le, and/or/not, parentheses. Attributes: id, externalId, userName, displayName, name.*, emails(.value), active, meta.created, meta.lastModified.',
          schema: { type: "string", maxLength: 2000, pattern: NO_CONTROL },
        },
        {
          name: "startIndex",
          in: "query",
          required: false,
          description: "1-based index of the first result; below 1 means 1. Defaults to 1.",
          schema: { type: "integer", format: "int32", minimum: -999999999, maximum: 999999999 },
        },
        {
          name: "count",
          in: "query",
          required: false,
          description: `Results per page; negative means 0; capped at ${config.scim.maxResults}. Defaults to ${config.scim.maxResults}.`,
          schema: { type: "integer", format: "int32", minimum: -999999999, maximum: 999999999 },
        },
      ],
      responses: {
        "200": scimOk("A page of users.", "ScimUserList"),
        ...common,
        "400": scimError(
          "invalidFilter, or a startIndex/count that is not an integer (invalidValue).",
        ),
        ...authed,
      },
    },
    post: {
      operationId: "scimCreateUser",
      tags: tagsScim,
      summary: "Create a user (an ENABLED account, or DISABLED with active: false)",
      description:
        "userName must be an email address; it becomes the account's email. readOnly attributes (id, meta) and attributes outside the User schema are ignored and never stored.",
      security: scimSecurity,
      requestBody: {
        required: true,
        content: {
          "application/scim+json": { schema: ref("ScimUserInput") },
          "application/json": { schema: ref("ScimUserInput") },
        },
      },
      responses: {
        "201": scimOk("Created.", "ScimUser", {
          Location: { $ref: "#/components/headers/Location" },
          ETag: { $ref: "#/components/headers/ETag" },
        }),
        ...common,
        "400": scimError("invalidSyntax (not JSON, no User schema) or invalidValue."),
        ...authed,
        "409": scimError(
          "scimType uniqueness: the userName is taken (also by a /register account).",
        ),
        "413": scimError("The body is too large."),
        "415": scimError("Neither application/scim+json nor application/json."),
      },
    },
  };
  paths[`${SCIM_BASE}/Users/{id}`] = {
    get: {
      operationId: "scimGetUser",
      tags: tagsScim,
      summary: "One user",
      description: "The ETag header equals meta.version.",
      security: scimSecurity,
      parameters: [idParam("The user's id.", "^[A-Za-z0-9_-]+$")],
      responses: {
        "200": scimOk("The user.", "ScimUser", { ETag: { $ref: "#/components/headers/ETag" } }),
        ...common,
        ...authed,
        "404": scimError("No such user."),
      },
    },
  };

  const multiString = (description: string): Schema => ({
    type: "array",
    maxItems: 10,
    description,
    items: { type: "string", maxLength: 200, pattern: "^urn:[A-Za-z0-9:._-]+$" },
  });
  const meta = closed(
    {
      resourceType: {
        type: "string",
        enum: ["User", "ResourceType", "Schema", "ServiceProviderConfig"],
      },
      created: dateTime("When the account was created."),
      lastModified: dateTime("When it last changed (for example, verified)."),
      location: uri("This resource."),
      version: { type: "string", maxLength: 20, pattern: '^W/"[0-9a-f]+"$' },
    },
    ["resourceType", "location"],
  );
  const name = closed({
    formatted: str(800, "Full name."),
    familyName: str(255, "Family name (Stormpath surname)."),
    givenName: str(255, "Given name."),
    middleName: str(255, "Middle name."),
  });
  const email = { type: "string", format: "email", maxLength: 254 };
  const emails = {
    type: "array",
    maxItems: 10,
    items: closed(
      {
        value: email,
        primary: { type: "boolean" },
        type: { type: "string", maxLength: 50, pattern: "^[A-Za-z]*$" },
        display: str(254, "Display form."),
      },
      ["value"],
    ),
  };
  const supported = closed({ supported: { type: "boolean" } }, ["supported"]);
  const attribute: Schema = closed(
    {
      name: { type: "string", maxLength: 100, pattern: "^[A-Za-z$][\\w$-]*$" },
      type: { type: "string", enum: ["string", "boolean", "complex", "dateTime"] },
      multiValued: { type: "boolean" },
      description: str(500, "What it holds."),
      required: { type: "boolean" },
      caseExact: { type: "boolean" },
      mutability: { type: "string", enum: ["readOnly", "readWrite", "immutable", "writeOnly"] },
      returned: { type: "string", enum: ["always", "never", "default", "request"] },
      uniqueness: { type: "string", enum: ["none", "server", "global"] },
      subAttributes: { type: "array", maxItems: 20, items: ref("ScimAttribute") },
    },
    ["name", "type", "multiValued"],
  );

  Object.assign(schemas, {
    ScimError: closed(
      {
        schemas: multiString("urn:ietf:params:scim:api:messages:2.0:Error"),
        status: {
          type: "string",
          maxLength: 3,
          pattern: "^[45][0-9][0-9]$",
          description: "The HTTP status, as a string (RFC 7644 §3.12).",
        },
        scimType: {
          type: "string",
          enum: ["invalidFilter", "invalidSyntax", "invalidValue", "uniqueness"],
        },
        detail: str(2000, "What went wrong."),
      },
      ["schemas", "status"],
      { description: "RFC 7644 §3.12." },
    ),
    ScimUser: closed(
      {
        schemas: multiString("urn:ietf:params:scim:schemas:core:2.0:User"),
        id: { type: "string", maxLength: 100, pattern: "^[A-Za-z0-9_-]+$" },
        externalId: str(255, "The provisioning client's identifier."),
        userName: { ...email, description: "The account's email address." },
        name,
        displayName: str(800, "Full name."),
        emails,
        active: { type: "boolean", description: "true when the account is ENABLED." },
        meta,
      },
      ["schemas", "id", "userName", "active", "meta"],
    ),
    ScimUserInput: closed(
      {
        schemas: multiString("Must include urn:ietf:params:scim:schemas:core:2.0:User."),
        externalId: str(255, "The provisioning client's identifier."),
        userName: { ...email, description: "An email address; unique (case-insensitive)." },
        name,
        displayName: str(255, "Full name; defaults to the name parts."),
        emails: { ...emails, description: "If given, every value must equal userName." },
        active: {
          type: "boolean",
          description: "false creates a DISABLED account. Defaults to true.",
        },
        password: {
          type: "string",
          format: "password",
          writeOnly: true,
          minLength: config.password.minLength,
          maxLength: config.password.maxLength,
          description:
            "Hashed on arrival, never returned. Without one, the account has no password.",
        },
      },
      ["schemas", "userName"],
      {
        description:
          "Attributes outside this schema (enterprise extension, readOnly id and meta) are ignored and never stored.",
      },
    ),
    ScimUserList: closed(
      {
        schemas: multiString("urn:ietf:params:scim:api:messages:2.0:ListResponse"),
        totalResults: int("Users matching the filter."),
        startIndex: int("1-based index of the first result.", 1_000_000_000),
        itemsPerPage: int("Users on this page."),
        Resources: { type: "array", maxItems: 1000, items: ref("ScimUser") },
      },
      ["schemas", "totalResults", "startIndex", "itemsPerPage", "Resources"],
    ),
    ScimDiscoveryList: closed(
      {
        schemas: multiString("urn:ietf:params:scim:api:messages:2.0:ListResponse"),
        totalResults: int("Entries."),
        startIndex: int("Always 1."),
        itemsPerPage: int("Entries."),
        Resources: {
          type: "array",
          maxItems: 10,
          items: { oneOf: [ref("ScimResourceType"), ref("ScimSchema")] },
        },
      },
      ["schemas", "totalResults", "Resources"],
    ),
    ScimResourceType: closed(
      {
        schemas: multiString("urn:ietf:params:scim:schemas:core:2.0:ResourceType"),
        id: { type: "string", maxLength: 50, pattern: "^[A-Za-z]+$" },
        name: { type: "string", maxLength: 50, pattern: "^[A-Za-z]+$" },
        endpoint: { type: "string", maxLength: 50, pattern: "^/[A-Za-z]+$" },
        description: str(200, "What it is."),
        schema: { type: "string", maxLength: 200, pattern: "^urn:[A-Za-z0-9:._-]+$" },
        meta,
      },
      ["schemas", "name", "endpoint", "schema"],
    ),
    ScimSchema: closed(
      {
        schemas: multiString("urn:ietf:params:scim:schemas:core:2.0:Schema"),
        id: { type: "string", maxLength: 200, pattern: "^urn:[A-Za-z0-9:._-]+$" },
        name: { type: "string", maxLength: 50, pattern: "^[A-Za-z]+$" },
        description: str(500, "What it describes."),
        attributes: { type: "array", maxItems: 50, items: ref("ScimAttribute") },
        meta,
      },
      ["schemas", "id", "attributes"],
    ),
    ScimAttribute: attribute,
    ScimServiceProviderConfig: closed(
      {
        schemas: multiString("urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig"),
        patch: supported,
        bulk: closed(
          {
            supported: { type: "boolean" },
            maxOperations: int("0: not supported."),
            maxPayloadSize: int("0: not supported."),
          },
          ["supported"],
        ),
        filter: closed({ supported: { type: "boolean" }, maxResults: int("Largest page.") }, [
          "supported",
        ]),
        changePassword: supported,
        sort: supported,
        etag: supported,
        authenticationSchemes: {
          type: "array",
          maxItems: 5,
          items: closed(
            {
              type: { type: "string", enum: ["oauthbearertoken"] },
              name: str(100, "Name."),
              description: str(500, "How."),
              specUri: uri("The specification."),
              primary: { type: "boolean" },
            },
            ["type", "name", "description"],
          ),
        },
        meta,
      },
      [
        "schemas",
        "patch",
        "bulk",
        "filter",
        "changePassword",
        "sort",
        "etag",
        "authenticationSchemes",
      ],
    ),
  });

  return {
    paths,
    securitySchemes: config.scim.token
      ? {
          scimBearer: {
            type: "http",
            scheme: "bearer",
            description:
              "The mock's configured SCIM token (scim.token; default signup-kit-scim-dev-token), as `Authorization: Bearer …`.",
          },
        }
      : {},
    schemas,
    headers: {
      ETag: {
        description: "The resource's version (weak), equal to meta.version.",
        schema: { type: "string", maxLength: 20, pattern: '^W/"[0-9a-f]+"$' },
      },
    },
    tags: [
      ...tags,
      {
        name: "scim",
        description:
          "SCIM 2.0 provisioning feed (RFC 7643/7644): every account is a User. application/scim+json throughout.",
      },
    ],
  };
}
