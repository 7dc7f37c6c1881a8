/**
 * `signup-kit/captcha`: the hCaptcha slot for custom markup built on
 * `useSignupForm()`. `<SignupForm>` loads it on demand only when the `captcha`
 * option is set; the widget itself (and `@hcaptcha/react-hcaptcha`) is a
 * further lazy chunk.
 *
 * @packageDocumentation
 */
export { CaptchaField } from "./CaptchaField";
export type { CaptchaFieldProps } from "./CaptchaField";
