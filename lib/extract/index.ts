export { extractItems, type ExtractOptions } from './extract';
export type { Comparator, ExtractedItem, ItemKind, Strength } from './types';
