import { translationOf } from './translation-of';

/** English: the fallback for every key, so it is always part of the first script. */
export default translationOf(import.meta.glob('./en/*.json', { eager: true }));
