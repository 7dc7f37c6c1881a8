// What a submit decides, as pure functions: which problems block it and where
// focus goes, the consent record, the allowlisted body, what the app is told.
// No React, no DOM, no clock: the hook passes the time, the page URL and the locale in.
import type { ConsentOutcome, ConsentRecord, NormalizedField } from "../contract/types";
import { CONTROL_KEYS } from "./names";
import { buildPayload } from "./payload";

/** The event and focus names of the kit's own controls. */
const CONTROL_NAMES: Readonly<Record<string, string>> = {
  [CONTROL_KEYS.terms]: "consent",
  [CONTROL_KEYS.captcha]: "captcha",
};

/** Where focus goes after a failed submit. */
export type FocusTarget =
  | { kind: "field"; key: string }
  | { kind: "guard"; index: number }
  | { kind: "terms" }
  | { kind: "captcha" };

/** Why a submit did not post: the names for `validation_failed`, and the first problem. */
export interface BlockedSubmit {
  /** Wire names of invalid fields in form order, then guards, then `consent`, `captcha`. */
  names: string[];
  focus?: FocusTarget;
}

/**
 * The problems that block a submit, in the order the person meets them on the
 * page: fields, then submit guards (age gate, screening), then the terms box,
 * then the captcha. `errors` is the form's error map by key; `undefined` when
 * nothing blocks.
 */
export function blockedSubmit(
  fields: readonly NormalizedField[],
  errors: Readonly<Record<string, unknown>>,
  blockedGuards: ReadonlyArray<{ name: string; focus?: unknown }>,
): BlockedSubmit | undefined {
  const invalid = fields.filter((field) => Object.hasOwn(errors, field.key) && errors[field.key]);
  const controls = [CONTROL_KEYS.terms, CONTROL_KEYS.captcha].filter(
    (key) => Object.hasOwn(errors, key) && errors[key],
  );
  if (!invalid.length && !blockedGuards.length && !controls.length) return undefined;
  const names = [
    ...invalid.map((field) => field.name),
    ...blockedGuards.map((guard) => guard.name),
    ...controls.map((key) => CONTROL_NAMES[key] as string),
  ];
  const first = invalid[0];
  const focus: FocusTarget | undefined = first
    ? { kind: "field", key: first.key }
    : blockedGuards[0]?.focus
      ? { kind: "guard", index: 0 }
      : controls[0] === CONTROL_KEYS.terms
        ? { kind: "terms" }
        : controls.length
          ? { kind: "captcha" }
          : undefined;
  return focus ? { names, focus } : { names };
}

/**
 * Is the captcha token the only thing missing? Then an invisible widget may
 * run its challenge and the submit tries once more.
 */
export function onlyCaptchaMissing(
  errors: Readonly<Record<string, unknown>>,
  blockedGuards: readonly unknown[],
): boolean {
  const keys = Object.keys(errors).filter((key) => errors[key]);
  return !blockedGuards.length && keys.length === 1 && keys[0] === CONTROL_KEYS.captcha;
}

/** The consent settings a record is made from. */
export interface ConsentTerms {
  version: string;
  url: string;
  marketing?: boolean;
}

/**
 * The consent record: terms version, the terms URL resolved against the page,
 * when and in which language the terms were accepted, and the marketing
 * choice when one was offered.
 */
export function consentRecord(
  terms: ConsentTerms,
  context: { pageUrl: string; acceptedAt: Date; locale: string; marketing: boolean },
): ConsentRecord {
  const record: ConsentRecord = {
    termsVersion: terms.version,
    termsUrl: new URL(terms.url, context.pageUrl).toString(),
    acceptedAt: context.acceptedAt.toISOString(),
    locale: context.locale,
  };
  if (terms.marketing) record.marketing = context.marketing;
  return record;
}

/** Inputs of {@link submission}. */
export interface SubmissionInput {
  fields: readonly NormalizedField[];
  values: Readonly<Record<string, unknown>>;
  /** Which of the kit's keys the view model declares (only those are posted). */
  declared: { consent: boolean; captcha: boolean };
  consent?: { field: string; record: ConsentRecord };
  captcha?: { field: string; token: string };
}

/**
 * The POST body (declared fields, and the consent record and captcha token
 * only under keys the view model declares), and the consent outcome the app
 * receives after a success, posted or not.
 */
export function submission({ fields, values, declared, consent, captcha }: SubmissionInput): {
  body: Record<string, unknown>;
  consent?: ConsentOutcome;
} {
  const consentPosted = Boolean(consent) && declared.consent;
  const body = buildPayload(fields, values, {
    consentField: consent?.field,
    consent: consentPosted ? consent?.record : undefined,
    captcha: captcha && declared.captcha ? captcha : undefined,
  });
  if (!consent) return { body };
  const outcome: ConsentOutcome = { record: consent.record, posted: consentPosted };
  if (consentPosted) outcome.field = consent.field;
  return { body, consent: outcome };
}

/** Where focus goes after the server refused: the first field it named, else the captcha it refused. */
export function serverFocus(
  fields: readonly NormalizedField[],
  fieldErrors: Readonly<Record<string, string>>,
  captchaRefused: boolean,
): FocusTarget | undefined {
  const first = fields.find((field) => fieldErrors[field.key]);
  if (first) return { kind: "field", key: first.key };
  return captchaRefused ? { kind: "captcha" } : undefined;
}
