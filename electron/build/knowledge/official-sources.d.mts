export const OFFICIAL_HOSTS: string[];
export const NOT_OFFICIAL: string[];
export const OFFICIAL_LOCATION: Record<string, { url: string; note: string; onlyFields?: string[] }>;
export function fullDate(date: string): { date: string; note: string | null };
