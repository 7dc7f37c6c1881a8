/**
 * `signup-kit`: the drop-in `<SignupForm>`, its headless hook
 * `useSignupForm`, the parts to replace, the wire types of the /register
 * contract, the email verification page and OAuth client registration. Named
 * exports only.
 *
 * @packageDocumentation
 */

// Markup
export {
  SignupForm,
  defaultComponents,
  Field,
  Input,
  PasswordInput,
  Checkbox,
  SocialButton,
  SubmitButton,
  Message,
  SuccessView,
  Loading,
  LoadError,
  PageHeader,
  SignInPrompt,
  PageFooter,
} from "./components";
export type {
  SignupFormProps,
  SignupFormComponents,
  FieldProps,
  InputProps,
  PasswordInputProps,
  CheckboxProps,
  CheckboxInputProps,
  ControlInputProps,
  SocialButtonProps,
  SubmitButtonProps,
  MessageProps,
  SuccessViewProps,
  LoadingProps,
  LoadErrorProps,
  PageHeaderProps,
  SignInPromptProps,
  PageFooterProps,
} from "./components";

// Headless behaviour
export { useSignupForm } from "./hooks/useSignupForm";
// The hCaptcha slot for custom markup: `signup-kit/captcha` (<SignupForm> loads it lazily).
// The age gate for custom markup (the gate itself loads lazily), and the option types.
export { AgeGateField } from "./age-gate/AgeGateField";
export type { AgeGateForm, AgeGateProps } from "./age-gate/AgeGate";
export type { AgeGateMessages, AgeGateOptions } from "./age-gate/types";
export type {
  PasswordScreeningOptions,
  ScreeningMessages,
  ScreeningResult,
} from "./screening/types";
export type { FieldNote, GuardVerdict, SubmitGuard } from "./hooks/submitSeam";
export type {
  UseSignupFormOptions,
  UseSignupFormReturn,
  SignupEvent,
  SignupError,
  ConsentOptions,
  ConsentRecord,
  ConsentOutcome,
  PasswordPolicy,
  CaptchaOptions,
  CaptchaWidget,
  CaptchaState,
  FieldRenderProps,
  CheckboxRenderProps,
  SocialLoginRequest,
  SignupFormState,
} from "./hooks/types";
export type { FieldInputAttributes } from "./core/fieldInputProps";

// The wire format
export type {
  RegisterViewModel,
  ViewModelField,
  ViewModelAccountStore,
  ViewModelProvider,
  SignupResult,
  Account,
  NormalizedField,
  NormalizedAccountStore,
  NormalizedViewModel,
  FieldKind,
} from "./contract/types";

// Messages and helpers for the OAuth callback page
export { en, loadMessages } from "./en";
export { format, formatParts } from "./i18n";
export type { Messages, PartialMessages } from "./i18n";
export { STATE_STORAGE_KEY, socialButtonText } from "./core/social";
export type { StoredOAuthState } from "./core/social";
export { takeState } from "./client/browser";
export { parseRetryAfter } from "./core/retryAfter";
export type { RetryAfterOptions } from "./core/retryAfter";

// Signup for API access: OAuth 2.0 dynamic client registration (RFC 7591/7592)
export {
  ClientRegistrationForm,
  ClientRegistrationManager,
  CredentialsView,
  useClientRegistration,
  useClientRegistrationManager,
  discoverRegistrationEndpoint,
  discoverServerMetadata,
  registerClient,
  readClient,
  updateClient,
  deleteClient,
  registrationMessagesEn,
  loadRegistrationLabels,
  loadRegistrationMessages,
  checkRedirectUri,
  checkGrantResponseConsistency,
  validateMetadata,
} from "./registration/index";
export type {
  ClientRegistrationFormProps,
  ClientRegistrationManagerProps,
  CredentialsViewProps,
  UseClientRegistrationOptions,
  UseClientRegistrationReturn,
  ClientRegistrationState,
  IssuedCredentials,
  UseClientRegistrationManagerOptions,
  UseClientRegistrationManagerReturn,
  ClientRegistrationManagerState,
  RegistrationFailure,
  RegistrationOutcome,
  RegistrationRequestOptions,
  RegistrationServerMetadata,
  RegistrationMessages,
  RegistrationLabels,
  RegistrationLabelKey,
  ClientInformation,
  ClientMetadata,
  EditableField,
} from "./registration/index";

// Email verification: the page a link lands on (it loads its resend step lazily).
// The resend step and the rest of the verification API: `signup-kit/verify`.
export { VerifyEmail } from "./verify/VerifyEmail";
export type { VerifyEmailProps } from "./verify/VerifyEmail";
export { useVerifyEmail } from "./verify/useVerifyEmail";
export type {
  UseVerifyEmailOptions,
  UseVerifyEmailReturn,
  VerifyEmailState,
} from "./verify/useVerifyEmail";
export { verifyEmailToken } from "./verify/client";
export type { VerifyOutcome } from "./verify/client";
export type { TokenProblem } from "./verify/classify";
export type { RequestOptions } from "./client/http";
