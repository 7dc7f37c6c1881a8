// Clerk: the SignUp component. The React package is a loader: the UI itself
// (clerk-js) is fetched from Clerk's CDN at run time.
import { ClerkProvider, SignUp } from "@clerk/clerk-react";
import { mount } from "../../entries/mount";

mount(
  <ClerkProvider publishableKey="pk_test_ZXhhbXBsZS5jbGVyay5hY2NvdW50cy5kZXYk">
    <SignUp />
  </ClerkProvider>,
);
