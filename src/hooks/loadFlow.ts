// The GET of the view model and what a failure means for the person. Loaded
// on first use: a form given `initialViewModel` never downloads it.
import { loadViewModel } from "../client/loadViewModel";
import type { LoadError } from "../client/loadViewModel";
import type { RegisterViewModel } from "../contract/types";
import type { Messages } from "../i18n/types";
import type { SignupError, SignupEvent, UseSignupFormOptions } from "./types";

export type Fetched =
  | { ok: true; vm: RegisterViewModel }
  /** `detail` is for the development warning only. */
  | { ok: false; error: SignupError; event: SignupEvent; detail: string };

function loadMessage(error: Pick<LoadError, "reason">, messages: Messages): string {
  if (error.reason === "not-json") return messages.loadNotJson;
  if (error.reason === "invalid" || error.reason === "too-large") return messages.loadInvalid;
  return messages.loadFailed;
}

/** Fetch the view model; `messages` is read when the answer comes (a locale may load meanwhile). */
export async function fetchView(
  endpoint: string,
  o: UseSignupFormOptions,
  signal: AbortSignal,
  messages: () => Messages,
): Promise<Fetched> {
  try {
    const vm = await loadViewModel(endpoint, {
      signal,
      fetch: o.fetch,
      credentials: o.credentials,
      headers: o.headers,
      timeout: o.timeout,
    });
    return { ok: true, vm };
  } catch (caught) {
    // Every failure of loadViewModel is a LoadError (it has a reason).
    const error: Pick<LoadError, "reason" | "status" | "message"> = (caught as LoadError)?.reason
      ? (caught as LoadError)
      : { reason: "network", message: String(caught) };
    const signupError: SignupError = { kind: "load", message: loadMessage(error, messages()) };
    const event: SignupEvent = { type: "load_failed", reason: error.reason };
    if (error.status !== undefined) signupError.status = event.status = error.status;
    return { ok: false, error: signupError, event, detail: error.message };
  }
}
