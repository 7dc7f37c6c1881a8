import type { Messages } from "./types";

/**
 * English for everything the form shows eagerly (the only catalogue in the main
 * bundle). Each lazily loaded part brings its own English (the verify page, the
 * resend step, the captcha widget, the password guidance, the success view);
 * the package entry assembles the complete catalogue, `en`, from all of them.
 */
const eager = {
  labelGivenName: "First name",
  labelMiddleName: "Middle name",
  labelSurname: "Last name",
  labelUsername: "Username",
  labelEmail: "Email",
  labelPassword: "Password",
  labelConfirmPassword: "Confirm password",

  required: "{label} required.",
  emailInvalid: "{label} is not a valid email address.",
  tooShort: "{label} must be at least {min} characters.",
  tooLong: "{label} must be at most {max} characters.",
  patternMismatch: "{label} is not in the expected format.",
  numberInvalid: "{label} must be a number.",
  passwordsDoNotMatch: "Passwords do not match.",

  consentTerms: "I accept the {terms}",
  consentTermsAndPrivacy: "I accept the {terms} and have read the {privacy}",
  termsLinkText: "terms of service",
  privacyLinkText: "privacy notice",
  consentRequired: "Please accept the terms to create your account.",
  marketingLabel: "Send me product news and offers (optional)",

  requiredMarker: "(required)",
  showPassword: "Show password",
  hidePassword: "Hide password",
  submit: "Create account",
  socialButton: "Continue with {name}",
  socialButtonStore: "Continue with {name} ({store})",
  socialSeparator: "or",
  socialGroup: "Sign up with another account",
  selectPlaceholder: "Select…",
  opensInNewTab: "(opens in a new tab)",

  // The page around the form (the password guidance brings its own strings).
  heading: "Create your account",
  signInPrompt: "Already have an account?",
  signInLink: "Sign in",

  loading: "Loading…",
  submitting: "Creating your account…",

  loadFailed: "We could not load the signup form. Check your connection and try again.",
  loadNotJson: "We could not load the signup form: the endpoint did not return a JSON view model.",
  loadInvalid: "We could not load the signup form: the server sent a form we cannot use.",
  retry: "Try again",

  networkUncertain:
    "We lost the connection, so your account may or may not have been created. Check your email or try signing in before trying again.",
  serverError: "Something went wrong on our side. Please try again in a moment.",
  unexpectedSuccess:
    "The server answered in a way we did not understand. Your account may have been created: check your email or try signing in.",
  conflict: "An account with that email already exists.",
  invalidRequest: "We could not create your account. Check the form and try again.",
  rateLimited: "Too many attempts. Try again in {duration}.",
  retryCountdown: "You can try again in {seconds} s.",
  rateLimitedEnd: "You can try again now.",
  fieldInvalid: "This value was not accepted.",

  captchaRequired: "Please complete the captcha.",
  captchaLoadFailed:
    "The captcha could not load. Check your connection or disable content blockers for this page, then try again.",
  captchaInvalid: "The captcha check failed. Please complete it again.",
} satisfies Partial<Record<keyof Messages, string>>;

/** The keys {@link base} holds (the rest belongs to lazily loaded parts). */
export type EagerKey = keyof typeof eager;

/** {@link eager} as a catalogue: the form falls back to it before a part's English loads. */
export const base = eager as Messages;

/**
 * `base` with the string values of `overrides` on top (also keys `base` leaves
 * to a lazy part, so an app can override those too: the form hands its
 * catalogue to the resend step).
 */
export function withOverrides(base: Messages, overrides?: Partial<Messages>): Messages {
  if (!overrides) return base;
  const out: Messages = { ...base };
  for (const [key, value] of Object.entries(overrides))
    if (typeof value === "string") (out as unknown as Record<string, string>)[key] = value;
  return out;
}
