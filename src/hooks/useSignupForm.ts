// The headless signup form: loads the view model, owns react-hook-form, submits
// an allowlisted payload once, maps server errors back. No markup.
import { useCallback, useEffect, useId, useMemo, useReducer, useRef, useState } from "react";
import type { ChangeEvent, FocusEvent, FormEvent } from "react";
import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import type { LoadError } from "../client/loadViewModel";
import { baseUrl, currentPage } from "../client/browser";
import { checkViewModel } from "../contract/schema";
import type {
  ConsentOutcome,
  NormalizedField,
  NormalizedViewModel,
  RegisterViewModel,
  SignupResult,
} from "../contract/types";
import { buildFormSchema, compilePattern } from "../core/formSchema";
import { defaultValues, normalizeViewModel } from "../core/normalize";
import { formFieldName } from "../core/names";
import { buildPayload } from "../core/payload";
import { warn } from "../core/warn";
import { useSeam } from "./submitSeam";
import { format } from "../i18n/format";
import { withCatalogLabels } from "../i18n/fieldLabels";
import { base as en, withOverrides } from "../i18n/base";
import { isRtlLocale, loadFormMessages, peekFormMessages } from "../i18n/loadMessages";
import type { Messages } from "../i18n/types";
import type {
  CaptchaWidget,
  CheckboxRenderProps,
  ConsentRecord,
  FieldRenderProps,
  SignupError,
  SignupEvent,
  UseSignupFormOptions,
  UseSignupFormReturn,
} from "./types";
import type { PostOutcome } from "./postSignup";

/**
 * The consent record's default body key: a root key, because express-stormpath
 * accepts a custom field only at the root (it moves it into customData itself).
 */
export const DEFAULT_CONSENT_FIELD = "consent";
/** The captcha token's default body key. */
export const DEFAULT_CAPTCHA_FIELD = "captchaToken";

type Load =
  | { status: "loading" }
  | { status: "load-error"; error: SignupError }
  | { status: "ready"; vm: NormalizedViewModel };

type Values = Record<string, unknown>;
type InputElement = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/**
 * Starting a social login (a fresh `state`, the authorization URL) loads on
 * first use, or after render when the form has account stores (the module
 * loader caches it; a failed load is tried again on the next click).
 */
const loadSocialStart = () => import("../client/socialStart");
// The network parts load on first use (both are async anyway): a form given
// `initialViewModel` never fetches the view model.
const loadLoader = () => import("../client/loadViewModel");
const loadPoster = () => import("./postSignup");

function normalizeFor(vm: RegisterViewModel, options: UseSignupFormOptions): NormalizedViewModel {
  return normalizeViewModel(vm, {
    endpoint: options.endpoint,
    allowedHosts: options.allowedHosts,
    samlUrl: options.samlUrl,
    consentField: options.consent && (options.consent.field ?? DEFAULT_CONSENT_FIELD),
    captchaField: options.captcha && (options.captcha.field ?? DEFAULT_CAPTCHA_FIELD),
    page: currentPage(),
  });
}

const viewLoaded = (vm: NormalizedViewModel): SignupEvent => ({
  type: "view_loaded",
  fieldCount: vm.fields.length,
  accountStoreCount: vm.accountStores.length,
});

function loadMessage(error: Pick<LoadError, "reason">, messages: Messages): string {
  if (error.reason === "not-json") return messages.loadNotJson;
  if (error.reason === "invalid" || error.reason === "too-large") return messages.loadInvalid;
  return messages.loadFailed;
}

/**
 * The whole /register flow without markup. `<SignupForm>` is built on it; build
 * your own markup on it and keep every behaviour.
 * @example
 * const form = useSignupForm({ endpoint: "/register", consent: { version: "2026-01", url: "/terms" } });
 * if (form.state === "loading") return <p>{form.statusMessage}</p>;
 * return <form {...form.getFormProps()}>{form.fields.map((f) => <MyField key={f.key} field={f} useField={form.useField} />)}</form>;
 */
