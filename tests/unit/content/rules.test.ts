// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  genderedProblems,
  kandelMoles,
  localizedTexts,
  sentences,
  syllables,
  textProblems,
  words,
} from '../../../scripts/content-rules';

describe('content rules', () => {
  it('split sentences and count words as a reader would', () => {
    expect(sentences('Il est 23 heures. Qui répond ? « Bonjour. » Fin')).toEqual([
      'Il est 23 heures.',
      'Qui répond ?',
      '« Bonjour. »',
      'Fin',
    ]);
    expect(words("Vous cherchez d'emploi peut-être, 2 fois.")).toEqual([
      'Vous',
      'cherchez',
      "d'emploi",
      'peut-être',
      '2',
      'fois',
    ]);
  });

  it('estimate French syllables', () => {
    expect(syllables('table')).toBe(1);
    expect(syllables('intelligence')).toBe(4);
    expect(syllables('IA')).toBe(1);
    expect(syllables('données')).toBe(2);
  });

  it('score short everyday sentences as easier than long learned ones (Kandel & Moles)', () => {
    const easy = kandelMoles(['Vous posez une question. Le robot répond vite.']);
    const hard = kandelMoles([
      "L'intelligence artificielle générative produit automatiquement des contenus vraisemblables mais potentiellement erronés.",
    ]);
    expect(easy).toBeGreaterThan(hard);
  });

  it('flag words that presume the reader’s gender, and leave neutral uses alone', () => {
    for (const text of [
      'Vous êtes prêt ?',
      'Je suis seul.',
      'Bonjour à tous.',
      'Pour les utilisateurs.',
      'Un demandeur d’emploi',
      'Votre conseiller vous appelle.',
      'Vous êtes informée.',
      'Le candidat reçoit un mail.',
      'Un recruteur vous écrit.',
      'étudiant·e',
    ]) {
      expect(genderedProblems(text), text).not.toEqual([]);
    }
    for (const text of [
      'Un seul outil suffit.',
      'Vous avez perdu votre carte.',
      'La personne qui vous accompagne.',
      'Sans aide, par vous-même.',
      'Une seule fois.',
      'Tous les profils sont effacés.',
    ]) {
      expect(genderedProblems(text), text).toEqual([]);
    }
  });

  it('find every text of a questionnaire part with its JSON path', () => {
    const entries = localizedTexts({
      items: [{ id: 'a', prompt: { fr: 'Bonjour', en: 'Hello' } }],
    });
    expect(entries).toEqual([{ path: 'items[0].prompt', texts: { fr: 'Bonjour', en: 'Hello' } }]);
  });

  it('report a missing variant and an easy-to-read sentence that is too long', () => {
    const long =
      'Un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize.';
    expect(
      textProblems({ path: 'x', texts: { fr: 'a', 'fr-x-falc': long } }, ['fr', 'fr-x-falc', 'en']),
    ).toEqual(['x.en: missing', `x.fr-x-falc: 16 words in "${long}" (at most 15)`]);
  });
});
