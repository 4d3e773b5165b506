import { useEffect, useRef } from 'preact/hooks';
import { Button, ButtonRow } from './Button';
import styles from './ConfirmBox.module.css';

/**
 * An inline confirmation for an action that cannot be undone. The question
 * takes the focus so it is read at once; the safe choice comes first.
 */
export function ConfirmBox(props: {
  question: string;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div class={styles.box} role="group" aria-labelledby="confirm-question">
      <p id="confirm-question" ref={ref} tabIndex={-1}>
        {props.question}
      </p>
      <ButtonRow>
        <Button onClick={props.onCancel}>{props.cancelLabel}</Button>
        <Button variant="secondary" onClick={props.onConfirm}>
          {props.confirmLabel}
        </Button>
      </ButtonRow>
    </div>
  );
}
