import { SPEECH_RATES, TEXT_SIZES, THEMES, type DisplaySettings } from '../../domain/display';
import { useTranslation } from '../../i18n/context';
import { Button } from './Button';
import styles from './DisplayPanel.module.css';

/** "Affichage": text size, theme, spacing, motion and read-aloud speed, applied at once. */
export function DisplayPanel(props: {
  settings: DisplaySettings;
  onChange: (settings: DisplaySettings) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const set = (patch: Partial<DisplaySettings>) => props.onChange({ ...props.settings, ...patch });
  return (
    <section id="display-panel" class={styles.panel} aria-labelledby="display-title">
      <div class={styles.inner}>
        <h2 id="display-title">{t('display.title')}</h2>
        <Choices
          legend={t('display.textSize')}
          name="text-size"
          options={TEXT_SIZES.map((size) => ({ value: size, label: `${size} %` }))}
          selected={props.settings.textSize}
          onSelect={(textSize) => set({ textSize })}
        />
        <Choices
          legend={t('display.theme')}
          name="theme"
          options={THEMES.map((theme) => ({ value: theme, label: t(`display.themes.${theme}`) }))}
          selected={props.settings.theme}
          onSelect={(theme) => set({ theme })}
        />
        <fieldset class={styles.fieldset}>
          <legend>{t('display.comfort')}</legend>
          <div class={styles.choices}>
            <label class={styles.choice}>
              <input
                type="checkbox"
                checked={props.settings.moreSpacing}
                onChange={(e) => set({ moreSpacing: e.currentTarget.checked })}
              />
              {t('display.moreSpacing')}
            </label>
            <label class={styles.choice}>
              <input
                type="checkbox"
                checked={props.settings.reduceMotion}
                onChange={(e) => set({ reduceMotion: e.currentTarget.checked })}
              />
              {t('display.reduceMotion')}
            </label>
          </div>
        </fieldset>
        <Choices
          legend={t('display.speechRate')}
          name="speech-rate"
          options={SPEECH_RATES.map((rate) => ({
            value: rate,
            label: t(`display.rates.${String(rate).replace('.', '_') as '0_75' | '1' | '1_25'}`),
          }))}
          selected={props.settings.speechRate}
          onSelect={(speechRate) => set({ speechRate })}
        />
        <Button variant="secondary" onClick={props.onClose}>
          {t('display.close')}
        </Button>
      </div>
    </section>
  );
}

function Choices<T extends string | number>(props: {
  legend: string;
  name: string;
  options: readonly { value: T; label: string }[];
  selected: T;
  onSelect: (value: T) => void;
}) {
  return (
    <fieldset class={styles.fieldset}>
      <legend>{props.legend}</legend>
      <div class={styles.choices}>
        {props.options.map((option) => (
          <label key={option.value} class={styles.choice}>
            <input
              type="radio"
              name={props.name}
              checked={option.value === props.selected}
              onChange={() => props.onSelect(option.value)}
            />
            {option.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
