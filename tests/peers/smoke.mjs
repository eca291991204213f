// Smoke journey: the demo portal shows its name and brand colour, and the
// language switch to Japanese works and survives a reload.
import { launch, check } from './browser.mjs';

const url = process.argv[2];
const browser = await launch();
try {
  const page = await browser.newPage();
  await page.goto(url);

  const brand = await page.textContent('.brand-name');
  check(brand.includes('Northwind Partner Network'), `portal name shown, got ${brand}`);
  check((await page.locator('h1').count()) === 1, 'one h1');

  const headerBg = await page.$eval('.site-header', (el) => getComputedStyle(el).backgroundColor);
  check(headerBg === 'rgb(11, 92, 173)', `header uses the tenant primary colour, got ${headerBg}`);

  // The language list opens from the header, then the choice applies.
  await page.locator('.language-menu summary').click();
  await Promise.all([
    page.waitForURL(url),
    page.getByRole('button', { name: '日本語' }).click(),
  ]);
  await page.waitForLoadState('load');
  check((await page.getAttribute('html', 'lang')) === 'ja-JP', 'html lang is ja-JP after the switch');
  const flash = await page.textContent('.flash');
  check(flash.includes('日本語'), `confirmation in Japanese, got ${flash}`);
  check((await page.textContent('.skip-link')).includes('スキップ'), 'skip link in Japanese');

  await page.reload();
  check((await page.getAttribute('html', 'lang')) === 'ja-JP', 'Japanese survives a reload');
  check((await page.locator('.flash').count()) === 0, 'confirmation shown once');
  check((await page.textContent('main')).includes('Northwind パートナープログラムへようこそ'), 'Japanese welcome text');

  console.log('JOURNEY OK');
} finally {
  await browser.close();
}
