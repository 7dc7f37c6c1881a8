/**
 * `signup-kit/verify`: everything for email verification, the page a link
 * lands on and the resend step. `signup-kit` itself exports only the verify
 * page (`VerifyEmail`, `useVerifyEmail`, `verifyEmailToken`), so the signup
 * form's bundle never holds the resend step (it loads it on demand).
 *
 * @packageDocumentation
 */
export { VerifyEmail } from "./VerifyEmail";
export type { VerifyEmailProps } from "./VerifyEmail";
export { ResendVerification } from "./ResendVerification";
export type { ResendVerificationProps } from "./ResendVerification";
export { ResendView } from "./ResendView";
export type { ResendViewProps } from "./ResendView";
export { useVerifyEmail } from "./useVerifyEmail";
export type {
  UseVerifyEmailOptions,
  UseVerifyEmailReturn,
  VerifyEmailState,
} from "./useVerifyEmail";
export { useResendVerification } from "./useResendVerification";
export type {
  ResendStatus,
  UseResendVerificationOptions,
  UseResendVerificationReturn,
} from "./useResendVerification";
export { verifyEmailToken } from "./client";
export { verifyEndpointFor } from "./endpoint";
export type { VerifyOutcome } from "./client";
export { requestVerificationEmail } from "./resendClient";
export type { ResendOutcome } from "./resendClient";
export { classifyTokenError } from "./classify";
export type { TokenProblem } from "./classify";
export type { ResendKey } from "./resendMessages";
export type { RequestOptions } from "../client/http";
