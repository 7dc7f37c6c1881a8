// Every string the kit shows. Catalogues are plain objects of templates; `{param}`
// placeholders are filled by `format()` (text) or `formatParts()` (when a
// placeholder is an element, such as the terms link). Templates are text, never HTML.

/** The message catalogue: every string the kit shows, as `{param}` templates. */
export interface Messages {
  // Labels of the known Stormpath fields. The server's labels win by default; these
  // are used with `preferCatalogLabels` (or when the server sends no label).
  /** Label of `givenName`. */
  labelGivenName: string;
  /** Label of `middleName`. */
  labelMiddleName: string;
  /** Label of `surname`. */
  labelSurname: string;
  /** Label of `username`. */
  labelUsername: string;
  /** Label of `email`. */
  labelEmail: string;
  /** Label of `password`. */
  labelPassword: string;
  /** Label of `confirmPassword`. */
  labelConfirmPassword: string;

  // Field validation (wording matches the mock server's, Stormpath style).
  /** `{label}`. A required field is empty. */
  required: string;
  /** `{label}`. Not an email address. */
  emailInvalid: string;
  /** `{label}`, `{min}`. Too short (Unicode code points). */
  tooShort: string;
  /** `{label}`, `{max}`. Too long (Unicode code points). */
  tooLong: string;
  /** `{label}`. The value does not match the field's pattern. */
  patternMismatch: string;
  /** `{label}`. A number field holds something else. */
  numberInvalid: string;
  /** `confirmPassword` differs from `password`. */
  passwordsDoNotMatch: string;

  // Consent.
  /** `{terms}` is the terms link. */
  consentTerms: string;
  /** `{terms}` and `{privacy}` are links. */
  consentTermsAndPrivacy: string;
  /** Text of the terms link. */
  termsLinkText: string;
  /** Text of the privacy notice link. */
  privacyLinkText: string;
  /** The terms checkbox is unchecked at submit. */
  consentRequired: string;
  /** Label of the optional marketing checkbox. */
  marketingLabel: string;

  // Form chrome.
  /** Text marking a required field (shown, not colour alone). */
  requiredMarker: string;
  /** Accessible name of the show-password toggle. */
  showPassword: string;
  /** Accessible name of the hide-password toggle. */
  hidePassword: string;
  /** Submit button text. */
  submit: string;
  /** `{name}`: social/SAML button text; `{name}` is the provider ("Google"), or a SAML store's name. */
  socialButton: string;
  /** `{name}`, `{store}`: the button text when two stores share a provider; `{store}` is the store's name. */
  socialButtonStore: string;
  /** Separator between the social buttons and the form. */
  socialSeparator: string;
  /** Accessible name of the group of social/SAML buttons. */
  socialGroup: string;
  /** First, empty choice of a select. */
  selectPlaceholder: string;
  /** Hint after a link that opens in a new tab. */
  opensInNewTab: string;

  // The page around the form, and the password guidance.
  /** The page heading. */
  heading: string;
  /** Before the sign-in link, when `signInUrl` is given. */
  signInPrompt: string;
  /** Text of the sign-in link. */
  signInLink: string;
  /** `{min}`: the password's help text (the policy's minimum length). */
  passwordRequirement: string;
  /** `{min}`: the password's help text when breached-password screening is on. */
  passwordRequirementScreened: string;
  /** The password's help text when screening is on and the policy sets no minimum. */
  passwordRequirementScreenedOnly: string;
  /** `{count}`: the live hint once typing pauses, while the password is too short. */
  passwordHintRemaining: string;
  /** The live hint once a password that was too short is long enough. */
  passwordHintMet: string;

  // Statuses (announced in the polite live region).
  /** The view model is loading. */
  loading: string;
  /** The POST is in flight. */
  submitting: string;

  // Load failure.
  /** The view model could not be loaded. */
  loadFailed: string;
  /** The endpoint answered with something that is not a JSON view model. */
  loadNotJson: string;
  /** The view model is too large or malformed. */
  loadInvalid: string;
  /** Text of the retry button. */
  retry: string;

