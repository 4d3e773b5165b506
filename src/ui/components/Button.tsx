import type { ComponentChildren, JSX } from 'preact';
import styles from './Button.module.css';

type ButtonProps = JSX.IntrinsicElements['button'] & {
  variant?: 'primary' | 'secondary';
  children: ComponentChildren;
};

/** A large, clearly outlined button; primary for the main action of a screen. */
export function Button({ variant = 'primary', children, ...rest }: ButtonProps) {
  return (
    <button type="button" class={styles[variant]} {...rest}>
      {children}
    </button>
  );
}

/** Lays out a group of buttons that wraps on narrow screens. */
export function ButtonRow({ children }: { children: ComponentChildren }) {
  return <div class={styles.row}>{children}</div>;
}
