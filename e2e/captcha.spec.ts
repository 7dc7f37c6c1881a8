// hCaptcha in real Chromium: the demo's <SignupForm> with the
// official @hcaptcha/react-hcaptcha wrapper, loading the mock server's
// hCaptcha-compatible test script (`/__mock/hcaptcha/1/api.js`), against the
// standalone mock with captcha verification on (single-use tokens).
import type { Page, Request } from "@playwright/test";
import { defaultValues, expect, test, uniqueEmail } from "./support/fixtures";
import type { MockAdmin } from "./support/fixtures";
import type { SignupFormPage } from "../src/testing";

const messages = {
  required: "Please complete the captcha.",
  expired: "The captcha expired. Please complete it again.",
  loadFailed:
    "The captcha could not load. Check your connection or disable content blockers for this page, then try again.",
  closed: "The captcha was closed before it was completed.",
  error: "The captcha ran into a problem. Please try again.",
};

interface TestHooks {
  expire(): void;
  close(): void;
  isOpen(): boolean;
  setManual(value: boolean): void;
  tokens(): string[];
  widgets(): string[];
}
declare global {
  interface Window {
    __hcaptchaTest?: TestHooks;
  }
}

/** The captcha area and its message, as the kit renders them. */
function captchaArea(page: Page) {
  const slot = page.locator('[data-slot="captcha"]');
  return {
    group: slot.getByRole("group", { name: "Human verification" }),
    message: slot.locator('[data-slot="captcha-message"]'),
  };
}

/** Records the captcha token of every POST /register the page sends. */
function sentTokens(page: Page): string[] {
  const tokens: string[] = [];
  page.on("request", (request: Request) => {
    if (request.method() !== "POST" || !new URL(request.url()).pathname.endsWith("/register"))
      return;
    const body = request.postDataJSON() as { captchaToken?: string } | null;
    tokens.push(body?.captchaToken ?? "(none)");
  });
  return tokens;
}

async function issuedTokens(page: Page): Promise<string[]> {
  return page.evaluate(() => window.__hcaptchaTest?.tokens() ?? []);
}

async function openForm(page: Page, signup: SignupFormPage, mock: MockAdmin, query: string) {
  await mock.configure({ preset: "captcha" });
  await signup.goto(`/?${query}`);
  await page.waitForFunction(() => Boolean(window.__hcaptchaTest));
  await signup.fill({ ...defaultValues, email: uniqueEmail("captcha") });
  await signup.acceptTerms();
}

