// Submit state (phase, result, errors, the 429 wait) and `submit`, which posts
// at most once at a time and never again after a success. The submit itself
// (./submitFlow) loads as soon as there is a form to submit, so the first
// click does not wait for it.
import { useCallback, useEffect, useRef, useState } from "react";
import type { RefObject } from "react";
import type { NormalizedViewModel, SignupResult } from "../contract/types";
import { baseUrl } from "../client/browser";
import type { Messages } from "../i18n/types";
import type { Seam } from "./submitSeam";
import type { CaptchaWidget, SignupError, SignupEvent, UseSignupFormOptions } from "./types";
import { consentLocale } from "./useConsent";
import { DEFAULT_CAPTCHA_FIELD, DEFAULT_CONSENT_FIELD } from "./useRegisterView";
import { useRetryCountdown } from "./useRetryCountdown";
import type { SignupFormControl } from "./useSignupFormControl";

const loadFlow = () => import("./submitFlow");

/** What submit reads at the time of the click, not of the render. */
export interface SubmitInputs {
  vm: NormalizedViewModel | undefined;
  options: UseSignupFormOptions;
  messages: Messages;
}

export interface SubmitState {
  submit: () => Promise<void>;
  phase: "idle" | "submitting" | "success";
  result?: SignupResult;
  error?: SignupError;
  formError?: string;
  retryAfter: number;
}

export function useSubmit(
  endpoint: string,
  form: SignupFormControl,
  seam: Seam,
  latest: RefObject<SubmitInputs>,
  controls: {
    widget: RefObject<CaptchaWidget | null>;
    terms: RefObject<HTMLInputElement | null>;
  },
  emit: (event: SignupEvent) => void,
  formShown: boolean,
): SubmitState {
  // A form is on screen: fetch the submit code now, while the person types.
  useEffect(() => {
    if (formShown) loadFlow().catch(() => {});
  }, [formShown]);

  const [phase, setPhase] = useState<SubmitState["phase"]>("idle");
  const [result, setResult] = useState<SignupResult>();
  const [error, setError] = useState<SignupError>();
  const [formError, setFormError] = useState<string>();
  // The wait is over: the rate-limit message no longer applies.
  const clearFormError = useCallback(() => setFormError(undefined), []);
  const countdown = useRetryCountdown(clearFormError);

  // Abort an in-flight POST on unmount.
  const unmount = useRef<AbortController | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    unmount.current = controller;
    return () => controller.abort();
  }, []);

  // A ref, not state: a second click or Enter in the same tick sees it at once.
  const inFlight = useRef(false);
  const { widget, terms } = controls;
  const { start } = countdown;
  const { waiting } = countdown;
  const submit = useCallback(async () => {
    const { vm, options, messages } = latest.current;
    if (inFlight.current || !vm || waiting()) return;
    inFlight.current = true;
    // After a success the form never posts again (it would create a second account).
    let succeeded = false;
    try {
      const flow = await loadFlow().catch(() => undefined);
      if (!flow) {
        // Nothing was sent, but the person cannot tell: the same message as a lost connection.
        setFormError(messages.networkUncertain);
        return;
      }
      succeeded = await flow.runSubmit({
        vm,
        options,
        messages,
        endpoint,
        consentField: options.consent?.field ?? DEFAULT_CONSENT_FIELD,
        consentLocale: consentLocale(options.locale),
        captchaField: options.captcha?.field ?? DEFAULT_CAPTCHA_FIELD,
        pageUrl: baseUrl(),
        form,
        seam,
        widget,
        terms,
        signal: unmount.current?.signal,
        emit,
        setPhase,
        setResult,
        setError,
        setFormError,
        startCountdown: start,
      });
    } finally {
      inFlight.current = succeeded;
    }
  }, [latest, waiting, endpoint, form, seam, widget, terms, emit, start]);

  const state: SubmitState = { submit, phase, retryAfter: countdown.retryAfter };
  if (result) state.result = result;
  if (error) state.error = error;
  if (formError) state.formError = formError;
  return state;
}
