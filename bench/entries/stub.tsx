// Stands in for `../../src/index` while SignupForm is not exported yet, so the
// pipeline runs end to end; results built from it are marked "stub".
import { BaselineForm } from "../baseline/BaselineForm";

export function SignupForm({
  endpoint = "/register",
}: {
  endpoint?: string;
  [option: string]: unknown;
}) {
  return <BaselineForm endpoint={endpoint} />;
}
