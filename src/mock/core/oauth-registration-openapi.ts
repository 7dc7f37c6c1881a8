// The OpenAPI part for OAuth client registration (RFC 7591/7592), merged into
// the mock's document by openapi.ts.
import {
  GRANT_TYPES,
  RESPONSE_TYPES,
  TOKEN_ENDPOINT_AUTH_METHODS,
  URL_FIELDS,
} from "../../contract/clientMetadata";
import type { ResolvedConfig } from "./config";

type Schema = Record<string, unknown>;

const NO_CONTROL = "^[^\\u0000-\\u001F\\u007F]*$";
const uri = (description: string): Schema => ({
  type: "string",
  format: "uri",
  maxLength: 2000,
  description,
});
const str = (maxLength: number, description: string): Schema => ({
  type: "string",
  maxLength,
  pattern: NO_CONTROL,
  description,
});
const list = (items: Schema, description: string): Schema => ({
  type: "array",
  maxItems: 50,
  items,
  description,
});

function metadataProperties(): Record<string, Schema> {
  return {
    redirect_uris: list(
      uri("Absolute, no fragment; https, or http for a loopback host."),
      "Redirection URIs. Required for the authorization_code and implicit grants.",
    ),
    token_endpoint_auth_method: {
      type: "string",
      enum: [...TOKEN_ENDPOINT_AUTH_METHODS],
      description: "Defaults to client_secret_basic; `none` issues no client secret.",
    },
    grant_types: list(
      { type: "string", enum: [...GRANT_TYPES] },
      'Defaults to ["authorization_code"]. Must agree with response_types (RFC 7591 §2.1).',
    ),
    response_types: list({ type: "string", enum: [...RESPONSE_TYPES] }, 'Defaults to ["code"].'),
    client_name: str(200, "Human-readable name."),
    client_uri: uri("Home page of the client."),
    logo_uri: uri("Logo of the client."),
    scope: {
      type: "string",
      maxLength: 2000,
      pattern: "^[\\x21\\x23-\\x5B\\x5D-\\x7E]+( [\\x21\\x23-\\x5B\\x5D-\\x7E]+)*$",
      description: "Space-separated scope values.",
    },
    contacts: list(
      { type: "string", format: "email", maxLength: 254 },
      "Email addresses of people responsible for the client.",
    ),
    tos_uri: uri("Terms of service."),
    policy_uri: uri("Privacy policy."),
    jwks_uri: uri("The client's JWK Set; not together with jwks."),
    software_id: str(200, "Identifier of the client software."),
    software_version: str(200, "Version of the client software."),
    jwks: {
      type: "object",
      additionalProperties: false,
      required: ["keys"],
      description: "The client's JWK Set by value; not together with jwks_uri.",
      properties: {
        keys: { type: "array", maxItems: 50, items: { type: "object", description: "A JWK." } },
      },
    },
  };
}

/** Language-tagged forms of the human-readable members (RFC 7591 §2.2): `client_name#ja-Jpan-JP`. */
function languageTagged(): Record<string, Schema> {
  return {
    [`^(client_name|${URL_FIELDS.join("|")})#[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$`]: str(
      2000,
      "A human-readable member in one language (BCP 47 tag after #).",
    ),
  };
}

const unknownMember: Schema = {
  description: "Client metadata this server does not know: ignored, not stored (RFC 7591 §2).",
};

const securedOnly = (name: string) => [{ [name]: [] }];

