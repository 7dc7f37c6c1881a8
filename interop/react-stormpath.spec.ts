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
  test("RegistrationForm loads the view model, signs up, and its POST /login succeeds", async ({
    page,
  }) => {
    const calls: string[] = [];
    page.on("response", (response) => {
      const url = new URL(response.url());
      if (["/register", "/login", "/me"].includes(url.pathname))
        calls.push(`${response.request().method()} ${url.pathname} ${response.status()}`);
    });
    await page.goto(`${origins().reactStormpath}/`);
    // The fields come from the mock's view model (labels and order).
    await expect(page.locator("form label")).toHaveText([
      "First Name",
      "Last Name",
      "Email",
      "Password",
    ]);

    const email = freshEmail("react-stormpath");
    await fillAndRegister(page, email);
    await expect
      .poll(async () => {
        const { success, errors } = await report(page);
        return success.length + errors.length;
      })
      .toBeGreaterThan(0);
    const { success, errors } = await report(page);
    expect(errors).toEqual([]);
    expect(success[0]).toMatchObject({ status: "ENABLED", email });
    expect(calls).toEqual(
      expect.arrayContaining(["GET /register 200", "POST /register 200", "POST /login 200"]),
    );

    // The session react-stormpath now holds is the new account's.
    const me = await page.request.get(`${origins().reactStormpath}/me`, {
      headers: { accept: "application/json" },
    });
    expect(me.status()).toBe(200);
    expect(((await me.json()) as { account: { email: string } }).account.email).toBe(email);
  });

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
