// POST the registration: JSON, never retried, with a timeout. Any response is
// mapped to a SignupResult or a MappedServerError.
import { checkSuccessBody } from "../contract/schema";
import type { NormalizedField, SignupResult } from "../contract/types";
import type { Messages } from "../i18n/types";
import { parseRetryAfter } from "../core/retryAfter";
import type { MappedServerError } from "../core/serverError";
import { format } from "../i18n/format";
import { BodyTooLargeError, type RequestOptions, readText, withTimeout } from "./http";

/** Options of {@link postRegistration}. */
export interface PostRegistrationOptions extends RequestOptions {
  /** The normalised fields, to map errors onto. */
  fields: readonly NormalizedField[];
  messages: Messages;
  /** The captcha token's body key (to recognise captcha errors). Defaults to `"captchaToken"`. */
  captchaField?: string;
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
 * Send the registration once. Never retried: a POST is not idempotent.
 * Defaults: timeout `30000` ms, credentials `"same-origin"`.
 */
export async function postRegistration(
  endpoint: string,
  body: Record<string, unknown>,
  options: PostRegistrationOptions,
): Promise<PostOutcome> {
  const {
    fetch: doFetch = globalThis.fetch,
    credentials = "same-origin",
    headers,
    signal,
    timeout = 30_000,
    fields,
    messages,
    captchaField,
  } = options;
  // The dialect mapping runs only after a failed POST: it is a separate chunk,
  // fetched now, in parallel with the request, so it is there for the answer.
  const mapper = import("../core/serverError").catch(() => undefined);
  const timer = withTimeout(timeout, signal);
  const network = (): PostOutcome => ({
    ok: false,
    error: {
      kind: "network",
      message: messages.networkUncertain,
      aborted: signal?.aborted === true,
      timedOut: timer.timedOut(),
    },
  });
  try {
    let response: Response;
    let text: string;
    try {
      response = await doFetch(endpoint, {
        method: "POST",
        headers: { ...headers, "Content-Type": "application/json", Accept: "application/json" },
        credentials,
        body: JSON.stringify(body),
        signal: timer.signal,
      });
      // A body cut off mid-transfer is a lost connection: the account may or
      // may not exist. A body over the size limit is read as no body.
      text = await readText(response).catch((error: unknown) => {
        if (timer.signal.aborted || !(error instanceof BodyTooLargeError)) throw error;
        return "";
      });
    } catch {
      return network();
    }
    if (response.status >= 200 && response.status < 300) {
      let data: unknown;
      try {
        data = JSON.parse(text);
      } catch {
        data = undefined;
      }
      const checked = checkSuccessBody(data);
      if (!checked.ok) {
        return {
          ok: false,
          error: {
            kind: "server",
            status: response.status,
            message: messages.unexpectedSuccess,
            formError: messages.unexpectedSuccess,
            fieldErrors: {},
            fields: {},
          },
        };
      }
      const result: SignupResult = {
        account: checked.value.account,
        status: checked.value.account.status,
      };
      const location = response.headers.get("location");
      if (location) result.location = location;
      return { ok: true, result };
    }
    const loaded = await mapper;
    return {
      ok: false,
      error: loaded
        ? loaded.mapServerError(response.status, response.headers, text, fields, {
            messages,
            captchaField,
            retryAfter: parseRetryAfter,
          })
        : statusError(response.status, response.headers, messages),
    };
  } finally {
    timer.done();
  }
}

/**
 * The fallback when the dialect mapping could not load: status-based only, with
 * generic text (the body is not read), and the Retry-After countdown kept.
 */
export function statusError(
  status: number,
  headers: Headers,
  messages: Messages,
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
    out.message = format(messages.rateLimited, { seconds: out.retryAfter });
  }
  out.formError = out.message;
  return out;
}
