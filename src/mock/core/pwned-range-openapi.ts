// The OpenAPI part for the breached-password range endpoint,
// merged into the mock's document by openapi.ts.
import type { ResolvedConfig } from "./config";

type Schema = Record<string, unknown>;

const rate = {
  "RateLimit-Limit": { $ref: "#/components/headers/RateLimit-Limit" },
  "RateLimit-Remaining": { $ref: "#/components/headers/RateLimit-Remaining" },
  "RateLimit-Reset": { $ref: "#/components/headers/RateLimit-Reset" },
  "Access-Control-Allow-Origin": { $ref: "#/components/headers/Access-Control-Allow-Origin" },
};
const plain = (description: string, schema: Schema, headers: Schema = rate): Schema => ({
  description,
  headers,
  content: { "text/plain": { schema } },
});
const message = { type: "string", maxLength: 200, pattern: "^[^\\u0000-\\u001F\\u007F]*$" };

/** Paths and tags of `{passwordScreening.path}/{prefix}`; none when screening is off. */
export function pwnedRangeOpenApi(config: ResolvedConfig): {
  paths: Record<string, unknown>;
  tags: Schema[];
} {
  const screening = config.passwordScreening;
  if (!screening.enabled) return { paths: {}, tags: [] };
  return {
    tags: [
      {
        name: "password-screening",
        description:
          "A Pwned Passwords-compatible k-anonymity range API over the mock's breached-password list.",
      },
    ],
    paths: {
      [`${screening.path}/{prefix}`]: {
        get: {
          operationId: "getPasswordHashRange",
          tags: ["password-screening"],
          summary: "Breached password hashes in one SHA-1 range",
          description: `k-anonymity: the client sends only the first 5 hex characters of the password's SHA-1 and matches the other 35 itself. Every SHA-1 suffix in the range that is in the breached list, with a count. With \`Add-Padding: true\` the answer is padded with random suffixes of count 0 to at least ${screening.padding} lines, so its size says nothing about the range. POST /register refuses the same passwords. Public: no credentials.`,
          security: [{}],
          parameters: [
            {
              name: "prefix",
              in: "path",
              required: true,
              description: "The first 5 hex characters of the password's SHA-1 (any case).",
              schema: { type: "string", minLength: 5, maxLength: 5, pattern: "^[0-9A-Fa-f]{5}$" },
            },
            {
              name: "Add-Padding",
              in: "header",
              required: false,
              description: "`true` pads the answer with count-0 lines.",
              schema: { type: "string", enum: ["true", "false"] },
            },
          ],
          responses: {
            "200": plain(
              "`SUFFIX:COUNT` lines (35 upper-case hex characters, a colon, a count), CRLF-separated. Padding lines have count 0 and must be ignored.",
              {
                type: "string",
                maxLength: 1_000_000,
                pattern: "^([0-9A-F]{35}:[0-9]+(\\r\\n)?)*$",
              },
            ),
            "400": plain("The prefix is not 5 hex characters.", message),
            "405": plain("Only GET and HEAD.", message),
            "429": plain("Too many reads from this client.", message, {
              ...rate,
              "Retry-After": { $ref: "#/components/headers/Retry-After" },
            }),
            "500": plain("Server trouble: clients fail open.", message),
          },
        },
      },
    },
  };
}
