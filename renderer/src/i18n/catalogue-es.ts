import { translationOf } from './translation-of';

export default translationOf(import.meta.glob('./es/*.json', { eager: true }));
