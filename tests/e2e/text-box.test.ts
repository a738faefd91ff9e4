/**
 * Text is never lost: whatever a visitor types or pastes stays exactly as typed in every lab's
 * text box, whatever its length or script. The link carries what fits, cut between characters
 * (never inside a percent-escape or a surrogate pair), the page says when a link holds only part
 * of the text and offers to copy all of it, and a box never re-reads its value from the
 * shortened link — also not after a reload.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot, useBrowser } from './browser.ts';
import { MAX_HASH_LENGTH } from '../../src/state/route.ts';

const browser = useBrowser();

/** The decoded value of one key of the page's hash query (throws on a broken escape). */
const linkValue = (page: Page, key: string) =>
  page.evaluate((k) => {
    const h = location.hash;
    const q = h.indexOf('?');
    return new URLSearchParams(q < 0 ? '' : h.slice(q + 1)).get(k);
  }, key);

/** The raw hash is well formed: every % starts a full escape and the escapes decode as UTF-8. */
const hashDecodes = (page: Page) =>
  page.evaluate(() => {
    try {
      decodeURIComponent(location.hash.replaceAll('+', ' '));
      return true;
    } catch {
      return false;
    }
  });

const box = (page: Page, testId: string) => page.locator(`[data-testid="${testId}"]`);

/** A long, varied Chinese text with emoji (surrogate pairs) spread through it. */
function chinese(n: number): string {
  const base = '词元化把文本切成词元，模型逐个读取。🙂通义千问的词表有十五万个词元。';
  let s = '';
  while (s.length < n) s += base;
  return s.slice(0, n - 1) + '末';
}

