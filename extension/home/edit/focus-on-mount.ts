import { useEffect, useRef } from 'preact/hooks';

/** A ref whose element takes the focus when it appears, and again whenever `key` changes (the next KR). */
export function useFocusOnMount<T extends HTMLElement>(key?: unknown) {
  const ref = useRef<T>(null);
  useEffect(() => ref.current?.focus(), [key]);
  return ref;
}
