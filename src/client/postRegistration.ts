// POST the registration: JSON, never retried, with a timeout. Any response is
// mapped to a SignupResult or a MappedServerError.
import { checkSuccessBody } from "../contract/schema";
import type { NormalizedField, SignupResult } from "../contract/types";
import type { Messages } from "../i18n/types";
import { type MappedServerError, mapServerError } from "../core/serverError";
import { type RequestOptions, readText, withTimeout } from "./http";

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
      text = await readText(response).catch((error: unknown) => {
        if (timer.signal.aborted) throw error;
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
    return {
      ok: false,
      error: mapServerError(response.status, response.headers, text, fields, {
        messages,
        captchaField,
      }),
    };
  } finally {
    timer.done();
  }
}
