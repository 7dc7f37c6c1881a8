// The one mechanism for optional parts: a component loaded with import() the
// first time it renders (React is external, so lazy/Suspense cost nothing).
import { lazy } from "react";
import type { ComponentType } from "react";

export const lazyPart = <P extends object>(load: () => Promise<ComponentType<P>>) =>
  lazy(() => load().then((part) => ({ default: part })));
