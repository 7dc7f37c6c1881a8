// Happy paths: the default form, every optional known field, every custom field type.
import { defaultValues, expect, test, uniqueEmail } from "./support/fixtures";

test.describe("happy path", () => {
  test("default fields: success view, and the server stores the account and its consent", async ({
    page,
    signup,
    mock,
    axe,
  }) => {
    await signup.goto("/");
    await axe("ready (default fields)");
    await expect(signup.field("First Name")).toHaveAttribute("name", "givenName");
    await expect(signup.socialButtons).toHaveCount(0);
    const email = uniqueEmail();
    await signup.fill({ ...defaultValues, email });
    await signup.acceptTerms();
    await signup.submit();
    await signup.expectSuccess("ENABLED");
    await expect(signup.successTitle).toHaveText("Your account is ready");
    await axe("success ENABLED");

    const accounts = await mock.accounts();
    expect(accounts).toHaveLength(1);
    expect(accounts[0]).toMatchObject({
      email,
      username: email,
      givenName: "Ada",
      surname: "Lovelace",
      status: "ENABLED",
    });
    expect(await mock.consents()).toHaveLength(1);
    const posts = await mock.requests("POST");
    expect(posts).toHaveLength(1);
    expect(posts[0]).toMatchObject({
      status: 200,
      contentType: expect.stringContaining("application/json"),
    });
    // The body is exactly the declared fields plus the consent record under the
    // key the view model declares (`consent`, at the root): nothing else.
    expect(Object.keys(posts[0]?.body as object).sort()).toEqual(
      ["consent", "email", "givenName", "password", "surname"].sort(),
    );
    expect(page.url()).not.toMatch(/password|horse/);
  });

  test("every optional known field (username, middle name, confirm password)", async ({
    signup,
    mock,
    axe,
  }) => {
    await mock.configure({ preset: "all-optional-fields" });
    await signup.goto("/");
    await axe("ready (all optional fields)");
    for (const name of [
      "username",
      "givenName",
      "middleName",
      "surname",
      "email",
      "password",
      "confirmPassword",
    ]) {
      await expect(signup.field(name)).toBeVisible();
    }
    const email = uniqueEmail("optional");
    await signup.fill({
      username: "ada_l",
      givenName: "Ada",
      middleName: "Augusta",
      surname: "King",
      email,
      password: defaultValues.password,
      confirmPassword: "not the same password",
    });
    await signup.acceptTerms();
    await signup.submit();
    await signup.expectFieldError("confirmPassword", "Passwords do not match.");
    await axe("field error (confirm password)");
    expect(await mock.requests("POST")).toHaveLength(0);

    await signup.fill({ confirmPassword: defaultValues.password });
    await signup.submit();
    await signup.expectSuccess("ENABLED");
    const [account] = await mock.accounts();
    expect(account).toMatchObject({
      username: "ada_l",
      givenName: "Ada",
      middleName: "Augusta",
      surname: "King",
      email,
    });
  });

  test("every custom field type, at the root and in customData", async ({ signup, mock, axe }) => {
    // Modern style: it checks select, checkbox, date and number values; a Stormpath server checks none.
    await mock.configure({ preset: "custom-fields", style: "modern" });
    await signup.goto("/");
    await axe("ready (custom fields)");
    await expect(signup.field("Plan")).toHaveJSProperty("tagName", "SELECT");
    await expect(signup.field("phone")).toHaveAttribute("type", "tel");
    await expect(signup.field("customData.birthday")).toHaveAttribute("type", "date");
    await expect(signup.field("customData.website")).toHaveAttribute("type", "url");
    await expect(signup.field("customData.teamSize")).toHaveAttribute("type", "number");
    await expect(signup.field("About you")).toHaveJSProperty("tagName", "TEXTAREA");
    await expect(signup.field("customData.newsletter")).toHaveAttribute("type", "checkbox");
    // A hidden field is not drawn, but it is posted.
    await expect(signup.form.getByLabel("Referrer")).toHaveCount(0);

    const email = uniqueEmail("custom");
    await signup.fill({ ...defaultValues, email });
    await signup.acceptTerms();
    await signup.submit();
    // Required custom fields are checked before anything is sent.
    await signup.expectFieldError("Plan", "Plan required.");
    await signup.expectFieldError("company", "Company required.");
    await expect(signup.field("Plan")).toBeFocused();
    await axe("field errors (custom fields)");
    expect(await mock.requests("POST")).toHaveLength(0);

    await signup.fill({
      "customData.plan": "Team",
      "Send me product news": true,
      phone: "+1 555 0100",
      Birthday: "1815-12-10",
      "customData.website": "https://example.com/ada",
      "Team size": 12,
      "About you": "Analyst.\nFirst programmer.",
      Company: "Analytical Engines Ltd",
    });
    await signup.expectNoFieldError("Plan");
    await signup.submit();
    await signup.expectSuccess("ENABLED");

    const [account] = await mock.accounts();
    expect(account?.email).toBe(email);
    expect(account?.customData).toMatchObject({
      plan: "team",
      newsletter: true,
      birthday: "1815-12-10",
      referrer: "storybook",
      website: "https://example.com/ada",
      about: "Analyst.\nFirst programmer.",
    });
    expect(Number(account?.customData.teamSize)).toBe(12);
    const [post] = await mock.requests("POST");
    expect(post?.body).toMatchObject({
      phone: "+1 555 0100",
      company: "Analytical Engines Ltd",
      // Each field at the root under its configured name, as express-stormpath reads it.
      "customData.plan": "team",
      "customData.website": "https://example.com/ada",
    });
    expect(post?.body).not.toHaveProperty("customData");
  });
});
