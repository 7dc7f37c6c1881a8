// The express-stormpath 3.2.0 configurations the interop layer runs, each
// with the state of its fake Stormpath tenant. `web` goes to
// `stormpath.init(app, { web })` as it is; `api` shapes the fake REST API.

/** Test passwords that pass Stormpath's default strength (lower, upper, digit). */
export const GOOD_PASSWORD = "Correct-Horse-9-battery";

function refuse(next, message) {
  const error = new Error(message);
  error.status = 400; // answered as { "status": 400, "message": message }
  next(error);
}

/**
 * The `preRegistrationHandler` docs/signup-form.md documents for a stock
 * express-stormpath 3.2.0 ("record the consent and check the captcha"): a
 * consent record must carry a terms version; the captcha token is verified
 * with siteverify (here a local one) and removed, so it is never stored.
 * @param {(token: string) => Promise<boolean>} captchaPasses
 */
export function captchaPreRegistrationHandler(captchaPasses) {
  return function preRegistrationHandler(formData, _req, _res, next) {
    const consent = formData.consent;
    if (!consent || typeof consent !== "object" || !consent.termsVersion) {
      return refuse(next, "Please accept the terms to create your account.");
    }
    const token = formData.captchaToken;
    delete formData.captchaToken;
    if (typeof token !== "string" || token === "") return refuse(next, "Captcha required.");
    captchaPasses(token).then(
      (passes) =>
        passes ? next() : refuse(next, "The captcha check failed. Please complete it again."),
      () => refuse(next, "The captcha could not be checked. Please try again."),
    );
  };
}

const confirmPassword = { confirmPassword: { enabled: true } };

/**
 * @type {Record<string, {
 *   description: string,
 *   web?: Record<string, unknown>,
 *   api?: import("./fake-stormpath-api.mjs").FakeApiOptions,
 *   captcha?: boolean,
 * }>}
 */
export const configurations = {
  default: {
    description: "stock express-stormpath: givenName, surname, email, password",
  },
  "names-optional": {
    description: "givenName and surname optional",
    web: {
      register: {
        form: { fields: { givenName: { required: false }, surname: { required: false } } },
      },
    },
  },
  "custom-fields": {
    description:
      "confirmPassword on; required custom field at the root; optional one as customData.<name>",
    web: {
      register: {
        form: {
          fields: {
            ...confirmPassword,
            favoriteColor: {
              enabled: true,
              label: "Favorite Color",
              placeholder: "e.g. blue",
              required: true,
              type: "text",
            },
            "customData.nickname": {
              enabled: true,
              label: "Nickname",
              placeholder: "Nickname",
              required: false,
              type: "text",
            },
          },
        },
      },
    },
  },
  "email-verification": {
    description: "the default directory sends verification emails: accounts are UNVERIFIED",
    api: { emailVerification: true },
  },
  "social-saml": {
    description: "GitHub, Google, a SAML directory and Facebook, in that mapping priority",
    api: {
      stores: [
        { providerId: "github", name: "GitHub Login" },
        { providerId: "google", name: "Google Directory" },
        { providerId: "saml", name: "Acme SSO" },
        { providerId: "facebook", name: "Facebook Directory" },
        { providerId: "linkedin", name: "LinkedIn (off)", status: "DISABLED" },
      ],
    },
  },
  "consent-captcha": {
    description:
      "consent and captchaToken declared as fields; the captcha token is verified before signup",
    captcha: true,
    web: {
      register: {
        form: {
          fields: {
            // As docs/signup-form.md declares them.
            consent: { enabled: true, label: "Consent", required: true, type: "hidden" },
            captchaToken: { enabled: true, label: "Captcha", required: false, type: "hidden" },
          },
        },
      },
    },
  },
  compare: {
    description:
      "the HTTP comparison: confirmPassword on, a required root custom field, an optional customData.<name> one",
    web: {
      register: {
        form: {
          fields: {
            ...confirmPassword,
            favoriteColor: {
              enabled: true,
              label: "Favorite Color",
              placeholder: "Favorite Color",
              required: true,
              type: "text",
            },
            "customData.nickname": {
              enabled: true,
              label: "Nickname",
              placeholder: "Nickname",
              required: false,
              type: "text",
            },
          },
        },
      },
    },
  },
};

/** The mock configuration that matches `compare` (for `signup-kit-mock --config`). */
export const compareMockConfig = {
  style: "stormpath",
  fields: { confirmPassword: { enabled: true } },
  customFields: [
    {
      name: "favoriteColor",
      label: "Favorite Color",
      placeholder: "Favorite Color",
      type: "text",
      required: true,
    },
    {
      name: "customData.nickname",
      label: "Nickname",
      placeholder: "Nickname",
      type: "text",
      required: false,
    },
  ],
  rateLimit: false,
};
