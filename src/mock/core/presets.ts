// Named configurations. Storybook, the tests and the demo all start from these,
// so one story, one test and one demo page show the same form.
import type { MockAccountStore, MockConfig } from "./config";

const facebook: MockAccountStore = {
  href: "https://api.stormpath.com/v1/directories/facebookDir",
  name: "Facebook",
  provider: {
    href: "https://api.stormpath.com/v1/directories/facebookDir/provider",
    providerId: "facebook",
    clientId: "1401818363453044",
    scope: "email",
  },
};
const google: MockAccountStore = {
  href: "https://api.stormpath.com/v1/directories/googleDir",
  name: "Google",
  provider: {
    href: "https://api.stormpath.com/v1/directories/googleDir/provider",
    providerId: "google",
    clientId: "477922231637-mock.apps.googleusercontent.com",
    scope: "email profile",
  },
};
const github: MockAccountStore = {
  href: "https://api.stormpath.com/v1/directories/githubDir",
  name: "GitHub",
  provider: {
    href: "https://api.stormpath.com/v1/directories/githubDir/provider",
    providerId: "github",
    clientId: "Iv1.mockgithubclient",
    scope: "user:email",
  },
};
const linkedin: MockAccountStore = {
  href: "https://api.stormpath.com/v1/directories/linkedinDir",
  name: "LinkedIn",
  provider: {
    href: "https://api.stormpath.com/v1/directories/linkedinDir/provider",
    providerId: "linkedin",
    clientId: "78mocklinkedin",
  },
};
const saml: MockAccountStore = {
  href: "https://api.stormpath.com/v1/directories/samlDir",
  name: "Company SSO",
  provider: {
    href: "https://api.stormpath.com/v1/directories/samlDir/provider",
    providerId: "saml",
  },
};
const cloud: MockAccountStore = {
  href: "https://api.stormpath.com/v1/directories/cloudDir",
  name: "Cloud directory",
  provider: { providerId: "cloud" },
};

/** Eight stores in mapping order, with explicit `listIndex` values that reorder some of them. */
const eightStores: MockAccountStore[] = [
  facebook,
  google,
  github,
  linkedin,
  { ...saml, name: "Acme SSO", href: "https://api.stormpath.com/v1/directories/samlAcme" },
  {
    name: "Facebook (EU)",
    href: "https://api.stormpath.com/v1/directories/facebookEu",
    provider: { providerId: "facebook", clientId: "2401818363453044" },
  },
  {
    name: "Google Workspace",
    href: "https://api.stormpath.com/v1/directories/googleWorkspace",
    provider: { providerId: "google", clientId: "577922231637-mock.apps.googleusercontent.com" },
  },
  {
    name: "GitHub Enterprise",
    href: "https://api.stormpath.com/v1/directories/githubEnterprise",
    provider: { providerId: "github", clientId: "Iv1.mockenterprise" },
  },
];

/**
 * The named presets. Each is a {@link MockConfig}; its view model is in `fixtures`.
 *
 * @example
 * ```ts
 * const backend = createMockBackend({ preset: "captcha", style: "modern" });
 * ```
 */
