// The four error dialects of the contract as zod/mini schemas, for apps and the
// mock server. The client maps errors without them (src/core/serverError.ts reads
// the same keys defensively), so they stay out of the browser bundle unless imported.
import * as z from "zod/mini";
import { opt } from "./schema";

/** Stormpath error: `{ status, message, code?, developerMessage?, moreInfo? }`. */
export const stormpathErrorSchema = z.looseObject({
  status: opt(z.union([z.number(), z.string()])),
  message: z.string(),
  code: opt(z.union([z.number(), z.string()])),
});

/** RFC 9457 problem details, with `errors[]` or the older `invalid-params[]`. */
export const problemSchema = z.looseObject({
  type: opt(z.string()),
  title: opt(z.string()),
  status: opt(z.union([z.number(), z.string()])),
  detail: opt(z.string()),
  errors: opt(
    z.array(
      z.looseObject({ pointer: opt(z.string()), detail: opt(z.string()), name: opt(z.string()) }),
    ),
  ),
  "invalid-params": opt(z.array(z.looseObject({ name: opt(z.string()), reason: opt(z.string()) }))),
});

/** RFC 7591 §3.2.2: `{ error, error_description? }`. */
export const oauthErrorSchema = z.looseObject({
  error: z.string(),
  error_description: opt(z.string()),
});

/** SCIM (RFC 7644 §3.12): `{ status, scimType?, detail? }`; status may be a string. */
export const scimErrorSchema = z.looseObject({
  status: z.union([z.number(), z.string()]),
  scimType: opt(z.string()),
  detail: opt(z.string()),
});
