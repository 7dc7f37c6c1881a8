// The terms and marketing checkboxes: their values and the terms error live
// in the form (the schema requires the terms); this draws their plain props
// and the no-JavaScript hidden inputs.
import { useRef } from "react";
import type { RefObject } from "react";
import { formFieldName } from "../core/names";
import { CONTROL_KEYS } from "../core/names";
import { pageLanguage } from "./useMessages";
import type { SignupFormControl } from "./useSignupFormControl";
import type { CheckboxRenderProps, ConsentOptions, UseSignupFormReturn } from "./types";
import { DEFAULT_CONSENT_FIELD } from "./useRegisterView";

/** A checkbox's props before the ref is added. */
type Box = Omit<CheckboxRenderProps, "inputProps"> & {
  inputProps: Omit<CheckboxRenderProps["inputProps"], "ref">;
};

/** The consent record's locale: the option, else the page's language, else English. */
export const consentLocale = (locale?: string): string => locale ?? (pageLanguage() || "en");

/** The consent part of the return value, and the terms box (focused when it blocks submit). */
export function useConsent(
  form: SignupFormControl,
  options: ConsentOptions | undefined,
  locale: string | undefined,
  declared: boolean,
  baseId: string,
): { consent: UseSignupFormReturn["consent"]; termsRef: RefObject<HTMLInputElement | null> } {
  const termsRef = useRef<HTMLInputElement>(null);
  const consentField = options?.field ?? DEFAULT_CONSENT_FIELD;
  // Without JavaScript the record goes as plain form fields, under the same rule:
  // only a declared key, in bracket form (`consent[termsVersion]`), which
  // express-stormpath's body parser (qs) and most others read as one object.
  const part = (name: string) => (declared ? formFieldName([consentField, name]) : undefined);
  const checkbox = (
    key: string,
    name: string | undefined,
    value: string | undefined,
    required: boolean,
  ): Box => {
    const id = `${baseId}-${key === CONTROL_KEYS.terms ? "terms" : "marketing"}`;
    const errorId = `${id}-error`;
    const error = form.getFieldState(key).error?.message;
    return {
      inputProps: {
        id,
        ...(name === undefined ? {} : { name }),
        type: "checkbox",
        ...(value === undefined ? {} : { value }),
        checked: form.getValues(key) === true,
        required,
        "aria-invalid": Boolean(error),
        ...(error ? { "aria-describedby": errorId } : {}),
        // Ticking clears a shown error at once; unticking waits for the next submit.
        onChange: (event) =>
          form.setValue(key, event.target.checked, {
            shouldValidate: Boolean(form.getFieldState(key).error),
          }),
      },
      errorId,
      ...(error ? { error } : {}),
    };
  };
  const terms = checkbox(
    CONTROL_KEYS.terms,
    part("termsVersion"),
    options?.version,
    Boolean(options),
  );
  const marketing =
    options?.marketing && checkbox(CONTROL_KEYS.marketing, part("marketing"), undefined, false);
  // One literal: the terms box carries the ref, and nothing here is written after.
  const consent: UseSignupFormReturn["consent"] = {
    enabled: Boolean(options),
    // Without JavaScript the ticked box posts `{field}[termsVersion]`, and the
    // hidden inputs the rest of the record (the server stamps acceptedAt); for
    // an undeclared key, nothing (the box has no name).
    terms: { ...terms, inputProps: { ...terms.inputProps, ref: termsRef } },
    hiddenInputs:
      options && declared
        ? [
            { name: part("termsUrl") as string, value: options.url },
            { name: part("locale") as string, value: consentLocale(locale) },
          ]
        : [],
    ...(options ? { termsUrl: options.url } : {}),
    ...(options?.privacyUrl ? { privacyUrl: options.privacyUrl } : {}),
    ...(marketing
      ? { marketing: { ...marketing, inputProps: { ...marketing.inputProps, ref: null } } }
      : {}),
  };
  return { consent, termsRef };
}
