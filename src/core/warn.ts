// Development-only diagnostics. The `process.env.NODE_ENV` comparison is written
// out so bundlers replace it and drop the call in production builds.

/** `true` outside production builds. */
export const isDevelopment = (): boolean => process.env.NODE_ENV !== "production";

/** `console.warn` with the kit's prefix, in development only. Never pass values the person typed. */
export function warn(message: string): void {
  if (process.env.NODE_ENV !== "production") console.warn(`[signup-kit] ${message}`);
}
