// The one piece of the age gate the eager bundle needs: which view-model field
// the gate takes over. Keep it tiny.
import type { AgeGateOptions } from "./types";

/** The wire name the gate fills: `field`, else `customData.birthdate` / `customData.ageConfirmed`. */
export const ageGateField = (options: AgeGateOptions): string =>
  options.field ??
  (options.mode === "confirm" ? "customData.ageConfirmed" : "customData.birthdate");
