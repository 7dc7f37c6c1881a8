// The public options and return value of useSignupForm(). <SignupForm> takes the
// same options plus `components` and `className`. This file is the boundary
// between the headless hook (src/hooks) and the markup (src/components); the
// options themselves are in ./options.
import type {
  ChangeEvent,
  FocusEvent,
  FormEvent,
  HTMLAttributes,
  KeyboardEvent,
  MouseEvent,
  Ref,
} from "react";
import type { NormalizedAccountStore, NormalizedField, SignupResult } from "../contract/types";
import type { FieldInputAttributes } from "../core/fieldInputProps";
import type { Messages } from "../i18n/types";
import type { CaptchaOptions, SignupError } from "./options";
import type { SubmitGuard } from "./submitSeam";

export type {
  CaptchaOptions,
  ConsentOptions,
  ConsentOutcome,
  ConsentRecord,
  PasswordPolicy,
  SignupError,
  SignupEvent,
  SocialLoginRequest,
  UseSignupFormOptions,
} from "./options";

/** Where the form is: loading the view model, failed to load, ready, posting, or done. */
export type SignupFormState = "loading" | "load-error" | "ready" | "submitting" | "success";

/** Plain props for one field: ids, aria wiring and handlers, ready to spread. */
export interface FieldRenderProps {
  field: NormalizedField;
  /** Spread on the <input>/<select>/<textarea>. */
  inputProps: Omit<FieldInputAttributes, "inputMode"> & {
    /** React's `inputMode` union, so the props spread onto `<input>`. */
    inputMode?: HTMLAttributes<HTMLInputElement>["inputMode"];
    "aria-required"?: boolean;
    ref: Ref<HTMLInputElement & HTMLSelectElement & HTMLTextAreaElement>;
    onChange: (
      event: ChangeEvent<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>,
    ) => void;
    onBlur: (event: FocusEvent<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>) => void;
  };
  labelProps: { id: string; htmlFor: string };
  label: string;
  required: boolean;
  error?: string;
  errorId: string;
  description?: string;
  descriptionId: string;
}

/** Plain props for a consent checkbox: spread `inputProps` on the `<input>`. */
export interface CheckboxRenderProps {
  inputProps: {
    id: string;
    /** The no-JavaScript form field name; absent when the server does not declare the consent key (nothing is posted). */
    name?: string;
    type: "checkbox";
    /** What a ticked box posts without JavaScript (the terms version for the terms box). */
    value?: string;
    checked: boolean;
    required: boolean;
    "aria-invalid": boolean;
    "aria-describedby"?: string;
    onChange: (event: ChangeEvent<HTMLInputElement>) => void;
    /** Lets the hook focus the checkbox when it is the first invalid control. Spread it. */
    ref: Ref<HTMLInputElement>;
  };
  error?: string;
  errorId: string;
}

/**
 * A captcha widget as the hook sees it: the captcha component registers one of
 * these and feeds tokens in.
 */
export interface CaptchaWidget {
  /** Run an invisible challenge; resolve with the token (or call `setToken`). Optional. */
  execute?: () => Promise<string | void> | string | void;
  /** Clear the widget: called after every failed POST, since a token is used once. */
  reset: () => void;
  /** Move focus to the widget area: called when the captcha is what blocks submit. Optional. */
  focus?: () => void;
}

/** The captcha part of the return value: what a captcha component needs. */
export interface CaptchaState {
  /**
   * `true` when the `captcha` option is given and the view model declares its
   * field: no POST without a token. Without the declaration no widget is
   * shown (no server would check the token) and a development warning says so.
   */
  enabled: boolean;
  /** The options passed to the hook (site key, size, theme, pass-through keys). */
  options?: CaptchaOptions;
  /** The body key of the token. Defaults to `"captchaToken"`. */
  field: string;
  /** Give the hook a token (`null` on expiry/close). Kept in memory only. */
  setToken: (token: string | null) => void;
  /** Register the widget; returns the unregister function. */
  registerWidget: (widget: CaptchaWidget) => () => void;
  /** Report a widget problem (expired, closed, failed to load, error): a catalogue message, or `undefined` to clear. */
  setError: (message: string | undefined) => void;
  /** The message to show at the widget (missing token, expired, refused by the server …). */
  error?: string;
  /** Id for the widget's error text, for `aria-describedby`. */
  errorId: string;
}

/** What `useSignupForm()` returns: the state and the props to build your own markup with. */
export interface UseSignupFormReturn {
  state: SignupFormState;
  /** Normalised fields in render order (hidden ones included, `visible: false`). */
  fields: NormalizedField[];
  /** Social/SAML buttons in priority order, unsafe ones dropped. */
  accountStores: NormalizedAccountStore[];
  /** Development warnings from normalisation. */
  warnings: string[];
  loadError?: SignupError;
  /** Refetch the view model (the retry button). */
  reload: () => void;
  /** Props for the <form>: `method="post"`, `action`, `noValidate`, `onSubmit`. */
  getFormProps: () => {
    method: "post";
    action: string;
    noValidate: true;
    onSubmit: (event: FormEvent<HTMLFormElement>) => void;
    "aria-busy"?: boolean;
  };
  /** Plain props for one field, subscribed to that field's error only. */
  useField: (field: NormalizedField) => FieldRenderProps;
  /**
   * Register a check run at every submit before the POST (the age gate uses
   * it); `ok: false` blocks the POST. Returns the unregister function.
   */
  addSubmitGuard: (guard: SubmitGuard) => () => void;
  consent: {
    enabled: boolean;
    termsUrl?: string;
    privacyUrl?: string;
    terms: CheckboxRenderProps;
    marketing?: CheckboxRenderProps;
    /**
     * Render these as `<input type="hidden">` inside the form: without
     * JavaScript, they and the ticked terms box (`{field}[termsVersion]`) post
     * the consent record as plain form fields. Empty when the view model does
     * not declare the consent key. With JavaScript the hook posts the JSON
     * record itself.
     */
    hiddenInputs: Array<{ name: string; value: string }>;
  };
  submit: () => Promise<void>;
  submitting: boolean;
  /** Seconds left before submit is allowed again (429/503 Retry-After), 0 when allowed. */
  retryAfter: number;
  /**
   * Form-level error message (announced). During a 429/503 wait it is stated
   * once ("Try again in 30 seconds.") and does not change while `retryAfter`
   * counts down; it clears when the wait is over.
   */
  formError?: string;
  /** Form-level status text for the polite live region ("Creating your account…"). */
  statusMessage?: string;
  result?: SignupResult;
  /** The last submit error (all kinds). */
  error?: SignupError;
  startSocialLogin: (
    store: NormalizedAccountStore,
    event?: MouseEvent | KeyboardEvent,
  ) => Promise<void>;
  /** The captcha state and callbacks, for a captcha component. */
  captcha: CaptchaState;
  /**
   * `lang` and `dir` for the root when they differ from the page's: set when the
   * `locale` option is given (or the page's language has no catalogue), else
   * undefined so both are inherited.
   */
  lang?: string;
  dir?: "ltr" | "rtl";
  /** Resolved messages and a formatter. */
  messages: Messages;
  t: (key: keyof Messages, params?: Record<string, string | number>) => string;
}
