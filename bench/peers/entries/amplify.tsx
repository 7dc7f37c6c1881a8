// AWS Amplify UI: the Authenticator opened on its sign-up screen.
import { Authenticator } from "@aws-amplify/ui-react";
import "@aws-amplify/ui-react/styles.css";
import { Amplify } from "aws-amplify";
import { mount } from "../../entries/mount";

Amplify.configure({
  Auth: { Cognito: { userPoolId: "us-east-1_AbCdEfGhI", userPoolClientId: "0123456789abcdefghijklmnop" } },
});

mount(<Authenticator initialState="signUp" />);
