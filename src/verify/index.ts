// Email verification: the page a link lands on, and the resend step.
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
export { requestVerificationEmail, verifyEmailToken, verifyEndpointFor } from "./client";
export type { ResendOutcome, VerifyOutcome } from "./client";
export { classifyTokenError } from "./classify";
export type { TokenProblem } from "./classify";
