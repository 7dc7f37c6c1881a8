// hCaptcha's published test keys, which the mock's captcha check accepts. Kept
// apart from the configuration so the guards can read them without importing it.
/** hCaptcha's published test site key. */
export const HCAPTCHA_TEST_SITE_KEY = "10000000-ffff-ffff-ffff-000000000001";
/** hCaptcha's published test response token. */
export const HCAPTCHA_TEST_TOKEN = "10000000-aaaa-bbbb-cccc-000000000001";
