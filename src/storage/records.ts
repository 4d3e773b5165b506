import type { AnswerValue } from '../domain/answers';
import type { PathId } from '../domain/questionnaire';

/** One run through a questionnaire path; it names the exact questionnaire version it uses. */
export interface AttemptRecord {
  id: string;
  questionnaireId: string;
  questionnaireVersion: string;
  pathId: PathId;
  startedAt: number;
  updatedAt: number;
  finishedAt?: number;
}

/** One answer, stored the moment it is chosen. */
export interface AnswerRecord {
  attemptId: string;
  itemId: string;
  value: AnswerValue;
  answeredAt: number;
  /** When the explanation of a situation was shown; from then on the answer is final. */
  revealedAt?: number;
}

/** A device-wide preference, such as the interface language. */
export interface SettingRecord {
  key: string;
  value: unknown;
}
