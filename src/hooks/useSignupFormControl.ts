// react-hook-form for one view model: the zod resolver checks the fields, the
// terms checkbox and the captcha token in one schema.
import { useEffect, useMemo, useReducer, useState } from "react";
import { zodResolver } from "@hookform/resolvers/zod";
import { createFormControl, useForm } from "react-hook-form";
import type { UseFormReturn } from "react-hook-form";
import type { NormalizedViewModel } from "../contract/types";
import { buildFormSchema } from "../core/formSchema";
import { defaultValues } from "../core/normalize";
import { CONTROL_KEYS } from "../core/names";
import type { Messages } from "../i18n/types";
import type { PasswordPolicy } from "./types";

export type FormValues = Record<string, unknown>;
export type SignupFormControl = UseFormReturn<FormValues>;

// Nothing reads `formState`: each field subscribes to its own error (see
// useFieldProps), so typing never re-renders the form. Focus after a failed
// submit follows the page order across fields, guards, terms and captcha (see
// core/submission), so RHF does not move it.
const settings = {
  mode: "onBlur",
  reValidateMode: "onChange",
  shouldFocusError: false,
} as const;

const startValues = (vm: NormalizedViewModel | undefined): FormValues => ({
  ...(vm ? defaultValues(vm.fields) : {}),
  [CONTROL_KEYS.terms]: false,
  [CONTROL_KEYS.marketing]: false,
  [CONTROL_KEYS.captcha]: "",
});

/** What the schema checks beyond the view model's fields. */
export interface ControlChecks {
  passwordPolicy?: PasswordPolicy;
  /** The terms must be accepted. */
  terms: boolean;
  /** A captcha token is needed. */
  captcha: boolean;
}

/**
 * The form for `source` (the loaded view model; each new one starts a new form
 * with its default values) validated against `vm` (the labelled view model).
 */
export function useSignupFormControl(
  source: NormalizedViewModel | undefined,
  vm: NormalizedViewModel | undefined,
  messages: Messages,
  checks: ControlChecks,
): SignupFormControl {
  const [current, setCurrent] = useState(() => ({
    source,
    control: createFormControl<FormValues>({ ...settings, defaultValues: startValues(source) }),
  }));
  if (current.source !== source) {
    // A new view model: a new form with its defaults, before any field registers.
    setCurrent({
      source,
      control: createFormControl<FormValues>({ ...settings, defaultValues: startValues(source) }),
    });
  }
  const { min, max } = checks.passwordPolicy ?? {};
  const { terms, captcha } = checks;
  const resolver = useMemo(
    () =>
      vm
        ? zodResolver(
            buildFormSchema(vm.fields, {
              messages,
              passwordPolicy: { min, max },
              termsKey: terms ? CONTROL_KEYS.terms : undefined,
              captchaKey: captcha ? CONTROL_KEYS.captcha : undefined,
            }),
            undefined,
            // The schema has no async checks.
            { mode: "sync" },
          )
        : undefined,
    [vm, messages, min, max, terms, captcha],
  );
  return useForm<FormValues>({ ...settings, formControl: current.control.formControl, resolver });
}

/**
 * Re-render when the terms, marketing or captcha value or error changes (the
 * hook draws those controls itself); field changes never re-render it.
 */
export function useControlsState(form: SignupFormControl): void {
  const [, rerender] = useReducer((count: number) => count + 1, 0);
  const subscribe = form.subscribe;
  useEffect(
    () =>
      subscribe({
        name: [CONTROL_KEYS.terms, CONTROL_KEYS.marketing, CONTROL_KEYS.captcha],
        exact: true,
        formState: { errors: true, values: true },
        callback: rerender,
      }),
    [subscribe],
  );
}
