import { useId } from 'preact/hooks';
import buttonStyles from './Button.module.css';
import styles from './FileButton.module.css';

/** A button that opens the file picker; the input stays reachable by keyboard and screen readers. */
export function FileButton(props: { label: string; help: string; onFile: (file: File) => void }) {
  const id = useId();
  return (
    <div class={styles.file}>
      <input
        id={id}
        class={styles.input}
        type="file"
        accept="application/json,.json"
        aria-describedby={`${id}-help`}
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          event.currentTarget.value = '';
          if (file) props.onFile(file);
        }}
      />
      <label for={id} class={buttonStyles.secondary}>
        {props.label}
      </label>
      <p id={`${id}-help`} class={styles.help}>
        {props.help}
      </p>
    </div>
  );
}
