// The age-gate slot of <SignupForm>, also usable with useSignupForm(). In the
// eager bundle, so it is only a loader: the gate itself is a separate chunk.
import { Suspense, lazy } from "react";
import type { AgeGateProps } from "./AgeGate";

const Gate = lazy(() => import("./AgeGate").then((module) => ({ default: module.AgeGate })));

/**
 * The age gate: a date of birth (`mode: "birthdate"`) or an "I am at least N
 * years old" checkbox (`mode: "confirm"`), checked at submit.
 * @example
 * <AgeGateField form={form} options={{ minimumAge: 16 }} />
 */
export function AgeGateField(props: AgeGateProps) {
  return (
    <Suspense fallback={null}>
      <Gate {...props} />
    </Suspense>
  );
}
