import type { ComponentChildren } from 'preact';
import styles from './Notice.module.css';

/**
 * A message in a framed box, announced by screen readers: politely for news
 * ("status"), at once for a problem that needs attention ("alert").
 */
export function Notice(props: { kind: 'status' | 'alert'; children: ComponentChildren }) {
  return (
    <p class={styles.notice} role={props.kind}>
      {props.children}
    </p>
  );
}
