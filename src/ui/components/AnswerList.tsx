import type { ComponentChildren } from 'preact';
import styles from './AnswerList.module.css';

/** One answer row; `special` marks "Je ne sais pas" and "Je ne comprends pas la question". */
export interface AnswerChoice {
  value: string;
  label: string;
  special?: boolean;
  /** A word shown beside the answer after a situation is checked ("Votre réponse"…). */
  tag?: string;
}

/**
 * The question and its answers: radio rows in a fieldset whose legend is the
 * question, so screen readers announce both together.
 */
export function AnswerList(props: {
  name: string;
  legend: ComponentChildren;
  choices: readonly AnswerChoice[];
  selected?: string;
  locked: boolean;
  onChoose: (value: string) => void;
}) {
  return (
    <fieldset class={styles.fieldset}>
      <legend class={styles.legend}>{props.legend}</legend>
      <div class={styles.options}>
        {props.choices.map((choice) => (
          <label key={choice.value} class={choice.special ? styles.special : styles.option}>
            <input
              type="radio"
              name={props.name}
              value={choice.value}
              checked={props.selected === choice.value}
              disabled={props.locked}
              onChange={() => props.onChoose(choice.value)}
            />
            <span>{choice.label}</span>
            {choice.tag && <span class={styles.tag}>{choice.tag}</span>}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
