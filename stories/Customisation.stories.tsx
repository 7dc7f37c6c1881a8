import type { Meta, StoryContext, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, waitFor, within } from "storybook/test";
import {
  SignupForm,
  SocialButton,
  useSignupForm,
  type NormalizedField,
  type SignupFormProps,
  type SocialButtonProps,
  type SubmitButtonProps,
  type UseSignupFormReturn,
} from "../src";
import { formReady, formRoot, renderForm, submit } from "./support/form";
import { mock, posts, storyMock } from "./support/mock";

/** Making the form yours: CSS variables, replaced parts, your own markup, direction, dark mode. */
const meta = {
  title: "Customisation/Theme, parts and markup",
  component: SignupForm,
  render: renderForm,
  argTypes: {
    endpoint: { control: false, description: "Set by the story: its own mock backend." },
  },
} satisfies Meta<typeof SignupForm>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * A brand palette: every value is a `--sk-*` variable, no other CSS. The
 * variables go on the form's own element (here through `className`): the
 * theme declares its defaults on `.sk-root`, so values set only on an ancestor
 * element are shadowed there.
 */
const brandTheme = `
.brand-signup {
  --sk-font: Georgia, "Times New Roman", serif;
  --sk-radius: 0;
  --sk-space: 1.25rem;
  --sk-color-bg: #fffbf5;
  --sk-color-text: #1c1917;
  --sk-color-muted: #57534e;
  --sk-color-border: #78716c;
  --sk-color-accent: #6d28d9;
  --sk-color-accent-text: #ffffff;
  --sk-color-focus: #6d28d9;
  --sk-focus-width: 4px;
}`;

/** A custom theme from CSS variables only (see the Theming page for every variable). */
export const CustomTheme: Story = {
  args: { className: "brand-signup" },
  loaders: [mock({ preset: "providers-1" })],
  render: (args, context) => (
    <>
      <style>{brandTheme}</style>
      {renderForm(args, context)}
    </>
  ),
  play: async ({ canvasElement }) => {
    const canvas = await formReady(canvasElement);
    const submitButton = canvas.getByRole("button", { name: "Create account" });
    await expect(getComputedStyle(submitButton).backgroundColor).toBe("rgb(109, 40, 217)");
    await expect(getComputedStyle(formRoot(canvasElement)).fontFamily).toMatch(/Georgia/);
  },
};

/** The submit button from the docs' component-map example: a wrapper of your own. */
function BrandButton({
  label,
  submitting,
  retryAfter,
  countdownText,
  countdownId,
}: SubmitButtonProps) {
  return (
    <>
      <button
        type="submit"
        className="brand-button"
        style={{ borderRadius: "999px", fontWeight: 700 }}
        disabled={retryAfter > 0}
        aria-disabled={submitting || undefined}
        aria-describedby={retryAfter > 0 ? countdownId : undefined}
        data-slot="submit"
      >
        {label} →
      </button>
      {retryAfter > 0 ? <p id={countdownId}>{countdownText}</p> : null}
    </>
  );
}

/** A default part wrapped: the stock social button with a provider badge before it. */
function BadgedSocialButton(props: SocialButtonProps) {
  return (
    <div style={{ display: "flex", gap: "0.5rem", alignItems: "center" }}>
      <span aria-hidden="true" style={{ fontWeight: 700, minInlineSize: "1.5rem" }}>
        {props.store.providerId.slice(0, 2).toUpperCase()}
      </span>
      <SocialButton {...props} />
    </div>
  );
}

const replaced: SignupFormProps["components"] = {
  SubmitButton: BrandButton,
  SocialButton: BadgedSocialButton,
};

/** Replaced parts through the component map (`components`), merged key by key over the defaults. */
export const ReplacedComponents: Story = {
  args: { components: replaced },
  loaders: [mock({ preset: "providers-3" })],
  play: async (context) => {
    const { canvasElement } = context;
    const canvas = within(canvasElement);
    const button = await canvas.findByRole("button", { name: "Create account →" });
    await expect(button).toHaveClass("brand-button");
    await expect(canvas.getAllByText("GO")).toHaveLength(1);
    const user = userEvent.setup();
    await user.type(canvas.getByLabelText(/First Name/), "Ada");
    await user.type(canvas.getByLabelText(/Last Name/), "Lovelace");
    await user.type(canvas.getByLabelText(/^Email/), "ada@example.com");
    await user.type(
      canvas.getByLabelText(/^Password/, { selector: "input" }),
      "correct horse battery staple",
    );
    await user.click(button);
    await expect(await canvas.findByText("Your account is ready")).toBeVisible();
    await expect(posts(context)).toHaveLength(1);
  },
};

/** One field of the headless form: subscribes to this field only. */
function MyField({ form, field }: { form: UseSignupFormReturn; field: NormalizedField }) {
  const { inputProps, labelProps, label, required, error, errorId } = form.useField(field);
  return (
    <p style={{ display: "grid", gap: "0.25rem" }}>
      <label {...labelProps}>
        {label}
        {required ? " (required)" : ""}
      </label>
      <input {...inputProps} type={field.kind === "password" ? "password" : inputProps.type} />
      {error ? (
        <span id={errorId} style={{ color: "#b3261e" }}>
          {error}
        </span>
      ) : null}
    </p>
  );
}

