/**
 * The shell in a real Chromium: navigation, language, theme, hostile links, embed mode,
 * keyboard access, back/forward. Screenshots of both themes, both languages and 375 px.
 */
import { describe, expect, it } from 'vitest';
import { screenshot, useBrowser } from './browser.ts';

const browser = useBrowser();

/** The labs the navigation lists, read from the home page (which must be clean too). */
const navIds = () =>
  browser.withPage('', async (page) => {
    const hrefs = await page
      .locator('nav.site-nav a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    return hrefs.map((h) => h.replace(/^#\//, '')).filter(Boolean);
  });

describe('shell', () => {
  it('shows the home page with the name, the labs and the report link, in both themes and languages', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      for (const locale of ['en-US', 'zh-CN']) {
        for (const width of [1280, 375]) {
          await browser.withPage('', { colorScheme, locale, width }, async (page) => {
            await expect
              .poll(() => page.locator('html').getAttribute('data-theme'))
              .toBe(colorScheme);
            const name = locale === 'zh-CN' ? 'Qwen 内部机制游乐场' : 'Qwen Internals Playground';
            await expect.poll(() => page.locator('.site-name').textContent()).toBe(name);
            expect(
              await page.locator('footer a[href="https://arxiv.org/abs/2309.16609"]').count(),
            ).toBe(1);
            expect(await page.locator('.panel-card').count()).toBeGreaterThan(0);
            // Nothing wider than the viewport (usable at 375 px).
            const overflow = await page.evaluate(
              () => document.documentElement.scrollWidth - window.innerWidth,
            );
            expect(overflow).toBeLessThanOrEqual(0);
            await screenshot(page, `home-${colorScheme}-${locale}-${width}`);
          });
        }
      }
    }
  });

  it('loads every navigation entry without errors', async () => {
    const ids = await navIds();
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) {
      await browser.withPage('', async (page) => {
        await page.click(`nav.site-nav a[href="#/${id}"]`);
        await page.waitForSelector(`[data-panel="${id}"]`);
        await page.waitForLoadState('networkidle');
        expect(await page.locator('[data-testid="panel-error"]').count()).toBe(0);
        expect(await page.locator(`nav a[aria-current="page"]`).getAttribute('href')).toBe(
          `#/${id}`,
        );
        await screenshot(page, `panel-${id}`);
      });

      // The same panel on a phone, in the dark theme and in Chinese: nothing wider than the screen.
      await browser.withPage(
        `#/${id}`,
        { width: 375, colorScheme: 'dark', locale: 'zh-CN' },
        async (page) => {
          await page.waitForSelector(`[data-panel="${id}"]`);
          await page.waitForLoadState('networkidle');
          const overflow = await page.evaluate(
            () => document.documentElement.scrollWidth - window.innerWidth,
          );
          expect(overflow).toBeLessThanOrEqual(0);
          await screenshot(page, `panel-${id}-dark-zh-375`);
        },
      );
    }
  });

  it('switches the visible text to Chinese and back, and remembers the choice', () =>
    browser.withPage('', async (page) => {
      await page.selectOption('[data-testid="lang-switch"]', 'zh-CN');
      await expect.poll(() => page.locator('h1').first().textContent()).toContain('Qwen 技术报告');
      expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
      await page.reload();
      await expect.poll(() => page.locator('h1').first().textContent()).toContain('Qwen 技术报告');
      await page.selectOption('[data-testid="lang-switch"]', 'en');
      await expect
        .poll(() => page.locator('h1').first().textContent())
        .toBe('The Qwen report, made playable');
    }));

  it('toggles the theme from the system default and keeps it across a reload', () =>
    browser.withPage('', { colorScheme: 'light' }, async (page) => {
      await expect.poll(() => page.locator('html').getAttribute('data-theme')).toBe('light');
      const bgLight = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      await page.click('[data-testid="theme-toggle"]');
      await expect.poll(() => page.locator('html').getAttribute('data-theme')).toBe('dark');
      const bgDark = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(bgDark).not.toBe(bgLight);
      await page.reload();
      await expect.poll(() => page.locator('html').getAttribute('data-theme')).toBe('dark');
    }));

  it('renders a hostile link with a notice and never runs injected script', async () => {
    const [first] = await navIds();
    const hostile =
      `#/${first}?base=NaN&dim=-5&train=1e309&len=-1&evil=%3Cscript%3Ewindow.__pwned%3D1%3C%2Fscript%3E` +
      `&%3Cimg%20src%3Dx%20onerror%3Dwindow.__pwned%3D1%3E=1&junk=` +
      'A'.repeat(10_000);
    await browser.withPage(hostile, async (page) => {
      await page.waitForSelector('[data-testid="url-notice"]');
      const notice = await page.locator('[data-testid="url-notice"]').textContent();
      expect(notice).toContain('evil');
      expect(
        await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
      ).toBeUndefined();
      expect(await page.locator('[data-testid="panel-error"]').count()).toBe(0);
      await screenshot(page, 'hostile-url');
    });

    await browser.withPage('#/%3Cscript%3Ealert(1)%3C%2Fscript%3E', async (page) => {
      await page.waitForSelector('[data-testid="notice"]');
      expect(await page.locator('[data-testid="notice"]').textContent()).toContain(
        '<script>alert(1)</script>',
      );
      expect(await page.locator('.home h1').count()).toBe(1);
    });
  });

  it('embed=1 hides the header, navigation and footer', async () => {
    const [first] = await navIds();
    await browser.withPage(`#/${first}?embed=1`, async (page) => {
      await page.waitForSelector(`[data-panel="${first}"]`);
      expect(await page.locator('header.site-header').count()).toBe(0);
      expect(await page.locator('nav.site-nav').count()).toBe(0);
      expect(await page.locator('footer.site-footer').count()).toBe(0);
      await screenshot(page, 'embed');
    });
  });

  it('moves a slider with the keyboard alone and puts the value in the URL', async () => {
    // The RoPE lab opens with the shared Slider near the top of the page.
    await browser.withPage('#/rope', async (page) => {
      await page.waitForSelector('input[type="range"]');
      // Tab from the top of the page until a range input has the focus.
      let found = false;
      for (let i = 0; i < 60 && !found; i++) {
        await page.keyboard.press('Tab');
        found = await page.evaluate(
          () => (document.activeElement as HTMLInputElement | null)?.type === 'range',
        );
      }
      expect(found).toBe(true);
      const outline = await page.evaluate(
        () => getComputedStyle(document.activeElement!).outlineStyle,
      );
      expect(outline).not.toBe('none');
      const before = await page.evaluate(() => location.hash);
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => page.evaluate(() => location.hash)).not.toBe(before);
    });
  });

  it('goes back and forward between pages', async () => {
    const ids = await navIds();
    await browser.withPage('', async (page) => {
      await page.click(`nav.site-nav a[href="#/${ids[0]}"]`);
      await page.waitForSelector(`[data-panel="${ids[0]}"]`);
      await page.goBack();
      await page.waitForSelector('.home');
      await page.goForward();
      await page.waitForSelector(`[data-panel="${ids[0]}"]`);
    });
  });

  it('resets corrupt stored settings with a notice', () =>
    browser.withPage('', async (page) => {
      await page.evaluate(() => localStorage.setItem('qip.settings', '{not json'));
      await page.reload();
      await page.waitForSelector('[data-testid="notice"]');
      expect(await page.locator('.home h1').count()).toBe(1);
    }));
});
