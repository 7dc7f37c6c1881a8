/**
 * `signup-kit/testing`: a Playwright page object for `<SignupForm>`, so QA
 * suites depend on roles, labels and view-model names rather than on the
 * markup. `@playwright/test` is an optional peer dependency: only this entry
 * imports it.
 *
 * @packageDocumentation
 */
import { expect } from "@playwright/test";
import type { Locator, Page } from "@playwright/test";

/** A value for {@link SignupFormPage.fill}: text, a checkbox state, or an option of a select/radio group. */
export type SignupFieldValue = string | number | boolean;

/** The states of the form's root element (`data-state`). */
export type SignupFormState = "loading" | "load-error" | "ready" | "submitting" | "success";

/** Options of {@link SignupFormPage}. */
export interface SignupFormPageOptions {
  /**
   * The form's root, when the page holds more than one form or you replaced
   * the default markup's root. Defaults to the first `[data-slot="root"]`.
   */
  root?: Locator;
  /**
   * The text of the required marker inside labels, as your `messages` say it.
   * Labels are matched with or without it. Defaults to `"(required)"`.
   */
  requiredText?: string;
  /** The submit button's label (`messages.submit`). Defaults to `"Create account"`. */
  submitLabel?: string | RegExp;
  /** The retry button's label after a failed load (`messages.retry`). Defaults to `"Try again"`. */
  retryLabel?: string | RegExp;
  /** The social button label (`messages.socialButton`); `{name}` is the name on the button (the provider's, or a SAML store's). Defaults to `"Continue with {name}"`. */
  socialButtonLabel?: string;
  /** The accessible name of the test captcha's checkbox. Defaults to `/human/i` (the mock server's test widget). */
  captchaLabel?: string | RegExp;
}

const SUCCESS_VARIANT: Record<string, string> = { ENABLED: "enabled", UNVERIFIED: "unverified" };

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** A CSS attribute value, quoted: `[name="customData.plan"]`. */
function cssString(text: string): string {
  return `"${text.replace(/["\\]/g, "\\$&")}"`;
}

/**
 * A page object for signup-kit's `<SignupForm>` (and markup built on its
 * `data-slot` hooks), for `@playwright/test`.
 *
 * Fields are found by their visible label or by their name in the view model
 * (the wire name: `email`, `customData.plan`), so a test reads like the form
 * and survives markup changes. Every locator is scoped to the form's root.
 *
 * @example
 * ```ts
 * import { test } from "@playwright/test";
 * import { SignupFormPage } from "signup-kit/testing";
 *
 * test("sign up", async ({ page }) => {
 *   const signup = new SignupFormPage(page);
 *   await signup.goto("/signup");
 *   await signup.fill({ givenName: "Ada", surname: "Lovelace", email: "ada@example.com", password: "correct horse battery" });
 *   await signup.acceptTerms();
 *   await signup.submit();
 *   await signup.expectSuccess("ENABLED");
 * });
 * ```
 */
export class SignupFormPage {
  /** The Playwright page. */
  readonly page: Page;
  /** The form's root element (`data-slot="root"`, carries `data-state`). */
  readonly root: Locator;
  /** The `<form>` element. */
  readonly form: Locator;
  /** The submit button (whatever its label says: "Create account", "Creating your account…"). */
  readonly submitButton: Locator;
  /** The visible rate-limit countdown beside the submit button. */
  readonly countdown: Locator;
  /** The group of social and SAML buttons. */
  readonly socialGroup: Locator;
  /** Every social and SAML button, in the order shown. */
  readonly socialButtons: Locator;
  /** The terms checkbox. */
  readonly termsCheckbox: Locator;
  /** The optional marketing checkbox. */
  readonly marketingCheckbox: Locator;
  /** The consent block (terms checkbox, its label with links, its error). */
  readonly consent: Locator;
  /** The captcha block (`data-slot="captcha"`): the widget and its message. */
  readonly captchaArea: Locator;
  /** The captcha widget's checkbox (the mock server's test widget, or your `captchaLabel`). */
  readonly captcha: Locator;
  /** The message under the captcha (missing, expired, refused, could not load). */
  readonly captchaError: Locator;
  /** The polite form-level live region ("Creating your account…", rate-limit start and end). */
  readonly status: Locator;
  /** The assertive form-level live region (server, network and load errors). */
  readonly formError: Locator;
  /** The loading skeleton's status. */
  readonly loading: Locator;
  /** The "could not load" view. */
  readonly loadError: Locator;
  /** The retry button of the "could not load" view. */
  readonly retryButton: Locator;
  /** The success view shown after a successful signup. */
  readonly successView: Locator;
  /** The success view's heading. */
  readonly successTitle: Locator;

