import { useState } from 'preact/hooks';
import { useTranslation } from '../../i18n/context';
import { drawChartsBeforePrint } from './AreaChart';
import { Button, ButtonRow } from './Button';
import { ConfirmBox } from './ConfirmBox';
import { NotesEditor } from './NotesEditor';
import { SharePanel } from './SharePanel';
import form from './Form.module.css';
import styles from './OwnResultsActions.module.css';

/** In guided sessions: the person's name, the notes, and whether to print them. */
export interface ProfessionalExtras {
  name: string;
  notes: string;
  onSaveNotes: (notes: string) => void;
  printNotes: boolean;
  onPrintNotesChange: (on: boolean) => void;
}

/** What a person can do with their own results: go on, print, save, share, start again, delete. */
export function OwnResultsActions(props: {
  questionsLeft: number;
  shareLink: string;
  professional?: ProfessionalExtras;
  onContinue: () => void;
  onExport: () => void;
  onRestart: () => void;
  onHome: () => void;
  onErase: () => void;
}) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const [sharing, setSharing] = useState(false);
  const pro = props.professional;
  return (
    <div data-print="hide">
      {props.questionsLeft > 0 && (
        <section class={styles.continue} aria-labelledby="continue-help">
          <p id="continue-help">{t('results.continueHelp')}</p>
          <Button onClick={props.onContinue}>
            {t('results.continueComplete', { count: props.questionsLeft })}
          </Button>
        </section>
      )}

      {pro && <NotesEditor name={pro.name} notes={pro.notes} onSave={pro.onSaveNotes} />}
      {pro && (
        <label class={form.check}>
          <input
            type="checkbox"
            checked={pro.printNotes}
            onChange={(event) => pro.onPrintNotesChange(event.currentTarget.checked)}
          />
          {t('exchange.printNotes')}
        </label>
      )}

      <ButtonRow>
        <Button onClick={() => void drawChartsBeforePrint().then(() => window.print())}>
          {t('exchange.print')}
        </Button>
        <Button variant="secondary" onClick={props.onExport}>
          {t('exchange.export')}
        </Button>
        <Button variant="secondary" aria-expanded={sharing} onClick={() => setSharing(!sharing)}>
          {t('exchange.share')}
        </Button>
      </ButtonRow>
      {sharing && <SharePanel link={props.shareLink} />}

      <ButtonRow>
        <Button onClick={props.onHome}>{t('results.home')}</Button>
        <Button variant="secondary" onClick={props.onRestart}>
          {t('results.restart')}
        </Button>
        <Button variant="secondary" onClick={() => setConfirming(true)}>
          {t('results.erase')}
        </Button>
      </ButtonRow>
      {confirming && (
        <ConfirmBox
          question={t('results.eraseConfirm')}
          confirmLabel={t('results.eraseYes')}
          cancelLabel={t('results.eraseNo')}
          onConfirm={props.onErase}
          onCancel={() => setConfirming(false)}
        />
      )}
    </div>
  );
}
