export * from './doc-types';
export type * from './facts';
export * from './structure';
export * from './checker';
export * from './defaults';
export * from './render';
export { LANGUAGE_PACKS } from './templates';
export type { LanguagePack, SectionText } from './templates';
export * from './shared-facts';
