import { sentences } from '../domain/sentences';

/** What happened when reading aloud was asked for. */
export type SpeechOutcome = 'speaking' | 'no-voice';

function synthesis(): SpeechSynthesis | null {
  return typeof window !== 'undefined' &&
    'speechSynthesis' in window &&
    typeof SpeechSynthesisUtterance !== 'undefined'
    ? window.speechSynthesis
    : null;
}

/** Voices load late in some browsers: wait for them a moment before deciding there are none. */
async function availableVoices(synth: SpeechSynthesis): Promise<SpeechSynthesisVoice[]> {
  const now = synth.getVoices();
  if (now.length > 0) return now;
  return new Promise((resolve) => {
    const done = () => resolve(synth.getVoices());
    synth.addEventListener?.('voiceschanged', done, { once: true });
    setTimeout(done, 600);
  });
}

/** A voice for the language, a voice installed on the device first (it works offline). */
export function pickVoice(
  voices: readonly SpeechSynthesisVoice[],
  lang: string,
): SpeechSynthesisVoice | undefined {
  const base = lang.toLowerCase().split('-')[0] ?? lang;
  const matching = voices.filter(
    (v) => v.lang.toLowerCase().replace('_', '-').split('-')[0] === base,
  );
  return matching.find((v) => v.localService) ?? matching[0];
}

/**
 * Reads texts aloud one sentence at a time (long utterances are cut off in some
 * browsers), in the given language and speed. Never called without a tap.
 */
export async function readAloud(
  texts: readonly string[],
  lang: string,
  rate: number,
  onEnd: () => void,
): Promise<SpeechOutcome> {
  const synth = synthesis();
  if (!synth) return 'no-voice';
  const voice = pickVoice(await availableVoices(synth), lang);
  if (!voice) return 'no-voice';
  synth.cancel();
  const parts = texts.flatMap(sentences);
  parts.forEach((sentence, i) => {
    const utterance = new SpeechSynthesisUtterance(sentence);
    utterance.lang = lang;
    utterance.voice = voice;
    utterance.rate = rate;
    if (i === parts.length - 1) {
      utterance.onend = onEnd;
      utterance.onerror = onEnd;
    }
    synth.speak(utterance);
  });
  return 'speaking';
}

/** Stops any reading in progress. */
export function stopReading(): void {
  synthesis()?.cancel();
}
