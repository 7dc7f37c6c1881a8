// The age gate: a date-of-birth input or an "I am at least N years
// old" checkbox, checked at submit through the form's submit guards. Loaded
// with import() by <AgeGateField> only when `ageGate` is set.
import { useEffect, useId, useRef, useState } from "react";
import type { ChangeEvent, FocusEvent, ReactNode } from "react";
import type { NormalizedField } from "../contract/types";
import type { FieldRenderProps } from "../hooks/types";
import type { SubmitGuard } from "../hooks/submitSeam";
import { checkAge, formatIsoDate, localToday, parseIsoDate } from "../contract/age";
import { ageGateMessages } from "./messages";
import type { AgeGateMessages, AgeGateOptions } from "./types";

/** What the gate needs from `useSignupForm()` (its return value fits). */
export interface AgeGateForm {
  fields: readonly NormalizedField[];
  useField: (field: NormalizedField) => FieldRenderProps;
  addSubmitGuard: (guard: SubmitGuard) => () => void;
  /** `form.messages`: the gate uses `requiredMarker`. */
  messages?: { requiredMarker?: string };
}

export interface AgeGateProps {
  form: AgeGateForm;
  options: AgeGateOptions;
}

type Problem = keyof AgeGateMessages | undefined;

/** What is wrong with the current value, if anything. */
function problemWith(value: string | boolean, confirm: boolean, age: number): Problem {
  if (confirm) return value === true ? undefined : "confirmRequired";
  if (typeof value !== "string" || !value) return "birthdateRequired";
  const birth = parseIsoDate(value);
  if (!birth) return "birthdateInvalid";
  const verdict = checkAge(birth, age, localToday());
  return verdict === "ok"
    ? undefined
    : verdict === "under-age"
      ? "underAge"
      : verdict === "future"
        ? "birthdateFuture"
        : "birthdateInvalid";
}

// Nothing eager is imported here (i18n/format, ./field): a lazy chunk that shares
// a module with the eager bundle makes esbuild split that module out of it.
const fill = (template: string, age: number) => template.replace(/\{age\}/g, String(age));
/** The same default as ./field.ts (tested to agree). */
export const gateFieldName = (options: AgeGateOptions): string =>
  options.field ??
  (options.mode === "confirm" ? "customData.ageConfirmed" : "customData.birthdate");

/**
 * The gate. When the view model declares the gate's field (`ageGate.field`),
 * the control is that field (its value is posted); otherwise the check runs in
 * the browser only and nothing about the age is posted.
 */
export function AgeGate({ form, options }: AgeGateProps) {
  const name = gateFieldName(options);
  const declared = form.fields.find((field) => field.name === name);
  return declared ? (
    <BoundGate form={form} options={options} field={declared} />
  ) : (
    <Gate form={form} options={options} name={name} />
  );
}

function BoundGate({ form, options, field }: AgeGateProps & { field: NormalizedField }) {
  const bound = form.useField(field);
  return <Gate form={form} options={options} name={field.name} bound={bound} />;
}

function Gate({
  form,
  options,
  name,
  bound,
}: AgeGateProps & { name: string; bound?: FieldRenderProps }) {
  const confirm = options.mode === "confirm";
  const messages: AgeGateMessages = { ...ageGateMessages, ...options.messages };
  const age = options.minimumAge;
  const id = useId();
  const inputId = bound?.inputProps.id ?? `${id}-age`;
  const helpId = `${inputId}-age-help`;
  const errorId = `${inputId}-age-error`;
  const input = useRef<HTMLInputElement | null>(null);
  // The value lives in the input (uncontrolled, like the rest of the form); this mirrors it.
  const value = useRef<string | boolean>(bound?.inputProps.defaultChecked ?? "");
  const [problem, setProblem] = useState<Problem>();
  const addGuard = form.addSubmitGuard;
  useEffect(
    () =>
      addGuard(() => {
        const found = problemWith(value.current, confirm, age);
        setProblem(found);
        return { ok: !found, name: "age", focus: () => input.current?.focus() };
      }),
    [addGuard, confirm, age],
  );

  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    value.current = confirm ? event.target.checked : event.target.value;
    setProblem(undefined);
    bound?.inputProps.onChange(event);
  };
  const onBlur = (event: FocusEvent<HTMLInputElement>) => {
    // Tell about a wrong or too-recent date when the person leaves the field, not while typing.
    if (!confirm && value.current) setProblem(problemWith(value.current, confirm, age));
    bound?.inputProps.onBlur(event);
  };
  const ref = (element: HTMLInputElement | null) => {
    input.current = element;
    // react-hook-form's `register` ref is a callback ref: it lets focus-on-error find the input.
    const target = bound?.inputProps.ref;
    if (typeof target === "function") target(element as never);
  };

  const text = problem ? fill(messages[problem], age) : bound?.error;
  const consentLink =
    options.parentalConsentUrl && (problem === "underAge" || problem === "confirmRequired") ? (
      <>
        {" "}
        <a href={options.parentalConsentUrl} data-slot="parental-consent-link">
          {messages.parentalConsentLink}
        </a>
      </>
    ) : null;
  const error: ReactNode = text ? (
    <p id={errorId} data-slot="field-error">
      {text}
      {consentLink}
    </p>
  ) : null;
  const describedBy = [confirm ? "" : helpId, text ? errorId : ""].filter(Boolean).join(" ");
  const shared = {
    id: inputId,
    name,
    required: true,
    "aria-invalid": Boolean(text),
    "aria-describedby": describedBy || undefined,
    ref,
    onChange,
    onBlur,
  };
  const marker = (
    <span data-slot="required-marker"> {form.messages?.requiredMarker ?? "(required)"}</span>
  );

  if (confirm) {
    return (
      <div
        data-slot="checkbox"
        data-kind="age"
        data-required=""
        data-invalid={text ? "" : undefined}
      >
        <input
          {...shared}
          type="checkbox"
          defaultChecked={bound?.inputProps.defaultChecked}
          data-slot="checkbox-input"
        />
        <label htmlFor={inputId} data-slot="checkbox-label">
          {fill(messages.confirmLabel, age)}
          {marker}
        </label>
        {error}
      </div>
    );
  }
  return (
    <div
      data-slot="field"
      data-kind="date"
      data-age-gate=""
      data-required=""
      data-invalid={text ? "" : undefined}
    >
      <label htmlFor={inputId} data-slot="field-label">
        {messages.birthdateLabel}
        {marker}
      </label>
      <p id={helpId} data-slot="field-description">
        {messages.birthdateHelp}
      </p>
      <input
        {...shared}
        // A native date input: typed with the keyboard segment by segment, the
        // picker is optional (no picker-only trap). Falls back to text in old
        // browsers, where the help text gives the format.
        type="date"
        autoComplete="bday"
        max={formatIsoDate(localToday())}
        defaultValue={bound?.inputProps.defaultValue}
        data-slot="input"
      />
      {error}
    </div>
  );
}
