import type { BrowserContext } from 'playwright-core';

/** What the fake speech synthesis was asked to say. */
export interface SpokenUtterance {
  text: string;
  lang: string;
  rate: number;
  voice: string;
}

/**
 * Replaces the browser's speech synthesis with a recorder before any page
 * script runs, with the given voices; `window.__spoken` lists every utterance.
 */
export async function recordSpeech(
  context: BrowserContext,
  voices: { lang: string; name: string }[],
) {
  await context.addInitScript((installed) => {
    const spoken: unknown[] = [];
    Object.assign(window, { __spoken: spoken });
    class FakeUtterance {
      text: string;
      lang = '';
      rate = 1;
      voice: { name: string } | null = null;
      onend: (() => void) | null = null;
      onerror: (() => void) | null = null;
      constructor(text: string) {
        this.text = text;
      }
    }
    const synth = {
      getVoices: () =>
        installed.map((v) => ({ ...v, localService: true, default: false, voiceURI: v.name })),
      speak: (u: FakeUtterance) => {
        spoken.push({ text: u.text, lang: u.lang, rate: u.rate, voice: u.voice?.name ?? '' });
        setTimeout(() => u.onend?.(), 0);
      },
      cancel: () => undefined,
      addEventListener: () => undefined,
    };
    Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
    Object.defineProperty(window, 'SpeechSynthesisUtterance', {
      value: FakeUtterance,
      configurable: true,
    });
  }, voices);
}
