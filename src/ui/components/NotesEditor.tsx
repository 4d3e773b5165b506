import { useId, useState } from 'preact/hooks';
import { useTranslation } from '../../i18n/context';
import { Button } from './Button';
import form from './Form.module.css';
import styles from './NotesEditor.module.css';

/** The professional's notes on a person: saved on this device only, never in links. */
export function NotesEditor(props: {
  name: string;
  notes: string;
  onSave: (notes: string) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [value, setValue] = useState(props.notes);
  const [saved, setSaved] = useState(false);
  return (
    <section class={styles.notes} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('pro.notesTitle')}</h2>
      <p id={`${id}-help`}>{t('pro.notesHelp')}</p>
      <label for={id} class={form.label}>
        {t('pro.notesLabel', { name: props.name })}
      </label>
      <textarea
        id={id}
        class={form.field}
        rows={5}
        maxLength={20_000}
        aria-describedby={`${id}-help`}
        value={value}
        onInput={(event) => {
          setValue(event.currentTarget.value);
          setSaved(false);
        }}
      />
      <Button
        variant="secondary"
        onClick={() => {
          props.onSave(value);
          setSaved(true);
        }}
      >
        {t('pro.saveNotes')}
      </Button>
      <p role="status">{saved ? t('pro.notesSaved') : ''}</p>
    </section>
  );
}
