// What a page with <SignupForm> imports from the published build.
import { SignupForm } from "../../dist/index.js";

console.log(SignupForm);
