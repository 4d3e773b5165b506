import type { AnswerValue } from '../domain/answers';
import type { PathId } from '../domain/questionnaire';

/** The profile of the person using the app on their own, outside guided sessions. */
export const DEVICE_PROFILE = 'device';

/** A person followed in guided sessions, under a first name or pseudonym only. */
export interface ProfileRecord {
  id: string;
  name: string;
  createdAt: number;
  updatedAt: number;
  /** The professional's notes: never shown in the person's view, never in links. */
  notes: string;
}

/** One run through a questionnaire path; it names the exact questionnaire version it uses. */
export interface AttemptRecord {
  id: string;
  /** The profile it belongs to: `DEVICE_PROFILE` or a `ProfileRecord` id. */
  profileId: string;
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