  private readonly options: Required<Omit<SignupFormPageOptions, "root">>;

  constructor(page: Page, options: SignupFormPageOptions = {}) {
    this.page = page;
    this.options = {
      requiredText: options.requiredText ?? "(required)",
      submitLabel: options.submitLabel ?? "Create account",
      retryLabel: options.retryLabel ?? "Try again",
      socialButtonLabel: options.socialButtonLabel ?? "Continue with {name}",
      captchaLabel: options.captchaLabel ?? /human/i,
    };
    this.root = options.root ?? page.locator('[data-slot="root"]').first();
    this.form = this.root.locator("form");
    this.submitButton = this.form.locator('button[type="submit"]');
    this.countdown = this.root.locator('[data-slot="countdown"]');
    this.socialGroup = this.root.locator('[data-slot="social"]');
    this.socialButtons = this.socialGroup.getByRole("button");
    this.consent = this.root.locator('[data-slot="checkbox"][data-kind="terms"]');
    this.termsCheckbox = this.consent.getByRole("checkbox");
    this.marketingCheckbox = this.root
      .locator('[data-slot="checkbox"][data-kind="marketing"]')
      .getByRole("checkbox");
    this.captchaArea = this.root.locator('[data-slot="captcha"]');
    this.captcha = this.captchaArea.getByRole("checkbox", { name: this.options.captchaLabel });
    this.captchaError = this.captchaArea.locator('[data-slot="field-error"]');
    this.status = this.root.locator('[data-slot="status"]');
    this.formError = this.root.locator('[data-slot="form-error"]');
    this.loading = this.root.locator('[data-slot="loading"]');
    this.loadError = this.root.locator('[data-slot="load-error"]');
    this.retryButton = this.loadError.getByRole("button", { name: this.options.retryLabel });
    this.successView = this.root.locator('[data-slot="success-view"]');
    this.successTitle = this.successView.getByRole("heading");
  }

  /** Opens `url` and waits until the form is ready (the view model has loaded). */
  async goto(url: string): Promise<void> {
    await this.page.goto(url);
    await this.waitForReady();
  }

  /** Waits until the form is drawn and accepts input (`data-state="ready"`). */
  async waitForReady(): Promise<void> {
    await this.expectState("ready");
  }

  /** Asserts the form's state (`data-state` on the root). */
  async expectState(state: SignupFormState): Promise<void> {
    await expect(this.root).toHaveAttribute("data-state", state);
  }

  /**
   * The control of one field, by its name in the view model (`email`,
   * `customData.plan`) or by its visible label (`"Email"`, with or without the
   * required marker). For a radio group, the group's radios.
   */
  field(nameOrLabel: string): Locator {
    return this.control(this.form, nameOrLabel);
  }

  /** The wrapper of one field (`data-slot="field"` or `"checkbox"`): label, control, help text and error. */
  fieldWrapper(nameOrLabel: string): Locator {
    // `has` is matched inside each wrapper, so the inner locator starts from the page.
    return this.form
      .locator('[data-slot="field"], [data-slot="checkbox"]')
      .filter({ has: this.control(this.page, nameOrLabel) });
  }

  private control(scope: Locator | Page, nameOrLabel: string): Locator {
    const label = new RegExp(
      `^\\s*${escapeRegExp(nameOrLabel)}(\\s*${escapeRegExp(this.options.requiredText)})?\\s*$`,
    );
    return scope
      .locator(`[name=${cssString(nameOrLabel)}]:not([type="hidden"])`)
      .or(scope.getByLabel(label));
  }

  /** The error message shown for one field. */
  fieldError(nameOrLabel: string): Locator {
    return this.fieldWrapper(nameOrLabel).locator('[data-slot="field-error"]');
  }

  /** The error message under the terms checkbox. */
  get termsError(): Locator {
    return this.consent.locator('[data-slot="field-error"]');
  }

  /**
   * A social or SAML button by the name it shows: the provider's (`"Google"`),
   * a SAML store's (`"Company SSO"`), or, where two stores share a provider,
   * the store's (`"Google Workspace"`) or both (`"Google (Employees)"`).
   */
  socialButton(name: string): Locator {
    const label = this.options.socialButtonLabel.replace("{name}", name);
    return this.socialGroup.getByRole("button", { name: label, exact: true });
  }

  /** The show/hide toggle of a password field. */
  passwordToggle(nameOrLabel = "password"): Locator {
    return this.fieldWrapper(nameOrLabel).locator('[data-slot="password-toggle"]');
  }

