export * from './types';
export { computeDeadlines, resolveCalendarCountry } from './engine';
export { DEFAULT_RULES } from './default-rules';
export { EU_MEMBER_STATES, isEuMemberState } from './eu';
export { selectRules, covers } from './rule-selection';
