/**
 * The office's own wording of template sections. Stored apart from the shipped templates, keyed by
 * document type, section and language, so upgrades never touch them; each one shows as "local".
 */
import { and, eq } from 'drizzle-orm';
import {
  LANGUAGE_PACKS,
  STRUCTURES,
  type DocType,
  type DraftLanguage,
  type SectionId,
  type SectionOverrides,
} from '../../../shared/domain/drafting';
import type { ChannelOutput, ParsedInput } from '../../../shared/ipc-contract';
import { recordAudit } from '../audit/audit-repo';
import type { Orm } from '../db/open';
import { templateOverrides } from '../db/schema';
import { invalid } from '../errors';
import type { WriteScope } from '../write-scope';

export function sectionOverrides(orm: Orm, language: DraftLanguage): SectionOverrides {
  const rows = orm.select().from(templateOverrides).where(eq(templateOverrides.language, language)).all();
  return Object.fromEntries(rows.map((r) => [`${r.docType}/${r.sectionId}`, { heading: r.heading, body: r.body }]));
}

export function listTemplate(orm: Orm, docType: DocType, language: DraftLanguage): ChannelOutput<'template:list'> {
  const rows = orm
    .select()
    .from(templateOverrides)
    .where(and(eq(templateOverrides.docType, docType), eq(templateOverrides.language, language)))
    .all();
  const local = new Map(rows.map((r) => [r.sectionId, r]));
  const pack = LANGUAGE_PACKS[language];
  return {
    docType,
    language,
    sections: STRUCTURES[docType].sections.map((sectionId) => {
      const shipped = pack.sections[sectionId];
      const own = local.get(sectionId);
      return {
        sectionId,
        heading: own?.heading ?? shipped.heading,
        body: own?.body ?? shipped.body,
        shippedHeading: shipped.heading,
        shippedBody: shipped.body,
        local: own !== undefined,
        shippedChanged: own !== undefined && own.shippedBody !== shipped.body,
        localUpdatedAt: own?.updatedAt ?? null,
        localUpdatedBy: own?.updatedBy ?? null,
      };
    }),
  };
}

function checkSection(docType: DocType, sectionId: SectionId): void {
  if (!STRUCTURES[docType].sections.includes(sectionId)) {
    throw invalid(['sectionId'], 'validation.drafting.sectionNotInDocument', `${docType} has no section ${sectionId}.`);
  }
}

export function saveTemplateSection(scope: WriteScope, input: ParsedInput<'template:save'>): void {
  checkSection(input.docType, input.sectionId);
  const shipped = LANGUAGE_PACKS[input.language].sections[input.sectionId];
  const values = {
    heading: input.heading,
    body: input.body,
    shippedBody: shipped.body,
    updatedAt: scope.now,
    updatedBy: scope.actor,
  };
  const key = { docType: input.docType, sectionId: input.sectionId, language: input.language };
  const before = scope.orm
    .select()
    .from(templateOverrides)
    .where(
      and(
        eq(templateOverrides.docType, key.docType),
        eq(templateOverrides.sectionId, key.sectionId),
        eq(templateOverrides.language, key.language),
      ),
    )
    .get();
  scope.orm
    .insert(templateOverrides)
    .values({ ...key, ...values })
    .onConflictDoUpdate({
      target: [templateOverrides.docType, templateOverrides.sectionId, templateOverrides.language],
      set: values,
    })
    .run();
  recordAudit(scope, {
    action: 'template.save',
    entity: 'template',
    entityId: null,
    caseId: null,
    details: { ...key, before: before?.body ?? shipped.body, after: input.body, heading: input.heading },
  });
}

export function revertTemplateSection(scope: WriteScope, input: ParsedInput<'template:revert'>): void {
  checkSection(input.docType, input.sectionId);
  const removed = scope.orm
    .delete(templateOverrides)
    .where(
      and(
        eq(templateOverrides.docType, input.docType),
        eq(templateOverrides.sectionId, input.sectionId),
        eq(templateOverrides.language, input.language),
      ),
    )
    .returning()
    .get();
  if (!removed) return;
  recordAudit(scope, {
    action: 'template.revert',
    entity: 'template',
    entityId: null,
    caseId: null,
    details: {
      docType: input.docType,
      sectionId: input.sectionId,
      language: input.language,
      before: removed.body,
    },
  });
}
