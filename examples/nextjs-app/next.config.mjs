/** @type {import("next").NextConfig} */
const config = {
  // The example is built inside a scratch folder by the package test; keep the build self-contained.
  outputFileTracingRoot: import.meta.dirname,
};
export default config;
