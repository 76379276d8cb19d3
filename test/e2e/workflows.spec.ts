import type { Locator } from '@playwright/test';
import { expect, test } from './fixtures';
import { CasePage, CasesPage } from './pages/case-pages';
import { choose } from './pages/controls';
import { RequestPage, type StepFields } from './pages/request-page';
import { WelcomePage } from './pages/welcome-page';

type Walk = {
  channel: string;
  title: string;
  setup?: (dialog: Locator) => Promise<void>;
  steps: [string, StepFields?][];
};

/** This spec walks the workflow; the documents were drafted outside Legat (drafting.spec covers the check). */
const DRAFTED_OUTSIDE = 'Drafted outside Legat';

const WALKS: Walk[] = [
  {
    channel: 'Direct to provider',
    title: 'Subscriber data of the mailbox',
    setup: async (dialog) => {
      await choose(dialog, 'Request kind', 'Voluntary disclosure: subscriber');
      await dialog.getByRole('combobox', { name: 'Provider (legal entity)' }).fill('Example Mail Inc.');
    },
    steps: [
      [
        'Submit to provider',
        {
          select: [['Submitted via', 'Provider portal']],
          text: [['Provider ticket number', 'EXM-77']],
          override: DRAFTED_OUTSIDE,
        },
      ],
      ['Record acknowledgment'],
      ['Record disclosure'],
      ['Close request'],
    ],
  },
  {
    channel: 'Police-to-police',
    title: 'Identity behind the phone number',
    setup: (dialog) => choose(dialog, 'Route', 'Europol SIENA'),
    steps: [
      ['Send message', { text: [['Message reference', 'SIENA-1']], override: DRAFTED_OUTSIDE }],
      ['Record answer', { radio: [['May be used in court', 'No']] }],
      ['Close request'],
    ],
  },
  {
    channel: 'Letter rogatory',
    title: 'Testimony of the branch manager',
    steps: [
      ['Send for translation'],
      ['Record signature and seal'],
      ['Record authentication or apostille'],
      ['Transmit to foreign ministry', { override: DRAFTED_OUTSIDE }],
      ['Record diplomatic note', { text: [['Diplomatic note number', 'DN 2026/88']] }],
      ['Confirm receipt by requested state'],
      ['Record assignment to executing court'],
      ['Record execution'],
      ['Record return via diplomatic channel'],
      ['Record receipt of results'],
      ['Close request'],
    ],
  },
  {
    channel: 'Mutual legal assistance',
    title: 'Search of the server',
    steps: [
      ['Send to central authority'],
      ['Send for translation'],
      [
        'Record transmission',
        { text: [["Our central authority's reference", 'MJ/CA/2026/5']], override: DRAFTED_OUTSIDE },
      ],
      ['Record acknowledgment', { text: [['Their central-authority reference', 'CA-2026-19']] }],
      ['Record start of execution'],
      ['Record request for supplementary information'],
      ['Provide supplementary information'],
      ['Record execution'],
      ['Record evidence received'],
      ['Close request'],
    ],
  },
];

test('every channel can be walked from draft to closed in the UI', async ({ page, host }) => {
  const welcome = new WelcomePage(page);
  await welcome.open(host.url);
  await welcome.createOffice({ name: 'Office', officer: 'Claire Martin' });
  await new CasesPage(page).open();
  await new CasesPage(page).createCase({
    title: 'Four roads',
    offence: 'Fraud',
    country: 'Germany (DE)',
    countrySearch: 'Germany',
  });
  const casePage = new CasePage(page);
  const caseUrl = page.url();

  for (const walk of WALKS) {
    await page.goto(caseUrl);
    const dialog = await casePage.startRequest(walk.channel, walk.title);
    await walk.setup?.(dialog);
    await casePage.saveRequest();
    await page.getByRole('tabpanel').getByRole('link', { name: walk.title }).click();
    const request = new RequestPage(page);
    for (const [button, fields] of walk.steps) await request.step(button, undefined, fields);
    await expect(page.getByText('No further step: this request is finished.')).toBeVisible();
    const history = page.getByRole('region', { name: 'Workflow' });
    await expect(history.getByText(/^Step \d+/)).toHaveCount(walk.steps.length + 1);
  }
});
