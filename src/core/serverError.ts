// Every error dialect of the contract → field errors (by synthetic key) or one
// form-level message. Server text is shown only for 4xx JSON messages, as text;
// 5xx and non-JSON bodies get the generic message.
import type { NormalizedField } from "../contract/types";
import { waitParams } from "./duration";

/** What went wrong, for the app and for analytics. */
export type ServerErrorKind = "validation" | "conflict" | "rate-limited" | "server" | "captcha";

/** A mapped server error. */
export interface MappedServerError {
  kind: ServerErrorKind;
  /** One sentence for the person: the form error, else the first field error. */
  message: string;
  status: number;
  /** Field errors by synthetic field key (`f0`), in field order. */
  fieldErrors: Record<string, string>;
  /** Field errors by wire name, for `onError`. */
  fields: Record<string, string>;
  /** A message that belongs to no field (shown in the live region). */
  formError?: string;
  /** Seconds to wait (429, 503 with Retry-After). */
  retryAfter?: number;
}

/** The templates the mapping uses (`{seconds}`, `{duration}`): the catalogue's, passed in. */
export type ServerErrorMessages = Record<
  "captchaInvalid" | "conflict" | "fieldInvalid" | "invalidRequest" | "rateLimited" | "serverError",
  string
>;

/** Options of {@link mapServerError}. */
export interface MapServerErrorOptions {
  messages: ServerErrorMessages;
  /** The captcha token's body key. Defaults to `"captchaToken"`. */
  captchaField?: string;
  /**
   * Reads a Retry-After header into seconds: `parseRetryAfter` from ./retryAfter,
   * passed in by the eager caller so that this lazy chunk shares no module with
   * the eager bundle (esbuild would split a shared module into a chunk of its own).
   */
  retryAfter: (header: string | null) => number;
  /** The catalogue's language, for `{duration}` ("30 seconds"). Defaults to `"en"`. */
  locale?: string;
}

const CAPTCHA_CODES = /missing-input-response|invalid-input-response|captcha/i;
const MAX_SHOWN = 500;
/** A duplicate account, in any dialect's words (express-stormpath 4.0.0 sends it with 400). */
const DUPLICATE = /already exists|already in use|already taken|already registered/i;
/**
 * `<property>: <text>`: Okta, through express-stormpath 4.0.0, prefixes its
 * messages with the account property ("password: Password requirements were
 * not met…"). The prefix is for machines: it picks the field and is not shown.
 */
const PROPERTY_PREFIX = /^([A-Za-z][\w.]{0,63}): (\S[\s\S]*)$/;
/** Account properties a server may name in such a prefix even when the form has no field of that name. */
const KNOWN_PROPERTIES = new Set([
  "login",
  "email",
  "password",
  "givenName",
  "firstName",
  "middleName",
  "surname",
  "lastName",
  "username",
]);

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const str = (value: unknown): string | undefined =>
  typeof value === "string" && value.trim() !== "" ? value.slice(0, MAX_SHOWN) : undefined;

