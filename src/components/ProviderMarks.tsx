// The brand marks drawn on the social and SAML buttons, simplified and drawn for
// this kit as plain SVG shapes: no network, no inline `style` attributes (strict
// CSP), `aria-hidden` because the button's text is its name. This file is loaded
// with import() the first time a button renders, so a form without account
// stores never downloads it.
import type { ReactElement } from "react";
import type { NormalizedAccountStore } from "../contract/types";

/** Where a mark's cut-out shows the button's own background (set in styles.css). */
const cutout = { "data-slot": "mark-cutout" } as const;

// Google's "G": four arcs of one ring (stroke 4, radius 8 around 12,12) and the bar.
const google = (
  <g fill="none" strokeWidth="4">
    <path d="M18.13 6.86A8 8 0 0 0 5.07 8" stroke="#EA4335" />
    <path d="M5.07 8A8 8 0 0 0 5.45 16.59" stroke="#FBBC05" />
    <path d="M5.45 16.59A8 8 0 0 0 18.13 17.14" stroke="#34A853" />
    <path d="M18.13 17.14A8 8 0 0 0 20 12" stroke="#4285F4" />
    <path d="M12 10h10v4H12z" fill="#4285F4" stroke="none" />
  </g>
);

// Facebook's "f" cut out of a round badge.
const facebook = (
  <>
    <circle cx="12" cy="12" r="11" fill="currentColor" />
    <path
      {...cutout}
      d="M13.6 23V14.2h2.9l.5-3.4h-3.4V8.7c0-1 .4-1.6 1.7-1.6H17V4.2a17 17 0 0 0-2.6-.2c-2.6 0-4.3 1.6-4.3 4.5v2.3H7.3v3.4h2.8V23z"
    />
  </>
);

// GitHub's cat, reduced to a head with ears, a neck and a tail, cut out of a round badge.
const github = (
  <>
    <circle cx="12" cy="12" r="11" fill="currentColor" />
    <path
      {...cutout}
      d="M7.9 5.4l2.3 1.5a8 8 0 0 1 3.6 0l2.3-1.5c.5 1.1.6 2.3.3 3.3 1 1 1.5 2.3 1.5 3.7 0 3-1.9 4.6-4.5 5 .5.5.8 1.3.8 2.2V23h-4.4v-1.9c-1.8.4-3.2-.3-3.9-1.8-.3-.7-.7-1.1-1.2-1.3l.3-.7c.9.2 1.5.8 1.9 1.5.6 1 1.5 1.2 2.9.8 0-.6.3-1.3.7-1.7-2.6-.4-4.5-2-4.5-5 0-1.4.5-2.7 1.5-3.7-.3-1-.2-2.2.3-3.3z"
    />
  </>
);

// LinkedIn's "in" cut out of a rounded square.
const linkedin = (
  <>
    <rect x="2" y="2" width="20" height="20" rx="3" fill="currentColor" />
    <g {...cutout}>
      <circle cx="7.1" cy="6.9" r="1.8" />
      <path d="M5.6 9.6h3v9h-3zM10.4 9.6h2.9v1.3c.5-.9 1.5-1.5 2.9-1.5 2.3 0 3.3 1.4 3.3 3.9v5.3h-3v-4.7c0-1.2-.3-2-1.4-2s-1.7.8-1.7 2v4.7h-3z" />
    </g>
  </>
);

// Anything else (SAML, single sign-on, an unknown provider): a key, in the text colour.
const neutral = (
  <g fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round">
    <circle cx="7.5" cy="12" r="4" />
    <path d="M11.5 12H21M18 12v3.5M21 12v2.5" />
  </g>
);

const marks: Record<string, ReactElement> = { google, facebook, github, linkedin };

/** The providers with a brand mark of their own; every other id gets the neutral key. */
export const brandedProviders = Object.keys(marks);

/** The mark of a social store's provider (`google`, `facebook`, `github`, `linkedin`), else the neutral key. */
export function ProviderMark({
  store,
}: {
  store: Pick<NormalizedAccountStore, "kind" | "providerId">;
}) {
  const { providerId } = store;
  const known = store.kind === "social" && Object.hasOwn(marks, providerId);
  return (
    <svg
      viewBox="0 0 24 24"
      width="20"
      height="20"
      aria-hidden="true"
      focusable="false"
      data-slot="provider-mark"
      data-mark={known ? providerId : "neutral"}
    >
      {known ? marks[providerId] : neutral}
    </svg>
  );
}
