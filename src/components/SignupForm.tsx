import { Suspense, useId, useMemo, useRef, useState } from "react";
import type { ReactNode } from "react";
import { ageGateField } from "../age-gate/field";
import { socialButtonText } from "../core/social";
import { useSignupForm } from "../hooks/useSignupForm";
import { resolvePasswordPolicy } from "../core/formSchema";
import { lazyPart } from "./lazyPart";
import { mergeComponents } from "./defaultComponents";
import { FieldRenderer } from "./FieldRenderer";
import { safeLinkUrl } from "./Page";
import { CaptchaLoadFailed } from "./CaptchaLoadFailed";
import { termsLabel } from "./termsLabel";
import type { Texts } from "./text";
import type { SignupFormProps } from "./types";

// The age gate and the resend step (UNVERIFIED success view) load on first
// render, only when shown (size). Neither is exported by src/index.ts:
// esbuild (the CI size check) splits by file, so a file the entry reaches
// statically stays in the eager chunks even behind import(). The resend API is
// public through `signup-kit/verify` instead. The captcha slot loads the same
// way, only when the `captcha` option is set (public through `signup-kit/captcha`);
// if its chunk cannot load, CaptchaLoadFailed shows why and submit stays blocked.
const Captcha = lazyPart(() =>
  import("../captcha/CaptchaField").then(
    (module) => module.CaptchaField,
    () => CaptchaLoadFailed,
  ),
);
const SuccessStep = lazyPart(() => import("./SuccessStep").then((module) => module.SuccessStep));
const AgeGate = lazyPart(() => import("../age-gate/AgeGate").then((module) => module.AgeGate));
const FormResend = lazyPart(() =>
  import("../verify/ResendVerification").then((module) => module.FormResend),
);

/**
 * The drop-in signup form: loads the view model from `endpoint`, renders it,
 * validates, posts, and shows the result. Takes every option of
 * `useSignupForm()` plus `components`, `className` and `unstyled`.
 *
 * @example
 * ```tsx
 * import { SignupForm } from "signup-kit";
 * import "signup-kit/styles.css";
 *
 * <SignupForm endpoint="/register" consent={{ version: "2026-01", url: "/terms" }} />
 * ```
 */
