import { catalogue } from 'virtual:questionnaire-catalogue';
import { currentVersion } from '../domain/catalogue';
import type { PathId } from '../domain/questionnaire';
import { createAttempt } from '../storage/attempts';
import type { ReperesDb } from '../storage/db';
import { MAIN_QUESTIONNAIRE_ID } from './config';
import { navigate } from './routes';

/** The questionnaire version that new attempts use. */
export const currentQuestionnaire = currentVersion(catalogue, MAIN_QUESTIONNAIRE_ID);

/** Starts a new attempt on the current questionnaire version and shows its first question. */
export async function startAttempt(db: ReperesDb, pathId: PathId, profileId: string) {
  if (!currentQuestionnaire) throw new Error(`No version of ${MAIN_QUESTIONNAIRE_ID} is available`);
  await createAttempt(db, currentQuestionnaire, pathId, profileId);
  navigate({ name: 'question', number: 1 });
}