/** A JSON pointer (`#/email`, `/customData/plan`) → a wire name (`email`, `customData.plan`). */
function pointerToName(pointer: string): string {
  const parts = pointer
    .replace(/^#/, "")
    .split("/")
    .filter((part) => part !== "")
    .map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~"));
  return parts[0] === "customData" && parts.length === 2
    ? `customData.${parts[1]}`
    : parts.join(".");
}

/**
 * Map a failed POST response onto fields and the form.
 * @param status The HTTP status.
 * @param headers The response headers (for Retry-After).
 * @param bodyText The raw body; parsed here, never rendered raw.
 * @param fields The normalised fields.
 */
export function mapServerError(
  status: number,
  headers: Headers,
  bodyText: string,
  fields: readonly NormalizedField[],
  { messages, captchaField = "captchaToken", retryAfter, locale }: MapServerErrorOptions,
): MappedServerError {
  // Only fields the person can see take an error; the rest go to the form message.
  const shown = fields.filter((field) => field.visible);
  const byName = new Map(shown.map((field) => [field.name, field]));
  const byLabel = new Map(shown.map((field) => [field.label.toLowerCase(), field]));
  const named: Array<[NormalizedField, string]> = [];
  const formMessages: string[] = [];
  let captcha = false;

  let body: Json | undefined;
  try {
    const parsed: unknown = bodyText ? JSON.parse(bodyText) : undefined;
    if (isObject(parsed)) body = parsed;
  } catch {
    body = undefined;
  }

  const allNames = new Set(fields.map((field) => field.name));
  /** The message without a property prefix, and the field the prefix names (if rendered). */
  const unprefix = (text: string): { text: string; field?: NormalizedField } => {
    const match = PROPERTY_PREFIX.exec(text);
    const property = match?.[1];
    if (!match?.[2] || !property || !(allNames.has(property) || KNOWN_PROPERTIES.has(property)))
      return { text };
    const field = byName.get(property);
    return field ? { text: match[2], field } : { text: match[2] };
  };

  const onField = (name: string | undefined, raw: string | undefined) => {
    const message = raw === undefined ? undefined : unprefix(raw).text;
    if (name !== undefined && name === captchaField) {
      captcha = true;
      return;
    }
    const field = name !== undefined ? byName.get(name) : undefined;
    if (field) named.push([field, message ?? messages.fieldInvalid]);
    // A name that matches no rendered field (`isAdmin`, `__proto__`) is form-level.
    else if (message) formMessages.push(message);
  };

  // Server text is never shown for 5xx.
  const serverText = status < 500 && body !== undefined;
  let message: string | undefined;
  if (serverText && body) {
    // RFC 9457 problem details.
    if (Array.isArray(body.errors)) {
      for (const entry of body.errors) {
        if (!isObject(entry)) continue;
        const pointer = str(entry.pointer) ?? str(entry.field) ?? str(entry.name);
        onField(
          pointer !== undefined ? pointerToName(pointer) : undefined,
          str(entry.detail) ?? str(entry.message),
        );
      }
    }
    const invalidParams = body["invalid-params"];
    if (Array.isArray(invalidParams)) {
      for (const entry of invalidParams) {
        if (isObject(entry)) onField(str(entry.name), str(entry.reason));
      }
    }
    // Stormpath `message`, RFC 9457/SCIM `detail`, RFC 7591 `error_description`.
    message =
      str(body.message) ?? str(body.detail) ?? str(body.error_description) ?? str(body.title);
    // A message that names the captcha concerns the widget ("Captcha required.", a handler's refusal).
    if (message && (message.includes(captchaField) || /captcha/i.test(message))) captcha = true;
    const codes = [body.error, body.code, body.type, body["error-codes"]].flat();
    if (codes.some((code) => typeof code === "string" && CAPTCHA_CODES.test(code))) captcha = true;
  }

  const stormpathCode = body ? Number(body.code) : NaN;
  let prefixed: NormalizedField | undefined;
  if (message) ({ text: message, field: prefixed } = unprefix(message));
  if (message && named.length === 0 && !captcha) {
    const required = /^(.+?) (?:is )?required\.?$/i.exec(message);
    const notConfigured = /^(.+?) is not a configured registration field\.?$/i.exec(message);
    let field: NormalizedField | undefined;
    if (prefixed) {
      field = prefixed;
    } else if (required?.[1]) {
      field = byLabel.get(required[1].toLowerCase()) ?? byName.get(required[1]);
    } else if (notConfigured?.[1]) {
      field = byName.get(notConfigured[1]);
    } else if (/passwords do not match/i.test(message)) {
      field = byName.get("confirmPassword");
    } else if (
      status === 409 ||
      stormpathCode === 2001 ||
      body?.scimType === "uniqueness" ||
      DUPLICATE.test(message)
    ) {
      field =
        /username/i.test(message) && byName.get("username")
          ? byName.get("username")
          : byName.get("email");
    } else if (stormpathCode === 2007 || stormpathCode === 2008) {
      field = /password/i.test(message) ? byName.get("password") : mentioned(message, fields);
    } else if (status === 400 || status === 422 || stormpathCode === 2000) {
      // Any dialect (Stormpath `message`, RFC 9457 `detail`, RFC 7591
      // `error_description`): a message naming exactly one field concerns it.
      field = mentioned(message, fields);
    }
    if (field) named.push([field, message]);
    else formMessages.push(message);
  }

  // 409 with nothing readable still concerns the email (or username).
  if (status === 409 && named.length === 0 && formMessages.length === 0) {
    const field = byName.get("email") ?? byName.get("username");
    if (field) named.push([field, messages.conflict]);
    else formMessages.push(messages.conflict);
  }

  const fieldErrors: Record<string, string> = Object.create(null);
  const fieldsByName: Record<string, string> = Object.create(null);
  for (const [field, text] of named) {
    if (fieldErrors[field.key] === undefined) {
      fieldErrors[field.key] = text;
      fieldsByName[field.name] = text;
    }
  }

  const result = (
    kind: ServerErrorKind,
    formError?: string,
    retryAfter?: number,
  ): MappedServerError => {
    const out: MappedServerError = {
      kind,
      status,
      fieldErrors,
      fields: fieldsByName,
      message: formError ?? Object.values(fieldErrors)[0] ?? messages.invalidRequest,
    };
    if (formError) out.formError = formError;
    if (retryAfter !== undefined) out.retryAfter = retryAfter;
    return out;
  };

  const retryHeader = headers.get("retry-after");
  if (status === 429 || (status === 503 && retryHeader !== null)) {
    const seconds = retryAfter(retryHeader);
    // Not `format()`: this module is a lazy chunk; the less it shares with the eager one, the better.
    const wait = waitParams(seconds, locale);
    return result(
      "rate-limited",
      messages.rateLimited.replace(/\{(seconds|duration)\}/g, (_, name: "seconds" | "duration") =>
        String(wait[name]),
      ),
      seconds,
    );
  }
  if (status >= 500 || (body === undefined && status !== 409)) {
    return result("server", status >= 500 ? messages.serverError : messages.invalidRequest);
  }
  if (captcha) return result("captcha", messages.captchaInvalid);
  const formError = formMessages.length ? formMessages.join(" ") : undefined;
  if (!formError && named.length === 0) return result("validation", messages.invalidRequest);
  // A duplicate is a conflict whatever the status: 409, or a 400 that says the account exists.
  const duplicate =
    status === 409 ||
    stormpathCode === 2001 ||
    body?.scimType === "uniqueness" ||
    [...formMessages, ...named.map(([, text]) => text)].some((text) => DUPLICATE.test(text));
  return result(duplicate ? "conflict" : "validation", formError);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * The rendered field a message names, by wire name (`email`, `customData.plan`)
 * or label (`Email`), as whole words, case-insensitively: the one field named,
 * else the one the message starts with. Longer terms win over the terms inside
 * them (`Confirm Password` names confirmPassword, not password).
 */
function mentioned(
  message: string,
  fields: readonly NormalizedField[],
): NormalizedField | undefined {
  const terms = fields
    .filter((field) => field.visible)
    .flatMap((field) =>
      [field.name, field.label]
        .map((term) => term.trim())
        .filter((term) => term !== "")
        .map((term) => ({ term, field })),
    )
    .sort((a, b) => b.term.length - a.term.length);
  let rest = message;
  const hits = new Set<NormalizedField>();
  let first: { index: number; field: NormalizedField } | undefined;
  for (const { term, field } of terms) {
    const pattern = new RegExp(
      `(?<![\\p{L}\\p{N}_])${escapeRegExp(term)}(?![\\p{L}\\p{N}_])`,
      "giu",
    );
    rest = rest.replace(pattern, (match: string, index: number) => {
      hits.add(field);
      if (!first || index < first.index) first = { index, field };
      // Blank the match so that a shorter term inside it does not match again.
      return " ".repeat(match.length);
    });
  }
  if (hits.size === 1) return [...hits][0];
  return first && first.index === message.search(/\S/) ? first.field : undefined;
}