/** The docs' headless example: `useSignupForm()` with markup of your own, no theme. */
function MySignup({ endpoint }: { endpoint: string }) {
  const form = useSignupForm({ endpoint, consent: { version: "2026-01", url: "/terms" } });
  if (form.state === "loading") return <p role="status">Loading…</p>;
  if (form.state === "load-error") {
    return (
      <p>
        {form.loadError?.message}{" "}
        <button type="button" onClick={form.reload}>
          Retry
        </button>
      </p>
    );
  }
  if (form.state === "success") return <h2>Welcome, {form.result?.account.givenName}</h2>;
  const terms = form.consent.terms;
  return (
    <form {...form.getFormProps()} style={{ fontFamily: "monospace", maxInlineSize: "24rem" }}>
      {form.fields
        .filter((field) => field.visible)
        .map((field) => (
          <MyField key={field.key} form={form} field={field} />
        ))}
      {form.consent.enabled ? (
        <p>
          <label>
            <input {...terms.inputProps} /> I accept the <a href={form.consent.termsUrl}>terms</a>
          </label>
          {terms.error ? <span id={terms.errorId}> {terms.error}</span> : null}
        </p>
      ) : null}
      <button
        type="submit"
        disabled={form.retryAfter > 0}
        aria-disabled={form.submitting || undefined}
      >
        {form.retryAfter > 0 ? `Try again in ${form.retryAfter} s` : "Sign me up"}
      </button>
      <div role="status">{form.statusMessage}</div>
      <div role="alert">{form.formError}</div>
    </form>
  );
}

/** Headless: the same behaviour through `useSignupForm()`, drawn by your own markup. */
export const Headless: Story = {
  // The mock declares the consent key, as a server configured to record consent does.
  loaders: [mock({ preset: "minimal", config: { consent: { enabled: true } } })],
  render: (_args, context: StoryContext) => <MySignup endpoint={storyMock(context).endpoint} />,
  parameters: { controls: { disable: true } },
  play: async (context) => {
    const { canvasElement } = context;
    const canvas = within(canvasElement);
    const user = userEvent.setup();
    const signUp = await canvas.findByRole("button", { name: "Sign me up" });
    await user.click(signUp);
    await waitFor(() => expect(canvas.getByLabelText(/^Email/)).toHaveFocus());
    await user.type(canvas.getByLabelText(/^Email/), "grace@example.com");
    await user.type(canvas.getByLabelText(/^Password/), "correct horse battery staple");
    await user.click(canvas.getByRole("checkbox", { name: /I accept the terms/ }));
    await user.click(signUp);
    await expect(await canvas.findByRole("heading", { name: /Welcome/ })).toBeVisible();
    await expect(posts(context)[0]?.body).toMatchObject({
      email: "grace@example.com",
      consent: { termsVersion: "2026-01" },
    });
  },
};

/**
 * Right to left (`dir="rtl"`, `lang="ar"` from the toolbar globals). Labels come
 * from the mock's configuration; the `messages` here override a few of the
 * kit's own strings on top of the shipped Arabic catalogue, as an app would.
 * Email and password stay left to right.
 */
export const RightToLeft: Story = {
  globals: { locale: "ar", direction: "rtl" },
  args: {
    messages: {
      submit: "إنشاء حساب",
      requiredMarker: "(مطلوب)",
      showPassword: "إظهار كلمة المرور",
      hidePassword: "إخفاء كلمة المرور",
      required: "{label} مطلوب.",
    },
  },
  loaders: [
    mock({
      preset: "providers-1",
      config: {
        fields: {
          givenName: { label: "الاسم الأول" },
          surname: { label: "اسم العائلة" },
          email: { label: "البريد الإلكتروني" },
          password: { label: "كلمة المرور" },
        },
      },
    }),
  ],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const submitButton = await canvas.findByRole("button", { name: "إنشاء حساب" });
    await expect(getComputedStyle(formRoot(canvasElement)).direction).toBe("rtl");
    await expect(canvas.getByLabelText(/^البريد الإلكتروني/)).toHaveAttribute("dir", "ltr");
    await expect(canvas.getByLabelText(/^كلمة المرور/, { selector: "input" })).toHaveAttribute(
      "dir",
      "ltr",
    );
    await userEvent.click(submitButton);
    await expect(await canvas.findByText("الاسم الأول مطلوب.")).toBeVisible();
  },
};

/**
 * Dark mode (`theme="dark"`, from the toolbar), with field errors showing, so
 * axe checks the dark error colours too.
 */
export const DarkMode: Story = {
  globals: { theme: "dark" },
  loaders: [mock({ preset: "providers-3" })],
  play: async ({ canvasElement }) => {
    const canvas = await formReady(canvasElement);
    const root = formRoot(canvasElement);
    await expect(root).toHaveAttribute("data-theme", "dark");
    await expect(getComputedStyle(root).backgroundColor).toBe("rgb(18, 18, 18)");
    await submit(canvasElement);
    // The submit code loads on first use, so the errors appear a moment after the click.
    await waitFor(() =>
      expect(canvas.getByLabelText(/First Name/)).toHaveAttribute("aria-invalid", "true"),
    );
  },
};
