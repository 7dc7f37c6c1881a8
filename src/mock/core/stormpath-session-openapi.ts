// The OpenAPI part for the development login session of the stormpath style
// (`POST /login`, `GET /me`, `POST /logout`), merged into the mock's document
// by openapi.ts. Present only when the session routes are mounted.
import type { ResolvedConfig } from "./config";

type Schema = Record<string, unknown>;

const cors = {
  "RateLimit-Limit": { $ref: "#/components/headers/RateLimit-Limit" },
  "RateLimit-Remaining": { $ref: "#/components/headers/RateLimit-Remaining" },
  "RateLimit-Reset": { $ref: "#/components/headers/RateLimit-Reset" },
  "Access-Control-Allow-Origin": { $ref: "#/components/headers/Access-Control-Allow-Origin" },
};
const retryAfter = { "Retry-After": { $ref: "#/components/headers/Retry-After" } };
const error = (description: string, headers: Schema = cors): Schema => ({
  description,
  headers,
  content: { "application/json": { schema: { $ref: "#/components/schemas/StormpathError" } } },
});
const account = (
  description: string,
  headers: Schema = cors,
  schema = "RegistrationResult",
): Schema => ({
  description,
  headers,
  content: {
    "application/json": { schema: { $ref: `#/components/schemas/${schema}` } },
  },
});
const credentials: Schema = {
  type: "object",
  additionalProperties: false,
  description:
    "The account's email or username, as `login` (the Stormpath framework spec) or `username` (react-stormpath), and its password.",
  required: ["password"],
  properties: {
    login: { type: "string", maxLength: 254, pattern: "^[^\\u0000-\\u001F\\u007F]*$" },
    username: { type: "string", maxLength: 254, pattern: "^[^\\u0000-\\u001F\\u007F]*$" },
    password: { type: "string", maxLength: 1024, format: "password", writeOnly: true },
  },
};

/** Paths, tags, security scheme and header of the session routes; none when they are off. */
export function stormpathSessionOpenApi(config: ResolvedConfig): {
  paths: Record<string, unknown>;
  tags: Schema[];
  securitySchemes: Record<string, Schema>;
  headers: Record<string, Schema>;
  schemas: Record<string, Schema>;
} {
  const session = config.session;
  if (!session.enabled)
    return { paths: {}, tags: [], securitySchemes: {}, headers: {}, schemas: {} };
  return {
    schemas: {
      CurrentAccount: {
        type: "object",
        additionalProperties: false,
        required: ["account", "organization"],
        properties: {
          account: { $ref: "#/components/schemas/Account" },
          organization: { type: "null", description: "No organizations in the mock." },
        },
      },
    },
    tags: [
      {
        name: "development-session",
        description:
          "POST /login, GET /me and POST /logout as express-stormpath mounts them, so Stormpath's own clients can log in after signing up. A cookie on loopback for development only: not an authentication system.",
      },
    ],
    securitySchemes: {
      developmentSession: {
        type: "apiKey",
        in: "cookie",
        name: "access_token",
        description:
          "Development session cookie set by POST /login (or by a signup with autoLogin): HttpOnly, SameSite=Lax, Secure only over https.",
      },
    },
    headers: {
      "Set-Cookie": {
        description: "The development session cookie (`access_token`, HttpOnly, SameSite=Lax).",
        schema: { type: "string", maxLength: 300, pattern: "^access_token=" },
      },
    },
    paths: {
      [session.loginPath]: {
        post: {
          operationId: "login",
          tags: ["development-session"],
          summary: "Log in (development session)",
          description:
            "Checks the credentials of an account the mock stores and opens a session. Unverified accounts are refused. Rate limited like POST /register.",
          security: [{}],
          requestBody: {
            required: true,
            content: {
              "application/json": { schema: credentials },
              "application/x-www-form-urlencoded": { schema: credentials },
            },
          },
          responses: {
            "200": account("Logged in: the account, and the session cookie.", {
              ...cors,
              "Set-Cookie": { $ref: "#/components/headers/Set-Cookie" },
            }),
            "400": error(
              '"Invalid username or password." or "Login attempt failed because the Account is not verified."',
            ),
            "405": error("Only POST."),
            "413": error("The body is too large."),
            "415": error("The content type is neither JSON nor urlencoded."),
            "429": error("Too many attempts from this client.", { ...cors, ...retryAfter }),
            "500": error("Server trouble."),
          },
        },
      },
      [session.mePath]: {
        get: {
          operationId: "getCurrentAccount",
          tags: ["development-session"],
          summary: "The account of the current session",
          description:
            "The account of the session cookie, as express-stormpath's `/me` answers it. Sessions live in memory for `session.ttlSeconds`.",
          security: [{ developmentSession: [] }],
          responses: {
            "200": account("The logged-in account (root properties only).", cors, "CurrentAccount"),
            "400": error("Not sent; listed so clients handle every 4xx alike."),
            "401": error("No live session."),
            "405": error("Only GET and HEAD."),
            "429": error("Too many requests from this client.", { ...cors, ...retryAfter }),
            "500": error("Server trouble."),
          },
        },
      },
      [session.logoutPath]: {
        post: {
          operationId: "logout",
          tags: ["development-session"],
          summary: "End the session",
          description: "Forgets the session of the cookie, if any, and clears the cookie.",
          security: [{}, { developmentSession: [] }],
          responses: {
            "200": {
              description: "Logged out; the cookie is cleared. No body.",
              headers: { ...cors, "Set-Cookie": { $ref: "#/components/headers/Set-Cookie" } },
            },
            "400": error("Not sent; listed so clients handle every 4xx alike."),
            "405": error("Only POST."),
            "429": error("Too many requests from this client.", { ...cors, ...retryAfter }),
            "500": error("Server trouble."),
          },
        },
      },
    },
  };
}
