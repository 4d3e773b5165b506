import { useTranslation } from '../i18n/context';
import { Button } from '../ui/components/Button';
import { MessageScreen } from '../ui/screens/MessageScreen';
import { QuestionnaireLoadError } from './questionnaires';

/** Says in plain words why something could not be opened, and offers to try again. */
export function LoadFailure(props: { error: unknown }) {
  const { t } = useTranslation();
  const error = props.error;
  const message =
    error instanceof QuestionnaireLoadError && error.reason === 'invalid'
      ? t('errors.questionnaireInvalid')
      : error instanceof QuestionnaireLoadError
        ? t('errors.questionnaire')
        : t('errors.storage');
  return (
    <MessageScreen title={t('errors.title')} message={message}>
      <Button onClick={() => window.location.reload()}>{t('errors.reload')}</Button>
    </MessageScreen>
  );
}
