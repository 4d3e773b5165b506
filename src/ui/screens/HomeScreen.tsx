import type { PathId } from '../../domain/questionnaire';
import { useTranslation } from '../../i18n/context';
import { Button, ButtonRow } from '../components/Button';
import { EasyReadSwitch } from '../components/EasyReadSwitch';
import { FileButton } from '../components/FileButton';
import { Notice } from '../components/Notice';
import { FocusHeading } from '../components/FocusHeading';
import styles from './HomeScreen.module.css';

/** What the home screen offers, decided by the app from what is stored on the device. */
export interface HomeScreenProps {
  paths: Record<PathId, { items: number; minutes: number }>;
  /** Where an unfinished attempt would resume, if there is one. */
  unfinished?: { current: number; total: number };
  hasResults: boolean;
  notice?: string;
  /** Whether easy-to-read French is on; `null` when the interface is not in French. */
  easyRead: boolean | null;
  onEasyReadChange: (on: boolean) => void;
  /** Guided sessions: on or off, and the person whose answers are shown. */
  professional: { on: boolean; personName?: string };
  onProfessionalChange: (on: boolean) => void;
  onChoosePerson: () => void;
  onImport: (file: File) => void;
  onStart: (pathId: PathId) => void;
  onResume: () => void;
  onShowResults: () => void;
}

const PATH_ORDER: readonly PathId[] = ['short', 'complete'];

/** The first screen: what the app is, how long it takes, that answers stay here, start or resume. */
export function HomeScreen(props: HomeScreenProps) {
  const { t } = useTranslation();
  return (
    <>
      {props.notice && <Notice kind="status">{props.notice}</Notice>}
      <FocusHeading>{t('home.title')}</FocusHeading>
      {props.professional.on && (
        <section class={styles.person} aria-labelledby="person-title">
          <h2 id="person-title">
            {props.professional.personName
              ? t('pro.current', { name: props.professional.personName })
              : t('pro.noneYet')}
          </h2>
          <Button variant="secondary" onClick={props.onChoosePerson}>
            {t('pro.choose')}
          </Button>
        </section>
      )}
      <p>{t('home.intro')}</p>
      {props.easyRead !== null && (
        <EasyReadSwitch on={props.easyRead} onChange={props.onEasyReadChange} />
      )}
      <p class={styles.privacy}>{t('home.privacy')}</p>

      {props.unfinished && (
        <section class={styles.resume} aria-labelledby="resume-title">
          <h2 id="resume-title">{t('home.resumeTitle')}</h2>
          <Button onClick={props.onResume}>{t('home.resume', props.unfinished)}</Button>
        </section>
      )}

      <section aria-labelledby="paths-title">
        <h2 id="paths-title">{t('home.choosePath')}</h2>
        <ul class={styles.paths}>
          {PATH_ORDER.map((pathId) => (
            <li key={pathId} class={styles.path}>
              <h3>{t(pathId === 'short' ? 'home.pathShort' : 'home.pathComplete')}</h3>
              <p>
                {t('home.pathLength', {
                  count: props.paths[pathId].items,
                  minutes: props.paths[pathId].minutes,
                })}
              </p>
              <Button
                variant={props.unfinished ? 'secondary' : 'primary'}
                onClick={() => props.onStart(pathId)}
              >
                {t(pathId === 'short' ? 'home.startShort' : 'home.startComplete')}
              </Button>
            </li>
          ))}
        </ul>
      </section>

      {props.hasResults && (
        <ButtonRow>
          <Button variant="secondary" onClick={props.onShowResults}>
            {t('home.lastResults')}
          </Button>
        </ButtonRow>
      )}

      <FileButton
        label={t('exchange.import')}
        help={t('exchange.importHelp')}
        onFile={props.onImport}
      />

      <section class={styles.pro} aria-labelledby="pro-title">
        <h2 id="pro-title">{t('pro.title')}</h2>
        <p>{t('pro.explain')}</p>
        <Button
          variant="secondary"
          onClick={() => props.onProfessionalChange(!props.professional.on)}
        >
          {props.professional.on ? t('pro.turnOff') : t('pro.turnOn')}
        </Button>
      </section>
    </>
  );
}