test.describe("captcha (hCaptcha test script from the mock server)", () => {
  test("visible: no token, no POST and a message at the widget; solve, then submit", async ({
    page,
    signup,
    mock,
    axe,
  }) => {
    const sent = sentTokens(page);
    await openForm(page, signup, mock, "captcha=normal");
    // StrictMode mounts twice: exactly one widget is left.
    await expect(page.locator(".hcaptcha-mock")).toHaveCount(1);
    expect(await page.evaluate(() => window.__hcaptchaTest?.widgets().length)).toBe(1);

    const area = captchaArea(page);
    await signup.submit();
    await expect(area.message).toHaveText(messages.required);
    await expect(area.group).toBeFocused();
    await expect(area.group).toHaveAccessibleDescription(messages.required);
    await expect(signup.formError).toBeEmpty();
    await axe("captcha required");
    expect(await mock.requests("POST")).toHaveLength(0);

    await signup.solveTestCaptcha();
    await expect(area.message).toBeEmpty();
    await signup.submit();
    await signup.expectSuccess("ENABLED");
    const posts = await mock.requests("POST");
    expect(posts).toHaveLength(1);
    expect(posts[0]?.status).toBe(200);
    // The mock redacts tokens in its log; the page sent the one the widget issued.
    expect(posts[0]?.body).toMatchObject({ captchaToken: "[redacted]" });
    expect(sent).toEqual(await issuedTokens(page));
    expect(sent).toHaveLength(1);
  });

  test("invisible: submit runs the challenge and posts its token", async ({
    page,
    signup,
    mock,
  }) => {
    const sent = sentTokens(page);
    await openForm(page, signup, mock, "captcha=invisible");
    await expect(signup.captcha).toHaveCount(0);
    await signup.submit();
    await signup.expectSuccess("ENABLED");
    expect(await mock.requests("POST")).toHaveLength(1);
    const issued = await issuedTokens(page);
    expect(issued).toHaveLength(1);
    expect(sent).toEqual(issued);
  });

  test("invisible: closing the challenge goes back to idle with a message; the next submit works", async ({
    page,
    signup,
    mock,
  }) => {
    await openForm(page, signup, mock, "captcha=invisible");
    await page.evaluate(() => window.__hcaptchaTest?.setManual(true));
    await signup.submit();
    // The challenge opens once the submit has run the form's checks.
    await page.waitForFunction(() => window.__hcaptchaTest?.isOpen() === true);
    await page.evaluate(() => window.__hcaptchaTest?.close());
    await expect(captchaArea(page).message).toHaveText(messages.closed);
    await signup.expectState("ready");
    await expect(signup.submitButton).toBeEnabled();
    expect(await mock.requests("POST")).toHaveLength(0);

    await page.evaluate(() => window.__hcaptchaTest?.setManual(false));
    await signup.submit();
    await signup.expectSuccess("ENABLED");
    expect(await mock.requests("POST")).toHaveLength(1);
  });

  test("invisible: a challenge that never answers times out with a message", async ({
    page,
    signup,
    mock,
  }) => {
    await openForm(page, signup, mock, "captcha=invisible&captchaTimeout=1500");
    await page.evaluate(() => window.__hcaptchaTest?.setManual(true));
    await signup.submit();
    await expect(captchaArea(page).message).toHaveText(messages.error);
    await signup.expectState("ready");
    expect(await mock.requests("POST")).toHaveLength(0);
  });

  test("a failed POST resets the widget: the second POST carries a new token the server accepts", async ({
    page,
    signup,
    mock,
  }) => {
    const sent = sentTokens(page);
    await openForm(page, signup, mock, "captcha=normal");
    await mock.scenario({ name: "server-error", times: 1, target: "POST" });
    await signup.solveTestCaptcha();
    await signup.submit();
    await signup.expectFormError("Something went wrong on our side");
    // Reset: unchecked again, and submitting without solving sends nothing.
    await expect(signup.captcha).toHaveAttribute("aria-checked", "false");
    await signup.submit();
    await expect(captchaArea(page).message).toHaveText(messages.required);
    expect(await mock.requests("POST")).toHaveLength(1);

    await signup.solveTestCaptcha();
    await signup.submit();
    await signup.expectSuccess("ENABLED");
    const posts = await mock.requests("POST");
    expect(posts.map((post) => post.status)).toEqual([500, 200]);
    // Two POSTs, two different tokens, both issued by the widget; the mock's
    // tokens are single-use, so the 200 also proves the server saw a fresh one.
    expect(sent).toHaveLength(2);
    expect(new Set(sent).size).toBe(2);
    expect(sent).toEqual(await issuedTokens(page));
  });

  test("invisible: a failed POST runs a new challenge on the next submit", async ({
    page,
    signup,
    mock,
  }) => {
    const sent = sentTokens(page);
    await openForm(page, signup, mock, "captcha=invisible");
    await mock.scenario({ name: "server-error", times: 1, target: "POST" });
    await signup.submit();
    await signup.expectFormError("Something went wrong on our side");
    await signup.submit();
    await signup.expectSuccess("ENABLED");
    expect((await mock.requests("POST")).map((post) => post.status)).toEqual([500, 200]);
    expect(sent).toHaveLength(2);
    expect(new Set(sent).size).toBe(2);
  });

  test("expiry clears the token and tells the person; a new solve is needed", async ({
    page,
    signup,
    mock,
  }) => {
    await openForm(page, signup, mock, "captcha=normal");
    await signup.solveTestCaptcha();
    await page.evaluate(() => window.__hcaptchaTest?.expire());
    const area = captchaArea(page);
    await expect(area.message).toHaveText(messages.expired);
    await expect(signup.captcha).toHaveAttribute("aria-checked", "false");
    await signup.submit();
    await expect(area.group).toBeFocused();
    await expect(area.message).toHaveText(messages.expired);
    expect(await mock.requests("POST")).toHaveLength(0);

    await signup.solveTestCaptcha();
    await signup.submit();
    await signup.expectSuccess("ENABLED");
  });

  test("a blocked script: an actionable message, values kept, nothing submitted; retry recovers", async ({
    page,
    signup,
    mock,
    axe,
  }) => {
    await mock.configure({ preset: "captcha" });
    await page.route("**/__mock/hcaptcha/**", (route) => route.abort());
    await signup.goto("/?captcha=normal");
    const email = uniqueEmail("blocked");
    await signup.fill({ ...defaultValues, email });
    await signup.acceptTerms();
    const area = captchaArea(page);
    // The wrapper retries the script twice, a second apart, before it gives up.
    await expect(area.message).toHaveText(messages.loadFailed, { timeout: 15_000 });
    await signup.submit();
    await expect(area.message).toHaveText(messages.loadFailed);
    await expect(area.group).toBeFocused();
    expect(await mock.requests("POST")).toHaveLength(0);
    expect(await signup.values(["email", "givenName", "password"])).toEqual({
      email,
      givenName: defaultValues.givenName,
      password: defaultValues.password,
    });
    await axe("captcha script blocked");

    await page.unroute("**/__mock/hcaptcha/**");
    await area.group.getByRole("button", { name: "Try again" }).click();
    await signup.solveTestCaptcha();
    await expect(area.message).toBeEmpty();
    await signup.submit();
    await signup.expectSuccess("ENABLED");
    expect(await mock.requests("POST")).toHaveLength(1);
  });
});
