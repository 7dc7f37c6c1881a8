// The latest value of something a callback or effect reads without restarting
// (the app's options, the resolved messages). Written after render, never
// during it: a render that React throws away leaves the ref alone.
import { useEffect, useLayoutEffect, useRef } from "react";
import type { RefObject } from "react";

// Layout effects run before any effect and any event handler can read the ref;
// on the server there are none, and useEffect stays quiet there.
const useCommitEffect = typeof document !== "undefined" ? useLayoutEffect : useEffect;

/** A ref that holds `value` as of the last committed render. */
export function useLatest<T>(value: T): RefObject<T> {
  const ref = useRef(value);
  useCommitEffect(() => {
    ref.current = value;
  });
  return ref;
}
