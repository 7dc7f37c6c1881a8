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

// Issue messages name the problem for the development warning only; production
// builds drop them (the person sees the catalogue's loadInvalid).
const string = z
  .string()
  .check(
    z.maxLength(
      MAX_STRING_LENGTH,
      process.env.NODE_ENV !== "production"
        ? `longer than ${MAX_STRING_LENGTH} characters`
        : undefined,
    ),
  );
/** A string within {@link MAX_STRING_LENGTH}. */
export const str = () => string;
/** Optional and nullable: servers send `null` for absent keys. */
export const opt = <T extends z.ZodMiniType>(schema: T) => z.optional(z.nullable(schema));
const optStr = opt(string);
// Plain predicates instead of z.number()/z.union(): the same checks without
// pulling zod's number and union schemas into the bundle.
const isString = (value: unknown): value is string =>
  typeof value === "string" && value.length <= MAX_STRING_LENGTH;
const optNumber = opt(z.custom<number>((value) => typeof value === "number"));
const optBoolean = opt(z.boolean());

/** A select/radio option: a string, or `{ value, label? }`. */
const optionSchema = z.custom<string | { value: string; label?: string | null }>(
  (value) =>
    isString(value) ||
    (typeof value === "object" &&
      value !== null &&
      isString((value as { value?: unknown }).value) &&
      ((value as { label?: unknown }).label == null ||
        isString((value as { label?: unknown }).label))),
);

/** One entry of `form.fields`. */
export const viewModelFieldSchema = z.looseObject({
  name: string,
  label: optStr,
  placeholder: optStr,
  required: optBoolean,
  type: optStr,
  visible: optBoolean,
  enabled: optBoolean,
  autocomplete: optStr,
  options: opt(
    z
      .array(optionSchema)
      .check(
        z.maxLength(
          MAX_FIELDS,
          process.env.NODE_ENV !== "production" ? "too many options" : undefined,
        ),
      ),
  ),
  minLength: optNumber,
  maxLength: optNumber,
  pattern: optStr,
  description: optStr,
  defaultValue: opt(
    z.custom<string | number | boolean>(
      (value) => isString(value) || typeof value === "number" || typeof value === "boolean",
    ),
  ),
});

/** An account store, in either dialect. */
export const accountStoreSchema = z.looseObject({
  href: optStr,
  name: optStr,
  status: optStr,
  listIndex: optNumber,
  priority: optNumber,
  provider: opt(
    z.looseObject({
      href: optStr,
      providerId: optStr,
      clientId: optStr,
      scope: optStr,
      authorizeUri: optStr,
    }),
  ),
});

/** The body of `GET /register`. */
export const viewModelSchema = z.looseObject({
  form: z.looseObject({
    fields: z
      .array(viewModelFieldSchema)
      .check(
        z.maxLength(
          MAX_FIELDS,
          process.env.NODE_ENV !== "production" ? `more than ${MAX_FIELDS} fields` : undefined,
        ),
      ),
  }),
  accountStores: opt(
    z
      .array(accountStoreSchema)
      .check(
        z.maxLength(
          MAX_ACCOUNT_STORES,
          process.env.NODE_ENV !== "production"
            ? `more than ${MAX_ACCOUNT_STORES} account stores`
            : undefined,
        ),
      ),
  ),
});

/** The body of a successful POST (200 or 201). */
export const successBodySchema = z.looseObject({
  account: z.looseObject({ status: string }),
});

/** The outcome of a runtime check: the value, or a message naming the first problem. */
export type Checked<T> = { ok: true; value: T } | { ok: false; message: string };

function describeIssue(error: z.core.$ZodError): string {
  if (process.env.NODE_ENV === "production") return "";
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
