// The success views: ENABLED (Stormpath 200, modern 201) and UNVERIFIED.
import { defaultValues, expect, test, uniqueEmail } from "./support/fixtures";

test("UNVERIFIED: check your email, and the server stores an unverified account", async ({
  signup,
  mock,
  axe,
}) => {
  await mock.configure({ preset: "email-verification" });
  await signup.goto("/");
  const email = uniqueEmail("verify");
  await signup.fill({ ...defaultValues, email });
  await signup.acceptTerms();
  await signup.submit();
  await signup.expectSuccess("UNVERIFIED");
  await expect(signup.successTitle).toHaveText("Check your email to verify your account");
  await expect(signup.successView).toContainText(email);
  await axe("success UNVERIFIED");
  const [account] = await mock.accounts();
  expect(account).toMatchObject({ email, status: "UNVERIFIED" });
});

test("ENABLED with the modern style: 201 Created with a Location", async ({
  page,
  signup,
  mock,
}) => {
  await mock.configure({ preset: "modern" });
  await signup.goto("/");
  const email = uniqueEmail("modern");
  await signup.fill({ ...defaultValues, email });
  await signup.acceptTerms();
  const answer = page.waitForResponse((response) => response.request().method() === "POST");
  await signup.submit();
  const response = await answer;
  expect(response.status()).toBe(201);
  await signup.expectSuccess("ENABLED");
  const [account] = await mock.accounts();
  expect(response.headers().location).toBe(account?.href);
  expect(account).toMatchObject({ email, status: "ENABLED" });
});
