/**
 * The phrasebook end to end (issue 4): the options page shows the starter books with folders, search and a
 * preview; an import shows its plan first and stores HTML as text; team variables set there reach the sidebar;
 * on an X thread the top suggestion goes into the real Draft.js composer with key "1", and a suggestion with an
 * unfilled variable is refused.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  editorText,
  launchExtension,
  problemsFromUs,
  routeSiteFixture,
  useFixtureBrand,
  type Extension,
} from './harness';

let ext: Extension;
beforeAll(async () => {
  ext = await launchExtension();
});
afterAll(async () => {
  await ext?.close();
});

const flat = (text: string) => text.replace(/\s+/g, '');

const teamValues = [
  'statusUrl = https://spoorlinq.example/storingen',
  'helpUrl = https://spoorlinq.example/help',
  'fraudUrl = https://spoorlinq.example/fraude',
  'phone = 030 123 45 67',
  'openingHours = 8:00',
].join('\n');

describe('phrasebook', () => {
  it('options page: starter books, folders, search, preview, try-out, personal copy edited by keyboard and undone, import plan, HTML as text, own variables', async () => {
    const { page, errors } = await ext.openExtensionPage('options.html');
    const section = page.locator('[data-testid="phrasebook"]');
    await section.waitFor();
    const bookPicker = section.locator('select[name="phrasebook-book"]');
    await expect.poll(() => bookPicker.locator('option').count()).toBe(3);

    // Team book: read-only, folders and search, preview with the missing variable marked.
    await bookPicker.selectOption('starter-nl');
    await section.getByRole('button', { name: /^Fraude$/ }).click();
    await section.locator('input[name="phrasebook-search"]').fill('phishing');
    await section.locator('[data-entry-id="fraude-phishing-bericht"]').click();
    const preview = section.locator('[data-testid="phrasebook-preview"]');
    await expect.poll(() => preview.innerText()).toContain('Goed dat je het checkt, Annelies');
    expect(await preview.locator('mark[data-missing="fraudUrl"]').count()).toBe(1);
    expect(await section.getByRole('button', { name: 'Make a personal copy' }).count()).toBe(1);

    // Try it: a customer message analysed as the sidebar would, against this book.
    await section
      .locator('textarea[name="phrasebook-try-message"]')
      .fill('Ik kreeg een sms dat ik via een link nog moet betalen, is dat echt van jullie?');
    const tried = section.locator('[data-testid="phrasebook-try"] li[data-suggestion]');
    await expect.poll(() => tried.first().getAttribute('data-suggestion')).toBe('fraude-phishing-bericht');
    expect(await tried.first().innerText()).toMatch(/matches: .*(sms|link)/);

    // A personal copy of the team entry, edited from the keyboard, then undone.
    await section.getByRole('button', { name: 'Make a personal copy' }).click();
    const copy = section.locator('[data-entry-id="fraude-phishing-bericht-mine"]');
    await copy.waitFor();
    expect(await bookPicker.inputValue()).toBe('own');
    await copy.click();
    await page.keyboard.press('Enter');
    const title = section.locator('input[name="entry-title"]');
    await title.fill('Mijn phishing-antwoord');
    await page.keyboard.press('Control+s');
    await expect.poll(() => copy.innerText()).toContain('Mijn phishing-antwoord');
    await copy.click();
    await page.keyboard.press('Control+z');
    await expect.poll(() => copy.innerText()).toContain('Phishing: nepbericht uit onze naam');

    // Import into the own book: the plan first, nothing written until confirmed; script stays text.
    await section.locator('input[name="phrasebook-search"]').fill('');
    await section.getByRole('button', { name: /^All/ }).click();
    const hostile = '<img src=x onerror="window.__pwned=1">';
    await page.locator('input[name="phrasebook-import"]').setInputFiles({
      name: 'mine.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(`id,title,text_nl\r\nhostile,"${hostile.replace(/"/g, '""')}",Hoi {firstName}\r\n`),
    });
    const plan = page.locator('[data-testid="import-plan"]');
    await plan.waitFor();
    expect(await plan.innerText()).toContain('1 new, 0 changed, 0 skipped');
    expect(await section.locator('[data-entry-id="hostile"]').count()).toBe(0);
    await plan.getByRole('button', { name: 'Import' }).click();
    const imported = section.locator('[data-entry-id="hostile"]');
    await imported.waitFor();
    expect(await imported.innerText()).toContain(hostile);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();

    // A broken file is rejected whole, with line and field.
    await page.locator('input[name="phrasebook-import"]').setInputFiles({
      name: 'broken.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('id,title,text_nl,categories\r\na,A,x,complaint\r\nb,B,y,klacht\r\n'),
    });
    await expect.poll(() => page.locator('[role="alert"]').first().innerText()).toContain('broken.csv:3: categories');

    // Own values for the team variables, used by the sidebar below.
    await section.locator('summary', { hasText: 'My values for variables' }).click();
    await section.locator('textarea[name="phrasebook-variables"]').fill(teamValues);
    await section.locator('details').getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => section.locator('[role="status"]').innerText()).toBe('Variables saved.');
    expect(problemsFromUs(errors, ext.extensionId)).toEqual([]);
    await page.close();
  });

  it('X: key "1" inserts the top suggestion, filled, into the composer', async () => {
    const fixture = await routeSiteFixture(ext.server, 'x/spoorlinq-storing-nl', { scripts: ['draft'] });
    await useFixtureBrand(ext, fixture);
    const { page, errors } = await ext.openPage(fixture.url);
    const sidebar = await ext.sidebarFrame(page);
    const first = sidebar.locator('[data-testid="suggestion-1"]');
    await first.waitFor({ timeout: 15_000 });
    const text = await first.locator('.wc-text').innerText();
    expect(text).toMatch(/Anouk/); // {firstName} from the target's author
    expect(text).not.toMatch(/\{[A-Za-z]+\}/);
    expect(await first.isEnabled()).toBe(true);
    expect(await editorText(page)).toBe('');

    await sidebar.locator('.wc-header').click();
    await page.keyboard.press('1');
    await expect.poll(() => editorText(page).then(flat), { timeout: 10_000 }).toBe(flat(text));
    expect([...errors.pageErrors, ...problemsFromUs(errors, ext.extensionId)]).toEqual([]);
    await page.close();
  });
});
