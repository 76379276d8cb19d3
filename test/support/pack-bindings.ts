import { readFileSync } from 'node:fs';
import path from 'node:path';
import { budapestBindings, defaultBindings, type Bindings } from '../../shared/domain/deadlines/applicability';

interface PackEntity {
  kind: string;
  key: string;
  facts: Record<string, { value: unknown }>;
}

/** Who is bound, as the shipped knowledge pack records it: what the app itself uses on a fresh install. */
export function shippedBindings(): Bindings {
  const file = path.resolve(__dirname, '../../resources/knowledge/legat-core-pack.v1.json');
  const pack = JSON.parse(readFileSync(file, 'utf8')) as { entities: PackEntity[] };
  const parties = pack.entities
    .filter((e) => e.kind === 'treatyParty' && e.key.startsWith('budapest/'))
    .flatMap((e): [string, string][] => {
      const inForce = e.facts.inForce?.value;
      return typeof inForce === 'string' ? [[e.key.slice('budapest/'.length), inForce]] : [];
    });
  return defaultBindings(budapestBindings(parties));
}
