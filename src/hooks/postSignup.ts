// The signup POST as the form shows it: ../client/postRegistration sends it and
// says what happened; this module puts it in the catalogue's words (the error
// mapping, ../core/serverError, fills the templates it is given). Loaded with
// import() on the first submit, together with the client.
import type { NormalizedField } from "../contract/types";
import type { SignupResult } from "../contract/types";
import { postRegistration } from "../client/postRegistration";
import type { RequestOptions } from "../client/http";
import { waitParams } from "../core/duration";
import { parseRetryAfter } from "../core/retryAfter";
import type { MappedServerError } from "../core/serverError";
import { format } from "../core/template";
import type { Messages } from "../i18n/types";

/** Options of {@link postSignup}. */
export interface PostSignupOptions extends RequestOptions {
  /** The normalised fields, to map errors onto. */
  fields: readonly NormalizedField[];
  messages: Messages;
  /** The captcha token's body key (to recognise captcha errors). Defaults to `"captchaToken"`. */
  captchaField?: string;
  /** The catalogue's language, for `{duration}` in `rateLimited`. Defaults to `"en"`. */
  locale?: string;
}

/** The outcome of a POST. `network` covers timeouts and lost connections: the account may or may not exist. */
export type PostOutcome =
  { ok: true; result: SignupResult } | { ok: false; error: MappedServerError | NetworkFailure };

/** The request got no complete answer. */
export interface NetworkFailure {
  kind: "network";
  message: string;
  /** `true` when the caller aborted (unmount): nothing to show. */
  aborted: boolean;
  timedOut: boolean;
}

/**
 * Send the registration once (never retried: a POST is not idempotent) and
 * word the outcome. Defaults: timeout `30000` ms, credentials `"same-origin"`.
 */
export async function postSignup(
  endpoint: string,
  body: Record<string, unknown>,
  options: PostSignupOptions,
): Promise<PostOutcome> {
  const { fields, messages, captchaField, locale, ...request } = options;
  // The dialect mapping runs only after a failed POST: it is a separate chunk,
  // fetched now, in parallel with the request, so it is there for the answer.
  const mapper = import("../core/serverError").catch(() => undefined);
  const response = await postRegistration(endpoint, body, request);
  if (response.ok) return response;
  const failure = response.failure;
  if (failure.kind === "network")
    return { ok: false, error: { ...failure, message: messages.networkUncertain } };
  if (failure.kind === "unexpected-success")
    return {
      ok: false,
      error: {
        kind: "server",
        status: failure.status,
        message: messages.unexpectedSuccess,
        formError: messages.unexpectedSuccess,
        fieldErrors: {},
        fields: {},
      },
    };
  const loaded = await mapper;
  return {
    ok: false,
    error: loaded
      ? loaded.mapServerError(failure.status, failure.headers, failure.text, fields, {
          messages,
          captchaField,
          retryAfter: parseRetryAfter,
          locale,
        })
      : statusError(failure.status, failure.headers, messages, locale),
  };
}

/**
 * The fallback when the dialect mapping could not load: status-based only, with
 * generic text (the body is not read), and the Retry-After countdown kept.
 */
export function statusError(
  status: number,
  headers: Headers,
  messages: Messages,
  locale?: string,
): MappedServerError {
  const retryHeader = headers.get("retry-after");
  const out: MappedServerError = {
    kind: status >= 500 ? "server" : status === 409 ? "conflict" : "validation",
    status,
    message:
      status >= 500
        ? messages.serverError
        : status === 409
          ? messages.conflict
          : messages.invalidRequest,
    fieldErrors: {},
    fields: {},
  };
  if (status === 429 || (status === 503 && retryHeader !== null)) {
    out.kind = "rate-limited";
    out.retryAfter = parseRetryAfter(retryHeader);
    out.message = format(messages.rateLimited, waitParams(out.retryAfter, locale));
  }
  out.formError = out.message;
  return out;
}
