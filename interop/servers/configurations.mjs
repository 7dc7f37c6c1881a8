// The express-stormpath 3.2.0 configurations the interop layer runs, each
// with the state of its fake Stormpath tenant. `web` goes to
// `stormpath.init(app, { web })` as it is; `api` shapes the fake REST API.

/** Test passwords that pass Stormpath's default strength (lower, upper, digit). */
export const GOOD_PASSWORD = "Correct-Horse-9-battery";

/**
 * The captcha field and handler as docs/captcha.md documents them for a stock
 * express-stormpath: a hidden `captchaToken` field (which declares the key to
 * the kit) and a `preRegistrationHandler` that verifies the token with
 * siteverify, then removes it so it is not stored in customData.
 * @param {(token: string) => Promise<boolean>} verify
 */
export function captchaPreRegistrationHandler(verify) {
  return function preRegistrationHandler(formData, _req, _res, next) {
    const token = formData.captchaToken;
    delete formData.captchaToken;
    if (typeof token !== "string" || token === "") {
      const error = new Error("captchaToken: missing-input-response");
      error.status = 400;
      return next(error);
    }
    verify(token).then(
      (ok) => {
        if (ok) return next();
        const error = new Error("captchaToken: invalid-input-response");
        error.status = 400;
        next(error);
      },
      (cause) => next(cause),
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
            consent: { enabled: true, label: "Terms", required: true, type: "hidden" },
            captchaToken: { enabled: true, label: "Captcha", required: true, type: "hidden" },
          },
        },
      },
    },
  },
  compare: {
    description: "the HTTP comparison: confirmPassword on and a required root custom field",
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
  ],
  rateLimit: false,
};
