import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { ChannelOutput, ParsedInput } from '../../../shared/ipc-contract';
import { recordAudit } from '../audit/audit-repo';
import { getContact, listContacts } from './contacts-repo';
import type { AppContext } from '../context';
import type { Orm } from '../db/open';
import { affiliations, contacts } from '../db/schema';
import { invalid } from '../errors';
import { exportPath, exportsDir, writeSealedExport } from '../files/exports-folder';
import { inWrite } from '../write-scope';
import { getOrganisation } from './organisations-repo';
import { vcardFile, type CardContact } from './vcard-write';
import { dialogTitle } from '../i18n/main-text';
import { mainProcessLanguage } from '../i18n/officer-language';

/** A filtered list export stops here: a vCard file of the whole directory is not what it is for. */
export const VCARD_LIST_CAP = 5000;

const cardColumns = {
  uuid: contacts.uuid,
  kind: contacts.kind,
  name: contacts.name,
  organisation: contacts.organisation,
  title: contacts.title,
  country: contacts.country,
  phones: contacts.phones,
  emails: contacts.emails,
  secureChannels: contacts.secureChannels,
  languages: contacts.languages,
  timeZone: contacts.timeZone,
  lastVerifiedOn: contacts.lastVerifiedOn,
  notes: contacts.notes,
};

function cardsOf(orm: Orm, ids: number[]): CardContact[] {
  if (ids.length === 0) return [];
  const rows = orm
    .select({ id: contacts.id, ...cardColumns })
    .from(contacts)
    .where(inArray(contacts.id, ids))
    .all();
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    return row ? [row] : [];
  });
}

function selection(orm: Orm, input: ParsedInput<'vcard:export'>): { ids: number[]; label: string } {
  switch (input.scope) {
    case 'contact':
      return { ids: [getContact(orm, input.id).id], label: `contact-${input.id}` };
    case 'organisation': {
      getOrganisation(orm, input.id);
      const people = orm
        .select({ id: affiliations.contactId })
        .from(affiliations)
        .innerJoin(contacts, eq(contacts.id, affiliations.contactId))
        .where(and(eq(affiliations.organisationId, input.id), isNull(affiliations.toOn)))
        .orderBy(asc(contacts.name))
        .all();
      return { ids: people.map((p) => p.id), label: `organisation-${input.id}` };
    }
    case 'list': {
      const ids: number[] = [];
      let cursor: string | null = null;
      do {
        const page = listContacts(orm, { ...input.filter, cursor, limit: 200 });
        ids.push(...page.items.map((c) => c.id));
        cursor = page.nextCursor;
      } while (cursor && ids.length < VCARD_LIST_CAP);
      if (ids.length > VCARD_LIST_CAP) {
        throw invalid(['filter'], 'validation.vcard.tooMany', `Narrow the list to at most ${VCARD_LIST_CAP} contacts.`);
      }
      return { ids, label: 'contacts' };
    }
  }
}

/**
 * Writes the chosen contacts as one .vcf file: on the desktop where the officer chooses, in the
 * browser to the exports folder the host serves. The export is on the audit trail, or the file goes.
 */
export async function exportVcards(
  ctx: AppContext,
  input: ParsedInput<'vcard:export'>,
): Promise<ChannelOutput<'vcard:export'>> {
  const { ids, label } = selection(ctx.db.orm, input);
  if (ids.length === 0) throw invalid(['scope'], 'validation.vcard.nothing', 'There is no contact to export.');
  const stamp = ctx.clock.now().toISOString().slice(0, 16).replace(/[-:]/g, '').replace('T', '-');
  const fileName = `${label}-${stamp}.vcf`;
  let file: string;
  if (ctx.dialogs) {
    const chosen = await ctx.dialogs.saveFile({
      title: dialogTitle(mainProcessLanguage(ctx), 'exportVcard'),
      defaultName: fileName,
    });
    if (!chosen) return { cancelled: true, fileName, path: '', count: 0, downloadPath: null };
    file = chosen.toLowerCase().endsWith('.vcf') ? chosen : `${chosen}.vcf`;
  } else {
    file = exportPath(ctx.paths.dataDir, fileName);
  }
  const text = vcardFile(cardsOf(ctx.db.orm, ids));
  // The browser's copy waits for its download sealed (files/exports-folder.ts).
  if (ctx.dialogs) writeFileSync(file, text, 'utf8');
  else await writeSealedExport(file, text, ctx.session.dataKey());
  try {
    inWrite(ctx, (scope) =>
      recordAudit(scope, {
        action: 'vcard.export',
        entity: 'contact',
        entityId: input.scope === 'contact' ? input.id : null,
        details: { scope: input.scope, count: ids.length, file: path.basename(file) },
      }),
    );
  } catch (error) {
    rmSync(file, { force: true });
    throw error;
  }
  const inExports = path.dirname(file) === exportsDir(ctx.paths.dataDir);
  return {
    cancelled: false,
    fileName: path.basename(file),
    path: file,
    count: ids.length,
    downloadPath:
      ctx.mode === 'browser' && inExports ? `/files/export/${encodeURIComponent(path.basename(file))}` : null,
  };
}
