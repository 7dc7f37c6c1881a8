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
const htmlPage: Schema = { type: "string", maxLength: 65536, pattern: "^<!doctype html>" };

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
              config.style === "stormpath"
                ? "Verified. Stormpath style: no body (framework spec); a browser (Accept: text/html) gets a short HTML page."
                : "Verified: the account; a browser (Accept: text/html) gets a short HTML page.",
            headers: rate,
            // OpenAPI cannot say "no body, or this HTML" for one status: an extension says it.
            ...(config.style === "stormpath" ? { "x-body-optional": true } : {}),
            content: {
              ...(config.style === "stormpath"
                ? {}
                : { "application/json": { schema: ref("VerificationResult") } }),
              "text/html": { schema: htmlPage },
            },
          },
          "400": {
            ...verifyError(
              "The token is missing, unknown, expired or already used (see moreInfo/type: verification-token-missing|invalid|expired|used). A browser gets the reason as an HTML page.",
            ),
            content: {
              ...(verifyError("").content as Schema),
              "text/html": { schema: htmlPage },
            },
          },
          "429": verifyError("Too many requests from this client.", retryAfter),
          "500": verifyError("The verification could not be saved (or the server-error scenario)."),
          "503": verifyError("Temporarily unavailable (the unavailable scenario).", retryAfter),
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
          ...(config.style === "stormpath"
            ? { "200": { description: "Accepted (Stormpath style): no body.", headers: rate } }
            : { "202": { description: "Accepted (modern style): no body.", headers: rate } }),
          "400": verifyError("Bad JSON, not an object, no login, or a key other than login."),
          "413": verifyError("The body is too large."),
          "415": verifyError("Not application/json."),
          "429": verifyError("Too many requests for this login or from this client.", retryAfter),
          "500": verifyError("The email could not be queued (or the server-error scenario)."),
          "503": verifyError("Temporarily unavailable (the unavailable scenario).", retryAfter),
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
    ResendVerificationRequest: closed(
      {
        login: str(254, "The account's email address or username.", { minLength: 1 }),
      },
      ["login"],
    ),
  };
  // Only the modern style answers a verification with the account.
  if (config.style !== "stormpath")
    schemas.VerificationResult = closed(
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
    );
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
  const etag = { ETag: { $ref: "#/components/headers/ETag" } };
  const projection: Schema[] = [
    {
      name: "attributes",
      in: "query",
      required: false,
      description:
        "RFC 7644 §3.9: comma-separated attribute paths (`userName,name.givenName`); only those are returned, plus id and schemas. Names a User does not have are ignored.",
      schema: { type: "string", maxLength: 2000, pattern: NO_CONTROL },
    },
    {
      name: "excludedAttributes",
      in: "query",
      required: false,
      description: "RFC 7644 §3.9: attribute paths to leave out (id and schemas always stay).",
      schema: { type: "string", maxLength: 2000, pattern: NO_CONTROL },
    },
  ];
  const listParameters: Schema[] = [
    {
      name: "filter",
      in: "query",
      required: false,
      description:
        'RFC 7644 §3.4.2.2, on every attribute /Schemas lists plus id, externalId and meta.*: `userName eq "ada@example.com"`, `name pr`, `emails.primary eq true`, `emails[type eq "work"]`; eq ne co sw ew pr gt ge lt le, and/or/not, parentheses. Comparisons honour caseExact. `emails[type eq "work"].value eq "…"` is accepted too (an extension some identity providers send).',
      schema: { type: "string", maxLength: 2000, pattern: NO_CONTROL },
    },
    {
      name: "sortBy",
      in: "query",
      required: false,
      description:
        "RFC 7644 §3.4.2.3: an attribute path; multi-valued attributes sort by their primary value. Users without a value come last. Defaults to creation order.",
      schema: { type: "string", maxLength: 200, pattern: NO_CONTROL },
    },
    {
      name: "sortOrder",
      in: "query",
      required: false,
      description: "Defaults to ascending.",
      schema: { type: "string", enum: ["ascending", "descending"] },
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
    ...projection,
  ];
  const scimBody = (schema: string): Schema => ({
    required: true,
    content: {
      "application/scim+json": { schema: ref(schema) },
      "application/json": { schema: ref(schema) },
    },
  });
  const bodyErrors = {
    "413": scimError("The body is too large."),
    "415": scimError("Neither application/scim+json nor application/json."),
  };
  const userId = idParam("The user's id.", "^[^/]+$", 200);
  const precondition = {
    "412": scimError("If-Match names a version that is no longer current."),
  };
  const ifMatch: Schema = {
    name: "If-Match",
    in: "header",
    required: false,
    description:
      "Only change the user if its version (ETag, meta.version) is one of these; weak comparison, as RFC 7644 §3.14 uses. `*` matches any.",
    schema: { type: "string", maxLength: 500, pattern: NO_CONTROL },
  };
  paths[`${SCIM_BASE}/Users`] = {
    get: {
      operationId: "scimListUsers",
      tags: tagsScim,
      summary: "List users (every account), filtered, sorted and paged",
      description: "Accounts in creation order unless sortBy says otherwise.",
      security: scimSecurity,
      parameters: listParameters,
      responses: {
        "200": scimOk("A page of users.", "ScimUserList"),
        ...common,
        "400": scimError(
          "invalidFilter, or invalidValue (startIndex/count not an integer, sortOrder not ascending/descending, sortBy not sortable).",
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
      parameters: projection,
      requestBody: scimBody("ScimUserInput"),
      responses: {
        "201": scimOk("Created.", "ScimUser", {
          Location: { $ref: "#/components/headers/Location" },
          ...etag,
        }),
        ...common,
        "400": scimError("invalidSyntax (not JSON, no User schema) or invalidValue."),
        ...authed,
        "409": scimError(
          "scimType uniqueness: the userName is taken (also by a /register account).",
        ),
        ...bodyErrors,
      },
    },
  };
  paths[`${SCIM_BASE}/Users/.search`] = {
    post: {
      operationId: "scimSearchUsers",
      tags: tagsScim,
      summary: "List users with the query in a body (RFC 7644 §3.4.3)",
      description:
        "The parameters of GET /Users in a SearchRequest, so filters stay out of URLs and logs.",
      security: scimSecurity,
      requestBody: scimBody("ScimSearchRequest"),
      responses: {
        "200": scimOk("A page of users.", "ScimUserList"),
        ...common,
        "400": scimError("invalidSyntax (no SearchRequest schema), invalidFilter or invalidValue."),
        ...authed,
        ...bodyErrors,
      },
    },
  };
  paths[`${SCIM_BASE}/Users/{id}`] = {
    get: {
      operationId: "scimGetUser",
      tags: tagsScim,
      summary: "One user",
      description:
        "The ETag header equals meta.version. With If-None-Match naming the current version, 304 and no body.",
      security: scimSecurity,
      parameters: [
        userId,
        ...projection,
        {
          name: "If-None-Match",
          in: "header",
          required: false,
          description: "Versions the client already has (weak comparison); `*` matches any.",
          schema: { type: "string", maxLength: 500, pattern: NO_CONTROL },
        },
      ],
      responses: {
        "200": scimOk("The user.", "ScimUser", etag),
        "304": {
          description: "Not modified: the client's version is current.",
          headers: {
            ...etag,
            "Access-Control-Allow-Origin": rate["Access-Control-Allow-Origin"],
          },
        },
        ...common,
        "400": scimError("The id is not valid percent-encoding, or attributes is malformed."),
        ...authed,
        "404": scimError("No such user."),
      },
    },
    put: {
      operationId: "scimReplaceUser",
      tags: tagsScim,
      summary: "Replace a user (RFC 7644 §3.5.1)",
      description:
        "Every readWrite attribute takes the value sent; one left out is cleared (a password left out is kept). The same rules as create: userName unique, emails equal to userName. Saved before the answer, like a create.",
      security: scimSecurity,
      parameters: [userId, ifMatch, ...projection],
      requestBody: scimBody("ScimUserInput"),
      responses: {
        "200": scimOk("Replaced.", "ScimUser", etag),
        ...common,
        "400": scimError("invalidSyntax or invalidValue."),
        ...authed,
        "404": scimError("No such user."),
        "409": scimError("scimType uniqueness: the userName is taken."),
        ...precondition,
        ...bodyErrors,
      },
    },
    patch: {
      operationId: "scimPatchUser",
      tags: tagsScim,
      summary: "Change part of a user (RFC 7644 §3.5.2)",
      description:
        'add, replace and remove, with paths in the RFC 7644 grammar: `name.givenName`, `emails[type eq "work"].value`, or no path and an object value. All operations apply or none does; the result must pass the same rules as a create.',
      security: scimSecurity,
      parameters: [userId, ifMatch, ...projection],
      requestBody: scimBody("ScimPatchOp"),
      responses: {
        "200": scimOk("Changed.", "ScimUser", etag),
        ...common,
        "400": scimError(
          "invalidSyntax, invalidPath, noTarget (a value path that matches nothing), mutability (id, meta) or invalidValue.",
        ),
        ...authed,
        "404": scimError("No such user."),
        "409": scimError("scimType uniqueness: the userName is taken."),
        ...precondition,
        ...bodyErrors,
      },
    },
    delete: {
      operationId: "scimDeleteUser",
      tags: tagsScim,
      summary: "Delete a user (the account)",
      description:
        "Removes the account and its verification links, saved before the answer. Its consent records stay: they are evidence of what was agreed.",
      security: scimSecurity,
      parameters: [userId, ifMatch],
      responses: {
        "204": { description: "Deleted.", headers: rate },
        ...common,
        ...authed,
        "404": scimError("No such user."),
        ...precondition,
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
      type: {
        type: "string",
        enum: ["string", "boolean", "complex", "dateTime", "reference", "integer"],
      },
      multiValued: { type: "boolean" },
      description: str(500, "What it holds."),
      required: { type: "boolean" },
      caseExact: { type: "boolean" },
      mutability: { type: "string", enum: ["readOnly", "readWrite", "immutable", "writeOnly"] },
      returned: { type: "string", enum: ["always", "never", "default", "request"] },
      uniqueness: { type: "string", enum: ["none", "server", "global"] },
      canonicalValues: {
        type: "array",
        maxItems: 20,
        items: { type: "string", maxLength: 50, pattern: "^[A-Za-z]+$" },
      },
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
          enum: [
            "invalidFilter",
            "invalidSyntax",
            "invalidValue",
            "invalidPath",
            "noTarget",
            "mutability",
            "uniqueness",
          ],
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
      ["schemas", "id"],
      {
        description:
          "Every attribute is returned unless `attributes` / `excludedAttributes` narrow the answer; id and schemas always are.",
      },
    ),
    ScimUserInput: closed(
      {
        schemas: multiString("Must include urn:ietf:params:scim:schemas:core:2.0:User."),
        externalId: str(255, "The provisioning client's identifier."),
        userName: { ...email, description: "An email address; unique (case-insensitive)." },
        name,
        id: str(200, "Ignored (readOnly)."),
        meta: {
          type: "object",
          description: "Ignored (readOnly).",
          additionalProperties: false,
          patternProperties: { "^[A-Za-z]+$": {} },
        },
        displayName: str(800, "The name to display; defaults to name.formatted."),
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
          "Attributes outside this schema (an extension schema's, readOnly id and meta) are ignored and never stored.",
        patternProperties: { "^urn:[A-Za-z0-9:._-]+$": { description: "An extension: ignored." } },
      },
    ),
    ScimPatchOp: closed(
      {
        schemas: multiString("Must include urn:ietf:params:scim:api:messages:2.0:PatchOp."),
        Operations: {
          type: "array",
          minItems: 1,
          maxItems: 100,
          items: closed(
            {
              op: {
                type: "string",
                maxLength: 7,
                pattern: "^([Aa][Dd][Dd]|[Rr][Ee][Pp][Ll][Aa][Cc][Ee]|[Rr][Ee][Mm][Oo][Vv][Ee])$",
                description: "add, replace or remove (any case).",
              },
              path: str(2000, 'An attribute path or a value path: `emails[type eq "work"].value`.'),
              value: {
                description:
                  "The new value; without a path, an object of attributes. Not used by remove.",
              },
            },
            ["op"],
          ),
        },
      },
      ["schemas", "Operations"],
      { description: "RFC 7644 §3.5.2." },
    ),
    ScimSearchRequest: closed(
      {
        schemas: multiString("Must include urn:ietf:params:scim:api:messages:2.0:SearchRequest."),
        filter: str(2000, "As the filter query parameter."),
        sortBy: str(200, "As the sortBy query parameter."),
        sortOrder: { type: "string", enum: ["ascending", "descending"] },
        startIndex: { type: "integer", format: "int32", minimum: -999999999, maximum: 999999999 },
        count: { type: "integer", format: "int32", minimum: -999999999, maximum: 999999999 },
        attributes: {
          type: "array",
          maxItems: 50,
          items: str(200, "An attribute path."),
        },
        excludedAttributes: {
          type: "array",
          maxItems: 50,
          items: str(200, "An attribute path."),
        },
      },
      ["schemas"],
      { description: "RFC 7644 §3.4.3." },
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
