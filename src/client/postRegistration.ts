// POST the registration: JSON, never retried, with a timeout. Returns what
// happened as data (the account, or the status and body of a refusal); the
// words a person reads are chosen above this layer (../hooks/postSignup).
import { checkSuccessBody } from "../contract/schema";
import type { SignupResult } from "../contract/types";
import { BodyTooLargeError, type RequestOptions, readText, withTimeout } from "./http";

/** What a POST came back with. */
export type PostResponse = { ok: true; result: SignupResult } | { ok: false; failure: PostFailure };

/**
 * Why a POST did not create an account (as far as the kit can tell):
 * `network`: no complete answer (timeouts, lost connections; the account may or may not exist);
 * `unexpected-success`: a 2xx whose body is not an account;
 * `refused`: any other status, with its headers and body text for the error mapping.
 */
export type PostFailure =
  | { kind: "network"; aborted: boolean; timedOut: boolean }
  | { kind: "unexpected-success"; status: number }
  | { kind: "refused"; status: number; headers: Headers; text: string };

/**
 * Send the registration once. Never retried: a POST is not idempotent.
 * Defaults: timeout `30000` ms, credentials `"same-origin"`.
 */
export async function postRegistration(
  endpoint: string,
  body: Record<string, unknown>,
  options: RequestOptions = {},
): Promise<PostResponse> {
  const {
    fetch: doFetch = globalThis.fetch,
    credentials = "same-origin",
    headers,
    signal,
    timeout = 30_000,
  } = options;
  const timer = withTimeout(timeout, signal);
  const network = (): PostResponse => ({
    ok: false,
    failure: { kind: "network", aborted: signal?.aborted === true, timedOut: timer.timedOut() },
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
      if (!checked.ok)
        return { ok: false, failure: { kind: "unexpected-success", status: response.status } };
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
      failure: { kind: "refused", status: response.status, headers: response.headers, text },
    };
  } finally {
    timer.done();
  }
}
