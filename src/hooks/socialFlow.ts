// A click on a social or SAML button, loaded with the first one (or after
// render when the form has account stores). Imports only ../client/socialStart
// at run time: anything shared with the eager form would become an extra chunk.
import { startLogin } from "../client/socialStart";
import type { NormalizedAccountStore } from "../contract/types";
import type { SignupEvent, UseSignupFormOptions } from "./types";

/** Build the URL, report the start, let the app take over, else navigate. */
export async function startSocialLogin(
  store: NormalizedAccountStore,
  endpoint: string,
  options: { readonly current: UseSignupFormOptions },
  emit: (event: SignupEvent) => void,
): Promise<void> {
  const o = options.current;
  const { state, url } = startLogin(store, { endpoint, redirectUri: o.redirectUri });
  emit({ type: "social_login_started", providerId: store.providerId });
  const handled = await o.onSocialLogin?.(
    state === undefined ? { store, url } : { store, url, state },
  );
  if (handled !== false) window.location.assign(url);
}
