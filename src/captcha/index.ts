// `signup-kit/captcha`: the hCaptcha slot for custom markup built on
// useSignupForm(). <SignupForm> loads it with import() only when the `captcha`
// option is set; the widget itself (and @hcaptcha/react-hcaptcha) is a further
// lazy chunk.
export { CaptchaField } from "./CaptchaField";
export type { CaptchaFieldProps } from "./CaptchaField";
