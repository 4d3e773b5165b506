import { useTranslation } from '../../i18n/context';
import { htmlLang, LANGUAGES, PSEUDO_RTL, type Language } from '../../i18n/languages';
import styles from './LanguageSwitch.module.css';

/** Language buttons, each named in its own language so anyone can find theirs. */
export function LanguageSwitch(props: { onChange: (language: Language) => void }) {
  const { t, language: current } = useTranslation();
  return (
    <nav aria-label={t('app.languageLabel')}>
      <ul class={styles.switch}>
        {LANGUAGES.map((language) => (
          <li key={language}>
            <button
              type="button"
              class={styles.option}
              lang={htmlLang(language)}
              aria-pressed={language === current}
              onClick={() => props.onChange(language)}
            >
              {language === PSEUDO_RTL ? 'Pseudo RTL' : t(`languages.${language}`)}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
