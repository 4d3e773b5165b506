import { z } from './zod';
import { problemsFromZod } from './problems';

import { EXPORT_FORMAT, EXPORT_VERSION, MAX_IMPORT_BYTES } from './exchangeFormat';

export { EXPORT_FORMAT, EXPORT_VERSION, MAX_IMPORT_BYTES };

const Id = z.string().regex(/^[A-Za-z0-9-]{1,64}$/, 'not an id');
const Time = z.number().int().nonnegative();

const AnswerSchema = z.strictObject({
  itemId: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  value: z.string().regex(/^(_dont-know|_dont-understand|[a-z0-9]+(-[a-z0-9]+)*)$/),
  answeredAt: Time,
  revealedAt: Time.optional(),
});

const AttemptSchema = z.strictObject({
  id: Id,
  questionnaireId: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  questionnaireVersion: z.string().regex(/^\d+\.\d+\.\d+$/),
  pathId: z.enum(['short', 'complete']),
  startedAt: Time,
  updatedAt: Time,
  finishedAt: Time.optional(),
  answers: z.array(AnswerSchema).max(1000),
});

const ProfileSchema = z.strictObject({
  id: Id,
  name: z.string().trim().min(1).max(60),
  createdAt: Time,
  notes: z.string().max(20_000).optional(),
  attempts: z.array(AttemptSchema).max(200),
});

/** Version 1 of the export file: profiles with their attempts and answers (docs/exchange.md). */
export const ExportFileSchema = z.strictObject({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  exportedAt: Time,
  profiles: z.array(ProfileSchema).min(1).max(500),
});

export type ExportFile = z.infer<typeof ExportFileSchema>;
export type ExportedProfile = ExportFile['profiles'][number];
export type ExportedAttempt = ExportedProfile['attempts'][number];

/** Why a file was refused, for a plain message; `detail` says where, for the curious. */
export type ImportRefusal =
  | { reason: 'too-big' | 'empty' | 'not-json' | 'not-an-export' | 'newer-version' }
  | { reason: 'invalid'; detail: string }
  | { reason: 'unknown-questionnaire'; detail: string };

/**
 * The one door for imported files: size, JSON, format and version, strict
 * shape, and questionnaire versions this app can reopen. Nothing is stored here.
 */
export function parseExportFile(
  text: string,
  knows: (questionnaireId: string, version: string) => boolean,
): { ok: true; file: ExportFile } | ({ ok: false } & ImportRefusal) {
  if (text.length > MAX_IMPORT_BYTES) return { ok: false, reason: 'too-big' };
  if (text.trim() === '') return { ok: false, reason: 'empty' };
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, reason: 'not-json' };
  }
  const head = raw as { format?: unknown; version?: unknown } | null;
  if (typeof head !== 'object' || head === null || head.format !== EXPORT_FORMAT) {
    return { ok: false, reason: 'not-an-export' };
  }
  if (typeof head.version === 'number' && head.version > EXPORT_VERSION) {
    return { ok: false, reason: 'newer-version' };
  }
  const parsed = ExportFileSchema.safeParse(raw);
  if (!parsed.success) {
    const first = problemsFromZod(parsed.error)[0];
    return { ok: false, reason: 'invalid', detail: first ? `${first.path}: ${first.message}` : '' };
  }
  for (const profile of parsed.data.profiles) {
    for (const attempt of profile.attempts) {
      if (!knows(attempt.questionnaireId, attempt.questionnaireVersion)) {
        return {
          ok: false,
          reason: 'unknown-questionnaire',
          detail: `${attempt.questionnaireId} ${attempt.questionnaireVersion}`,
        };
      }
    }
  }
  return { ok: true, file: parsed.data };
}
