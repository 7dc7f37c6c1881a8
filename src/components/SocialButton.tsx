import { Suspense } from "react";
import { lazyPart } from "./lazyPart";
import type { SocialButtonProps } from "./types";

// The marks load on first render of a button: a form with no account stores never fetches them.
const ProviderMark = lazyPart(() =>
  import("./ProviderMarks").then((module) => module.ProviderMark),
);

/**
 * One social or SAML login button: the provider's mark (decorative, hidden from
 * assistive technology) and the text, which is the button's name. Never icon-only.
 */
export function SocialButton({ store, label, onClick }: SocialButtonProps) {
  return (
    <button
      type="button"
      data-slot="social-button"
      data-provider={store.providerId}
      data-kind={store.kind}
      onClick={onClick}
    >
      <Suspense>
        <ProviderMark store={store} />
      </Suspense>
      <span data-slot="social-label">{label}</span>
    </button>
  );
}
