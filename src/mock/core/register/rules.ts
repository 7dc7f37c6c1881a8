// The rules a parsed registration body must pass before an account is made:
// the style's field validation, the captcha, the breached-password list, the
// age gate and the disposable-domain list.
import { checkAgeRule } from "../age-rule";
import type { Issue } from "../responses";
import type { BackendState } from "../state";
import { validateStormpathBody } from "../stormpath-rules";
import { validateBody, type RegistrationInput } from "../validate";
import { readKey } from "./form-post";

/** Every issue of the body (in the order a client should see them), and the input when it is usable. */
export async function checkRegistration(
  state: BackendState,
  request: Request,
  body: Record<string, unknown>,
): Promise<{ issues: Issue[]; input: RegistrationInput | undefined }> {
  const config = state.config;
  const { issues, input } =
    config.style === "stormpath" ? validateStormpathBody(body, config) : validateBody(body, config);
  // One error at a time in the stormpath style: a token is only spent on an otherwise valid body.
  if (config.captcha.enabled && (config.style === "modern" || issues.length === 0)) {
    const token =
      (input ? input.captchaToken : readKey(body, config.captcha.field)) ??
      request.headers.get("x-captcha-token") ??
      undefined;
    const result = state.captcha.verify(token);
    if (!result.ok) {
      const message =
        result.code === "missing-input-response"
          ? "Complete the captcha to create your account."
          : result.code === "invalid-input-response"
            ? "The captcha answer is not valid or has expired. Complete the captcha again."
            : "This captcha answer has already been used. Complete the captcha again.";
      issues.push({
        status: 400,
        code: 400,
        field: config.captcha.field,
        reason: `captcha-${result.code}`,
        message,
        captchaCodes: [result.code],
      });
    }
  }
  // The breached-password list the range endpoint serves, and the age gate.
  if (input && !issues.some((issue) => issue.field === "password")) {
    const breached = await state.pwned.check(input.password);
    if (breached && config.style === "stormpath" && config.stormpathVersion === 4)
      breached.message = `password: ${breached.message}`;
    if (breached) issues.push(breached);
  }
  if (input && config.ageGate) {
    const tooYoung = checkAgeRule(readKey(body, config.ageGate.field), config.ageGate, state.now());
    if (tooYoung) issues.push(tooYoung);
  }
  if (issues.length > 0 || !input) return { issues, input: undefined };

  const domain = input.email.slice(input.email.lastIndexOf("@") + 1).toLowerCase();
  if (config.disposableDomains.some((d) => domain === d || domain.endsWith("." + d))) {
    issues.push({
      status: 422,
      code: 422,
      field: "email",
      reason: "disposable-email",
      message: "Email addresses from this domain are not accepted. Use an address you will keep.",
    });
    return { issues, input: undefined };
  }
  return { issues, input };
}
