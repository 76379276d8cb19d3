import { translationOf } from './translation-of';

export default translationOf(import.meta.glob('./fr/*.json', { eager: true }));
