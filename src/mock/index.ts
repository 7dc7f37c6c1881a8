/**
 * `signup-kit/mock`: the isomorphic mock backend (rules, store, scenarios,
 * fixtures) and its fetch handler, `createMockBackend().handle`. No node:
 * imports and no msw; runs in browsers, node and edge runtimes. The msw
 * handlers are in `signup-kit/mock/msw`.
 *
 * @packageDocumentation
 */
export { MockBackend, createMockBackend, negotiate, parseForm, toResource } from "./core/backend";
export type { AccountResource, HandleContext, MockBackendOptions } from "./core/backend";
export {
  DEFAULT_DISPOSABLE_DOMAINS,
  DEFAULT_PASSWORD_BLOCKLIST,
  KNOWN_FIELDS,
  KNOWN_FIELD_NAMES,
} from "./core/config";
export { HCAPTCHA_TEST_SITE_KEY, HCAPTCHA_TEST_TOKEN } from "./core/hcaptcha-test";
export type {
  CustomFieldConfig,
  KnownFieldConfig,
  KnownFieldName,
  MockAccountStore,
  MockConfig,
  MockFieldType,
  ResolvedConfig,
  ResponseStyle,
  SessionConfig,
  StormpathVersion,
} from "./core/config";
export type { MockAgeGateConfig } from "./core/age-rule";
export type { OAuthRegistrationConfig } from "./core/oauth-registration";
export type { PasswordScreeningConfig } from "./core/pwned-range";
export type { WellKnownSettings } from "./core/well-known";
export { MockConfigError, formFields, resolveConfig } from "./core/resolve";
export type { FormField } from "./core/resolve";
export { fixtures, presetNames, presets } from "./core/fixtures";
export type { PresetName } from "./core/fixtures";
export { buildViewModel } from "./core/view-model";
export type { MockViewModel, MockViewModelField } from "./core/view-model";
export { SCENARIOS, SCENARIO_NAMES, isScenarioName } from "./core/scenarios";
export type { ScenarioInfo, ScenarioName, ScenarioOptions, ScenarioTarget } from "./core/scenarios";
export { createPbkdf2Hasher } from "./core/hasher";
export type { PasswordHasher } from "./core/hasher";
export { AccountStore, uniqueKey } from "./core/store";
export type { ConsentRecord, PersistenceAdapter, StoreSnapshot, StoredAccount } from "./core/store";
export type { AuditEvent, LoggedRequest } from "./core/logs";
export { buildOpenApiDocument } from "./core/openapi";
export { buildWellKnown } from "./core/well-known";
export {
  HCAPTCHA_APIHOST_PATH,
  HCAPTCHA_SCRIPT_PATH,
  hcaptchaScript,
} from "./core/hcaptcha-script";
export { toEml, hashToken, resolveVerificationConfig } from "./core/verification";
export type {
  MockEmail,
  ResolvedVerificationConfig,
  TokenProblem,
  VerificationConfig,
  WindowLimit,
} from "./core/verification";
export { SCIM_BASE, SCIM_DEV_TOKEN, resolveScimConfig, toScimUser } from "./core/scim";
export type { ResolvedScimConfig, ScimConfig } from "./core/scim";
export {
  FilterError,
  checkFilter,
  matchesFilter,
  parseFilter,
  parsePatchPath,
} from "./core/scim-filter";
export type { AttributeDefinition, FilterNode, ResourceSchema } from "./core/scim-filter";
export { USER_RESOURCE_SCHEMA } from "./core/scim-user";
