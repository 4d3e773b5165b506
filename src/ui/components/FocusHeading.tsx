import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { shouldMoveFocus } from '../focus';

/**
 * The main heading of a screen. It takes the focus when it appears (or when
 * `focusKey` changes), so screen-reader and keyboard users start at the top of
 * each new screen or question — except on the first page load (see focus.ts).
 */
export function FocusHeading(props: { children: ComponentChildren; focusKey?: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (shouldMoveFocus()) ref.current?.focus();
  }, [props.focusKey]);
  return (
    <h1 ref={ref} tabIndex={-1}>
      {props.children}
    </h1>
  );
}
