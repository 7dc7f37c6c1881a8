import type { SocialButtonProps } from "./types";

/** One social or SAML login button; always labelled in text, never icon-only. */
export function SocialButton({ store, label, onClick }: SocialButtonProps) {
  return (
    <button
      type="button"
      data-slot="social-button"
      data-provider={store.providerId}
      data-kind={store.kind}
      onClick={onClick}
    >
      {label}
    </button>
  );
}
