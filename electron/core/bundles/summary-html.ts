import type { BundledCase, CaseData } from '../../../shared/domain/bundle/case-data';

export interface SummaryHeader {
  officeName: string;
  officer: string | null;
  createdAt: string;
  appVersion: string;
  fingerprint: string;
}

const escape = (value: string | number | null | undefined): string =>
  String(value ?? '—').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const bytes = (n: number): string =>
  n < 1024
    ? `${n} B`
    : n < 1024 ** 2
      ? `${(n / 1024).toFixed(1)} KiB`
      : n < 1024 ** 3
        ? `${(n / 1024 ** 2).toFixed(1)} MiB`
        : `${(n / 1024 ** 3).toFixed(2)} GiB`;

function table(headers: string[], rows: (string | number | null | undefined)[][]): string {
  if (rows.length === 0) return '<p class="none">None.</p>';
  const head = headers.map((h) => `<th>${escape(h)}</th>`).join('');
  const body = rows.map((r) => `<tr>${r.map((c) => `<td>${escape(c)}</td>`).join('')}</tr>`).join('\n');
  return `<table><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

function caseSection(c: BundledCase, contacts: Map<string, string>): string {
  const requests = c.requests
    .map((r) => {
      const steps = table(
        ['Date', 'Step', 'Status', 'By', 'Note'],
        r.events.map((e) => [e.occurredOn, e.action, e.toStatus, e.actor, e.note]),
      );
      const linked = r.contacts.map((l) => `${contacts.get(l.contactUuid) ?? l.contactUuid} (${l.role})`).join('; ');
      return `<h4>${escape(r.title)}</h4>
<p>${escape(r.channel)} · ${escape(r.direction)} · ${escape(r.counterpartCountry)} · status <b>${escape(r.status)}</b> · urgency ${escape(r.urgency)}</p>
<p>Legal basis: ${escape(r.legalBasis || '—')} · Our ref.: ${escape(r.ourReference || '—')} · Their ref.: ${escape(r.theirReference || '—')} · Sent: ${escape(r.sentOn)} · Due: ${escape(r.dueOn)} · Preserved until: ${escape(r.preservationUntil)}</p>
<p>Counterparts: ${escape(linked || '—')}</p>
${steps}`;
    })
    .join('\n');
  return `<section>
<h2>${escape(c.reference)} — ${escape(c.title)}</h2>
<p>Status <b>${escape(c.status)}</b> · priority ${escape(c.priority)} · offence ${escape(c.offenceCategory)} · counterpart country ${escape(c.counterpartCountry)} · opened ${escape(c.openedOn)} · lead ${escape(c.leadOfficer)}</p>
<p class="summary">${escape(c.summary || '')}</p>
<h3>Subjects</h3>
${table(
  ['Name', 'Role', 'Nationality', 'Born'],
  c.subjects.map((s) => [s.name, s.role, s.nationality, s.dateOfBirth]),
)}
<h3>Identifiers</h3>
${table(
  ['Kind', 'Value', 'Observed', 'Zone'],
  c.identifiers.map((i) => [i.kind, i.value, i.observedAt, i.timeZone]),
)}
<h3>Requests</h3>
${requests || '<p class="none">None.</p>'}
<h3>Attachments</h3>
${table(
  ['File', 'Description', 'Kind', 'Size', 'SHA-256', 'Added'],
  c.attachments.map((a) => [
    a.originalName,
    a.description,
    a.kind,
    bytes(a.size),
    a.sha256,
    `${a.addedAt} ${a.addedBy ?? ''}`,
  ]),
)}
</section>`;
}

/**
 * The page a person can open without Legat: what the bundle holds, in plain HTML with no script and
 * no external resource, so any browser on an air-gapped machine shows it as it is.
 */
export function summaryHtml(data: CaseData, header: SummaryHeader): string {
  const contacts = new Map(
    data.contacts.map((c) => [c.uuid, `${c.name}${c.organisation ? `, ${c.organisation}` : ''}`]),
  );
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>Legat case bundle — ${escape(data.cases.map((c) => c.reference).join(', '))}</title>
<style>
body{font:14px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:60rem;color:#1a1b1e;padding:0 1rem}
h1{font-size:1.4rem}h2{font-size:1.2rem;border-bottom:1px solid #ccc;padding-bottom:.2rem;margin-top:2rem}
h3{font-size:1rem;margin-bottom:.3rem}h4{margin:.8rem 0 .2rem}
table{border-collapse:collapse;width:100%;margin:.3rem 0}th,td{border:1px solid #ddd;padding:.2rem .4rem;text-align:left;vertical-align:top;word-break:break-word}
th{background:#f3f3f3}.none{color:#777}.meta{color:#444}.summary{white-space:pre-wrap}
</style></head><body>
<h1>Legat case bundle</h1>
<p class="meta">Exported by ${escape(header.officeName)}${header.officer ? ` (${escape(header.officer)})` : ''} on ${escape(`${header.createdAt.replace('T', ' ').slice(0, 16)} UTC`)} with Legat ${escape(header.appVersion)}.<br>
Signing key fingerprint: <code>${escape(header.fingerprint)}</code>.<br>
This page is for reading only. Only Legat verifies the signature and the SHA-256 of every file listed in manifest.json.</p>
${data.cases.map((c) => caseSection(c, contacts)).join('\n')}
<h2>Contacts</h2>
${table(
  ['Name', 'Organisation', 'Kind', 'Country', 'E-mail', 'Phone'],
  data.contacts.map((c) => [c.name, c.organisation, c.kind, c.country, c.emails.join(', '), c.phones.join(', ')]),
)}
</body></html>
`;
}
