import type { ComponentChildren } from 'preact';
import { FocusHeading } from '../components/FocusHeading';

/** A plain screen for loading, errors and pages that do not exist. */
export function MessageScreen(props: {
  title: string;
  message?: string;
  children?: ComponentChildren;
}) {
  return (
    <>
      <FocusHeading>{props.title}</FocusHeading>
      {props.message && <p>{props.message}</p>}
      {props.children}
    </>
  );
}
