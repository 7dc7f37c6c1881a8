// The success step, loaded after a signup succeeds (its chunk is requested as
// soon as the POST starts): the texts of the success view, drawn by the
// `SuccessView` part, then focus on the view so keyboard and screen-reader users
// land on the result once it is there.
import { useEffect } from "react";
import type { ComponentType, RefObject } from "react";
import type { SignupResult } from "../contract/types";
import type { Messages } from "../i18n/types";
import { fill } from "./fill";
import { successEn } from "./successMessages";
import type { SuccessKey } from "./successMessages";
import type { SuccessViewProps } from "./types";

export interface SuccessStepProps {
  result: SignupResult;
  messages: Messages;
  View: ComponentType<SuccessViewProps>;
  /** The element that takes focus once the view has rendered. */
  focusRef: RefObject<HTMLElement | null>;
}

export function SuccessStep({ result, messages, View, focusRef }: SuccessStepProps) {
  useEffect(() => focusRef.current?.focus(), [focusRef]);
  const catalogue = { ...successEn, ...messages };
  const { status, account } = result;
  const name =
    status === "ENABLED" ? "Enabled" : status === "UNVERIFIED" ? "Unverified" : "Pending";
  // "…Unverified…NoEmail" when the server did not echo the address.
  const body: SuccessKey =
    name === "Unverified" && !account.email ? "successUnverifiedBodyNoEmail" : `success${name}Body`;
  return (
    <View
      result={result}
      variant={name === "Enabled" ? "enabled" : name === "Unverified" ? "unverified" : "pending"}
      title={catalogue[`success${name}Title`]}
      body={fill(catalogue[body], {
        status,
        ...(typeof account.email === "string" ? { email: account.email } : {}),
      })}
    />
  );
}