  /**
   * Fills fields by view-model name or label. Strings fill text-like inputs,
   * pick the option (by value or label) of a select or radio group; booleans
   * check or uncheck a checkbox; numbers are typed as text.
   */
  async fill(values: Record<string, SignupFieldValue>): Promise<void> {
    for (const [key, value] of Object.entries(values)) {
      const control = this.field(key);
      const first = control.first();
      const kind = await first.evaluate((element) =>
        element instanceof HTMLSelectElement
          ? "select"
          : element instanceof HTMLInputElement &&
              (element.type === "checkbox" || element.type === "radio")
            ? element.type
            : "text",
      );
      if (kind === "checkbox") {
        await first.setChecked(value === true || value === "true" || value === "on");
      } else if (kind === "select") {
        const wanted = String(value);
        const values = await first
          .locator("option")
          .evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));
        await first.selectOption(values.includes(wanted) ? { value: wanted } : { label: wanted });
      } else if (kind === "radio") {
        const wanted = String(value);
        const radios = this.fieldWrapper(key).getByRole("radio");
        const byValue = radios.and(this.form.locator(`[value=${cssString(wanted)}]`));
        await (
          (await byValue.count()) > 0
            ? byValue
            : radios.and(this.form.getByLabel(wanted, { exact: true }))
        ).check();
      } else {
        await first.fill(String(value));
      }
    }
  }

  /** Ticks the terms checkbox. */
  async acceptTerms(): Promise<void> {
    await this.termsCheckbox.check();
  }

  /** Ticks (or unticks) the optional marketing checkbox. */
  async setMarketing(checked: boolean): Promise<void> {
    await this.marketingCheckbox.setChecked(checked);
  }

  /**
   * Solves the hCaptcha test widget served by signup-kit's mock server
   * (`/__mock/hcaptcha/api.js`): clicks its checkbox and waits until it is checked.
   * With the real hCaptcha test site key, hCaptcha solves it on click as well.
   */
  async solveTestCaptcha(): Promise<void> {
    await this.captcha.click();
    await expect(this.captcha).toHaveAttribute("aria-checked", "true");
  }

  /** Clicks the submit button. Does not wait for the answer: follow with an `expect…`. */
  async submit(): Promise<void> {
    await this.submitButton.click();
  }

  /**
   * Asserts that one field shows an error: the message (a substring, or a
   * pattern), `aria-invalid="true"` on the control, and the message being part
   * of the control's accessible description.
   */
  async expectFieldError(nameOrLabel: string, text: string | RegExp): Promise<void> {
    const error = this.fieldError(nameOrLabel);
    await expect(error).toBeVisible();
    await expect(error).toContainText(text);
    const control = this.field(nameOrLabel).first();
    await expect(control).toHaveAttribute("aria-invalid", "true");
    await expect(control).toHaveAccessibleDescription(
      typeof text === "string" ? new RegExp(escapeRegExp(text)) : text,
    );
  }

  /** Asserts that a field shows no error. */
  async expectNoFieldError(nameOrLabel: string): Promise<void> {
    await expect(this.fieldError(nameOrLabel)).toHaveCount(0);
    await expect(this.field(nameOrLabel).first()).not.toHaveAttribute("aria-invalid", "true");
  }

  /** Asserts the form-level error (the assertive live region) says `text`. */
  async expectFormError(text: string | RegExp): Promise<void> {
    await expect(this.formError).toContainText(text);
  }

  /**
   * Asserts the success view for an account status: `"ENABLED"` ("Your account
   * is ready"), `"UNVERIFIED"` ("Check your email…"), or any other status (pending).
   * Also checks that the view has focus, so keyboard users land on it.
   */
  async expectSuccess(status: string): Promise<void> {
    await this.expectState("success");
    await expect(this.successView).toHaveAttribute(
      "data-variant",
      SUCCESS_VARIANT[status] ?? "pending",
    );
    await expect(this.successTitle).toBeVisible();
    await expect(this.root.locator('[data-slot="success"]')).toBeFocused();
  }

  /** The current values of the named fields, as the page holds them (checkboxes as booleans). */
  async values(names: string[]): Promise<Record<string, string | boolean>> {
    const out: Record<string, string | boolean> = {};
    for (const name of names) {
      const first = this.field(name).first();
      out[name] = await first.evaluate((element) =>
        element instanceof HTMLInputElement && element.type === "checkbox"
          ? element.checked
          : (element as HTMLInputElement).value,
      );
    }
    return out;
  }
}
