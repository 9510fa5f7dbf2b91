/** The closed vocabularies of the corpus, shared by the seed metadata and the content schema. */
export const KINDS = ['宣言', '新闻公报'] as const;
export const COUNCILS = ['元首理事会', '外长理事会'] as const;

export type Kind = (typeof KINDS)[number];
export type Council = (typeof COUNCILS)[number];
