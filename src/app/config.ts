/** The questionnaire a new attempt uses; others can sit beside it under questionnaires/. */
export const MAIN_QUESTIONNAIRE_ID = 'reperes-ia';