async function expectKept(page: Page, testId: string, key: string, value: string) {
  expect(await box(page, testId).inputValue()).toBe(value);
  const inLink = await linkValue(page, key);
  expect(inLink, 'the link holds a prefix').not.toBeNull();
  expect(value.startsWith(inLink!), 'the link holds a prefix of the text').toBe(true);
  expect(inLink).not.toContain('\uFFFD');
  expect(await hashDecodes(page)).toBe(true);
  expect((await page.evaluate(() => location.hash)).length).toBeLessThanOrEqual(MAX_HASH_LENGTH);
  // The page says whether the link holds all of it or only its first part.
  const status = await box(page, `${testId}-link`).textContent();
  if (inLink!.length < value.length) expect(status).toMatch(/first [\d,]+ of [\d,]+ characters/);
  else expect(status).toMatch(/holds all of it \(\d+% of the room/);
  return inLink!.length < value.length;
}

describe('text boxes keep what was typed', () => {
  it('the tokenizer keeps 3,000 Chinese characters, links part of them, and copies all', () =>
    browser.withPage('#/tokenizer', async (page) => {
      await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
      const text = chinese(3000);
      await box(page, 'text').fill(text);
      expect(await expectKept(page, 'text', 'text', text)).toBe(true);
      // The limit is visible: the counter names the box's maximum.
      expect(await box(page, 'text-length').textContent()).toMatch(/3,000 of at most/);
      await box(page, 'text-copy').click();
      await expect
        .poll(() => page.evaluate(() => navigator.clipboard.readText()), { timeout: 30_000 })
        .toBe(text);
      // A reload in the same tab keeps the whole text, not the link's part.
      await page.reload();
      await box(page, 'text').waitFor({ timeout: 60_000 });
      await expect.poll(() => box(page, 'text').inputValue(), { timeout: 30_000 }).toBe(text);
      await screenshot(page, 'text-box-tokenizer-partial-link');
    }));

  it('a link that holds only part of a text says so when opened elsewhere', async () => {
    const text = chinese(2500);
    const link = await browser.withPage('#/tokenizer', async (page) => {
      await box(page, 'text').fill(text);
      await expect
        .poll(() => box(page, 'text-link').textContent(), { timeout: 30_000 })
        .toMatch(/first/);
      return page.evaluate(() => location.hash);
    });
    await browser.withPage(link, async (page) => {
      const notice = page.locator('[data-testid="url-notice"]');
      await notice.waitFor({ timeout: 30_000 });
      expect(await notice.textContent()).toMatch(/only the first [\d,]+ characters of “text”/);
      const shown = await box(page, 'text').inputValue();
      expect(text.startsWith(shown)).toBe(true);
      expect(shown).not.toContain('\uFFFD');
    });
  });

  it('a hostile hash cut inside an escape never puts a broken character into a box', async () => {
    // 2,000 × "词" is 18,000 URL characters: the hash is read up to its limit, which falls inside
    // an escape of a three-byte character.
    const hostile = '#/tokenizer?text=' + encodeURIComponent('x' + '词'.repeat(2000));
    await browser.withPage(hostile, async (page) => {
      await box(page, 'text').waitFor({ timeout: 60_000 });
      const shown = await box(page, 'text').inputValue();
      expect(shown.length).toBeGreaterThan(1000);
      expect(shown).toMatch(/^x词+$/);
    });
  });

  it('the Model lab keeps a 2,000-character Chinese prompt', () =>
    browser.withPage('#/model', async (page) => {
      const text = '你'.repeat(2000);
      await box(page, 'prompt').fill(text);
      expect(await expectKept(page, 'prompt', 'prompt', text)).toBe(true);
    }));

  it.each([
    ['Chinese', 3090],
    ['English', 7030],
  ] as const)('the Alignment lab keeps a %s conversation of %i characters', async (lang, size) => {
    const content =
      lang === 'Chinese'
        ? chinese(3000)
        : 'RoPE rotates pairs of dimensions by an angle that grows with the position. ';
    await browser.withPage('#/alignment', async (page) => {
      let conv = JSON.stringify([{ role: 'user', content: '' }]);
      let body = '';
      while (conv.length < size) {
        body += content;
        conv = JSON.stringify([{ role: 'user', content: body }]);
      }
      body = body.slice(0, body.length - (conv.length - size));
      conv = JSON.stringify([{ role: 'user', content: body }]);
      expect(conv.length).toBe(size);
      await box(page, 'conv-json').fill(conv);
      // Chinese does not fit in a link (9 URL characters each); this English does.
      expect(await expectKept(page, 'conv-json', 'conv', conv)).toBe(lang === 'Chinese');
      await page.waitForSelector('[data-testid="chatml-text"]');
      expect(await page.locator('#chatml [data-testid="panel-error"]').count()).toBe(0);
      expect(await page.locator('#chatml [data-testid="input-problem"]').count()).toBe(0);
      await screenshot(page, `text-box-alignment-${lang}`);
    });
  });

  it('the Norm and Long-context prompts keep long text too', async () => {
    for (const route of ['#/norm', '#/long-context']) {
      await browser.withPage(route, async (page) => {
        const text = chinese(1200);
        await box(page, 'prompt').fill(text);
        expect(await expectKept(page, 'prompt', 'prompt', text)).toBe(true);
      });
    }
  });

  const looks = (['light', 'dark'] as const).flatMap((colorScheme) =>
    ['en-US', 'zh-CN'].flatMap((locale) =>
      [1280, 375].map((width) => [colorScheme, locale, width] as const),
    ),
  );
  it.each(looks)(
    'the limits and the link status read well: %s, %s, %i px',
    async (colorScheme, locale, width) => {
      await browser.withPage('#/alignment', { colorScheme, locale, width }, async (page) => {
        await box(page, 'conv-json').fill(
          JSON.stringify([{ role: 'user', content: chinese(2000) }]),
        );
        const status = await box(page, 'conv-json-link').textContent();
        expect(status).toMatch(locale === 'zh-CN' ? /只保存前/ : /holds only the first/);
        await page.locator('[data-testid="conv-json-copy"]').scrollIntoViewIfNeeded();
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow).toBeLessThanOrEqual(0);
        await screenshot(page, `text-box-${colorScheme}-${locale}-${width}`, false);
      });
    },
  );
});
