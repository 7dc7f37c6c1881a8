// Runtime validation of what the server sends, with zod/mini (classic zod is
// ~20 KiB gz heavier). Unknown keys are allowed everywhere; size limits keep a
// hostile view model from freezing the page.
import * as z from "zod/mini";
import type { Account, RegisterViewModel } from "./types";

/** Largest response body the client reads, in bytes (256 KiB). */
export const MAX_BODY_BYTES = 256 * 1024;
/** Most fields a view model may declare. */
export const MAX_FIELDS = 500;
/** Most account stores a view model may declare. */
export const MAX_ACCOUNT_STORES = 50;
/** Longest string the view model may contain, in UTF-16 units. */
export const MAX_STRING_LENGTH = 2000;

/** A string within {@link MAX_STRING_LENGTH}. */
export const str = () =>
  z.string().check(z.maxLength(MAX_STRING_LENGTH, `longer than ${MAX_STRING_LENGTH} characters`));
/** Optional and nullable: servers send `null` for absent keys. */
export const opt = <T extends z.ZodMiniType>(schema: T) => z.optional(z.nullable(schema));

const optionSchema = z.union([str(), z.looseObject({ value: str(), label: opt(str()) })]);

/** One entry of `form.fields`. */
export const viewModelFieldSchema = z.looseObject({
  name: str(),
  label: opt(str()),
  placeholder: opt(str()),
  required: opt(z.boolean()),
  type: opt(str()),
  visible: opt(z.boolean()),
  enabled: opt(z.boolean()),
  autocomplete: opt(str()),
  options: opt(z.array(optionSchema).check(z.maxLength(MAX_FIELDS, "too many options"))),
  minLength: opt(z.number()),
  maxLength: opt(z.number()),
  pattern: opt(str()),
  description: opt(str()),
  defaultValue: opt(z.union([str(), z.number(), z.boolean()])),
});

/** An account store, in either dialect. */
export const accountStoreSchema = z.looseObject({
  href: opt(str()),
  name: opt(str()),
  status: opt(str()),
  listIndex: opt(z.number()),
  priority: opt(z.number()),
  provider: opt(
    z.looseObject({
      href: opt(str()),
      providerId: opt(str()),
      clientId: opt(str()),
      scope: opt(str()),
      authorizeUri: opt(str()),
    }),
  ),
});

/** The body of `GET /register`. */
export const viewModelSchema = z.looseObject({
  form: z.looseObject({
    fields: z
      .array(viewModelFieldSchema)
      .check(z.maxLength(MAX_FIELDS, `more than ${MAX_FIELDS} fields`)),
  }),
  accountStores: opt(
    z
      .array(accountStoreSchema)
      .check(z.maxLength(MAX_ACCOUNT_STORES, `more than ${MAX_ACCOUNT_STORES} account stores`)),
  ),
});

/** The body of a successful POST (200 or 201). */
export const successBodySchema = z.looseObject({
  account: z.looseObject({ status: str() }),
});

/** The outcome of a runtime check: the value, or a message naming the first problem. */
export type Checked<T> = { ok: true; value: T } | { ok: false; message: string };

function describeIssue(error: z.core.$ZodError): string {
  const issue = error.issues[0];
  if (!issue) return "invalid";
  const path = issue.path
    .map((part, i) => (typeof part === "number" ? `[${part}]` : `${i ? "." : ""}${String(part)}`))
    .join("");
  return `${path || "body"}: ${issue.message}`;
}

/** Validate a parsed view model: shape, unknown keys allowed, size limits. */
export function checkViewModel(data: unknown): Checked<RegisterViewModel> {
  const parsed = viewModelSchema.safeParse(data);
  return parsed.success
    ? // Nulls the schema lets through are treated as absent by normalisation.
      { ok: true, value: parsed.data as unknown as RegisterViewModel }
    : { ok: false, message: describeIssue(parsed.error) };
}

/** Validate a parsed success body: `{ account: { status, … } }`. */
export function checkSuccessBody(data: unknown): Checked<{ account: Account }> {
  const parsed = successBodySchema.safeParse(data);
  return parsed.success
    ? { ok: true, value: parsed.data as unknown as { account: Account } }
    : { ok: false, message: describeIssue(parsed.error) };
}
