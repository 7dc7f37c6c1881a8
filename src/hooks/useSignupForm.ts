// The headless signup form: loads the view model, owns react-hook-form, submits
// an allowlisted payload once, maps server errors back. No markup. Each part
// is its own hook (see docs/architecture.md); this file composes them.
import { useCallback, useId } from "react";
import type { FormEvent } from "react";
import { useSeam } from "./submitSeam";
import type { SignupEvent, UseSignupFormOptions, UseSignupFormReturn } from "./types";
import { useCaptcha } from "./useCaptcha";
import { useConsent } from "./useConsent";
import { useFieldProps } from "./useFieldProps";
import { useLatest } from "./useLatest";
import { useMessages } from "./useMessages";
import { useRegisterView } from "./useRegisterView";
import { useSocialLogin } from "./useSocialLogin";
import { useControlsState, useSignupFormControl } from "./useSignupFormControl";
import { useSubmit } from "./useSubmit";

export { DEFAULT_CAPTCHA_FIELD, DEFAULT_CONSENT_FIELD } from "./useRegisterView";

/**
 * The whole /register flow without markup. `<SignupForm>` is built on it; build
 * your own markup on it and keep every behaviour.
 * @example
 * const form = useSignupForm({ endpoint: "/register", consent: { version: "2026-01", url: "/terms" } });
 * if (form.state === "loading") return <p>{form.statusMessage}</p>;
 * return <form {...form.getFormProps()}>{form.fields.map((f) => <MyField key={f.key} field={f} useField={form.useField} />)}</form>;
 */
export function useSignupForm(options: UseSignupFormOptions = {}): UseSignupFormReturn {
  const endpoint = options.endpoint ?? "/register";
  const { messages, ready, t, root } = useMessages(options.locale, options.messages);
  // The latest options, for callbacks that must not restart effects.
  const latestOptions = useLatest(options);
  const emit = useCallback(
    (event: SignupEvent) => {
      try {
        latestOptions.current.onEvent?.(event);
      } catch {
        // Analytics must never break signup.
      }
    },
    [latestOptions],
  );

  const view = useRegisterView(options, messages, emit);
  const { load, vm } = view;
  const form = useSignupFormControl(load.status === "ready" ? load.vm : undefined, vm, messages, {
    passwordPolicy: options.passwordPolicy,
    terms: Boolean(options.consent),
    captcha: Boolean(options.captcha) && Boolean(vm?.declared.captcha),
  });
  useControlsState(form);
  const latest = useLatest({ vm, options, messages });
  const baseId = useId();

  // Submit guards (age gate, breached-password screening, loaded lazily) and the screening note.
  const vmRef = useLatest(vm);
  const seam = useSeam(options.passwordScreening, form, vmRef);
  const consentPart = useConsent(
    form,
    options.consent,
    options.locale,
    Boolean(vm?.declared.consent),
    baseId,
  );
  const captchaPart = useCaptcha(form, options.captcha, Boolean(vm?.declared.captcha), baseId);
  const { submit, phase, result, error, formError, retryAfter } = useSubmit(
    endpoint,
    form,
    seam,
    latest,
    { widget: captchaPart.widget, terms: consentPart.termsRef },
    emit,
    Boolean(vm),
  );
  const confirmKey = vm?.fields.find((field) => field.name === "confirmPassword")?.key;
  const useField = useFieldProps(form, baseId, seam, confirmKey);
  const startSocialLogin = useSocialLogin(
    endpoint,
    Boolean(vm?.accountStores.length),
    latestOptions,
    emit,
  );

  // A fetched form waits for its catalogue (see useMessages).
  const state: UseSignupFormReturn["state"] =
    load.status !== "ready"
      ? load.status
      : !ready && !view.hasInitial
        ? "loading"
        : phase === "idle"
          ? "ready"
          : phase;
  const submitting = phase === "submitting";
  const statusMessage =
    state === "loading" ? messages.loading : submitting ? messages.submitting : undefined;

  const out: UseSignupFormReturn = {
    state,
    fields: vm?.fields ?? [],
    accountStores: vm?.accountStores ?? [],
    warnings: vm?.warnings ?? [],
    reload: view.reload,
    getFormProps: () => {
      const props: ReturnType<UseSignupFormReturn["getFormProps"]> = {
        method: "post",
        action: endpoint,
        noValidate: true,
        onSubmit: (event: FormEvent<HTMLFormElement>) => {
          event.preventDefault();
          void submit();
        },
      };
      if (submitting) props["aria-busy"] = true;
      return props;
    },
    useField,
    addSubmitGuard: seam.addSubmitGuard,
    consent: consentPart.consent,
    submit,
    submitting,
    retryAfter,
    captcha: captchaPart.captcha,
    messages,
    t,
    startSocialLogin,
  };
  if (root) {
    out.lang = root.lang;
    out.dir = root.dir;
  }
  if (load.status === "load-error") out.loadError = load.error;
  if (formError) out.formError = formError;
  if (statusMessage) out.statusMessage = statusMessage;
  if (result) out.result = result;
  if (error) out.error = error;
  return out;
}