/** Paths, security schemes and schemas of the OAuth client registration endpoints. */
export function oauthRegistrationOpenApi(config: ResolvedConfig): {
  paths: Record<string, unknown>;
  securitySchemes: Record<string, unknown>;
  schemas: Record<string, unknown>;
} {
  const settings = config.oauthRegistration;
  if (!settings.enabled) return { paths: {}, securitySchemes: {}, schemas: {} };
  const rate = {
    "RateLimit-Limit": { $ref: "#/components/headers/RateLimit-Limit" },
    "RateLimit-Remaining": { $ref: "#/components/headers/RateLimit-Remaining" },
    "RateLimit-Reset": { $ref: "#/components/headers/RateLimit-Reset" },
    "Access-Control-Allow-Origin": { $ref: "#/components/headers/Access-Control-Allow-Origin" },
  };
  const error = (description: string, extra: Record<string, unknown> = {}): Schema => ({
    description,
    headers: { ...rate, ...extra },
    content: { "application/json": { schema: { $ref: "#/components/schemas/OAuthError" } } },
  });
  const info = (description: string): Schema => ({
    description,
    headers: rate,
    content: {
      "application/json": { schema: { $ref: "#/components/schemas/ClientInformation" } },
    },
  });
  const challenge = { "WWW-Authenticate": { $ref: "#/components/headers/WWW-Authenticate" } };
  const retryAfter = { "Retry-After": { $ref: "#/components/headers/Retry-After" } };
  const common = {
    "401": error(
      "Missing or invalid bearer token (RFC 6750), or an unknown client (RFC 7592).",
      challenge,
    ),
    "429": error("Too many requests from this client.", retryAfter),
    "500": error(
      "The change could not be saved (error server_error in the server-error scenario).",
    ),
    "503": error(
      "Temporarily unavailable (the unavailable scenario): error temporarily_unavailable.",
      retryAfter,
    ),
  };
  const tags = ["oauth-client-registration"];
  const clientIdParam = {
    name: "client_id",
    in: "path",
    required: true,
    schema: { type: "string", maxLength: 64, pattern: "^[A-Za-z0-9_-]+$" },
  };
  return {
    paths: {
      [settings.path]: {
        post: {
          operationId: "registerClient",
          tags,
          summary: "Register an OAuth client (RFC 7591)",
          description:
            "Client metadata in, client information out. Members the server does not understand are ignored (RFC 7591 §2). Errors use the RFC 7591 §3.2.2 codes; error_description starts with the member it concerns.",
          security: settings.initialAccessTokens.length
            ? securedOnly("initialAccessToken")
            : [{}, { initialAccessToken: [] }],
          requestBody: {
            required: true,
            content: {
              "application/json": { schema: { $ref: "#/components/schemas/ClientMetadata" } },
            },
          },
          responses: {
            "201": {
              ...info(
                "Registered. The only answer that holds the client secret in clear; Location is registration_client_uri.",
              ),
              headers: { ...rate, Location: { $ref: "#/components/headers/Location" } },
            },
            "400": error(
              "invalid_redirect_uri, invalid_client_metadata, invalid_software_statement or unapproved_software_statement.",
            ),
            "413": error("The body is too large."),
            "415": error("The body is not application/json."),
            ...common,
          },
        },
      },
      [`${settings.path}/{client_id}`]: {
        parameters: [clientIdParam],
        get: {
          operationId: "readClient",
          tags,
          summary: "Read a client registration (RFC 7592 §2.1)",
          description: "Never returns the client secret: the server keeps only its digest.",
          security: securedOnly("registrationAccessToken"),
          responses: {
            "200": info("The registration in force."),
            "400": error("Not sent by GET; listed so clients handle every 4xx alike."),
            "403": error(
              "Only from the oauth-forbidden scenario: a token of another client gets 401, like an unknown one.",
            ),
            ...common,
          },
        },
        put: {
          operationId: "updateClient",
          tags,
          summary: "Replace a client's metadata (RFC 7592 §2.2)",
          description:
            "The full metadata with client_id; omitted members are removed. registration_access_token, registration_client_uri, client_secret_expires_at and client_id_issued_at must not be sent; client_secret, if sent, must match. A rotated secret is returned once.",
          security: securedOnly("registrationAccessToken"),
          requestBody: {
            required: true,
            content: {
              "application/json": { schema: { $ref: "#/components/schemas/ClientUpdate" } },
            },
          },
          responses: {
            "200": info("Updated."),
            "400": error("The metadata breaks a rule (RFC 7591 §3.2.2 codes)."),
            "403": error(
              "Only from the oauth-forbidden scenario: a token of another client gets 401, like an unknown one.",
            ),
            "413": error("The body is too large."),
            "415": error("The body is not application/json."),
            ...common,
          },
        },
        delete: {
          operationId: "deleteClient",
          tags,
          summary: "Delete a client registration (RFC 7592 §2.3)",
          description:
            "Removes the client; later calls with its registration access token get 401.",
          security: securedOnly("registrationAccessToken"),
          responses: {
            "204": { description: "Deleted; the token no longer works.", headers: rate },
            "400": error("Not sent by DELETE; listed so clients handle every 4xx alike."),
            "403": error(
              "Only from the oauth-forbidden scenario: a token of another client gets 401, like an unknown one.",
            ),
            ...common,
          },
        },
      },
    },
    securitySchemes: {
      initialAccessToken: {
        type: "http",
        scheme: "bearer",
        description:
          "Initial access token for protected registration (RFC 7591 §3), when the server is configured with one.",
      },
      registrationAccessToken: {
        type: "http",
        scheme: "bearer",
        description:
          "The registration_access_token from the client information response (RFC 7592).",
      },
    },
    schemas: {
      ClientMetadata: {
        type: "object",
        description:
          "RFC 7591 §2 client metadata. Human-readable members may also come language-tagged (`client_name#ja-Jpan-JP`, §2.2). Any other member is metadata this server does not know: ignored and not stored, as §2 requires.",
        properties: metadataProperties(),
        patternProperties: languageTagged(),
        additionalProperties: unknownMember,
      },
      ClientUpdate: {
        type: "object",
        required: ["client_id"],
        description:
          "RFC 7592 §2.2: the full metadata plus client_id (and optionally the current client_secret). Unknown members are ignored, as on registration.",
        properties: {
          client_id: { type: "string", maxLength: 64, pattern: "^[A-Za-z0-9_-]+$" },
          client_secret: {
            type: "string",
            maxLength: 200,
            pattern: "^[A-Za-z0-9_-]+$",
            writeOnly: true,
          },
          ...metadataProperties(),
        },
        patternProperties: languageTagged(),
        additionalProperties: unknownMember,
      },
      ClientInformation: {
        type: "object",
        additionalProperties: false,
        required: ["client_id", "registration_access_token", "registration_client_uri"],
        description: "RFC 7591 §3.2.1 / RFC 7592 §3 client information response.",
        properties: {
          client_id: { type: "string", maxLength: 64, pattern: "^[A-Za-z0-9_-]+$" },
          client_secret: {
            type: "string",
            maxLength: 200,
            pattern: "^[A-Za-z0-9_-]+$",
            description: "Only in the answer that issues it.",
          },
          client_id_issued_at: { type: "integer", format: "int64", minimum: 0, maximum: 1e11 },
          client_secret_expires_at: {
            type: "integer",
            format: "int64",
            minimum: 0,
            maximum: 1e11,
            description:
              "Seconds since the epoch; 0 = never. Present when the client has a secret.",
          },
          registration_access_token: {
            type: "string",
            maxLength: 200,
            pattern: "^[A-Za-z0-9_-]+$",
          },
          registration_client_uri: uri("The client configuration endpoint (RFC 7592)."),
          ...metadataProperties(),
        },
        // Only what the server kept: the members it knows, and their language-tagged forms.
        patternProperties: languageTagged(),
      },
      OAuthError: {
        type: "object",
        additionalProperties: false,
        required: ["error"],
        properties: {
          error: {
            type: "string",
            enum: [
              "invalid_redirect_uri",
              "invalid_client_metadata",
              "invalid_software_statement",
              "unapproved_software_statement",
              "invalid_token",
              "insufficient_scope",
              "invalid_request",
              "server_error",
              "temporarily_unavailable",
            ],
          },
          error_description: str(2000, "For the developer; starts with the member it concerns."),
        },
      },
    },
  };
}
