import type { Competency, Level, Questionnaire } from './questionnaire';
import type { CompetencyScore, Profile } from './scoring';

type Recommendation = Competency['recommendations'][number];

/** A competency the person already masters, with the level it reached. */
export interface Strength {
  competency: Competency;
  level: Level;
}

/** A next step: a competency to work on, and what to do from the level reached. */
export interface Priority {
  competency: Competency;
  level: Level;
  recommendations: Recommendation[];
}

function evaluated(q: Questionnaire, profile: Profile) {
  const competencies = q.areas.flatMap((area) => area.competencies);
  return profile.competencies.flatMap((score, order) => {
    const competency = competencies.find((c) => c.id === score.competencyId);
    return competency && score.level !== null
      ? [{ competency, score: score as CompetencyScore & { level: Level }, order }]
      : [];
  });
}

/** "Ce que vous savez déjà faire": up to 3 competencies at "Avec de l'aide" or above, best first. */
export function strengths(q: Questionnaire, profile: Profile, max = 3): Strength[] {
  return evaluated(q, profile)
    .filter(({ score }) => score.level >= 2)
    .sort((a, b) => b.score.level - a.score.level || a.order - b.order)
    .slice(0, max)
    .map(({ competency, score }) => ({ competency, level: score.level }));
}

/**
 * "Ce que vous pouvez apprendre ensuite": up to 3 competencies below the top
 * level, lowest first, those where the situations showed room to learn before
 * others, each with the recommendations written for the level reached.
 */
export function priorities(q: Questionnaire, profile: Profile, max = 3): Priority[] {
  const shownAsStrength = new Set(strengths(q, profile).map((s) => s.competency.id));
  const candidates = evaluated(q, profile)
    .filter(({ score }) => score.level < 4)
    .sort(
      (a, b) =>
        a.score.level - b.score.level ||
        Number(b.score.gap === 'room-to-learn') - Number(a.score.gap === 'room-to-learn') ||
        a.order - b.order,
    );
  const fresh = candidates.filter(({ competency }) => !shownAsStrength.has(competency.id));
  return (fresh.length >= 2 ? fresh : candidates).slice(0, max).map(({ competency, score }) => ({
    competency,
    level: score.level,
    recommendations: competency.recommendations.filter((r) => r.level === score.level),
  }));
}
