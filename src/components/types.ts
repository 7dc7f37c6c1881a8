// Props of every replaceable part of <SignupForm>. Parts get plain, already
// computed props (ids, aria wiring, resolved strings): they draw, they never
// see the form instance or react-hook-form.
import type { ChangeEvent, ComponentType, FocusEvent, MouseEvent, ReactNode, Ref } from "react";
import type { NormalizedAccountStore, NormalizedField, SignupResult } from "../contract/types";
import type { AgeGateOptions } from "../age-gate/types";
import type { FieldRenderProps, SignupError, UseSignupFormOptions } from "../hooks/types";

/** The props a control spreads on its `<input>`, `<select>` or `<textarea>`. */
export type ControlInputProps = FieldRenderProps["inputProps"];

/** The wrapper of one visible field: label, help text, error, and the control as `children`. */
export interface FieldProps {
  field: NormalizedField;
  label: string;
  /** `htmlFor` points at the control's id. */
  labelProps: { id: string; htmlFor: string };
  required: boolean;
  /** The text that marks a required field, e.g. "(required)". */
  requiredText: string;
  error?: string;
  /** The id the control's `aria-describedby` names for the error; render the error with it. */
  errorId: string;
  description?: string;
  /** The id the control's `aria-describedby` names for the help text. */
  descriptionId: string;
  /** `true` for a radio group: draw a `<fieldset>` with a `<legend>` instead of a `<label>`. */
  group: boolean;
  /** The control (Input or PasswordInput). */
  children: ReactNode;
}

/** The control for every field kind except password and checkbox. */
export interface InputProps {
  field: NormalizedField;
  inputProps: ControlInputProps;
  /** Text of the empty first option of a select. */
  selectPlaceholder: string;
}

export interface PasswordInputProps {
  field: NormalizedField;
  inputProps: ControlInputProps;
  /** Accessible name of the show/hide toggle, e.g. "Show password". Its state is `aria-pressed`. */
  toggleLabel: string;
}

/** Props spread on a checkbox `<input>`; consent checkboxes are controlled, checkbox fields are not. */
export type CheckboxInputProps = {
  id: string;
  /** Absent when nothing is posted without JavaScript (an undeclared consent key). */
  name?: string;
  type: "checkbox";
  required: boolean;
  "aria-invalid": boolean;
  "aria-describedby"?: string;
  checked?: boolean;
  defaultChecked?: boolean;
  ref?: Ref<HTMLInputElement>;
  onChange: (event: ChangeEvent<HTMLInputElement>) => void;
  onBlur?: (event: FocusEvent<HTMLInputElement>) => void;
};

export interface CheckboxProps {
  /** `"terms"`, `"marketing"` or `"field"`: which checkbox this is. */
  kind: "terms" | "marketing" | "field";
  inputProps: CheckboxInputProps;
  /** The label; may hold links (the terms checkbox). */
  label: ReactNode;
  required: boolean;
  requiredText: string;
  error?: string;
  errorId: string;
  description?: string;
  descriptionId?: string;
}

export interface SocialButtonProps {
  store: NormalizedAccountStore;
  /** "Continue with {name}". */
  label: string;
  onClick: (event: MouseEvent<HTMLButtonElement>) => void;
}

export interface SubmitButtonProps {
  label: string;
  submitting: boolean;
  /** Seconds before submit is allowed again; 0 when allowed. */
  retryAfter: number;
  /** Visible countdown text while `retryAfter > 0`. */
  countdownText?: string;
  /** The id of the countdown element (the button's `aria-describedby`). */
  countdownId: string;
}

/** The form-level live regions. Rendered from the first render so screen readers track them. */
export interface MessageProps {
  /** Polite status ("Creating your account…"). */
  status?: string;
  /** Assertive form-level error. */
  error?: string;
}

export interface SuccessViewProps {
  result: SignupResult;
  /** `enabled` (done), `unverified` (check your email) or `pending` (any other status). */
  variant: "enabled" | "unverified" | "pending";
  title: string;
  body: string;
}