export function useSignupForm(options: UseSignupFormOptions = {}): UseSignupFormReturn {
  const endpoint = options.endpoint ?? "/register";
  // The latest options, for callbacks that must not restart effects.
  const optionsRef = useRef(options);
  optionsRef.current = options;

  // Locale: the option, else the page's language, else English. Other
  // catalogues load lazily; until one arrives a fetched form stays "loading"
  // (after that, a locale change keeps the previous catalogue until the next loads).
  const locale =
    options.locale || (typeof document !== "undefined" && document.documentElement.lang) || "";
  const [loaded, setLoaded] = useState<Messages>();
  const base = peekFormMessages(locale);
  useEffect(() => {
    if (!base) void loadFormMessages(locale).then(setLoaded);
  }, [locale, base]);
  const catalogue = base ?? loaded;
  const messages = useMemo(
    () => withOverrides(catalogue ?? en, options.messages),
    [options.messages, catalogue],
  );

  const messagesRef = useRef(messages);
  messagesRef.current = messages;

  const [initial] = useState(() => {
    const vm = options.initialViewModel;
    if (!vm) return { load: { status: "loading" } as Load, hasInitial: false, defaultValues: {} };
    const checked = checkViewModel(vm);
    const load: Load = checked.ok
      ? { status: "ready", vm: normalizeFor(checked.value, options) }
      : { status: "load-error", error: { kind: "load", message: messages.loadInvalid } };
    return {
      load,
      hasInitial: true,
      defaultValues: load.status === "ready" ? defaultValues(load.vm.fields) : {},
    };
  });
  const [load, setLoad] = useState<Load>(initial.load);
  const preferCatalogLabels = options.preferCatalogLabels;
  const vm = useMemo(
    () =>
      withCatalogLabels(
        load.status === "ready" ? load.vm : undefined,
        messages,
        preferCatalogLabels,
      ),
    [load, messages, preferCatalogLabels],
  );
  const vmRef = useRef(vm);
  vmRef.current = vm;

  const policyMin = options.passwordPolicy?.min;
  const policyMax = options.passwordPolicy?.max;
  const resolver = useMemo(
    () =>
      vm
        ? zodResolver(
            buildFormSchema(vm.fields, {
              messages,
              passwordPolicy: { min: policyMin, max: policyMax },
            }),
            undefined,
            // The schema has no async checks.
            { mode: "sync" },
          )
        : undefined,
    [vm, messages, policyMin, policyMax],
  );

  // Nothing here reads `formState`: each field subscribes to its own error
  // (see useField), so typing never re-renders the form.
  const form = useForm<Values>({
    mode: "onBlur",
    reValidateMode: "onChange",
    shouldFocusError: false,
    defaultValues: initial.defaultValues,
    resolver,
  });

  const emit = useCallback((event: SignupEvent) => {
    try {
      optionsRef.current.onEvent?.(event);
    } catch {
      // Analytics must never break signup.
    }
  }, []);

  // Loading. `initialViewModel` skips the first GET (SSR renders "ready").
  const [loadCount, setLoadCount] = useState(0);
  const reload = useCallback(() => setLoadCount((count) => count + 1), []);
  useEffect(() => {
    if (loadCount === 0 && initial.hasInitial) return;
    const controller = new AbortController();
    const o = optionsRef.current;
    setLoad((previous) => (previous.status === "loading" ? previous : { status: "loading" }));
    // A failed chunk load lands in the same handler as a failed GET.
    loadLoader()
      .then(({ loadViewModel }) =>
        loadViewModel(endpoint, {
          signal: controller.signal,
          fetch: o.fetch,
          credentials: o.credentials,
          headers: o.headers,
          timeout: o.timeout,
        }),
      )
      .then(
        (raw) => {
          if (controller.signal.aborted) return;
          const normalized = normalizeFor(raw, optionsRef.current);
          form.reset(defaultValues(normalized.fields));
          setLoad({ status: "ready", vm: normalized });
          emit(viewLoaded(normalized));
        },
        (caught: unknown) => {
          if (controller.signal.aborted) return;
          // Every failure of loadViewModel is a LoadError (it has a reason).
          const error: Pick<LoadError, "reason" | "status" | "message"> = (caught as LoadError)
            ?.reason
            ? (caught as LoadError)
            : { reason: "network", message: String(caught) };
          const signupError: SignupError = {
            kind: "load",
            message: loadMessage(error, messagesRef.current),
          };
          if (error.status !== undefined) signupError.status = error.status;
          if (process.env.NODE_ENV !== "production")
            warn(`Could not load the view model from ${endpoint}: ${error.message}.`);
          setLoad({ status: "load-error", error: signupError });
          emit({
            type: "load_failed",
            reason: error.reason,
            ...(error.status !== undefined ? { status: error.status } : {}),
          });
          optionsRef.current.onError?.(signupError);
        },
      );
    return () => controller.abort();
  }, [endpoint, loadCount, initial.hasInitial, form, emit]);

  useEffect(() => {
    if (initial.load.status === "ready") emit(viewLoaded(initial.load.vm));
  }, [initial, emit]);

  // Development warnings: refused names, dropped stores, undeclared consent/captcha keys.
  useEffect(() => {
    if (process.env.NODE_ENV !== "production")
      for (const message of vm?.warnings ?? []) warn(message);
  }, [vm]);

  // Account stores shown: fetch the social start now, so a click navigates at once.
  const hasStores = Boolean(vm?.accountStores.length);
  useEffect(() => {
    if (hasStores) loadSocialStart().catch(() => {});
  }, [hasStores]);

  // Back online after a failed load: try again.
  useEffect(() => {
    if (load.status !== "load-error") return;
    window.addEventListener("online", reload);
    return () => window.removeEventListener("online", reload);
  }, [load.status, reload]);

  // Abort an in-flight POST on unmount.
  const unmount = useRef<AbortController | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    unmount.current = controller;
    return () => controller.abort();
  }, []);

  const baseId = useId();

  // Submit guards (age gate, breached-password screening, loaded lazily) and the screening note.
  const seam = useSeam(options.passwordScreening, form, vmRef);

  // Submit state.
  const inFlight = useRef(false);
  const [phase, setPhase] = useState<"idle" | "submitting" | "success">("idle");
  const [result, setResult] = useState<SignupResult>();
  const [error, setError] = useState<SignupError>();
  const [formError, setFormError] = useState<string>();
  const [retryAfter, setRetryAfter] = useState(0);
  const retryUntil = useRef(0);
  useEffect(() => {
    if (retryAfter <= 0) return;
    const timer = setTimeout(() => {
      const left = Math.ceil((retryUntil.current - Date.now()) / 1000);
      const next = Math.max(0, Math.min(retryAfter - 1, left));
      setRetryAfter(next);
      // The wait is over: the rate-limit message no longer applies.
      if (!next) setFormError(undefined);
    }, 1000);
    return () => clearTimeout(timer);
  }, [retryAfter]);

  // Consent.
  const [termsChecked, setTermsChecked] = useState(false);
  const [marketingChecked, setMarketingChecked] = useState(false);
  const [consentError, setConsentError] = useState<string>();
  const termsRef = useRef<HTMLInputElement>(null);

  // Captcha seam: the token lives in memory only, and is used once.
  const captchaToken = useRef<string | null>(null);
  const captchaWidget = useRef<CaptchaWidget | null>(null);
  const [captchaError, setCaptchaError] = useState<string>();
  const captchaField = options.captcha?.field ?? DEFAULT_CAPTCHA_FIELD;
  const setCaptchaToken = useCallback((token: string | null) => {
    captchaToken.current = token;
    if (token) setCaptchaError(undefined);
  }, []);
  const registerWidget = useCallback((widget: CaptchaWidget) => {
    captchaWidget.current = widget;
    return () => {
      if (captchaWidget.current === widget) captchaWidget.current = null;
    };
  }, []);

  const termsState = useRef(termsChecked);
  termsState.current = termsChecked;
  const marketingState = useRef(marketingChecked);
  marketingState.current = marketingChecked;

  const submit = useCallback(async () => {
    const current = vmRef.current;
    // A ref, not state: a second click or Enter in the same tick sees it at once.
    if (inFlight.current || !current || retryUntil.current > Date.now()) return;
    inFlight.current = true;
    // After a success the form never posts again (it would create a second account).
    let succeeded = false;
    const o = optionsRef.current;
    const m = messagesRef.current;
    // The kit's extra keys go only where the view model declares them.
    const captchaOn = Boolean(o.captcha) && current.declared.captcha;
    try {
      emit({ type: "submit_attempted" });
      setFormError(undefined);
      const guarding = seam.runGuards();
      let invalidKeys: string[] = [];
      let values: Values | undefined;
      await form.handleSubmit(
        () => {
          values = form.getValues();
        },
        (errors) => {
          invalidKeys = current.fields
            .filter((field) => errors[field.key])
            .map((field) => field.key);
        },
      )();
      const consentMissing = Boolean(o.consent) && !termsState.current;
      const blocked = (await guarding).filter((verdict) => !verdict.ok);
      setConsentError(consentMissing ? m.consentRequired : undefined);
      let token = captchaToken.current;
      if (
        captchaOn &&
        !token &&
        values &&
        !consentMissing &&
        !blocked.length &&
        captchaWidget.current?.execute
      ) {
        try {
          const executed = await captchaWidget.current.execute();
          token = typeof executed === "string" && executed ? executed : captchaToken.current;
        } catch {
          token = null;
        }
      }
      const captchaMissing = captchaOn && !token;
      // Keep the widget's own message (expired, closed, failed to load…) when it has one.
      if (captchaMissing) setCaptchaError((previous) => previous ?? m.captchaRequired);
      if (!values || consentMissing || captchaMissing || blocked.length) {
        const names = current.fields
          .filter((field) => invalidKeys.includes(field.key))
          .map((field) => field.name);
        for (const verdict of blocked) names.push(verdict.name);
        if (consentMissing) names.push("consent");
        if (captchaMissing) names.push("captcha");
        emit({ type: "validation_failed", fields: names });
        const first = invalidKeys[0];
        if (first) form.setFocus(first);
        else if (blocked[0]?.focus) blocked[0].focus();
        else if (consentMissing) termsRef.current?.focus();
        else if (captchaMissing) captchaWidget.current?.focus?.();
        return;
      }

      const consentField = o.consent?.field ?? DEFAULT_CONSENT_FIELD;
      let consent: ConsentRecord | undefined;
      if (o.consent) {
        consent = {
          termsVersion: o.consent.version,
          termsUrl: new URL(o.consent.url, baseUrl()).toString(),
          acceptedAt: new Date().toISOString(),
          locale: consentLocale(o.locale),
        };
        if (o.consent.marketing) consent.marketing = marketingState.current;
      }
      const consentPosted = Boolean(consent) && current.declared.consent;
      const body = buildPayload(current.fields, values, {
        consentField,
        consent: consentPosted ? consent : undefined,
        captcha: token && captchaOn ? { field: captchaField, token } : undefined,
      });
      // A token is used once: this one is spent whatever the answer.
      captchaToken.current = null;

      setPhase("submitting");
      setError(undefined);
      // A failed chunk load is a network failure like any other.
      const outcome: PostOutcome = await loadPoster().then(
        ({ postSignup }) =>
          postSignup(endpoint, body, {
            fields: current.fields,
            messages: m,
            captchaField,
            signal: unmount.current?.signal,
            fetch: o.fetch,
            credentials: o.credentials,
            headers: o.headers,
            timeout: o.submitTimeout,
          }),
        // Nothing was sent: not aborted, not timed out.
        () =>
          ({ ok: false, error: { kind: "network", message: m.networkUncertain } }) as PostOutcome,
      );
      if (unmount.current?.signal.aborted) return;
      if (outcome.ok) {
        succeeded = true;
        // The consent record reaches the app whether or not the server took it.
        let consentOutcome: ConsentOutcome | undefined;
        if (consent) {
          consentOutcome = { record: consent, posted: consentPosted };
          if (consentPosted) consentOutcome.field = consentField;
        }
        const signupResult = consentOutcome
          ? { ...outcome.result, consent: consentOutcome }
          : outcome.result;
        setResult(signupResult);
        setPhase("success");
        emit({ type: "signup_succeeded", status: signupResult.status });
        if (consentOutcome) emit({ type: "consent_recorded", ...consentOutcome });
        // The server sent a verification email: the denominator of email_verification_rate.
        if (signupResult.status === "UNVERIFIED")
          emit({ type: "verification_sent", trigger: "signup" });
        o.onSuccess?.(signupResult);
        return;
      }

      // A token is used once: any failed POST needs a new one.
      captchaToken.current = null;
      captchaWidget.current?.reset();
      const failure = outcome.error;
      const signupError: SignupError = { kind: failure.kind, message: failure.message };
      if (failure.kind === "network") {
        setFormError(failure.message);
      } else {
        signupError.status = failure.status;
        if (Object.keys(failure.fields).length) signupError.fields = { ...failure.fields };
        for (const field of current.fields) {
          const message = failure.fieldErrors[field.key];
          if (message) form.setError(field.key, { type: "server", message });
        }
        // A refused token is shown at the widget, not on the form.
        const captchaRefused = failure.kind === "captcha" && captchaOn;
        if (captchaRefused) setCaptchaError(m.captchaInvalid);
        if (failure.retryAfter) {
          retryUntil.current = Date.now() + failure.retryAfter * 1000;
          setRetryAfter(failure.retryAfter);
          // Stated once ("Try again in 30 seconds."); `retryAfter` counts down.
          setFormError(failure.formError);
        } else {
          setFormError(captchaRefused ? undefined : failure.formError);
        }
        const first = current.fields.find((field) => failure.fieldErrors[field.key]);
        if (first) form.setFocus(first.key);
        else if (captchaRefused) captchaWidget.current?.focus?.();
      }
      setError(signupError);
      setPhase("idle");
      emit({
        type: "signup_failed",
        reason: failure.kind,
        ...(failure.kind !== "network" ? { status: failure.status } : {}),
      });
      o.onError?.(signupError);
    } finally {
      inFlight.current = succeeded;
    }
  }, [emit, endpoint, form, captchaField, seam]);

  const useField = useMemo(() => {
    // A hook handed to the markup: each field subscribes to its own error only,
    // so an error on one field re-renders that field, not the form.
    return function useField(field: NormalizedField): FieldRenderProps {
      // form.subscribe + getFieldState instead of useFormState: the same per-field
      // subscription without pulling RHF's useFormState into the bundle.
      const [, rerender] = useReducer((count: number) => count + 1, 0);
      useEffect(
        () =>
          form.subscribe({
            name: field.key,
            exact: true,
            formState: { errors: true },
            callback: rerender,
          }),
        [field.key],
      );
      const message = form.getFieldState(field.key).error?.message;
      // The screening note shows when the schema has nothing to say.
      const note = seam.useNote(field.name === "password");
      const error = (typeof message === "string" && message) || note?.text || undefined;
      const confirm =
        field.name === "password"
          ? vmRef.current?.fields.find((other) => other.name === "confirmPassword")
          : undefined;
      const registered = form.register(field.key, confirm ? { deps: confirm.key } : undefined);
      const id = `${baseId}-${field.key}`;
      const errorId = `${id}-error`;
      const descriptionId = `${id}-description`;
      const describedBy = [field.description ? descriptionId : "", error ? errorId : ""]
        .filter(Boolean)
        .join(" ");
      // RHF finds a field by `event.target.name`; the DOM name is the wire name (for
      // the no-JavaScript POST), so relay the event under the synthetic key.
      const relay = (event: ChangeEvent<InputElement> | FocusEvent<InputElement>) => ({
        type: event.type,
        target: {
          name: field.key,
          type: event.target.type,
          value: event.target.value,
          checked: (event.target as HTMLInputElement).checked,
        },
      });
      const password = field.kind === "password";
      const inputProps: FieldRenderProps["inputProps"] = {
        id,
        name: field.name,
        required: field.required && field.visible,
        // A `warn` note is shown and described, but the value is not invalid.
        "aria-invalid": Boolean(error) && (error !== note?.text || Boolean(note?.blocking)),
        ref: registered.ref,
        onChange: (event) => {
          if (field.name === "password") seam.change?.(event.target.value);
          void registered.onChange(relay(event));
        },
        onBlur: (event) => void registered.onBlur(relay(event)),
      };
      const type = !field.visible
        ? "hidden"
        : field.kind === "textarea" || field.kind === "select"
          ? undefined
          : field.kind;
      if (type) inputProps.type = type;
      if (describedBy) inputProps["aria-describedby"] = describedBy;
      if (field.autoComplete) inputProps.autoComplete = field.autoComplete;
      if (field.placeholder) inputProps.placeholder = field.placeholder;
      // No HTML length limits on passwords: maxlength counts UTF-16 units and cuts pastes.
      if (!password) {
        if (field.minLength !== undefined) inputProps.minLength = field.minLength;
        if (field.maxLength !== undefined) inputProps.maxLength = field.maxLength;
        if (field.pattern && compilePattern(field.pattern)) inputProps.pattern = field.pattern;
      }
      if (field.kind === "checkbox") inputProps.defaultChecked = field.defaultValue === true;
      else inputProps.defaultValue = String(field.defaultValue);
      if (field.kind === "email" || field.name === "username" || password) {
        inputProps.spellCheck = false;
        inputProps.autoCapitalize = "none";
      }
      // Machine text (addresses, secrets, numbers) is always left-to-right.
      if (/^(?:email|password|tel|url)$/.test(field.kind)) inputProps.dir = "ltr";
      if (field.kind === "email") inputProps.inputMode = "email";
      const props: FieldRenderProps = {
        field,
        inputProps,
        labelProps: { id: `${id}-label`, htmlFor: id },
        label: field.label,
        required: field.required,
        errorId,
        descriptionId,
      };
      if (error) props.error = error;
      if (field.description) props.description = field.description;
      return props;
    };
  }, [form, baseId, seam]);

  const consentOptions = options.consent;
  const consentField = consentOptions?.field ?? DEFAULT_CONSENT_FIELD;
  // Without JavaScript the record goes as plain form fields, under the same rule:
  // only a declared key, in bracket form (`consent[termsVersion]`), which
  // express-stormpath's body parser (qs) and most others read as one object.
  const consentDeclared = Boolean(vm?.declared.consent);
  const consentPart = (part: string) =>
    consentDeclared ? formFieldName([consentField, part]) : undefined;
  const checkbox = (
    name: string | undefined,
    value: string | undefined,
    suffix: string,
    checked: boolean,
    onChange: (checked: boolean) => void,
    required: boolean,
    checkboxError?: string,
  ): CheckboxRenderProps => {
    const id = `${baseId}-${suffix}`;
    const props: CheckboxRenderProps = {
      inputProps: {
        id,
        ...(name === undefined ? {} : { name }),
        type: "checkbox",
        ...(value === undefined ? {} : { value }),
        checked,
        required,
        "aria-invalid": Boolean(checkboxError),
        onChange: (event) => onChange(event.target.checked),
        ref: suffix === "terms" ? termsRef : null,
      },
      errorId: `${id}-error`,
    };
    if (checkboxError) {
      props.error = checkboxError;
      props.inputProps["aria-describedby"] = props.errorId;
    }
    return props;
  };
  const consent: UseSignupFormReturn["consent"] = {
    enabled: Boolean(consentOptions),
    // Without JavaScript the ticked box posts `{field}[termsVersion]`, and the
    // hidden inputs the rest of the record (the server stamps acceptedAt); for
    // an undeclared key, nothing (the box has no name).
    terms: checkbox(
      consentPart("termsVersion"),
      consentOptions?.version,
      "terms",
      termsChecked,
      (checked) => {
        setTermsChecked(checked);
        if (checked) setConsentError(undefined);
      },
      Boolean(consentOptions),
      consentError,
    ),
    hiddenInputs:
      consentOptions && consentDeclared
        ? [
            { name: consentPart("termsUrl") as string, value: consentOptions.url },
            { name: consentPart("locale") as string, value: consentLocale(options.locale) },
          ]
        : [],
  };
  if (consentOptions) {
    consent.termsUrl = consentOptions.url;
    if (consentOptions.privacyUrl) consent.privacyUrl = consentOptions.privacyUrl;
    if (consentOptions.marketing) {
      consent.marketing = checkbox(
        consentPart("marketing"),
        undefined,
        "marketing",
        marketingChecked,
        setMarketingChecked,
        false,
      );
    }
  }

  // A fetched form waits for its catalogue (see Locale above).
  const state: UseSignupFormReturn["state"] =
    load.status !== "ready"
      ? load.status
      : !catalogue && !initial.hasInitial
        ? "loading"
        : phase === "idle"
          ? "ready"
          : phase;
  const submitting = phase === "submitting";
  const t = useCallback(
    (key: keyof Messages, params?: Record<string, string | number>) =>
      format(messages[key], params),
    [messages],
  );

  const startSocialLogin = useCallback<UseSignupFormReturn["startSocialLogin"]>(
    async (store, event) => {
      event?.preventDefault();
      const { startLogin } = await loadSocialStart();
      const o = optionsRef.current;
      const { state: oauthState, url } = startLogin(store, {
        endpoint,
        redirectUri: o.redirectUri,
      });
      emit({ type: "social_login_started", providerId: store.providerId });
      const handled = await o.onSocialLogin?.(
        oauthState === undefined ? { store, url } : { store, url, state: oauthState },
      );
      if (handled === false) return;
      window.location.assign(url);
    },
    [emit, endpoint],
  );

  const statusMessage =
    state === "loading" ? messages.loading : submitting ? messages.submitting : undefined;

  const out: UseSignupFormReturn = {
    state,
    fields: vm?.fields ?? [],
    accountStores: vm?.accountStores ?? [],
    warnings: vm?.warnings ?? [],
    reload,
    getFormProps: () => {
      const props: ReturnType<UseSignupFormReturn["getFormProps"]> = {
        method: "post",
        action: endpoint,
        noValidate: true,
        onSubmit: (event: FormEvent<HTMLFormElement>) => {
          event.preventDefault();
          void submit();
        },
      };
      if (submitting) props["aria-busy"] = true;
      return props;
    },
    useField,
    addSubmitGuard: seam.addSubmitGuard,
    consent,
    submit,
    submitting,
    retryAfter,
    captcha: {
      // Not declared: no widget, no token (a development warning says why).
      enabled: Boolean(options.captcha) && Boolean(vm?.declared.captcha),
      field: captchaField,
      setToken: setCaptchaToken,
      registerWidget,
      setError: setCaptchaError,
      errorId: `${baseId}-captcha-error`,
      ...(options.captcha ? { options: options.captcha } : {}),
      ...(captchaError ? { error: captchaError } : {}),
    },
    messages,
    t,
    startSocialLogin,
  };
  // lang and dir on the root when the kit's language may differ from the page's.
  const lang = catalogue === en && base !== en ? "en" : locale;
  if (lang && catalogue && (options.locale || lang !== locale)) {
    out.lang = lang;
    out.dir = isRtlLocale(lang) ? "rtl" : "ltr";
  }
  if (load.status === "load-error") out.loadError = load.error;
  if (formError) out.formError = formError;
  if (statusMessage) out.statusMessage = statusMessage;
  if (result) out.result = result;
  if (error) out.error = error;
  return out;
}

/** The consent record's locale: the option, else the page's language, else English. */
const consentLocale = (locale?: string): string =>
  locale ?? ((typeof document !== "undefined" && document.documentElement.lang) || "en");
