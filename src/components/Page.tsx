// The page around the form: a header (logo, heading, intro), the "Already have
// an account? Sign in" prompt and a footer for legal text. Each is a replaceable
// part of <SignupForm>; these defaults only draw the props they get.
import { createElement } from "react";
import type { PageFooterProps, PageHeaderProps, SignInPromptProps } from "./types";

/** The logo slot, the heading (h1 by default) and the intro slot, in that order. */
export function PageHeader({ logo, heading, headingLevel, intro }: PageHeaderProps) {
  if (!logo && !heading && !intro) return null;
  return (
    <header data-slot="header">
      {logo ? <div data-slot="logo">{logo}</div> : null}
      {heading ? createElement(`h${headingLevel}`, { "data-slot": "heading" }, heading) : null}
      {intro ? <div data-slot="intro">{intro}</div> : null}
    </header>
  );
}

/** "Already have an account? Sign in", with a real link. */
export function SignInPrompt({ url, prompt, linkText }: SignInPromptProps) {
  return (
    <p data-slot="sign-in-prompt">
      {prompt} <a href={url}>{linkText}</a>
    </p>
  );
}

/** The footer slot (legal text, support links); nothing when empty. */
export function PageFooter({ children }: PageFooterProps) {
  return children ? <footer data-slot="footer">{children}</footer> : null;
}

/**
 * The URL when it is safe to put in a link: relative, or absolute http(s).
 * `javascript:`, `data:` and other schemes give `undefined`.
 */
export function safeLinkUrl(url?: string): string | undefined {
  try {
    return url?.trim() && /^https?:$/.test(new URL(url, "https://relative.invalid/").protocol)
      ? url
      : undefined;
  } catch {
    return undefined;
  }
}
