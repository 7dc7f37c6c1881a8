// SuperTokens: the email-password recipe's prebuilt sign-up page.
import SuperTokens, { SuperTokensWrapper } from "supertokens-auth-react";
import EmailPassword from "supertokens-auth-react/recipe/emailpassword";
import { EmailPasswordPreBuiltUI } from "supertokens-auth-react/recipe/emailpassword/prebuiltui";
import Session from "supertokens-auth-react/recipe/session";
import { AuthPage } from "supertokens-auth-react/ui";
import { mount } from "../../entries/mount";

SuperTokens.init({
  appInfo: {
    appName: "Bench",
    apiDomain: location.origin,
    websiteDomain: location.origin,
    apiBasePath: "/auth",
    websiteBasePath: "/auth",
  },
  recipeList: [EmailPassword.init(), Session.init()],
});

mount(
  <SuperTokensWrapper>
    <AuthPage preBuiltUIList={[EmailPasswordPreBuiltUI]} isSignUp redirectOnSessionExists={false} />
  </SuperTokensWrapper>,
);
