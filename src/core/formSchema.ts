// The client-side schema, built from the normalised fields. Wording matches the
// mock server (Stormpath style: "{label} required."). Lengths count code points.
import * as z from "zod/mini";
import type { NormalizedField } from "../contract/types";
import { isSafePattern } from "./safePattern";
import { format } from "./template";

/** The password policy, in Unicode code points. */
export interface PasswordPolicyOptions {
  /** Minimum length. Defaults to `8`. */
  min?: number;
  /** Maximum length; raised to 64 when lower. Defaults to `1024`. */
  max?: number;
}

/** The templates the schema fills (`{label}`, `{min}`, `{max}`): the catalogue's, passed in. */
export type SchemaMessages = Record<
  | "required"
  | "emailInvalid"
  | "numberInvalid"
  | "tooShort"
  | "tooLong"
  | "patternMismatch"
  | "passwordsDoNotMatch"
  | "consentRequired"
  | "captchaRequired",
  string
>;

/** Options of {@link buildFormSchema}. */
export interface FormSchemaOptions {
  /** Defaults to `{ min: 8, max: 1024 }`. */
  passwordPolicy?: PasswordPolicyOptions;
  /** The resolved catalogue (messages are formatted with the field's label). */
  messages: SchemaMessages;
  /** The terms checkbox's form key, when the terms must be accepted. Defaults to none. */
  termsKey?: string;
  /** The captcha token's form key, when a captcha runs. Defaults to none. */
  captchaKey?: string;
}

/** The smallest maximum password length the kit accepts (NIST SP 800-63B). */
export const MIN_PASSWORD_MAX = 64;

/** Length in Unicode code points, not UTF-16 units: "🔑" is 1. */
export function codePointLength(value: string): number {
  let length = 0;
  for (const _ of value) length++;
  return length;
}

/** The effective policy: min ≥ 1, max ≥ 64 and ≥ min. */
export function resolvePasswordPolicy(policy: PasswordPolicyOptions = {}): {
  min: number;
  max: number;
} {
  const min = Math.max(1, Math.floor(policy.min ?? 8));
  const max = Math.max(MIN_PASSWORD_MAX, min, Math.floor(policy.max ?? 1024));
  return { min, max };
}

const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

/**
 * A field's pattern as a whole-value regular expression, or `undefined` when
 * it does not compile or could take exponential time (the server still checks
 * the value; the page never freezes on a hostile view model).
 */
export function compilePattern(pattern: string): RegExp | undefined {
  if (typeof pattern !== "string" || !isSafePattern(pattern)) return undefined;
  try {
    return new RegExp(`^(?:${pattern})$`, "u");
  } catch {
    return undefined;
  }
}

/** Is this the password field, counted by the password policy? */
export const isPasswordField = (field: NormalizedField): boolean =>
  field.kind === "password" && field.name !== "confirmPassword";

function fieldSchema(field: NormalizedField, options: FormSchemaOptions): z.ZodMiniType {
  const { messages } = options;
  const label = field.label;
  if (field.kind === "checkbox") {
    // Plain checks run by zod (z.custom + z.superRefine), like the rest of this
    // file: zod's boolean/string schemas would add bytes to every page.
    return z.custom<boolean>().check(
      z.superRefine((value, ctx) => {
        if (field.required && value !== true)
          ctx.issues.push({
            code: "custom",
            message: format(messages.required, { label }),
            input: value,
          });
      }),
    );
  }
  const password = isPasswordField(field);
  const policy = resolvePasswordPolicy(options.passwordPolicy);
  const pattern = field.pattern ? compilePattern(field.pattern) : undefined;
  // Password fields keep the policy; a server maxLength below 64 is ignored (hardening A).
  const min = password ? Math.max(policy.min, field.minLength ?? 0) : field.minLength;
  const max = password
    ? Math.max(Math.min(policy.max, field.maxLength ?? Infinity), MIN_PASSWORD_MAX, policy.min)
    : field.maxLength;
  return z.custom<string>().check(
    z.superRefine((input, ctx) => {
      const raw = typeof input === "string" ? input : "";
      // Email is compared trimmed (and posted trimmed); everything else as typed.
      const value = field.kind === "email" ? raw.trim() : raw;
      const blank = field.kind === "password" ? value === "" : value.trim() === "";
      const fail = (message: string): void => {
        ctx.issues.push({ code: "custom", message, input: raw });
      };
      if (blank) {
        if (field.required) fail(format(messages.required, { label }));
        return;
      }
      const length = codePointLength(value);
      if (field.kind === "email" && !EMAIL.test(value))
        return fail(format(messages.emailInvalid, { label }));
      if ((field.kind === "number" || field.kind === "range") && !Number.isFinite(Number(value))) {
        return fail(format(messages.numberInvalid, { label }));
      }
      if (min !== undefined && length < min) return fail(format(messages.tooShort, { label, min }));
      if (max !== undefined && length > max) return fail(format(messages.tooLong, { label, max }));
      if (pattern && !pattern.test(value)) return fail(format(messages.patternMismatch, { label }));
    }),
  );
}

/** A value the kit's own controls must hold before a submit (a ticked box, a token). */
const present = (message: string) =>
  z.custom<unknown>().check(
    z.superRefine((value, ctx) => {
      if (value !== true && (typeof value !== "string" || !value))
        ctx.issues.push({ code: "custom", message, input: value });
    }),
  );

/**
 * The zod/mini schema for the form values, keyed by synthetic field key, plus
 * the terms checkbox and the captcha token when the form has them. Hidden
 * fields are not validated (the person cannot fix them; the server decides).
 */
export function buildFormSchema(fields: readonly NormalizedField[], options: FormSchemaOptions) {
  const shape: Record<string, z.ZodMiniType> = {};
  let password: NormalizedField | undefined;
  let confirm: NormalizedField | undefined;
  for (const field of fields) {
    if (!field.visible) continue;
    shape[field.key] = fieldSchema(field, options);
    if (field.name === "password") password = field;
    if (field.name === "confirmPassword") confirm = field;
  }
  if (options.termsKey) shape[options.termsKey] = present(options.messages.consentRequired);
  if (options.captchaKey) shape[options.captchaKey] = present(options.messages.captchaRequired);
  const object = z.looseObject(shape);
  if (!password || !confirm) return object;
  const passwordKey = password.key;
  const confirmKey = confirm.key;
  return object.check(
    z.superRefine(
      (values: Record<string, unknown>, ctx) => {
        const confirmValue = values[confirmKey];
        if (confirmValue !== "" && confirmValue !== values[passwordKey]) {
          ctx.issues.push({
            code: "custom",
            message: options.messages.passwordsDoNotMatch,
            path: [confirmKey],
            input: confirmValue,
          });
        }
      },
      {
        // Run even when other fields have issues, so the mismatch shows on blur.
        when: (payload) => typeof payload.value === "object" && payload.value !== null,
      },
    ),
  );
}
