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

// Every leaf is a plain check run by zod (`z.custom` + `z.superRefine`, which
// the form schema already uses): zod's optional, nullable, array and length
// schemas would add about 1 KiB gz to every page for the same checks. Issue
// messages name the problem for the development warning only; production
// builds drop them (the person sees the catalogue's loadInvalid).
type Issues = { issues: z.core.$ZodRawIssue[] };

const dev = (message: string) => (process.env.NODE_ENV !== "production" ? message : "");

/** Runs `schema` on `value` and reports its issues under `path`. */
function nested(schema: z.ZodMiniType, value: unknown, ctx: Issues, path: PropertyKey[]): void {
  const parsed = schema.safeParse(value);
  if (!parsed.success)
    for (const issue of parsed.error.issues)
      ctx.issues.push({
        code: "custom",
        message: issue.message,
        input: value,
        path: [...path, ...issue.path],
      });
}

/** A schema from a plain check that pushes its own issues. */
const rule = <T>(check: (value: unknown, ctx: Issues) => void) =>
  z.custom<T>().check(z.superRefine(check as never));

/** A schema from a predicate, with the development message when it fails. */
const is = <T>(test: (value: unknown) => boolean, message: string) =>
  rule<T>((value, ctx) => {
    if (!test(value)) ctx.issues.push({ code: "custom", message: dev(message), input: value });
  });

const isString = (value: unknown): value is string =>
  typeof value === "string" && value.length <= MAX_STRING_LENGTH;

const string = rule<string>((value, ctx) => {
  if (!isString(value))
    ctx.issues.push({
      code: "custom",
      message: dev(
        typeof value === "string" ? `longer than ${MAX_STRING_LENGTH} characters` : "expected text",
      ),
      input: value,
    });
});
/** A string within {@link MAX_STRING_LENGTH}. */
export const str = () => string;
/** Optional and nullable (servers send `null` for absent keys). */
export const opt = <T>(schema: z.ZodMiniType<T>) =>
  z.optional(
    rule<T | null>((value, ctx) => {
      if (value !== null) nested(schema, value, ctx, []);
    }),
  );
const optStr = opt(string);
const optNumber = opt(is<number>((value) => typeof value === "number", "expected a number"));
const optBoolean = opt(
  is<boolean>((value) => typeof value === "boolean", "expected true or false"),
);

/** An array of at most `max` items, each checked by `item`. */
const list = <T>(item: z.ZodMiniType<T>, max: number, what: string) =>
  rule<T[]>((value, ctx) => {
    if (!Array.isArray(value) || value.length > max) {
      ctx.issues.push({
        code: "custom",
        message: dev(Array.isArray(value) ? `more than ${max} ${what}` : "expected a list"),
        input: value,
      });
      return;
    }
    value.forEach((entry, index) => nested(item, entry, ctx, [index]));
  });

/** A select/radio option: a string, or `{ value, label? }`. */
const optionSchema = is<string | { value: string; label?: string | null }>(
  (value) =>
    isString(value) ||
    (typeof value === "object" &&
      value !== null &&
      isString((value as { value?: unknown }).value) &&
      ((value as { label?: unknown }).label == null ||
        isString((value as { label?: unknown }).label))),
  "expected an option",
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
  options: opt(list(optionSchema, MAX_FIELDS, "options")),
  minLength: optNumber,
  maxLength: optNumber,
  pattern: optStr,
  description: optStr,
  defaultValue: opt(
    is<string | number | boolean>(
      (value) => isString(value) || typeof value === "number" || typeof value === "boolean",
      "expected text, a number, or true or false",
    ),
  ),
});

/** An account store, in either dialect. */
export const accountStoreSchema = z.looseObject({
  href: optStr,
  name: optStr,
  authorizeUri: optStr,
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
    fields: list(viewModelFieldSchema, MAX_FIELDS, "fields"),
  }),
  accountStores: opt(list(accountStoreSchema, MAX_ACCOUNT_STORES, "account stores")),
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
