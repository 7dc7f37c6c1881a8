// The mock's age gate: when `ageGate` is configured, the view model
// declares the gate's field and POST /register enforces the same minimum age
// as the client. Shares the calendar arithmetic with the browser gate.
import { checkAge, dateAtOffset, parseIsoDate } from "../../contract/age";
import type { Issue } from "./responses";

export interface MockAgeGateConfig {
  /** Completed years required (13–16 under GDPR Art. 8, depending on the country). */
  minimumAge: number;
  /** `birthdate`: a required date field; `confirm`: a required checkbox. Defaults to `birthdate`. */
  mode?: "birthdate" | "confirm";
  /** The field's wire name. Defaults to `customData.birthdate` / `customData.ageConfirmed`. */
  field?: string;
}

export interface ResolvedAgeGate {
  minimumAge: number;
  mode: "birthdate" | "confirm";
  field: string;
}

export function resolveAgeGate(config?: MockAgeGateConfig | false): ResolvedAgeGate | undefined {
  if (!config) return undefined;
  const { minimumAge } = config;
  if (!Number.isInteger(minimumAge) || minimumAge < 0 || minimumAge > 100)
    throw new Error("ageGate.minimumAge must be an integer from 0 to 100.");
  const mode = config.mode ?? "birthdate";
  if (mode !== "birthdate" && mode !== "confirm")
    throw new Error(`ageGate.mode must be "birthdate" or "confirm".`);
  const field =
    config.field ?? (mode === "confirm" ? "customData.ageConfirmed" : "customData.birthdate");
  const parts = field.split(".");
  const ok =
    (parts.length === 1 || (parts.length === 2 && parts[0] === "customData")) &&
    parts.every((part) => part && !["__proto__", "constructor", "prototype"].includes(part));
  if (!ok) throw new Error(`ageGate.field "${field}" must be a root key or customData.<name>.`);
  return { minimumAge, mode, field };
}

/** The field the view model declares for the gate. */
export function ageGateFormField(gate: ResolvedAgeGate) {
  return gate.mode === "confirm"
    ? {
        name: gate.field,
        label: `I am at least ${gate.minimumAge} years old`,
        type: "checkbox",
        required: true,
        known: false,
      }
    : {
        name: gate.field,
        label: "Date of birth",
        type: "date",
        required: true,
        known: false,
        description: "We ask only to check your age.",
      };
}

/** Minutes east of UTC of the time zone whose calendar date is the latest on Earth (UTC+14). */
export const LATEST_OFFSET_MINUTES = 14 * 60;

/**
 * The POST rule. The server does not know the person's time zone, so it
 * reads "today" in UTC+14, the latest calendar date anywhere: whoever the
 * browser gate let through (on their local date) is never refused here, and
 * the server is at most one day more lenient than the strictest zone.
 */
export function checkAgeRule(
  value: unknown,
  gate: ResolvedAgeGate,
  now: number,
): Issue | undefined {
  const underAge: Issue = {
    status: 422,
    code: 422,
    field: gate.field,
    reason: "under-age",
    // Starts with the field's label in birthdate mode, so a client shows it on the field.
    message: `${gate.mode === "confirm" ? "" : "Date of birth: "}You need to be at least ${gate.minimumAge} years old to create an account yourself. A parent or guardian can give consent for you.`,
  };
  if (gate.mode === "confirm") return value === true ? undefined : underAge;
  const birth = typeof value === "string" ? parseIsoDate(value) : undefined;
  if (!birth) {
    return {
      status: 400,
      code: 400,
      field: gate.field,
      reason: "wrong-type",
      message: "Date of birth must be a real date (YYYY-MM-DD).",
    };
  }
  const verdict = checkAge(
    birth,
    gate.minimumAge,
    dateAtOffset(new Date(now), LATEST_OFFSET_MINUTES),
  );
  if (verdict === "ok") return undefined;
  if (verdict === "under-age") return underAge;
  return {
    status: 400,
    code: 400,
    field: gate.field,
    reason: "implausible-birthdate",
    message: "Date of birth cannot be in the future or more than 130 years ago.",
  };
}
