// The password guidance, loaded with the first password field: the requirement
// as help text before anything is typed, and a calm live hint of what is still
// missing. It brings its own English (./passwordGuideMessages).
import { useEffect, useMemo, useRef, useState } from "react";
import type { Messages } from "../i18n/types";
import { fill } from "./fill";
import { passwordGuideEn } from "./passwordGuideMessages";
import type { NormalizedField } from "../contract/types";

type Texts = (key: keyof typeof passwordGuideEn, params?: Record<string, number>) => string;

/** How long typing must pause before the hint updates (it never speaks per keystroke). */
export const PASSWORD_HINT_DELAY = 1000;

export interface PasswordGuideOptions {
  /** The password policy's minimum length (the field's own minimum wins when higher). */
  min: number;
  /** Breached-password screening is on. */
  screening: boolean;
}

export interface PasswordGuideProps {
  /** The id of the password input to follow. */
  inputId: string;
  /** The id the input's `aria-describedby` names for the requirement. */
  descriptionId: string;
  field: NormalizedField;
  options: PasswordGuideOptions;
  /** The form's resolved catalogue. */
  messages: Messages;
}

/**
 * The requirement (minimum length; "no common or breached passwords" when
 * screening is on; no composition rules, per NIST SP 800-63B), then a polite
 * live hint that changes only once typing pauses and only when its text does.
 * Length counts Unicode code points, like the validation.
 */
export function PasswordGuide({
  inputId,
  descriptionId,
  field,
  options,
  messages,
}: PasswordGuideProps) {
  // The same minimum as the validation: the policy's, or the field's when higher.
  const minLength = Math.max(options.min, field.minLength ?? 0);
  const { screening } = options;
  const text = useMemo<Texts>(() => {
    const catalogue = { ...passwordGuideEn, ...messages };
    return (key, params) => fill(catalogue[key], params);
  }, [messages]);
  const requirement = passwordRequirement(minLength, screening, text);
  return (
    <>
      {requirement ? (
        <p id={descriptionId} data-slot="field-description">
          {requirement}
        </p>
      ) : null}
      {minLength > 1 ? <PasswordHint inputId={inputId} minLength={minLength} text={text} /> : null}
    </>
  );
}

function PasswordHint({
  inputId,
  minLength,
  text,
}: {
  inputId: string;
  minLength: number;
  text: Texts;
}) {
  const [hint, setHint] = useState("");
  const shortRef = useRef(false);

  useEffect(() => {
    const input = document.getElementById(inputId);
    if (!(input instanceof HTMLInputElement)) return undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const update = () => {
      const length = [...input.value].length;
      if (length === 0) {
        shortRef.current = false;
        setHint("");
      } else if (length < minLength) {
        shortRef.current = true;
        setHint(text("passwordHintRemaining", { count: minLength - length }));
      } else {
        // "Long enough" only for someone who was told it was short.
        setHint(shortRef.current ? text("passwordHintMet") : "");
      }
    };
    const schedule = () => {
      clearTimeout(timer);
      timer = setTimeout(update, PASSWORD_HINT_DELAY);
    };
    input.addEventListener("input", schedule);
    return () => {
      clearTimeout(timer);
      input.removeEventListener("input", schedule);
    };
  }, [inputId, minLength, text]);

  return (
    <p data-slot="password-hint" aria-live="polite" aria-atomic="true">
      {hint}
    </p>
  );
}

function passwordRequirement(minLength: number, screening: boolean, text: Texts) {
  if (minLength > 1) {
    return text(screening ? "passwordRequirementScreened" : "passwordRequirement", {
      min: minLength,
    });
  }
  return screening ? text("passwordRequirementScreenedOnly") : undefined;
}
