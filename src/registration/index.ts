// Client registration (RFC 7591/7592): its own modules, so the SignupForm
// bundle never includes it.
export { ClientRegistrationForm } from "./ClientRegistrationForm";
export type { ClientRegistrationFormProps } from "./ClientRegistrationForm";
export { ClientRegistrationManager } from "./ClientRegistrationManager";
export type { ClientRegistrationManagerProps } from "./ClientRegistrationManager";
export { CredentialsView } from "./CredentialsView";
export type { CredentialsViewProps } from "./CredentialsView";
export { useClientRegistration } from "./useClientRegistration";
export type {
  ClientRegistrationState,
  IssuedCredentials,
  UseClientRegistrationOptions,
  UseClientRegistrationReturn,
} from "./useClientRegistration";
export { useClientRegistrationManager } from "./useClientRegistrationManager";
export type {
  ClientRegistrationManagerState,
  UseClientRegistrationManagerOptions,
  UseClientRegistrationManagerReturn,
} from "./useClientRegistrationManager";
export {
  deleteClient,
  discoverRegistrationEndpoint,
  discoverServerMetadata,
  readClient,
  registerClient,
  updateClient,
} from "./client";
export type {
  RegistrationFailure,
  RegistrationOutcome,
  RegistrationRequestOptions,
  RegistrationServerMetadata,
} from "./client";
export { registrationMessagesEn } from "./messages";
export { loadRegistrationLabels, loadRegistrationMessages } from "./labels";
export type { RegistrationLabelKey, RegistrationLabels } from "./labels";
export type { RegistrationMessages } from "./messages";
export {
  checkGrantResponseConsistency,
  checkRedirectUri,
  validateMetadata,
} from "../contract/clientMetadata";
export type { ClientInformation, ClientMetadata, EditableField } from "../contract/clientMetadata";
