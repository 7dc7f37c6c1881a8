// react-stormpath 2.0.1's own RegistrationForm (React 15.6.2, UMD) against
// `signup-kit-mock --style stormpath`, same origin: the view model loads, the
// signup goes through and react-stormpath's follow-up POST /login succeeds.
import { expect, test, type Page } from "@playwright/test";
import { PASSWORD, freshEmail, origins, report } from "./support";

async function fillAndRegister(page: Page, email: string): Promise<void> {
  const form = page.locator("form");
  await form.locator('input[name="givenName"]').fill("Ada");
  await form.locator('input[name="surname"]').fill("Lovelace");
  await form.locator('input[name="email"]').fill(email);
  await form.locator('input[name="password"]').fill(PASSWORD);
  await page.getByRole("button", { name: "Register" }).click();
}

test.describe("react-stormpath 2.0.1 against signup-kit-mock --style stormpath", () => {
  test("a taken email: RegistrationForm shows the mock's message", async ({ page }) => {
    const email = freshEmail("react-stormpath-taken");
    const first = await page.request.post(`${origins().reactStormpath}/register`, {
      headers: { accept: "application/json" },
      data: { givenName: "Ada", surname: "Lovelace", email, password: PASSWORD },
    });
    expect(first.status()).toBe(200);
    await page.goto(`${origins().reactStormpath}/`);
    await expect(page.locator("form label")).toHaveCount(4);
    await fillAndRegister(page, email);
    await expect(page.locator(".alert-danger")).toContainText(/already exists/i);
    expect((await report(page)).success).toEqual([]);
  });
});
