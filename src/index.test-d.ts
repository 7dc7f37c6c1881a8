// Type tests of the main entry point, `signup-kit`, as apps import it: the
// props, the hook's options and return value, what the callbacks receive and
// the event union. They fail to compile when one of these changes shape, so a
// change to the public types is a deliberate one (with api/signup-kit.api.md).
import type {
  ChangeEvent,
  ComponentProps,
  ComponentType,
  FocusEvent,
  FormEvent,
  HTMLAttributes,
  Ref,
} from "react";
import { describe, expectTypeOf, test } from "vitest";
import {
  SignupForm,
  defaultComponents,
  loadMessages,
  loadRegistrationLabels,
  loadRegistrationMessages,
  useSignupForm,
  type Account,
  type CaptchaState,
  type CheckboxRenderProps,
  type ConsentOptions,
  type ConsentOutcome,
  type ConsentRecord,
  type ControlInputProps,
  type FieldInputAttributes,
  type FieldProps,
  type FieldRenderProps,
  type Messages,
  type RegistrationLabels,
  type RegistrationMessages,
  type NormalizedAccountStore,
  type NormalizedField,
  type SignupError,
  type SignupEvent,
  type SignupFormComponents,
  type SignupFormProps,
  type SignupFormState,
  type SignupResult,
  type SocialButtonProps,
  type SubmitButtonProps,
  type UseSignupFormOptions,
  type UseSignupFormReturn,
} from "./index";