  // Submit failures.
  /** Network failure or timeout on POST: the account may or may not exist. */
  networkUncertain: string;
  /** 5xx or an unreadable body. Server text is never shown. */
  serverError: string;
  /** A 2xx whose body could not be understood. */
  unexpectedSuccess: string;
  /** 409 without a usable message. */
  conflict: string;
  /** A 4xx without a usable message. */
  invalidRequest: string;
  /**
   * 429/503, announced once when the wait starts. `{duration}`: the wait with
   * its unit in words, in the form's language ("1 second", "30 seconds",
   * "1 Sekunde"); `{seconds}`: the bare number, for wording of your own.
   */
  rateLimited: string;
  /** `{seconds}` (the bare number): the visible countdown beside the submit button (not announced). */
  retryCountdown: string;
  /** Announced when the 429/503 wait is over. */
  rateLimitedEnd: string;
  /** A field error the server sent without text. */
  fieldInvalid: string;

  // Success views.
  /** Title of the success view for `ENABLED`. */
  successEnabledTitle: string;
  /** Body of the success view for `ENABLED`. */
  successEnabledBody: string;
  /** Title of the success view for `UNVERIFIED`. */
  successUnverifiedTitle: string;
  /** `{email}`: body of the success view for `UNVERIFIED`. */
  successUnverifiedBody: string;
  /** Body for `UNVERIFIED` when the account has no email. */
  successUnverifiedBodyNoEmail: string;
  /** Title for any other account status. */
  successPendingTitle: string;
  /** Body for any other account status. */
  successPendingBody: string;

  // Captcha.
  /** Accessible name of the captcha area (focused when the captcha blocks submit). */
  captchaLabel: string;
  /** No token at submit. */
  captchaRequired: string;
  /** The token expired. */
  captchaExpired: string;
  /** The widget script could not load. */
  captchaLoadFailed: string;
  /** The challenge was closed. */
  captchaClosed: string;
  /** The widget reported an error. */
  captchaError: string;
  /** The server refused the token. */
  captchaInvalid: string;

  // Email verification (<VerifyEmail>, and the resend in the UNVERIFIED success view).
  /** Announced while the link's token is checked. */
  verifyVerifying: string;
  /** Title when the address is verified. */
  verifyVerifiedTitle: string;
  /** Body when the address is verified. */
  verifyVerifiedBody: string;
  /** Text of the sign-in link. */
  verifySignIn: string;
  /** Title when the link has expired. */
  verifyExpiredTitle: string;
  /** Body when the link has expired (next step: resend). */
  verifyExpiredBody: string;
  /** Title when the link was already used. */
  verifyUsedTitle: string;
  /** Body when the link was already used (next steps: sign in, or resend). */
  verifyUsedBody: string;
  /** Title when the link is unknown, malformed or missing its token. */
  verifyInvalidTitle: string;
  /** Body when the link is not valid (next step: resend). */
  verifyInvalidBody: string;
  /** Title when the check could not be made (network, server). */
  verifyErrorTitle: string;
  /** Body when the check could not be made (next step: retry). */
  verifyErrorBody: string;
  /** "Didn't get the email?" */
  resendPrompt: string;
  /** Label of the email input of the resend form. */
  resendEmailLabel: string;
  /** Text of the resend button. */
  resendButton: string;
  /** Announced while the resend request is in flight. */
  resendSending: string;
  /** Announced after a resend (the same whether or not the account exists). */
  resendSent: string;
  /** `{seconds}` (the bare number): visible countdown before another resend (not announced every second). */
  resendCooldown: string;
  /** Announced when another resend is allowed. */
  resendReady: string;
  /**
   * Announced when the server asks to wait (429). `{duration}`: the wait with
   * its unit in words ("1 second", "30 seconds"); `{seconds}`: the bare number.
   */
  resendRateLimited: string;
  /** The resend request failed (network, server). */
  resendFailed: string;
}

/** A locale's catalogue may leave strings out; English fills the gaps. */
export type PartialMessages = Partial<Messages>;
