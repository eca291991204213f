// Crawls every page each demo account can reach, in headless Chromium, and
// checks what the daily-use issue promises of all of them:
//   - no page scrolls sideways at 1280 px or at 390 px, in every locale
//     (document scrollWidth <= innerWidth);
//   - the header is one row at 1280 px and, on a phone, a menu button that
//     opens and closes the navigation;
//   - axe-core (pinned in package-lock.json) finds no WCAG 2.2 A/AA
//     violation, in every locale at 1280 px and in English at 390 px;
//   - a refused form moves the focus to its error summary.
//
//   node crawl.mjs <portal-url> <email>:<password> [<email>:<password> …]
//
// Pages are taken once per route shape (ids become {id}); only loopback is
// reachable: any other request is aborted.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { launch, check } from './browser.mjs';

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const LOCALES = ['en-US', 'de-DE', 'fr-FR', 'es-ES', 'ja-JP'];
const WIDTHS = [
  { width: 1280, height: 900 },
  { width: 390, height: 844 },
];
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const MAX_PAGES = 120;

// Links not to follow: leaving the session, downloads, machine-readable
// documents, and sign-in with an outside provider.
const SKIP = [
  /^\/sign-(in|out)/, /^\/language/, /^\/auth\//, /^\/invitations\//, /^\/static\//, /^\/api\//,
  /^\/\.well-known\//, /^\/files\//, /\/download$/, /\/export/, /\.(csv|pdf|jwt|json|png|jpe?g|svg|css|js|txt|xml)$/,
  /\/credential$/, /\/status-list/, /^\/unsubscribe/, /^\/dev\//, /^\/branding\.css$/, /^\/health/,
];

const [portal, ...accounts] = process.argv.slice(2);
const origin = new URL(portal).origin;
const problems = [];
let pagesChecked = 0;

function shape(path) {
  return path
    .split('/')
    .map((s) => (/^\d+$/.test(s) || /^[A-Za-z0-9_-]{16,}$/.test(s) ? '{id}' : s))
    .join('/');
}

function withLang(path, locale) {
  const url = new URL(path, origin);
  url.searchParams.set('lang', locale);
  return url.toString();
}

async function signIn(page, email, password) {
  await page.goto(`${origin}/sign-in?lang=en-US`);
  await page.fill('#email', email);
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.waitForSelector('#password');
  await page.fill('#password', password);
  await Promise.all([page.waitForURL(`${origin}/`), page.getByRole('button', { name: 'Sign in' }).click()]);
}

async function links(page) {
  const hrefs = await page.$$eval('a[href]:not([download])', (as) => as.map((a) => a.getAttribute('href')));
  const out = [];
  for (const href of hrefs) {
    let url;
    try {
      url = new URL(href, page.url());
    } catch {
      continue;
    }
    if (url.origin !== origin || SKIP.some((re) => re.test(url.pathname))) continue;
    out.push(url.pathname);
  }
  return out;
}

// What sticks out to the right, deepest elements first, for the report.
async function overflow(page) {
  return page.evaluate(() => {
    const width = window.innerWidth;
    if (document.documentElement.scrollWidth <= width) return null;
    const culprits = [];
    for (const el of document.querySelectorAll('body *')) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.right <= width + 0.5) continue;
      if ([...el.children].some((c) => c.getBoundingClientRect().right > width + 0.5)) continue;
      let inScroller = false;
      for (let p = el.parentElement; p; p = p.parentElement) {
        const s = getComputedStyle(p);
        if (/(auto|scroll|hidden)/.test(s.overflowX) && p.getBoundingClientRect().right <= width + 0.5) {
          inScroller = true;
          break;
        }
      }
      if (inScroller) continue;
      const cls = typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
      culprits.push(`${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${cls} (right ${Math.round(r.right)})`);
      if (culprits.length >= 5) break;
    }
    return `scrollWidth ${document.documentElement.scrollWidth} > ${width}: ${culprits.join(', ')}`;
  });
}

// The header's items all sit on one line.
async function headerRows(page) {
  return page.evaluate(() => {
    const items = [...document.querySelectorAll('.header-inner > *')].filter((el) => el.getClientRects().length > 0);
    const tops = items.map((el) => {
      const r = el.getBoundingClientRect();
      return r.top + r.height / 2;
    });
    return Math.max(...tops) - Math.min(...tops);
  });
}

