/// <reference types="vite/client" />
/// <reference types="vite-plugin-pwa/client" />

declare module 'virtual:questionnaire-catalogue' {
  import type { QuestionnaireSummary } from './domain/catalogue';
  /** Every questionnaire version under questionnaires/, validated at build time. */
  export const catalogue: QuestionnaireSummary[];
}

interface ImportMetaEnv {
  /** Set to build the right-to-left pseudo-locale used by the layout tests. */
  readonly VITE_PSEUDO_RTL?: string;
}
