import type { ReactNode } from "react";
import type { Messages } from "../i18n/types";
import { formatNodes } from "./text";
import type { Texts } from "./text";

/**
 * Only http(s) links (absolute or relative) become links: a `javascript:` or
 * `data:` URL would run in the page on React 18, which does not block them.
 */
function isLinkable(href: string): boolean {
  try {
    const base = typeof location !== "undefined" ? location.href : "https://invalid.invalid/";
    const { protocol } = new URL(href, base);
    return protocol === "https:" || protocol === "http:";
  } catch {
    return false;
  }
}

/** "I agree to the Terms of Service (and the Privacy Notice)" with real links that open in a new tab. */
export function termsLabel(
  messages: Messages,
  text: Texts,
  termsUrl?: string,
  privacyUrl?: string,
): ReactNode {
  // A new tab, so following the link from inside the form never loses what
  // the person typed; the link text says so for screen-reader users.
  const link = (href: string, label: string, slot: string) => (
    <a href={href} target="_blank" rel="noopener noreferrer" data-slot={slot}>
      {label}
      <span data-slot="new-tab-hint"> {text("opensInNewTab")}</span>
    </a>
  );
  const terms =
    termsUrl && isLinkable(termsUrl)
      ? link(termsUrl, text("termsLinkText"), "terms-link")
      : text("termsLinkText");
  if (privacyUrl && isLinkable(privacyUrl)) {
    return formatNodes(messages.consentTermsAndPrivacy, {
      terms,
      privacy: link(privacyUrl, text("privacyLinkText"), "privacy-link"),
    });
  }
  return formatNodes(messages.consentTerms, { terms });
}