async function axe(page) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) {
    await page.evaluate(AXE);
  }
  const result = await page.evaluate(
    (tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }),
    AXE_TAGS,
  );
  return result.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`,
  );
}

// Each locale is loaded once at 1280 px (header, overflow, axe), then the
// same page is narrowed to 390 px (overflow in every locale; axe in English,
// where the phone layout's own parts — the menu button — are checked).
async function checkLoaded(page, path, locale, who) {
  const at = (size) => `${who} ${path} ${locale} ${size.width}px`;
  const lang = await page.getAttribute('html', 'lang');
  if (lang !== locale) problems.push(`${at(WIDTHS[0])}: html lang ${lang}`);
  for (const size of WIDTHS) {
    if (size !== WIDTHS[0]) await page.setViewportSize(size);
    const wide = await overflow(page);
    if (wide) problems.push(`${at(size)}: scrolls sideways — ${wide}`);
    if (size === WIDTHS[0]) {
      const spread = await headerRows(page);
      if (spread > 24) problems.push(`${at(size)}: the header takes more than one row (${Math.round(spread)} px between its items)`);
    }
    if (size === WIDTHS[0] || locale === LOCALES[0]) {
      for (const v of await axe(page)) problems.push(`${at(size)}: axe ${v}`);
    }
    pagesChecked += 1;
  }
  await page.setViewportSize(WIDTHS[0]);
}

async function checkPage(page, path, who, locales) {
  for (const locale of locales) {
    const res = await page.goto(withLang(path, locale));
    if (!res || res.status() >= 400) {
      problems.push(`${who} ${path} ${locale}: status ${res ? res.status() : 'none'}`);
      return;
    }
    await checkLoaded(page, path, locale, who);
  }
}

// On a phone the navigation hides behind a menu button that opens it.
async function checkPhoneMenu(page, who) {
  await page.setViewportSize(WIDTHS[1]);
  await page.goto(withLang('/', 'en-US'));
  const toggle = page.locator('.menu-toggle');
  if (!(await toggle.isVisible())) {
    problems.push(`${who}: no menu button on a phone`);
    return;
  }
  const nav = page.locator('#site-menu');
  if (await nav.isVisible()) problems.push(`${who}: the menu is open before it is asked for`);
  await toggle.click();
  if (!(await nav.isVisible())) problems.push(`${who}: the menu button does not open the menu`);
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') problems.push(`${who}: aria-expanded does not follow`);
  await page.keyboard.press('Escape');
  if (await nav.isVisible()) problems.push(`${who}: Escape does not close the menu`);
  await page.setViewportSize(WIDTHS[0]);
  await page.goto(withLang('/', 'en-US'));
  if (await toggle.isVisible()) problems.push(`${who}: a menu button on a desktop`);
  if (!(await nav.isVisible())) problems.push(`${who}: the navigation is hidden on a desktop`);
}

// A refused form opens with its error summary focused.
async function checkErrorSummary(page, who) {
  await page.setViewportSize(WIDTHS[0]);
  await page.goto(withLang('/deals/new', 'en-US'));
  await page.$eval('form.deal-form, main form[method="post"]', (f) => {
    f.noValidate = true;
  });
  await page.locator('main form[method="post"] button[type="submit"]').last().click();
  await page.waitForSelector('#error-summary');
  await page.waitForFunction(() => document.activeElement && document.activeElement.id === 'error-summary');
  const first = page.locator('#error-summary a').first();
  const field = await first.getAttribute('data-field');
  await first.click();
  const focused = await page.evaluate(() => document.activeElement && document.activeElement.getAttribute('name'));
  check(focused === field, `${who}: the summary's first link focuses its field (${field}, got ${focused})`);
}

const browser = await launch();
try {
  for (const account of accounts) {
    const [email, password] = account.split(/:(.*)/s);
    const context = await browser.newContext({ viewport: WIDTHS[0], locale: 'en-US' });
    await context.route('**/*', (route) => {
      const host = new URL(route.request().url()).hostname;
      return host === 'localhost' || host.endsWith('.localhost') || host === '127.0.0.1' ? route.continue() : route.abort();
    });
    const page = await context.newPage();
    page.setDefaultTimeout(15000);
    await signIn(page, email, password);

    const seen = new Set();
    const queue = ['/'];
    const pages = [];
    while (queue.length && pages.length < MAX_PAGES) {
      const path = queue.shift();
      const key = shape(path);
      if (seen.has(key)) continue;
      seen.add(key);
      // Found and checked in English in one visit; the other languages follow.
      const res = await page.goto(withLang(path, LOCALES[0]));
      const type = (res && res.headers()['content-type']) || '';
      if (!res || !type.startsWith('text/html') || new URL(page.url()).origin !== origin) continue;
      if (res.status() >= 400) {
        problems.push(`${email} ${path}: a link leads to status ${res.status()}`);
        continue;
      }
      pages.push(path);
      for (const next of await links(page)) if (!seen.has(shape(next))) queue.push(next);
      await checkLoaded(page, path, LOCALES[0], email);
    }
    console.log(`${email}: ${pages.length} pages: ${pages.join(' ')}`);
    check(pages.length >= 10, `${email} reaches only ${pages.length} pages`);
    // Two tabs share the work (one waits on the server while the other renders).
    const second = await context.newPage();
    second.setDefaultTimeout(15000);
    const work = [...pages];
    await Promise.all(
      [page, second].map(async (tab) => {
        while (work.length) await checkPage(tab, work.shift(), email, LOCALES.slice(1));
      }),
    );
    await second.close();
    await checkPhoneMenu(page, email);
    if (pages.includes('/deals/new')) await checkErrorSummary(page, email);
    await context.close();
  }
  console.log(`${pagesChecked} page views checked`);
  if (problems.length) {
    console.log(problems.join('\n'));
    throw new Error(`${problems.length} problems`);
  }
  console.log('JOURNEY OK');
} finally {
  await browser.close();
}
