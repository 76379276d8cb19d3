export * from './types';
export { computeDeadlines, resolveCalendarCountry, durationFor } from './engine';
export * from './applicability';
export { statutoryChecks, type StatutoryCheck } from './statutory';
export { DEFAULT_RULES } from './default-rules';
export { EU_MEMBER_STATES, isEuMemberState } from './eu';
export { selectRules, covers, type BindingScope } from './rule-selection';