export function SignupForm({
  components,
  className,
  unstyled = false,
  theme,
  density,
  variant,
  ageGate,
  heading,
  headingLevel = 1,
  logo,
  intro,
  signInUrl,
  footer,
  ...options
}: SignupFormProps) {
  const form = useSignupForm(options);
  // The age gate takes over its declared view-model field, if any.
  const ageField = ageGate && ageGateField(ageGate);
  const parts = useMemo(() => mergeComponents(components), [components]);
  const min = resolvePasswordPolicy(options.passwordPolicy).min;
  const screening = Boolean(options.passwordScreening);
  const guide = useMemo(() => ({ min, screening }), [min, screening]);
  // The hook's formatter over its resolved catalogue (complete: English or a locale, plus overrides).
  const text: Texts = form.t;
  const id = useId();
  const countdownId = `${id}-countdown`;
  const formId = `${id}-form`;
  const successRef = useRef<HTMLDivElement>(null);

  // Announce a rate limit once when it starts and once when it ends, never
  // every second (the visible countdown is not a live region). Adjusting state
  // during render, React's pattern for "state derived from a change".
  const waiting = form.retryAfter > 0;
  const [wasWaiting, setWasWaiting] = useState(false);
  const [countdownNote, setCountdownNote] = useState<string | undefined>(undefined);
  if (waiting !== wasWaiting) {
    setWasWaiting(waiting);
    setCountdownNote(
      // The hook's form error is the stable "Too many attempts. Try again in N seconds.".
      waiting ? form.formError : text("rateLimitedEnd"),
    );
  }

  // The success view replaces the form and takes focus (SuccessStep does that
  // once it has rendered, so focus never lands on an empty element).

  // Polite: submitting, and the rate-limit start/end notes. While loading, the
  // Loading part is the status itself; on success, focus moves to the view.
  const status = form.submitting
    ? form.statusMessage
    : form.state === "loading" || form.state === "success"
      ? undefined
      : countdownNote;
  // Assertive: form-level errors. During a countdown the hook's form error
  // restates the seconds left every second; it stays out of the live region
  // (the countdown is visible beside the button, the start was announced).
  const loadFailed = form.loadError?.message ?? text("loadFailed");
  const error =
    form.state === "load-error"
      ? loadFailed
      : form.state === "success" || waiting
        ? undefined
        : form.formError;

  let body: ReactNode;
  if (form.state === "loading") {
    body = <parts.Loading label={text("loading")} />;
  } else if (form.state === "load-error") {
    body = (
      <parts.LoadError
        error={form.loadError}
        message={loadFailed}
        retryLabel={text("retry")}
        onRetry={form.reload}
      />
    );
  } else if (form.state === "success" && form.result) {
    body = (
      <div data-slot="success" tabIndex={-1} ref={successRef}>
        <Suspense>
          <SuccessStep
            result={form.result}
            messages={form.messages}
            View={parts.SuccessView}
            focusRef={successRef}
          />
        </Suspense>
        {/* "Didn't get the email?" for an account that still has to verify its address. */}
        {form.result.status === "UNVERIFIED" &&
        typeof form.result.account.email === "string" &&
        form.result.account.email &&
        options.verification !== false ? (
          <Suspense>
            <FormResend
              options={options}
              login={form.result.account.email}
              messages={form.messages}
            />
          </Suspense>
        ) : null}
      </div>
    );
  } else {
    const consent = form.consent;
    const terms = consent.enabled ? consent.terms : undefined;
    const marketing = consent.enabled ? consent.marketing : undefined;
    body = (
      <>
        {form.accountStores.length > 0 ? (
          <>
            <div
              data-slot="social"
              data-layout={form.accountStores.length > 3 ? "grid" : "stack"}
              role="group"
              aria-label={text("socialGroup")}
            >
              {form.accountStores.map((store) => (
                <parts.SocialButton
                  key={store.id}
                  store={store}
                  label={socialButtonText(store, text)}
                  onClick={(event) => void form.startSocialLogin(store, event)}
                />
              ))}
            </div>
            <p data-slot="divider">{text("socialSeparator")}</p>
          </>
        ) : null}
        <form {...form.getFormProps()} id={formId} data-slot="form">
          {form.fields
            .filter((field) => field.visible && field.name !== ageField)
            .map((field) => (
              <FieldRenderer
                key={field.key}
                form={form}
                field={field}
                components={parts}
                text={text}
                guide={guide}
              />
            ))}
          {ageGate ? (
            <Suspense>
              <AgeGate form={form} options={ageGate} />
            </Suspense>
          ) : null}
          {terms ? (
            <parts.Checkbox
              kind="terms"
              inputProps={terms.inputProps}
              label={termsLabel(form.messages, text, consent.termsUrl, consent.privacyUrl)}
              required
              requiredText={text("requiredMarker")}
              error={terms.error}
              errorId={terms.errorId}
            />
          ) : null}
          {marketing ? (
            <parts.Checkbox
              kind="marketing"
              inputProps={marketing.inputProps}
              label={text("marketingLabel")}
              required={false}
              requiredText={text("requiredMarker")}
              error={marketing.error}
              errorId={marketing.errorId}
            />
          ) : null}
          {/* Captcha slot: the hCaptcha widget renders here, right before submit. */}
          {form.captcha.enabled ? (
            <Suspense>
              <Captcha captcha={form.captcha} messages={form.messages} language={options.locale} />
            </Suspense>
          ) : null}
          <parts.SubmitButton
            label={form.submitting ? text("submitting") : text("submit")}
            submitting={form.submitting}
            retryAfter={form.retryAfter}
            countdownText={
              waiting ? text("retryCountdown", { seconds: form.retryAfter }) : undefined
            }
            countdownId={countdownId}
          />
        </form>
        {/* Without JavaScript these post the rest of the consent record with the
            ticked terms box (`form` ties them to the form from outside it). */}
        {consent.hiddenInputs.map((hidden) => (
          <input
            key={hidden.name}
            type="hidden"
            form={formId}
            name={hidden.name}
            value={hidden.value}
          />
        ))}
      </>
    );
  }

  // The page around the form: the heading and the sign-in prompt belong to the
  // signup step and leave with it; the logo and the footer stay on the result.
  const signingUp = form.state !== "success";
  const signIn = signingUp ? safeLinkUrl(signInUrl) : undefined;
  const headingText = heading === false ? undefined : (heading ?? text("heading"));

  return (
    <div
      className={
        [unstyled ? undefined : "sk-root", className].filter(Boolean).join(" ") || undefined
      }
      data-slot="root"
      data-state={form.state}
      data-theme={theme}
      // Only the documented values: another string from untyped code sets nothing.
      data-density={density === "compact" ? density : undefined}
      data-variant={variant === "card" || variant === "borderless" ? variant : undefined}
      lang={form.lang}
      dir={form.dir}
    >
      <parts.PageHeader
        logo={logo}
        heading={signingUp ? headingText : undefined}
        headingLevel={headingLevel}
        intro={signingUp ? intro : undefined}
      />
      {body}
      {signIn ? (
        <parts.SignInPrompt
          url={signIn}
          prompt={text("signInPrompt")}
          linkText={text("signInLink")}
        />
      ) : null}
      {/* Same position in every state, so the live regions persist across states. */}
      <parts.Message status={status} error={error} />
      <parts.PageFooter>{footer}</parts.PageFooter>
    </div>
  );
}
