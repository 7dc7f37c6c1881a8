// Keyboard only: Tab order, Space on checkboxes, Enter to submit. No mouse anywhere.
import type { Page } from "@playwright/test";
import { defaultValues, expect, test, uniqueEmail } from "./support/fixtures";

/** What has focus, as a short stable name: the control's name, or its data-slot. */
async function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return "body";
    return (
      element.getAttribute("name") ??
      element.getAttribute("data-slot") ??
      `${element.tagName.toLowerCase()}:${element.textContent?.trim() ?? ""}`
    );
  });
}

test("keyboard only: Tab order, Space, Enter, and focus on the result", async ({
  page,
  signup,
  mock,
  axe,
}) => {
  // The server declares the consent key, so the terms boxes post it without JavaScript.
  await mock.configure({ preset: "providers-1", consent: { enabled: true } });
  await signup.goto("/");
  // Start from the document, as a keyboard user arriving on the page.
  await page.locator("body").focus();
  const order: string[] = [];
  for (let i = 0; i < 11; i++) {
    await page.keyboard.press("Tab");
    order.push(await focused(page));
  }
  expect(order).toEqual([
    "social-button",
    "givenName",
    "surname",
    "email",
    "password",
    "password-toggle",
    // The terms box posts its version without JavaScript (no-javascript.spec.ts).
    "consent[termsVersion]",
    "terms-link",
    "privacy-link",
    "consent[marketing]",
    "submit",
  ]);

  // Back to the first field with Shift+Tab, then fill everything by keyboard.
  for (let i = 0; i < 9; i++) await page.keyboard.press("Shift+Tab");
  await expect(signup.field("givenName")).toBeFocused();
  const email = uniqueEmail("keyboard");
  await page.keyboard.type(defaultValues.givenName);
  await page.keyboard.press("Tab");
  await page.keyboard.type(defaultValues.surname);
  await page.keyboard.press("Tab");
  await page.keyboard.type(email);
  await page.keyboard.press("Tab");
  await page.keyboard.type(defaultValues.password);
  // The show-password toggle works with Space and keeps the value.
  await page.keyboard.press("Tab");
  await page.keyboard.press("Space");
  await expect(signup.passwordToggle()).toHaveAttribute("aria-pressed", "true");
  await expect(signup.field("password")).toHaveAttribute("type", "text");
  await expect(signup.field("password")).toHaveValue(defaultValues.password);
  await page.keyboard.press("Space");
  await expect(signup.field("password")).toHaveAttribute("type", "password");

  // Enter without the terms: nothing is sent, focus lands on the terms checkbox.
  await page.keyboard.press("Shift+Tab");
  await page.keyboard.press("Enter");
  await expect(signup.termsError).toHaveText("Please accept the terms to create your account.");
  await expect(signup.termsCheckbox).toBeFocused();
  await axe("terms not accepted");
  expect(await mock.requests("POST")).toHaveLength(0);

  await page.keyboard.press("Space");
  await expect(signup.termsCheckbox).toBeChecked();
  await expect(signup.termsError).toHaveCount(0);
  // Tab to the submit button (past the two links and marketing) and press Enter.
  for (let i = 0; i < 4; i++) await page.keyboard.press("Tab");
  await expect(signup.submitButton).toBeFocused();
  await page.keyboard.press("Enter");
  await signup.expectSuccess("ENABLED");
  expect((await mock.accounts()).map((account) => account.email)).toEqual([email]);
});