export const presets = {
  /** The Stormpath framework default: first and last name, email, password. */
  "stormpath-default": {},
  /** Email and password only. */
  minimal: {
    fields: { givenName: { enabled: false }, surname: { enabled: false } },
  },
  /** Every known field, all optional except email and password; confirmPassword on. */
  "all-optional-fields": {
    fields: {
      givenName: { enabled: true, required: false },
      middleName: { enabled: true, required: false },
      surname: { enabled: true, required: false },
      username: { enabled: true, required: false },
      confirmPassword: { enabled: true, required: true },
    },
    fieldOrder: [
      "username",
      "givenName",
      "middleName",
      "surname",
      "email",
      "password",
      "confirmPassword",
    ],
  },
  /** One custom field of every type the kit renders, at the root and in customData. */
  "custom-fields": {
    customFields: [
      {
        name: "customData.plan",
        label: "Plan",
        type: "select",
        required: true,
        options: [
          { value: "free", label: "Free" },
          { value: "team", label: "Team" },
          { value: "enterprise", label: "Enterprise" },
        ],
      },
      { name: "customData.newsletter", label: "Send me product news", type: "checkbox" },
      { name: "phone", label: "Phone", type: "tel", placeholder: "+1 555 0100" },
      { name: "customData.birthday", label: "Birthday", type: "date" },
      { name: "customData.referrer", label: "Referrer", type: "hidden", defaultValue: "storybook" },
      { name: "customData.website", label: "Website", type: "url" },
      { name: "customData.teamSize", label: "Team size", type: "number" },
      { name: "customData.about", label: "About you", type: "textarea", maxLength: 500 },
      { name: "company", label: "Company", type: "text", required: true },
    ],
  },
  /** Labels long enough to wrap, in every field. */
  "long-labels": {
    fields: {
      givenName: { label: "First name as it appears on your government-issued identity document" },
      surname: { label: "Last name or family name, including any prefixes such as van, de or O'" },
      email: { label: "Work email address where we can reach you about your account and billing" },
      password: { label: "Password (a long passphrase of several unrelated words works best)" },
    },
  },
  /** Help text (`description`) under the fields. */
  "help-text": {
    fields: {
      email: { description: "We send a confirmation link to this address." },
      password: {
        description: "At least 8 characters. A passphrase of several words is easy to remember.",
      },
    },
  },
  /** No account stores: no social buttons. */
  "providers-0": { accountStores: [] },
  /** One social provider (framework dialect). */
  "providers-1": { accountStores: [facebook] },
  /** Three social providers (framework dialect). */
  "providers-3": { accountStores: [facebook, google, github] },
  /** Eight stores, some ordered by `listIndex`. */
  "providers-8": {
    accountStores: eightStores.map((store, index) =>
      index >= 5 ? { ...store, listIndex: index - 5 } : { ...store, listIndex: index + 3 },
    ),
  },
  /** One SAML store besides a social one. */
  saml: { accountStores: [saml, google] },
  /** Client-API dialect: stores carry `authorizeUri`. */
  "client-api": {
    accountStores: [
      {
        name: "Google",
        href: "https://api.stormpath.com/v1/directories/googleDir",
        provider: {
          providerId: "google",
          authorizeUri:
            "https://accounts.google.com/o/oauth2/v2/auth?client_id=mock-client&scope=email",
        },
      },
      {
        name: "GitHub",
        href: "https://api.stormpath.com/v1/directories/githubDir",
        provider: {
          providerId: "github",
          authorizeUri: "https://github.com/login/oauth/authorize?client_id=mock-client",
        },
      },
    ],
  },
  /** Stores the kit must not render: a script URL, an unknown host, a disabled and a cloud store, a secret. */
  "unsafe-provider": {
    accountStores: [
      google,
      {
        name: "Totally Google",
        provider: { providerId: "google", authorizeUri: "javascript:alert(document.domain)" },
      },
      {
        name: "Evil OAuth",
        provider: {
          providerId: "github",
          authorizeUri: "https://evil.example.net/oauth/authorize",
        },
      },
      { ...github, status: "DISABLED" },
      cloud,
      {
        name: "LinkedIn <img src=x onerror=alert(1)>",
        provider: {
          providerId: "linkedin",
          clientId: "78mocklinkedin",
          clientSecret: "do-not-use",
        },
      },
    ],
  },
  /** hCaptcha on, with the published test site key. */
  captcha: { captcha: { enabled: true } },
  /** New accounts are UNVERIFIED: "check your email". */
  "email-verification": { emailVerification: true },
  /** A duplicate email gets the same answer as a new account. */
  "enumeration-safe": { enumerationSafe: true },
  /** Modern response style: 201 + Location, problem+json errors. */
  modern: { style: "modern" },
  /** Consent record required, under the default key. */
  "consent-required": { consent: { required: true } },
} satisfies Record<string, MockConfig>;

/** The name of a preset. */
export type PresetName = keyof typeof presets;

/** The preset names, in a stable order. */
export const presetNames = Object.keys(presets) as PresetName[];
