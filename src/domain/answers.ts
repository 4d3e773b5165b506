/** Answers that are not options: they exist for every item of their kind. */
export const DONT_KNOW = '_dont-know';
export const DONT_UNDERSTAND = '_dont-understand';

/** What a person chose for one item: an option id or one of the special answers. */
export type AnswerValue = string;
