// Stytch: the prebuilt login/sign-up UI with the passwords product.
import { createStytchClient, Products, StytchLogin, StytchProvider } from "@stytch/react";
import { mount } from "../../entries/mount";

const stytch = createStytchClient("public-token-test-00000000-0000-0000-0000-000000000000");

mount(
  <StytchProvider stytch={stytch}>
    <StytchLogin config={{ products: [Products.passwords] }} />
  </StytchProvider>,
);
