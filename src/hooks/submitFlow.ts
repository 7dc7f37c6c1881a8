// One submit, from validation to the answer. Loaded on the first submit (with
// the POST client), so a page that never submits never downloads it.
import type { RefObject } from "react";
import type { FieldErrors } from "react-hook-form";
import type { NormalizedViewModel, SignupResult } from "../contract/types";
import { CONTROL_KEYS } from "../core/names";
import {
  blockedSubmit,
  consentRecord,
  onlyCaptchaMissing,
  serverFocus,
  submission,
} from "../core/submission";
import type { FocusTarget } from "../core/submission";
import { matchLocale } from "../i18n/locales/index";
import type { Messages } from "../i18n/types";
import type { GuardVerdict } from "./submitSeam";
import type { Seam } from "./submitSeam";
import type { CaptchaWidget, SignupError, SignupEvent, UseSignupFormOptions } from "./types";
import { postSignup } from "./postSignup";
import type { PostOutcome } from "./postSignup";
import type { FormValues, SignupFormControl } from "./useSignupFormControl";

const CAPTCHA = CONTROL_KEYS.captcha;

/** What a submit reads and writes: the hook's state, passed in. */
export interface SubmitContext {
  vm: NormalizedViewModel;
  options: UseSignupFormOptions;
  messages: Messages;
  endpoint: string;
  /** The consent record's body key and locale, and the captcha token's body key. */
  consentField: string;
  consentLocale: string;
  captchaField: string;
  /** The page URL, to resolve the terms URL against. */
  pageUrl: string;
  form: SignupFormControl;
  seam: Seam;
  widget: RefObject<CaptchaWidget | null>;
  terms: RefObject<HTMLInputElement | null>;
  /** Aborted on unmount. */
  signal?: AbortSignal;
  emit: (event: SignupEvent) => void;
  setPhase: (phase: "idle" | "submitting" | "success") => void;
  setResult: (result: SignupResult) => void;
  setError: (error: SignupError | undefined) => void;
  setFormError: (message: string | undefined) => void;
  startCountdown: (seconds: number) => void;
}

/**
 * Validate through the resolver (fields, terms and captcha token in one schema).
 * A message the captcha widget set (expired, closed, failed to load, refused)
 * stays when the token is still missing: it says more than "required".
 */
async function validate(form: SignupFormControl) {
  const before = form.getFieldState(CAPTCHA).error;
  let outcome: { values?: FormValues; errors: FieldErrors<FormValues> } = { errors: {} };
  await form.handleSubmit(
    () => {
      outcome = { values: form.getValues(), errors: {} };
    },
    (errors) => {
      outcome = { errors };
    },
  )();
  if (before && outcome.errors[CAPTCHA]) form.setError(CAPTCHA, before);
  return outcome;
}

function focus(c: SubmitContext, target: FocusTarget | undefined, guards: GuardVerdict[]): void {
  if (target?.kind === "field") c.form.setFocus(target.key);
  else if (target?.kind === "guard") guards[target.index]?.focus?.();
  else if (target?.kind === "terms") c.terms.current?.focus();
  else if (target?.kind === "captcha") c.widget.current?.focus?.();
}

/** Runs one submit; resolves `true` after a success (the form never posts again). */
export async function runSubmit(c: SubmitContext): Promise<boolean> {
  const { vm, options: o, messages: m, form } = c;
  // The kit's extra keys go only where the view model declares them.
  const captchaOn = Boolean(o.captcha) && vm.declared.captcha;
  const { captchaField } = c;
  c.emit({ type: "submit_attempted" });
  c.setFormError(undefined);
  const guarding = c.seam.runGuards();
  let checked = await validate(form);
  const guards = (await guarding).filter((verdict) => !verdict.ok);
  // An invisible widget runs its challenge when the token is all that is missing.
  const widget = c.widget.current;
  if (captchaOn && widget?.execute && onlyCaptchaMissing(checked.errors, guards)) {
    let token: unknown;
    try {
      token = await widget.execute();
    } catch {
      token = undefined;
    }
    if (typeof token === "string" && token) form.setValue(CAPTCHA, token);
    checked = await validate(form);
  }
  const { values, errors } = checked;
  const blocked = blockedSubmit(vm.fields, errors, guards);
  if (!values || blocked) {
    c.emit({ type: "validation_failed", fields: blocked?.names ?? [] });
    focus(c, blocked?.focus, guards);
    return false;
  }

  const consent = o.consent && {
    field: c.consentField,
    record: consentRecord(o.consent, {
      pageUrl: c.pageUrl,
      acceptedAt: new Date(),
      locale: c.consentLocale,
      marketing: values[CONTROL_KEYS.marketing] === true,
    }),
  };
  const token = values[CAPTCHA];
  const { body, consent: consentOutcome } = submission({
    fields: vm.fields,
    values,
    declared: vm.declared,
    consent,
    captcha: captchaOn && typeof token === "string" ? { field: captchaField, token } : undefined,
  });
  // A token is used once: this one is spent whatever the answer.
  form.setValue(CAPTCHA, "");

  c.setPhase("submitting");
  c.setError(undefined);
  const outcome: PostOutcome = await postSignup(c.endpoint, body, {
    fields: vm.fields,
    messages: m,
    captchaField,
    // The language the catalogue is in (English for a locale the kit does not ship).
    locale: matchLocale(c.consentLocale),
    signal: c.signal,
    fetch: o.fetch,
    credentials: o.credentials,
    headers: o.headers,
    timeout: o.submitTimeout,
  });
  if (c.signal?.aborted) return false;
  if (outcome.ok) {
    // The consent record reaches the app whether or not the server took it.
    const result = consentOutcome ? { ...outcome.result, consent: consentOutcome } : outcome.result;
    c.setResult(result);
    c.setPhase("success");
    c.emit({ type: "signup_succeeded", status: result.status });
    if (consentOutcome) c.emit({ type: "consent_recorded", ...consentOutcome });
    // The server sent a verification email: the denominator of email_verification_rate.
    if (result.status === "UNVERIFIED") c.emit({ type: "verification_sent", trigger: "signup" });
    o.onSuccess?.(result);
    return true;
  }

  // A token is used once: any failed POST needs a new one.
  c.widget.current?.reset();
  const failure = outcome.error;
  const error: SignupError = { kind: failure.kind, message: failure.message };
  if (failure.kind === "network") {
    c.setFormError(failure.message);
  } else {
    error.status = failure.status;
    if (Object.keys(failure.fields).length) error.fields = { ...failure.fields };
    for (const field of vm.fields) {
      const message = failure.fieldErrors[field.key];
      if (message) form.setError(field.key, { type: "server", message });
    }
    // A refused token is shown at the widget, not on the form.
    const captchaRefused = failure.kind === "captcha" && captchaOn;
    if (captchaRefused) form.setError(CAPTCHA, { type: "server", message: m.captchaInvalid });
    if (failure.retryAfter) {
      c.startCountdown(failure.retryAfter);
      // Stated once ("Try again in 30 seconds."); `retryAfter` counts down.
      c.setFormError(failure.formError);
    } else {
      c.setFormError(captchaRefused ? undefined : failure.formError);
    }
    focus(c, serverFocus(vm.fields, failure.fieldErrors, captchaRefused), []);
  }
  c.setError(error);
  c.setPhase("idle");
  c.emit({
    type: "signup_failed",
    reason: failure.kind,
    ...(failure.kind !== "network" ? { status: failure.status } : {}),
  });
  o.onError?.(error);
  return false;
}
