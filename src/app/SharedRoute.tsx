import { useState } from 'preact/hooks';
import { decodeSharedResults, readSharedHead } from '../domain/shareLink';
import { scoreProfile } from '../domain/scoring';
import { useTranslation } from '../i18n/context';
import { importProfiles } from '../storage/exchange';
import { drawChartsBeforePrint } from '../ui/components/AreaChart';
import { Button, ButtonRow } from '../ui/components/Button';
import { Notice } from '../ui/components/Notice';
import { MessageScreen } from '../ui/screens/MessageScreen';
import { ResultsScreen } from '../ui/screens/ResultsScreen';
import { useLoadable } from './attempt';
import { LoadFailure } from './LoadFailure';
import { loadQuestionnaire } from './questionnaires';
import { navigate } from './routes';
import { useServices } from './services';

/**
 * Results received through a link, shown read-only. Nothing is stored until the
 * person asks to keep them; the link never left the fragment of the address.
 */
export function SharedRoute(props: { payload: string }) {
  const { db, setProfessionalMode, setActiveProfile } = useServices();
  const { t, language } = useTranslation();
  const [kept, setKept] = useState(false);
  const loaded = useLoadable(async () => {
    const head = readSharedHead(props.payload);
    if (!head.ok) return { refused: head.reason };
    const questionnaire = await loadQuestionnaire(
      head.questionnaireId,
      head.questionnaireVersion,
    ).catch(() => null);
    if (!questionnaire) return { refused: 'unknown-format' as const };
    const decoded = decodeSharedResults(questionnaire, props.payload);
    return decoded.ok ? { questionnaire, results: decoded.results } : { refused: decoded.reason };
  }, props.payload);

  if (loaded.status === 'loading') return <MessageScreen title={t('app.loading')} />;
  if (loaded.status === 'error') return <LoadFailure error={loaded.error} />;
  if ('refused' in loaded.value) {
    return (
      <MessageScreen
        title={t('exchange.sharedTitle')}
        message={t(
          loaded.value.refused === 'damaged' ? 'exchange.linkDamaged' : 'exchange.linkUnknown',
        )}
      >
        <Button onClick={() => navigate({ name: 'home' })}>{t('results.home')}</Button>
      </MessageScreen>
    );
  }

  const { questionnaire, results } = loaded.value;
  const day = results.day;
  const finishedAt = Date.UTC(
    Number(day.slice(0, 4)),
    Number(day.slice(4, 6)) - 1,
    Number(day.slice(6, 8)),
  );
  const date = new Intl.DateTimeFormat(language, { dateStyle: 'long' }).format(finishedAt);

  async function keep() {
    // The same link kept twice gives the same ids, so nothing is duplicated.
    const id = `shared-${props.payload.split('~').at(-1)}-${day}`;
    await importProfiles(db, {
      format: 'reperes-ia-export',
      version: 1,
      exportedAt: Date.now(),
      profiles: [
        {
          id,
          name: t('exchange.receivedName', { date }),
          createdAt: Date.now(),
          attempts: [
            {
              id,
              questionnaireId: results.questionnaireId,
              questionnaireVersion: results.questionnaireVersion,
              pathId: results.pathId,
              startedAt: finishedAt,
              updatedAt: finishedAt,
              finishedAt,
              answers: [...results.answers].map(([itemId, value]) => ({
                itemId,
                value,
                answeredAt: finishedAt,
              })),
            },
          ],
        },
      ],
    });
    setProfessionalMode(true);
    setActiveProfile(id);
    setKept(true);
  }

  return (
    <ResultsScreen
      questionnaire={questionnaire}
      profile={scoreProfile(questionnaire, results.answers)}
      answeredAt={new Date(finishedAt)}
      shortPath={results.pathId === 'short'}
      title={t('exchange.sharedTitle')}
      intro={t('exchange.sharedIntro')}
    >
      <div data-print="hide">
        {kept && <Notice kind="status">{t('exchange.kept')}</Notice>}
        <ButtonRow>
          {!kept && <Button onClick={() => void keep()}>{t('exchange.keep')}</Button>}
          <Button
            variant="secondary"
            onClick={() => void drawChartsBeforePrint().then(() => window.print())}
          >
            {t('exchange.print')}
          </Button>
        </ButtonRow>
      </div>
    </ResultsScreen>
  );
}