export interface LoadingProps {
  /** "Loading…", announced as a status. */
  label: string;
}

export interface LoadErrorProps {
  error?: SignupError;
  message: string;
  retryLabel: string;
  /** Refetches the view model. */
  onRetry: () => void;
}

export interface PageHeaderProps {
  /** The `logo` slot of <SignupForm>. */
  logo?: ReactNode;
  /** The heading text ("Create your account" by default); `undefined` when turned off. */
  heading?: ReactNode;
  /** The heading's level, 1 to 6. */
  headingLevel: 1 | 2 | 3 | 4 | 5 | 6;
  /** The `intro` slot of <SignupForm>. */
  intro?: ReactNode;
}

export interface SignInPromptProps {
  /** The checked `signInUrl` (relative, or absolute http/https). */
  url: string;
  /** "Already have an account?" */
  prompt: string;
  /** "Sign in": the link text. */
  linkText: string;
}

export interface PageFooterProps {
  /** The `footer` slot of <SignupForm> (legal text, support links). */
  children?: ReactNode;
}

/** Every part of <SignupForm> that can be replaced. Merged key by key over the defaults. */
export interface SignupFormComponents {
  Field: ComponentType<FieldProps>;
  Input: ComponentType<InputProps>;
  PasswordInput: ComponentType<PasswordInputProps>;
  Checkbox: ComponentType<CheckboxProps>;
  SocialButton: ComponentType<SocialButtonProps>;
  SubmitButton: ComponentType<SubmitButtonProps>;
  Message: ComponentType<MessageProps>;
  SuccessView: ComponentType<SuccessViewProps>;
  Loading: ComponentType<LoadingProps>;
  LoadError: ComponentType<LoadErrorProps>;
  PageHeader: ComponentType<PageHeaderProps>;
  SignInPrompt: ComponentType<SignInPromptProps>;
  PageFooter: ComponentType<PageFooterProps>;
}

/** The props of `<SignupForm>`: every option of `useSignupForm()`, plus the look and the parts. All optional. */
export interface SignupFormProps extends UseSignupFormOptions {
  /** Replace any part; keys you leave out keep the default. Defaults to `{}`. */
  components?: Partial<SignupFormComponents>;
  /** Extra class names on the root element. Defaults to none. */
  className?: string;
  /** Force the default theme's light or dark palette (`data-theme` on the root). Defaults to the system preference. */
  theme?: "light" | "dark";
  /** The default theme's spacing: `"compact"` tightens gaps and controls (36 px controls, targets stay at least 24 px). Sets `data-density` on the root. Defaults to the regular spacing. */
  density?: "compact";
  /** The default theme's frame: `"card"` (border, shadow, more padding) or `"borderless"` (no padding, corners or background: the form sits flush in your layout). Sets `data-variant` on the root. Defaults to a padded panel on the theme's background. */
  variant?: "card" | "borderless";
  /** Drop the theme's class hook (`sk-root`) so the default theme does not apply; structure and `data-*` attributes stay. Defaults to `false`. */
  unstyled?: boolean;
  /** The page heading. Defaults to the catalogue's "Create your account"; `false` leaves it out. */
  heading?: ReactNode | false;
  /** The level of the heading (`<h1>` … `<h6>`). Defaults to `1`. */
  headingLevel?: 1 | 2 | 3 | 4 | 5 | 6;
  /** A logo (or any element) above the heading. Defaults to none. */
  logo?: ReactNode;
  /** A short introduction under the heading. Defaults to none. */
  intro?: ReactNode;
  /** Where existing users sign in: shows "Already have an account? Sign in". Relative or http(s) only; anything else is ignored. Defaults to none. */
  signInUrl?: string;
  /** Content under the form, such as legal text. Defaults to none. */
  footer?: ReactNode;
  /** An age gate: date of birth or "I am at least N years old", checked at submit. Loaded lazily. Defaults to off. */
  ageGate?: AgeGateOptions;
}
