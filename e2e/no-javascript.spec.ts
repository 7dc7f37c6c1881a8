// No JavaScript: the server-rendered form (renderToString with initialViewModel)
// posts as a plain urlencoded form, and the server answers as the contract says.
import {
  defaultValues,
  expect,
  expectNoAxeViolations,
  ssrOrigin,
  test,
  uniqueEmail,
} from "./support/fixtures";

test.describe("JavaScript disabled", () => {
  test.use({ javaScriptEnabled: false });

  test("the server-rendered form posts without JavaScript and the server creates the account", async ({
    page,
    signup,
    mock,
  }) => {
    await page.goto(`${ssrOrigin}/ssr?consent=0`);
    await signup.expectState("ready");
    await expect(signup.form).toHaveAttribute("method", "post");
    await expect(signup.form).toHaveAttribute("action", "/register");
    await expect(page.locator("script")).toHaveCount(0);
    const email = uniqueEmail("nojs");
    await signup.fill({ ...defaultValues, email });
    const answer = page.waitForResponse((response) => response.request().method() === "POST");
    await signup.submit();
    const response = await answer;
    expect(response.request().headers()["content-type"]).toBe("application/x-www-form-urlencoded");
    // A browser's form post gets express-stormpath 3.2.0's answer: a redirect
    // to the login page that says the account was created.
    expect(response.status()).toBe(302);
    expect(response.headers()["location"]).toBe("/login?status=created");
    const [account] = await mock.accounts();
    expect(account).toMatchObject({
      email,
      givenName: "Ada",
      surname: "Lovelace",
      status: "ENABLED",
    });
    const [post] = await mock.requests("POST");
    expect(post?.contentType).toBe("application/x-www-form-urlencoded");
  });

  test("with the terms checkbox, the plain form also records consent", async ({
    page,
    signup,
    mock,
  }) => {
    // The server declares the consent key: the ticked terms box posts
    // `consent[termsVersion]`, hidden inputs the terms URL and locale (one
    // `consent` object for qs-style parsers); the mock stamps acceptedAt.
    await mock.configure({ consent: { enabled: true } });
    await page.goto(`${ssrOrigin}/ssr`);
    await signup.expectState("ready");
    await expect(signup.form).toHaveAttribute("method", "post");
    await expect(signup.form).toHaveAttribute("action", "/register");
    await expect(page.locator("script")).toHaveCount(0);
    const email = uniqueEmail("nojs");
    await signup.fill({ ...defaultValues, email });
    await signup.acceptTerms();
    const answer = page.waitForResponse((response) => response.request().method() === "POST");
    await signup.submit();
    const response = await answer;
    expect(response.request().headers()["content-type"]).toBe("application/x-www-form-urlencoded");
    // A browser's form post gets express-stormpath 3.2.0's answer: a redirect
    // to the login page that says the account was created.
    expect(response.status()).toBe(302);
    expect(response.headers()["location"]).toBe("/login?status=created");
    const [account] = await mock.accounts();
    expect(account).toMatchObject({
      email,
      givenName: "Ada",
      surname: "Lovelace",
      status: "ENABLED",
    });
    const [post] = await mock.requests("POST");
    expect(post?.contentType).toBe("application/x-www-form-urlencoded");
    const [record] = await mock.consents();
    expect(record).toMatchObject({ termsVersion: "2026-01", locale: "en" });
    expect(record?.termsUrl).toContain("/terms");
  });

  test("without the CSRF token a modern server refuses the plain form with 403", async ({
    page,
    signup,
    mock,
  }) => {
    // The modern style protects the urlencoded form with a CSRF token; the stormpath
    // style, like express-stormpath, checks none (src/mock/node/stormpath-style.node.test.ts).
    await mock.configure({ style: "modern" });
    await page.goto(`${ssrOrigin}/ssr?csrf=0`);
    await signup.fill({ ...defaultValues, email: uniqueEmail("nocsrf") });
    await signup.acceptTerms();
    const answer = page.waitForResponse((response) => response.request().method() === "POST");
    await signup.submit();
    const response = await answer;
    expect(response.status()).toBe(403);
    await expect(page.locator("body")).toContainText(
      "The form has expired or did not come from this site",
    );
    expect(await mock.accounts()).toEqual([]);
  });
});

test.describe("the server-rendered page's markup", () => {
  // axe needs JavaScript to run; the page has no script, so what it scans is
  // exactly what the no-JavaScript visitor gets.
  test.use({ javaScriptEnabled: true, bypassCSP: true });

  test("has no axe violations", async ({ page, signup }) => {
    await page.goto(`${ssrOrigin}/ssr`);
    await signup.expectState("ready");
    await expect(page.locator("script")).toHaveCount(0);
    await expectNoAxeViolations(page, "server-rendered form");
  });
});
