import { describe, expect, it } from 'vitest';
import { prepareExportData } from '../../electron/core/bundles/export-data';
import { summaryHtml } from '../../electron/core/bundles/summary-html';
import { CASE, OFFICE_PROFILE, openTestApp } from '../support/test-app';

describe('bundle summary page', () => {
  it('shows the case for a reader without Legat, and never runs what the case text contains', async () => {
    const app = openTestApp();
    await app.call('office:setup', OFFICE_PROFILE);
    const created = await app.call('case:create', { ...CASE, title: 'Phishing <script>alert(1)</script> & "kit"' });
    await app.call('subject:add', {
      caseId: created.id,
      subject: { name: '<img src=x onerror=alert(1)>', role: 'suspect' },
    });
    const html = summaryHtml(prepareExportData(app.ctx.db.orm, [created.id]), {
      officeName: 'Desk',
      officer: 'Anne Officer',
      createdAt: '2026-11-30T10:00:00.000Z',
      appVersion: '1.0.0',
      fingerprint: 'AAAA BBBB',
    });
    app.close();
    expect(html).toContain(created.reference);
    expect(html).toContain('Phishing &#60;script&#62;alert(1)&#60;/script&#62; &#38; &#34;kit&#34;');
    expect(html).not.toMatch(/<script|<img/i);
    expect(html).toContain("default-src 'none'");
    expect(html).toContain('2026-11-30 10:00 UTC');
  });
});
