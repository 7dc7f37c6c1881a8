// Social and SAML buttons: a click builds the authorization URL (a fresh
// `state` for URLs the kit builds), reports it, lets the app take over, then
// navigates (./socialFlow).
import { useCallback, useEffect } from "react";
import type { RefObject } from "react";
import type { SignupEvent, UseSignupFormOptions, UseSignupFormReturn } from "./types";

/**
 * Starting a social login loads on first use, or after render when the form
 * has account stores (the module loader caches it; a failed load is tried
 * again on the next click).
 */
const loadSocialFlow = () => import("./socialFlow");

export function useSocialLogin(
  endpoint: string,
  hasStores: boolean,
  latest: RefObject<UseSignupFormOptions>,
  emit: (event: SignupEvent) => void,
): UseSignupFormReturn["startSocialLogin"] {
  // Account stores shown: fetch the social start now, so a click navigates at once.
  useEffect(() => {
    if (hasStores) loadSocialFlow().catch(() => {});
  }, [hasStores]);

  return useCallback<UseSignupFormReturn["startSocialLogin"]>(
    async (store, event) => {
      event?.preventDefault();
      const flow = await loadSocialFlow();
      await flow.startSocialLogin(store, endpoint, latest, emit);
    },
    [emit, endpoint, latest],
  );
}