describe("<SignupForm> props", () => {
  test("every prop is optional: <SignupForm /> alone renders the default form", () => {
    expectTypeOf({}).toExtend<SignupFormProps>();
    expectTypeOf(SignupForm).parameter(0).toEqualTypeOf<SignupFormProps>();
  });

  test("the props are the hook's options plus the markup's own", () => {
    expectTypeOf<SignupFormProps>().toExtend<UseSignupFormOptions>();
    expectTypeOf<SignupFormProps["components"]>().toEqualTypeOf<
      Partial<SignupFormComponents> | undefined
    >();
    expectTypeOf<SignupFormProps["theme"]>().toEqualTypeOf<"light" | "dark" | undefined>();
    expectTypeOf<SignupFormProps["headingLevel"]>().toEqualTypeOf<
      1 | 2 | 3 | 4 | 5 | 6 | undefined
    >();
    expectTypeOf<SignupFormProps["unstyled"]>().toEqualTypeOf<boolean | undefined>();
    expectTypeOf<SignupFormProps["signInUrl"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<SignupFormProps>().toHaveProperty("ageGate");
  });

  test("a typical page type-checks", () => {
    const props = {
      endpoint: "/register",
      consent: { version: "2026-01", url: "/terms", privacyUrl: "/privacy", marketing: true },
      captcha: { siteKey: "10000000-ffff-ffff-ffff-000000000001", size: "invisible" },
      locale: "de",
      onSuccess: (result) => expectTypeOf(result).toEqualTypeOf<SignupResult>(),
      onError: (error) => expectTypeOf(error).toEqualTypeOf<SignupError>(),
      onEvent: (event) => expectTypeOf(event).toEqualTypeOf<SignupEvent>(),
      components: { SubmitButton: () => null },
      headingLevel: 2,
    } satisfies SignupFormProps;
    expectTypeOf(props).toExtend<SignupFormProps>();
  });

  test("wrong values are refused", () => {
    expectTypeOf<{ theme: "blue" }>().not.toExtend<SignupFormProps>();
    expectTypeOf<{ headingLevel: 7 }>().not.toExtend<SignupFormProps>();
    expectTypeOf<{ consent: { version: "1" } }>().not.toExtend<SignupFormProps>();
    expectTypeOf<{ components: { Nope: () => null } }>().not.toExtend<{
      components?: Partial<SignupFormComponents>;
    }>();
  });
});

describe("the components map", () => {
  test("names every replaceable part", () => {
    expectTypeOf<keyof SignupFormComponents>().toEqualTypeOf<
      | "Field"
      | "Input"
      | "PasswordInput"
      | "Checkbox"
      | "SocialButton"
      | "SubmitButton"
      | "Message"
      | "SuccessView"
      | "Loading"
      | "LoadError"
      | "PageHeader"
      | "SignInPrompt"
      | "PageFooter"
    >();
    expectTypeOf(defaultComponents).toEqualTypeOf<Readonly<SignupFormComponents>>();
  });

  test("a part is a component of its plain props", () => {
    expectTypeOf<SignupFormComponents["SubmitButton"]>().toEqualTypeOf<
      ComponentType<SubmitButtonProps>
    >();
    expectTypeOf<SignupFormComponents["Field"]>().toEqualTypeOf<ComponentType<FieldProps>>();
    expectTypeOf<SubmitButtonProps>().toHaveProperty("submitting");
    expectTypeOf<SocialButtonProps["store"]>().toEqualTypeOf<NormalizedAccountStore>();
  });
});

describe("useSignupForm", () => {
  test("takes optional options and returns UseSignupFormReturn", () => {
    expectTypeOf(useSignupForm).toBeCallableWith();
    expectTypeOf(useSignupForm).toBeCallableWith({ endpoint: "/api/register" });
    expectTypeOf(useSignupForm).parameter(0).toEqualTypeOf<UseSignupFormOptions | undefined>();
    expectTypeOf(useSignupForm).returns.toEqualTypeOf<UseSignupFormReturn>();
  });

  test("options: names and types", () => {
    expectTypeOf<keyof UseSignupFormOptions>().toEqualTypeOf<
      | "endpoint"
      | "consent"
      | "onSuccess"
      | "onError"
      | "onEvent"
      | "credentials"
      | "headers"
      | "fetch"
      | "initialViewModel"
      | "passwordPolicy"
      | "redirectUri"
      | "allowedHosts"
      | "onSocialLogin"
      | "messages"
      | "locale"
      | "preferCatalogLabels"
      | "timeout"
      | "submitTimeout"
      | "samlUrl"
      | "captcha"
      | "verification"
      | "passwordScreening"
    >();
    type Main =
      | "endpoint"
      | "onSuccess"
      | "onError"
      | "onEvent"
      | "credentials"
      | "headers"
      | "fetch"
      | "redirectUri"
      | "allowedHosts"
      | "locale"
      | "timeout"
      | "submitTimeout"
      | "verification";
    expectTypeOf<Pick<Required<UseSignupFormOptions>, Main>>().toEqualTypeOf<{
      endpoint: string;
      onSuccess: (result: SignupResult) => void;
      onError: (error: SignupError) => void;
      onEvent: (event: SignupEvent) => void;
      credentials: RequestCredentials;
      headers: Record<string, string>;
      fetch: typeof fetch;
      redirectUri: string | ((providerId: string) => string);
      allowedHosts: string[];
      locale: string;
      timeout: number;
      submitTimeout: number;
      verification: { endpoint?: string; cooldown?: number } | false;
    }>();
    expectTypeOf<ConsentOptions>().toEqualTypeOf<{
      version: string;
      url: string;
      privacyUrl?: string;
      marketing?: boolean;
      field?: string;
    }>();
  });

  test("return value: the members custom markup uses", () => {
    type Members = Omit<
      UseSignupFormReturn,
      "getFormProps" | "addSubmitGuard" | "consent" | "startSocialLogin" | "messages" | "t"
    >;
    expectTypeOf<Members>().toEqualTypeOf<{
      state: SignupFormState;
      fields: NormalizedField[];
      accountStores: NormalizedAccountStore[];
      warnings: string[];
      loadError?: SignupError;
      reload: () => void;
      useField: (field: NormalizedField) => FieldRenderProps;
      submit: () => Promise<void>;
      submitting: boolean;
      retryAfter: number;
      formError?: string;
      statusMessage?: string;
      result?: SignupResult;
      error?: SignupError;
      captcha: CaptchaState;
      lang?: string;
      dir?: "ltr" | "rtl";
    }>();
    expectTypeOf<SignupFormState>().toEqualTypeOf<
      "loading" | "load-error" | "ready" | "submitting" | "success"
    >();
    type FormProps = ReturnType<UseSignupFormReturn["getFormProps"]>;
    expectTypeOf<FormProps["method"]>().toEqualTypeOf<"post">();
    expectTypeOf<FormProps["onSubmit"]>().toEqualTypeOf<
      (event: FormEvent<HTMLFormElement>) => void
    >();
    expectTypeOf<UseSignupFormReturn["consent"]["terms"]>().toEqualTypeOf<CheckboxRenderProps>();
    expectTypeOf<UseSignupFormReturn["consent"]["hiddenInputs"]>().toEqualTypeOf<
      Array<{ name: string; value: string }>
    >();
    expectTypeOf<UseSignupFormReturn["startSocialLogin"]>()
      .parameter(0)
      .toEqualTypeOf<NormalizedAccountStore>();
  });

  test("useField: inputProps are exactly these, ready to spread on the control", () => {
    type InputElement = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
    type InputProps = FieldRenderProps["inputProps"];
    expectTypeOf<ControlInputProps>().toEqualTypeOf<InputProps>();
    // `.branded`: the type is written as the pure attributes plus the hook's
    // own members; compared member by member, it is this one object type.
    expectTypeOf<InputProps>().branded.toEqualTypeOf<{
      id: string;
      name: string;
      type?: string;
      required: boolean;
      autoComplete?: string;
      placeholder?: string;
      minLength?: number;
      maxLength?: number;
      pattern?: string;
      defaultValue?: string;
      defaultChecked?: boolean;
      dir?: "ltr";
      inputMode?: HTMLAttributes<HTMLInputElement>["inputMode"];
      spellCheck?: boolean;
      autoCapitalize?: string;
      "aria-invalid": boolean;
      "aria-describedby"?: string;
      "aria-required"?: boolean;
      ref: Ref<HTMLInputElement & HTMLSelectElement & HTMLTextAreaElement>;
      onChange: (event: ChangeEvent<InputElement>) => void;
      onBlur: (event: FocusEvent<InputElement>) => void;
    }>();
    // The exported attributes are these props without the ref and handlers.
    expectTypeOf<
      Omit<InputProps, "ref" | "onChange" | "onBlur" | "aria-required" | "inputMode">
    >().branded.toEqualTypeOf<Omit<FieldInputAttributes, "inputMode">>();
    expectTypeOf<FieldInputAttributes["inputMode"]>().toExtend<InputProps["inputMode"]>();
    // Markup may build its own (any inputMode React knows), pass them on as a
    // plain record, and spread them on each kind of control.
    expectTypeOf<{ inputMode: "numeric" }>().toExtend<Pick<InputProps, "inputMode">>();
    expectTypeOf<InputProps>().toExtend<Record<string, unknown>>();
    expectTypeOf<InputProps>().toExtend<ComponentProps<"input">>();
    expectTypeOf<InputProps>().toExtend<ComponentProps<"select">>();
    expectTypeOf<InputProps>().toExtend<ComponentProps<"textarea">>();
  });
});

describe("what onSuccess and onError receive", () => {
  test("onSuccess: the account, its status and the consent given", () => {
    type OnSuccess = NonNullable<UseSignupFormOptions["onSuccess"]>;
    expectTypeOf<OnSuccess>().parameter(0).toEqualTypeOf<SignupResult>();
    expectTypeOf<SignupResult>().toEqualTypeOf<{
      account: Account;
      status: string;
      location?: string;
      consent?: ConsentOutcome;
    }>();
    expectTypeOf<ConsentOutcome>().toEqualTypeOf<{
      record: ConsentRecord;
      posted: boolean;
      field?: string;
    }>();
    expectTypeOf<ConsentRecord>().toEqualTypeOf<{
      termsVersion: string;
      termsUrl: string;
      acceptedAt: string;
      locale: string;
      marketing?: boolean;
    }>();
    expectTypeOf<Account["status"]>().toBeString();
  });

  test("onError: a kind to switch on, a message to show", () => {
    type OnError = NonNullable<UseSignupFormOptions["onError"]>;
    expectTypeOf<OnError>().parameter(0).toEqualTypeOf<SignupError>();
    expectTypeOf<SignupError["kind"]>().toEqualTypeOf<
      "load" | "validation" | "conflict" | "rate-limited" | "server" | "network" | "captcha"
    >();
    expectTypeOf<Omit<SignupError, "kind">>().toEqualTypeOf<{
      message: string;
      status?: number;
      fields?: Record<string, string>;
    }>();
  });
});

describe("the analytics events", () => {
  test("the event types are exactly these", () => {
    expectTypeOf<SignupEvent["type"]>().toEqualTypeOf<
      | "view_loaded"
      | "load_failed"
      | "submit_attempted"
      | "validation_failed"
      | "signup_succeeded"
      | "consent_recorded"
      | "signup_failed"
      | "social_login_started"
      | "verification_sent"
      | "verification_completed"
      | "verification_failed"
    >();
  });

  test("each event carries its own payload", () => {
    type Of<T extends SignupEvent["type"]> = Omit<Extract<SignupEvent, { type: T }>, "type">;
    expectTypeOf<Of<"view_loaded">>().toEqualTypeOf<{
      fieldCount: number;
      accountStoreCount: number;
    }>();
    expectTypeOf<Of<"load_failed">>().toEqualTypeOf<{ reason: string; status?: number }>();
    expectTypeOf<Of<"validation_failed">>().toEqualTypeOf<{ fields: string[] }>();
    expectTypeOf<Of<"signup_succeeded">>().toEqualTypeOf<{ status: string }>();
    expectTypeOf<Of<"consent_recorded">>().toEqualTypeOf<ConsentOutcome>();
    expectTypeOf<Of<"signup_failed">>().toEqualTypeOf<{ status?: number; reason: string }>();
    expectTypeOf<Of<"social_login_started">>().toEqualTypeOf<{ providerId: string }>();
    expectTypeOf<Of<"verification_sent">>().toEqualTypeOf<{ trigger: "signup" | "resend" }>();
    expectTypeOf<Of<"verification_failed">>().toEqualTypeOf<{ reason: string; status?: number }>();
  });

  test("narrowing on `type` reaches the payload", () => {
    const onEvent = (event: SignupEvent) => {
      if (event.type === "consent_recorded") {
        expectTypeOf(event.record).toEqualTypeOf<ConsentRecord>();
        expectTypeOf(event.posted).toBeBoolean();
      }
      if (event.type === "signup_failed") expectTypeOf(event.reason).toBeString();
    };
    expectTypeOf(onEvent).toExtend<NonNullable<UseSignupFormOptions["onEvent"]>>();
  });
});

test("loadMessages resolves to a complete catalogue for a BCP 47 tag", () => {
  expectTypeOf(loadMessages).parameter(0).toEqualTypeOf<string | undefined>();
  expectTypeOf(loadMessages("fr")).resolves.toEqualTypeOf<Messages>();
});

test("registration catalogues: every string, or the labels only, for a BCP 47 tag", () => {
  expectTypeOf(loadRegistrationMessages).parameter(0).toEqualTypeOf<string | undefined>();
  expectTypeOf(loadRegistrationMessages("de")).resolves.toEqualTypeOf<
    RegistrationMessages | undefined
  >();
  // Unchanged for apps that load the labels; the catalogue fits `messages` either way.
  expectTypeOf(loadRegistrationLabels("de")).resolves.toEqualTypeOf<
    RegistrationLabels | undefined
  >();
  expectTypeOf<RegistrationMessages>().toExtend<RegistrationLabels>();
});
