// The strings the markup shows, looked up in the resolved `messages` of
// useSignupForm() (so `messages={{…}}` overrides them). Keys are the catalogue's
// (src/i18n/types.ts); the English fallbacks cover keys a catalogue leaves out
// (selectPlaceholder, socialGroup, retryCountdown, rateLimitedEnd,
// successUnverifiedBodyNoEmail and opensInNewTab are not in `Messages` yet).
import type { ReactNode } from "react";
import { Fragment, createElement } from "react";
import { formatParts } from "../i18n/format";

export const fallbackText = {
  requiredMarker: "(required)",
  showPassword: "Show password",
  selectPlaceholder: "Select…",
  socialButton: "Continue with {name}",
  socialGroup: "Sign up with another account",
  socialSeparator: "or",
  submit: "Create account",
  submitting: "Creating your account…",
  retryCountdown: "You can try again in {seconds} s.",
  rateLimited: "Too many attempts. Try again in {seconds} seconds.",
  rateLimitedEnd: "You can try again now.",
  loading: "Loading…",
  loadFailed: "We could not load the signup form. Check your connection and try again.",
  retry: "Try again",
  successEnabledTitle: "Your account is ready",
  successEnabledBody: "You can now sign in.",
  successUnverifiedTitle: "Check your email",
  successUnverifiedBody:
    "We sent a verification link to {email}. Open it to activate your account.",
  successUnverifiedBodyNoEmail:
    "We sent you a verification link. Open it to activate your account.",
  successPendingTitle: "Your account was created",
  successPendingBody: "We will let you know when your account is ready.",
  consentTerms: "I accept the {terms}",
  consentTermsAndPrivacy: "I accept the {terms} and have read the {privacy}",
  termsLinkText: "terms of service",
  privacyLinkText: "privacy notice",
  opensInNewTab: "(opens in a new tab)",
  marketingLabel: "Send me product news and offers (optional)",
} as const;

export type TextKey = keyof typeof fallbackText;

export type Texts = (key: TextKey, params?: Record<string, string | number>) => string;

/** The raw template for `key`: the catalogue's string when it has one, else the fallback. */
export function template(messages: object, key: TextKey): string {
  const value = (messages as Record<string, unknown>)[key];
  return typeof value === "string" ? value : fallbackText[key];
}

/** A text formatter over `messages`: `{name}` placeholders are replaced as plain text. */
export function createTexts(messages: object): Texts {
  return (key, params) =>
    template(messages, key).replace(/\{(\w+)\}/g, (whole, name: string) =>
      params && Object.hasOwn(params, name) ? String(params[name]) : whole,
    );
}

/**
 * Fill `{name}` placeholders with React nodes (links inside a label). Text
 * stays text: nothing is parsed as HTML.
 */
export function formatNodes(text: string, nodes: Record<string, ReactNode>): ReactNode {
  return formatParts<ReactNode>(text, nodes).map((part, index) =>
    createElement(Fragment, { key: index }, part),
  );
}
