/**
 * The trainer playground in Chromium, as the extension page (chrome-extension://…/playground.html): open a scenario,
 * type a draft and watch a finding appear and go away; run a quiz to its score; present with the keyboard; import a
 * broken file and paste a thread.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { buildQuiz, scoreQuiz, type QuizAnswer } from '../../lib/playground/quiz';
import { builtInScenarios } from '../../lib/playground/scenarios';
import { launchExtension, repoRoot, type Extension, type PageProblems } from './harness';

let ext: Extension;
beforeAll(async () => {
  ext = await launchExtension();
});
afterAll(async () => {
  await ext?.close();
});

const scenarios = builtInScenarios();

async function openPlayground(hash = ''): Promise<{ page: Page; errors: PageProblems }> {
  const opened = await ext.openExtensionPage(`playground.html?lang=en${hash}`);
  // Each test starts from the built-in set: edits of an earlier test live in this profile's localStorage.
  await opened.page.evaluate(() => localStorage.clear());
  await opened.page.reload();
  await opened.page.waitForSelector('.pg-app');
  return opened;
}

describe('playground', () => {
  it('opens a scenario from the gallery and shows findings appear and disappear as the draft changes', async () => {
    const { page, errors } = await openPlayground();
    await expect.poll(() => page.locator('[data-testid^="scenario-card-"]').count()).toBe(scenarios.length);
    await page.click('[data-testid="scenario-card-nl-x-cliche-wat-vervelend"]');
    await page.waitForSelector('[data-testid="scenario-view"]');
    await expect.poll(() => page.locator('[data-target="true"]').count()).toBe(1);
    await expect.poll(() => page.locator('[data-testid="analysis"]').count()).toBe(1);

    const input = page.locator('[data-testid="draft-input-a"]');
    const findings = page.locator('[data-testid="findings-a"] [data-testid="finding"]');
    await input.fill('');
    await expect.poll(() => findings.count()).toBe(0);

    await input.pressSequentially('Wat vervelend dat je ontevreden bent.', { delay: 5 });
    await expect.poll(() => findings.count()).toBeGreaterThan(0);
    await expect.poll(() => page.locator('[data-testid="draft-a"] mark').count()).toBeGreaterThan(0);
    const rules = await findings.evaluateAll((items) => items.map((item) => item.getAttribute('data-rule')));
    expect(rules.some((rule) => rule?.startsWith('cliche-'))).toBe(true);

    await input.fill('Een kapotte incheckpaal en daardoor je gesprek missen, dat is zuur. ^KW');
    await expect.poll(() => findings.count()).toBe(0);
    await expect.poll(() => page.locator('[data-testid="draft-a"] mark').count()).toBe(0);
    expect(errors.pageErrors).toEqual([]);
  });

  it('edits a post live and compares two drafts side by side', async () => {
    const { page } = await openPlayground('#/s/nl-x-cliche-wat-vervelend');
    await page.click('[data-testid="toggle-edit"]');
    const text = page.locator('[data-testid="edit-post-text-p1"]');
    await text.fill('Mijn trein is weer te laat @SpoorLinq');
    await expect
      .poll(() => page.locator('[data-testid="post-p1"] .pg-post__text').textContent())
      .toBe('Mijn trein is weer te laat @SpoorLinq');
    await page.click('[data-testid="add-post"]');
    await expect.poll(() => page.locator('[data-testid^="post-p"]').count()).toBe(2);

    await page.click('[data-testid="toggle-compare"]');
    await expect.poll(() => page.locator('[data-testid="draft-input-b"]').count()).toBe(1);
    const scenario = scenarios.find((s) => s.id === 'nl-x-cliche-wat-vervelend');
    expect(await page.locator('[data-testid="draft-input-b"]').inputValue()).toBe(scenario?.goodReply);
  });

  it('runs a quiz to a score that matches the scoring rules', async () => {
    const { page } = await openPlayground();
    await page.click('[data-testid="nav-quiz"]');
    await page.selectOption('[data-testid="quiz-count"]', '3');
    await page.fill('[data-testid="quiz-seed"]', '42');
    await page.click('[data-testid="quiz-start"]');

    // The page builds the same quiz from the same seed; answer the first two right and the last one wrong.
    const questions = buildQuiz(scenarios, { seed: 42, count: 3 });
    const answers: QuizAnswer[] = [];
    for (const [index, question] of questions.entries()) {
      await page.waitForSelector('[data-testid="quiz-question"]');
      const right = index < 2;
      if (question.kind === 'pick-best') {
        const choice = question.options.findIndex((option) => option.best === right);
        await page.click(`[data-testid="quiz-option-${choice + 1}"]`);
        answers.push({ kind: 'pick-best', optionId: question.options[choice]?.id ?? '' });
      } else {
        const ticks = question.options.flatMap((option, i) => (option.applies === right ? [i] : []));
        for (const i of ticks) await page.click(`[data-testid="quiz-mistake-${i + 1}"]`);
        answers.push({ kind: 'find-wrong', mistakes: ticks.map((i) => question.options[i]!.mistake) });
      }
      await page.click('[data-testid="quiz-check"]');
      await page.waitForSelector('[data-testid="quiz-explanation"]');
      expect(await page.locator('[data-testid="quiz-feedback"]').textContent()).toContain(
        right ? 'Right' : 'Not quite',
      );
      await page.click('[data-testid="quiz-next"]');
    }
    const expected = scoreQuiz(questions, answers);
    expect(expected.correct).toBe(2);
    await page.waitForSelector('[data-testid="quiz-result"]');
    expect(await page.locator('[data-testid="quiz-score"]').textContent()).toBe(
      `${expected.points} / 3 (${expected.percent}%)`,
    );
  });

  it('moves between scenarios with the keyboard in presentation mode', async () => {
    const { page } = await openPlayground(`#/present/${scenarios[0]?.id}`);
    const counter = page.locator('[data-testid="presentation-counter"]');
    await expect.poll(() => counter.textContent()).toBe(`1 / ${scenarios.length}`);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => counter.textContent()).toBe(`2 / ${scenarios.length}`);
    await page.keyboard.press('5');
    await expect.poll(() => counter.textContent()).toBe(`5 / ${scenarios.length}`);
    expect(await page.locator('[data-testid="presentation-title"]').textContent()).toBe(scenarios[4]?.title.en);
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => counter.textContent()).toBe(`4 / ${scenarios.length}`);
    await page.keyboard.press('Escape');
    await page.waitForSelector('[data-testid="scenario-view"]');
    expect(await page.locator('[data-testid="scenario-title"]').textContent()).toBe(scenarios[3]?.title.en);
  });

  it('rejects a broken file with its line and keeps every scenario; a pasted thread becomes a scenario', async () => {
    const { page } = await openPlayground();
    await page.locator('[data-testid="import-file"]').setInputFiles({
      name: 'broken.thread.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{\n  "version": 1,\n  "platform": "x",\n  "posts": [],\n  "colour": "red"\n}'),
    });
    await expect
      .poll(() => page.locator('[data-testid="import-message"]').textContent())
      .toContain('broken.thread.json:5: colour: unknown field');
    expect(await page.locator('[data-testid^="scenario-card-"]').count()).toBe(scenarios.length);

    await page.click('[data-testid="toggle-paste"]');
    await page.fill(
      '[data-testid="paste-text"]',
      'Anna (@anna_k): @TreinNu de 8:15 is weer te laat\n@TreinNu: Sorry Anna, we zoeken het uit\nAnna (@anna_k): Top service weer 👏',
    );
    await page.click('[data-testid="paste-create"]');
    await page.waitForSelector('[data-testid="scenario-view"]');
    await expect.poll(() => page.locator('[data-testid^="post-p"]').count()).toBe(3);
    expect(await page.locator('[data-testid="post-p2"] .pg-post__brand-badge').count()).toBe(1);
    await page.click('[data-testid="back-to-gallery"]');
    await expect.poll(() => page.locator('[data-testid^="scenario-card-"]').count()).toBe(scenarios.length + 1);
  });

  it('works as a plain static site opened from disk, outside the extension', async () => {
    const out = mkdtempSync(join(tmpdir(), 'playground-site-'));
    try {
      const built = spawnSync(
        process.execPath,
        [join(repoRoot, 'node_modules/tsx/dist/cli.mjs'), 'scripts/build-playground-site.ts', '--out', out],
        { cwd: repoRoot, encoding: 'utf8' },
      );
      expect(built.status, built.stderr).toBe(0);
      const page = await ext.context.newPage();
      const pageErrors: string[] = [];
      page.on('pageerror', (error) => pageErrors.push(String(error)));
      await page.goto(`${pathToFileURL(join(out, 'index.html')).href}?lang=nl#/s/nl-facebook-sarcasm-bedankt-hoor`);
      await page.waitForSelector('[data-testid="scenario-view"]');
      await expect.poll(() => page.locator('[data-testid="analysis"]').count()).toBe(1);
      await expect
        .poll(() => page.locator('[data-testid="findings-a"] [data-testid="finding"]').count())
        .toBeGreaterThan(0);
      await page.locator('[data-testid="draft-input-a"]').fill('');
      await expect.poll(() => page.locator('[data-testid="findings-a"] [data-testid="finding"]').count()).toBe(0);
      expect(pageErrors).toEqual([]);
      await page.close();
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
