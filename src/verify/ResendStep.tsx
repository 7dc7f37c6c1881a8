// The resend step of <SignupForm>'s UNVERIFIED success view, loaded with
// import() only then (issue 8: size), with the verification options resolved here.
import type { UseSignupFormOptions } from "../hooks/types";
import type { Messages } from "../i18n/types";
import { verifyEndpointFor } from "./client";
import { ResendVerification } from "./ResendVerification";

export interface ResendStepProps {
  options: UseSignupFormOptions;
  login: string;
  messages: Messages;
}

export function ResendStep({ options, login, messages }: ResendStepProps) {
  const verification = options.verification || {};
  return (
    <ResendVerification
      endpoint={verification.endpoint ?? verifyEndpointFor(options.endpoint ?? "/register")}
      login={login}
      cooldown={verification.cooldown ?? 60}
      messages={messages}
      {...(options.onEvent ? { onEvent: options.onEvent } : {})}
      {...(options.fetch ? { fetch: options.fetch } : {})}
      {...(options.credentials ? { credentials: options.credentials } : {})}
      {...(options.headers ? { headers: options.headers } : {})}
    />
  );
}
