/** The names of the three kinds, one wording for every part of the UI (成果 on the page and in the collection alike). */
export const KIND_MESSAGES = {
  kind_target: { zh: '目标', en: 'Target' },
  kind_result: { zh: '成果', en: 'Result' },
  kind_commitment: { zh: '承诺', en: 'Commitment' },
  kinds_target: { zh: '目标', en: 'Targets' },
  kinds_result: { zh: '成果', en: 'Results' },
  kinds_commitment: { zh: '承诺', en: 'Commitments' },
} as const;
