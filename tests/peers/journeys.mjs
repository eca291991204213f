// Browser journeys for the sign-in issue, in headless Chromium.
//   node journeys.mjs invitation <invitation-url> <email> <password>
//   node journeys.mjs sso <portal-url> <email>
//   node journeys.mjs csrf <portal-url> <email> <password>
//   node journeys.mjs cobrand <portal-url> <editor> <partner-admin> <password> <pdf> <logo> <download-to>
//   node journeys.mjs console <operator-sign-in-link> <tenant-url-of-initech>
//   node journeys.mjs training <portal-url> <editor> <partner-user> <password> <pdf-folder>
import { launch, check } from './browser.mjs';

const [journey, ...args] = process.argv.slice(2);
const browser = await launch();
const page = await browser.newPage();
page.setDefaultTimeout(15000);

async function headerColour() {
  return page.$eval('.site-header', (el) => getComputedStyle(el).backgroundColor);
}

// The status a page answers with, as a fresh browser sees it (Chromium
// resolves *.localhost to loopback; Node's resolver does not).
async function statusOf(url) {
  const other = await browser.newPage();
  try {
    return (await other.goto(url)).status();
  } finally {
    await other.close();
  }
}

async function signIn(portal, email, password) {
  await page.goto(`${portal}/sign-in`);
  await page.fill('#email', email);
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.waitForSelector('#password');
  await page.fill('#password', password);
  await Promise.all([page.waitForURL(`${portal}/`), page.getByRole('button', { name: 'Sign in' }).click()]);
}

try {
  if (journey === 'invitation') {
    const [link, email, password] = args;
    const portal = new URL(link).origin;
    await page.goto(link);
    check((await page.inputValue('#email')) === email, 'the invitation names the invitee');
    await page.fill('#password', password);
    await page.fill('#password_confirm', password);
    await Promise.all([page.waitForURL(`${portal}/`), page.getByRole('button', { name: 'Save password and sign in' }).click()]);
    check(await page.getByRole('button', { name: 'Sign out' }).isVisible(), 'signed in after setting the password');

    // Sign out and in again with the new password.
    await Promise.all([page.waitForURL(`${portal}/`), page.getByRole('button', { name: 'Sign out' }).click()]);
    await signIn(portal, email, password);
    check(await page.getByRole('button', { name: 'Sign out' }).isVisible(), 'signed in with e-mail and password');

    // Change the primary colour: the preview follows before saving.
    await page.goto(`${portal}/admin/branding`);
    const before = await headerColour();
    await page.fill('#primary_color', '#aa2200');
    await page.waitForFunction(() => {
      const el = document.querySelector('.brand-preview-header');
      return el && getComputedStyle(el).backgroundColor === 'rgb(170, 34, 0)';
    });
    check((await headerColour()) === before, 'the portal keeps its colour until saved');
    await Promise.all([page.waitForURL(`${portal}/admin/branding`), page.getByRole('button', { name: 'Save' }).first().click()]);
    await page.goto(`${portal}/`);
    const after = await headerColour();
    check(after === 'rgb(170, 34, 0)', `the portal shows the new colour, got ${after}`);
  } else if (journey === 'sso') {
    const [portal, email] = args;
    await page.goto(`${portal}/sign-in`);
    await page.fill('#email', email);
    await page.getByRole('button', { name: 'Continue' }).click();
    // The provider's own login form, then its consent screen.
    await page.waitForSelector('input[name="login"]');
    check(page.url().startsWith('http://127.0.0.1'), `at the provider: ${page.url()}`);
    await page.fill('input[name="login"]', email);
    await page.fill('input[name="password"]', 'any password');
    await page.click('button[type="submit"]');
    await page.waitForURL((url) => url.origin === portal || url.pathname.includes('/interaction/'));
    if (page.url().includes('/interaction/')) {
      await page.click('button[type="submit"]');
    }
    await page.waitForURL(`${portal}/`);
    check(await page.getByRole('button', { name: 'Sign out' }).isVisible(), 'signed in through the provider');
    check((await page.textContent('.account-name')).length > 0, 'the account name is shown');
  } else if (journey === 'csrf') {
    const [portal, email, password] = args;
    await signIn(portal, email, password);
    const token = await page.inputValue('form.account input[name="csrf_token"]');
    // A sibling subdomain (same site, another origin) serves a page that
    // posts a form to this tenant — even with a valid token.
    const attacker = 'http://attacker.localhost:9/';
    await page.route(`${attacker}**`, (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><form id="f" method="post" action="${portal}/sign-out"><input name="csrf_token" value="${token}"></form><script>document.getElementById('f').submit()</script>`,
      }),
    );
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.url() === `${portal}/sign-out`),
      page.goto(attacker),
    ]);
    check(response.status() === 403, `the sibling's post is refused, got ${response.status()}`);
    await page.goto(`${portal}/`);
    check(await page.getByRole('button', { name: 'Sign out' }).isVisible(), 'still signed in');
  } else if (journey === 'deal') {
    const [portal, partnerEmail, managerEmail, password] = args;
    // The partner registers a deal for a customer another partner has registered.
    await signIn(portal, partnerEmail, password);
    await page.goto(`${portal}/deals/new`);
    await page.fill('#customer_company', 'Umbrella Corp.');
    await page.fill('#customer_domain', 'https://www.umbrella-journey.test/');
    await page.fill('#country', 'DE');
    await page.waitForSelector('#conflict-hint .alert');
    check((await page.textContent('#conflict-hint')).includes('may cover this customer'), 'the partner is warned before submitting');
    await page.fill('#contact_name', 'Ursula Buyer');
    await page.fill('#contact_email', 'ursula@umbrella-journey.test');
    await page.fill('#value', '48,000');
    await page.selectOption('#currency', 'EUR');
    const close = new Date(Date.now() + 60 * 86400000).toISOString().slice(0, 10);
    await page.fill('#expected_close', close);
    await Promise.all([page.waitForURL(/\/deals\/[0-9a-f]{32}$/), page.getByRole('button', { name: 'Submit for approval' }).click()]);
    const dealUrl = page.url();
    check((await page.textContent('main')).includes('under review'), 'the partner sees only "under review"');
    check(!(await page.textContent('main')).includes('P1B'), 'and never the other partner');
    await Promise.all([page.waitForURL(`${portal}/`), page.getByRole('button', { name: 'Sign out' }).click()]);

    // The channel manager compares both registrations and approves.
    await signIn(portal, managerEmail, password);
    await page.goto(`${portal}/deals?review=1`);
    await Promise.all([page.waitForURL(dealUrl), page.getByRole('link', { name: 'Umbrella Corp.' }).click()]);
    const conflicts = await page.textContent('.conflict-set');
    check(conflicts.includes('P1B') && conflicts.includes('Umbrella Corporation'), 'both deals side by side');
    check(conflicts.includes('match'), 'with the match reasons');
    // Side by side fits a desktop and stacks on a phone, never scrolling sideways.
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 900 });
      const fits = await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
      check(fits, `the conflict view fits ${width} px without sideways scrolling`);
    }
    const tops = await page.$$eval('.conflict-card', (cards) => cards.map((c) => c.getBoundingClientRect().top));
    check(tops.length === 2 && tops[1] > tops[0], 'stacked on a phone');
    await page.setViewportSize({ width: 1280, height: 900 });
    const sideBySide = await page.$$eval('.conflict-card', (cards) => cards.map((c) => c.getBoundingClientRect().top));
    check(sideBySide[0] === sideBySide[1], 'in columns on a desktop');
    // The reason for the other partner sits in its column; approving this one rejects the other.
    await page.locator('.conflict-card:not(.is-this) textarea').fill('P1A registered Umbrella first.');
    await Promise.all([
      page.waitForURL(dealUrl),
      page.locator('.conflict-card.is-this').getByRole('button', { name: 'Approve this one, reject the others' }).click(),
    ]);
    check((await page.textContent('.page-head')).includes('Approved'), 'approved');
    await Promise.all([page.waitForURL(`${portal}/`), page.getByRole('button', { name: 'Sign out' }).click()]);

    // The partner sees the protection.
    await signIn(portal, partnerEmail, password);
    await page.goto(dealUrl);
    check((await page.textContent('main')).includes('Protected until'), 'the partner sees "protected until"');
  } else if (journey === 'cobrand') {
    const [portal, editor, partner, password, pdf, logo, downloadTo] = args;
    // The editor's live preview follows what they type in a template.
    await signIn(portal, editor, password);
    await page.goto(`${portal}/admin/assets/new`);
    await page.fill('#asset-body-html', '<p>Hello from {{partner_name}}</p>');
    const frame = page.frame({ name: 'template-preview' });
    // The preview reloads as the editor types: a read during a reload is retried.
    const preview = async () => {
      try {
        return await frame.content();
      } catch {
        return '';
      }
    };
    let filled = false;
    for (let i = 0; i < 100 && !filled; i++) {
      filled = (await preview()).includes('Hello from Sample Partner Ltd');
      if (!filled) await page.waitForTimeout(100);
    }
    check(filled, 'the live preview fills the placeholder');

    // A datasheet with a name zone and a logo zone.
    await page.goto(`${portal}/admin/assets/new`);
    await page.selectOption('#asset-kind', 'pdf');
    await page.setInputFiles('#asset-file', pdf);
    await page.fill('#asset-title', 'Journey datasheet');
    await page.selectOption('#asset-status', 'published');
    await Promise.all([page.waitForURL(/\/admin\/assets\/\d+$/), page.getByRole('button', { name: 'Add the asset' }).click()]);
    const assetUrl = page.url();
    await page.fill('#zone-text', '{{partner_name}}');
    await Promise.all([page.waitForURL(/\/admin\/assets\/\d+/), page.getByRole('button', { name: 'Add the zone' }).click()]);
    await page.check('input[name="what"][value="logo"]');
    await page.fill('#zone-x', '60');
    await page.fill('#zone-y', '75');
    await page.fill('#zone-width', '30');
    await page.fill('#zone-height', '15');
    await Promise.all([page.waitForURL(/\/admin\/assets\/\d+/), page.getByRole('button', { name: 'Add the zone' }).click()]);
    check((await page.textContent('main')).includes("The partner's logo") && (await page.textContent('main')).includes('{{partner_name}}'), 'both zones are listed');

    // A campaign with it, running from today.
    await page.goto(`${portal}/admin/campaigns/new`);
    await page.fill('#campaign-name', 'Journey launch');
    const today = new Date().toISOString().slice(0, 10);
    const later = new Date(Date.now() + 14 * 86400000).toISOString().slice(0, 10);
    await page.fill('#campaign-starts', today);
    await page.fill('#campaign-ends', later);
    await page.getByLabel('Journey datasheet').check();
    await page.getByLabel('Ready: run it in its period').check();
    await Promise.all([page.waitForURL(/\/admin\/campaigns\/\d+$/), page.getByRole('button', { name: 'Create the campaign' }).click()]);
    const campaignAdmin = page.url();
    await Promise.all([page.waitForURL(`${portal}/`), page.getByRole('button', { name: 'Sign out' }).click()]);

    // The partner admin opens it, is told the logo is missing, adds it.
    await signIn(portal, partner, password);
    await page.goto(`${portal}/campaigns`);
    await Promise.all([page.waitForURL(/\/campaigns\/\d+$/), page.getByRole('link', { name: 'Journey launch' }).click()]);
    const campaignUrl = page.url();
    await Promise.all([page.waitForURL(/\/assets\/\d+$/), page.getByRole('link', { name: 'Journey datasheet' }).click()]);
    check((await page.textContent('main')).includes('your logo'), 'the preflight lists the missing logo');
    await Promise.all([page.waitForURL(`${portal}/organisation`), page.getByRole('link', { name: "Complete your organisation's profile" }).click()]);
    await page.setInputFiles('#profile-logo', logo);
    await Promise.all([page.waitForURL(`${portal}/organisation`), page.getByRole('button', { name: 'Upload logo' }).click()]);
    await page.goto(assetUrl.replace('/admin/assets/', '/assets/'));
    check(!(await page.textContent('main')).includes('your logo'), 'the preflight is satisfied');

    // It downloads its copy from the campaign and marks the campaign activated.
    await page.goto(campaignUrl);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download' }).first().click()]);
    await download.saveAs(downloadTo);
    await page.fill('#activate-note', 'Newsletter on the 10th');
    await Promise.all([page.waitForURL(campaignUrl), page.getByRole('button', { name: 'Mark as activated' }).click()]);
    check((await page.textContent('main')).includes('Activated'), 'the campaign shows as activated');
    await Promise.all([page.waitForURL(`${portal}/`), page.getByRole('button', { name: 'Sign out' }).click()]);

    // The editor sees it in the numbers.
    await signIn(portal, editor, password);
    await page.goto(campaignAdmin);
    const stats = await page.textContent('main');
    check(stats.includes('P1A') && stats.includes('Newsletter on the 10th'), 'the stats name the partner and its note');
  } else if (journey === 'console') {
    // An operator runs a tenant's whole lifecycle from the console.
    const [link, portal] = args;
    const base = new URL(link).origin;
    const tenantPage = `${base}/operator/tenants/initech`;
    await page.goto(link);
    await Promise.all([page.waitForURL(`${base}/operator`), page.getByRole('button', { name: 'Sign in to the console' }).click()]);
    await page.fill('#create-slug', 'initech');
    await page.fill('#create-name', 'Initech');
    await page.fill('#create-email', 'boss@initech.test');
    await page.selectOption('#create-plan', 'starter');
    await Promise.all([page.waitForURL(tenantPage), page.getByRole('button', { name: 'Create tenant' }).click()]);
    check((await page.textContent('body')).includes('boss@initech.test'), 'the console says who was invited');
    check((await statusOf(`${portal}/`)) === 200, 'the new portal answers');

    await page.selectOption('#tenant-plan', 'enterprise');
    await Promise.all([page.waitForURL(tenantPage), page.getByRole('button', { name: 'Change plan' }).click()]);
    check((await page.textContent('.stats')).includes('Enterprise'), 'the plan changed');

    await Promise.all([page.waitForURL(tenantPage), page.getByRole('button', { name: 'Suspend tenant' }).click()]);
    check((await statusOf(`${portal}/`)) === 503, 'a suspended portal answers 503');
    await Promise.all([page.waitForURL(tenantPage), page.getByRole('button', { name: 'Resume tenant' }).click()]);
    check((await statusOf(`${portal}/`)) === 200, 'resumed');

    // The export is prepared in the background: the list updates itself.
    await Promise.all([page.waitForURL(`${tenantPage}#export`), page.getByRole('button', { name: 'Prepare a new export' }).click()]);
    const download = page.getByRole('link', { name: 'Download the export (zip)' });
    await download.waitFor({ timeout: 20000 });
    const [file] = await Promise.all([page.waitForEvent('download'), download.click()]);
    check(file.suggestedFilename().startsWith('initech-export-'), `the export downloads: ${file.suggestedFilename()}`);

    // Deleting needs the slug typed again; then the portal is "removed".
    await page.fill('#delete-confirm', 'initec');
    await page.getByRole('button', { name: 'Delete tenant' }).click();
    await page.waitForSelector('#delete-confirm[aria-invalid="true"]');
    await page.fill('#delete-confirm', 'initech');
    await Promise.all([page.waitForURL(tenantPage), page.getByRole('button', { name: 'Delete tenant' }).click()]);
    check((await statusOf(`${portal}/`)) === 410, 'a deleted portal answers 410');
    await Promise.all([page.waitForURL(tenantPage), page.getByRole('button', { name: 'Restore tenant' }).click()]);
    check((await statusOf(`${portal}/`)) === 200, 'restored');

    // Everything above is in the platform's audit log.
    await page.goto(`${base}/operator/audit`);
    const log = await page.textContent('main');
    for (const action of ['tenant.created', 'tenant.plan_changed', 'tenant.suspended', 'tenant.resumed', 'tenant.export_requested', 'tenant.deleted', 'tenant.restored']) {
      check(log.includes(action), `the audit log has ${action}`);
    }

    // A token for the platform API, shown once, works at once.
    await page.goto(`${base}/operator/api-tokens`);
    await page.fill('#token-name', 'provisioning script');
    await page.getByRole('button', { name: 'Make token' }).click();
    const secret = (await page.textContent('code.token-secret')).trim();
    check(secret.startsWith('pop_'), 'the token is shown');
    const res = await page.request.get(`${base}/api/platform/v1/tenants/initech`, { headers: { Authorization: `Bearer ${secret}` } });
    check(res.status() === 200 && (await res.json()).plan === 'enterprise', 'the API sees the tenant on its new plan');
  } else if (journey === 'training') {
    // An editor writes a course with its live preview and publishes it; a
    // partner takes it, passes its quiz with the keyboard only, prints the
    // certificate (A4 and Letter) and opens its verification page.
    const [portal, editor, partner, password, pdfFolder] = args;
    await signIn(portal, editor, password);
    await page.goto(`${portal}/admin/courses/new`);
    await page.fill('#course-title', 'Journey course');
    await page.fill('#course-pass-mark', '100');
    await Promise.all([page.waitForURL(/\/admin\/courses\/\d+$/), page.getByRole('button', { name: 'Add the course' }).click()]);
    const courseAdmin = page.url();
    await page.fill('#new-lesson-title', 'Welcome aboard');
    await page.fill('#new-lesson-body', 'First words.');
    await Promise.all([page.waitForURL(/\/lessons\/\d+/), page.getByRole('button', { name: 'Add the lesson' }).click()]);
    // The preview follows the typing (htmx), with the published page's renderer.
    await page.fill('#lesson-body', '## Live **preview**\n\n| Port | Speed |\n|---|---|\n| WAN | 10G |');
    await page.waitForFunction(() => {
      const el = document.querySelector('#lesson-preview');
      return el && el.querySelector('strong') && el.querySelector('strong').textContent === 'preview' && el.querySelector('table');
    });
    check(!(await page.locator('#lesson-preview').innerHTML()).includes('**'), 'the preview shows rendered Markdown');
    await Promise.all([page.waitForURL(/\/lessons\/\d+/), page.getByRole('button', { name: 'Save', exact: true }).click()]);
    await page.goto(courseAdmin);
    await Promise.all([page.waitForURL(/\/questions\/new/), page.getByRole('link', { name: 'Add a question' }).click()]);
    await page.fill('#quiz-prompt', 'Is the router one box?');
    await page.fill('#option-0', 'Yes, one box');
    await page.locator('input[name="option_correct"][value="0"]').check();
    await page.fill('#option-1', 'No, three boxes');
    await Promise.all([page.waitForURL(/\/questions\/\d+/), page.getByRole('button', { name: 'Add a question' }).click()]);
    await page.goto(courseAdmin);
    await page.selectOption('#course-status', 'published');
    const settings = page.locator(`form[action="${new URL(courseAdmin).pathname}"]`);
    await Promise.all([page.waitForURL(/\/admin\/courses\/\d+/), settings.getByRole('button', { name: 'Save' }).click()]);
    check((await page.textContent('.page-head')).includes('Published'), 'the course is published');
    await Promise.all([page.waitForURL(`${portal}/`), page.getByRole('button', { name: 'Sign out' }).click()]);

    await signIn(portal, partner, password);
    await page.goto(`${portal}/training`);
    await Promise.all([page.waitForURL(/\/training\/courses\/\d+$/), page.getByRole('link', { name: 'Journey course' }).click()]);
    await Promise.all([page.waitForURL(/\/lessons\/\d+$/), page.getByRole('button', { name: 'Start this course' }).click()]);
    check((await page.innerHTML('main')).includes('<strong>preview</strong>'), 'the lesson shows what the preview showed');
    await Promise.all([page.waitForURL(/\/training\/courses\/\d+$/), page.getByRole('button', { name: 'Done — on to the quiz' }).click()]);
    await Promise.all([page.waitForURL(/\/attempts\/\d+$/), page.getByRole('button', { name: 'Start the quiz' }).click()]);

    // The quiz with the keyboard only: Tab to the right answer, Space, Tab to submit, Enter.
    const focused = () => page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return 'BODY';
      const text = el.tagName === 'INPUT' ? (el.closest('label') || el).textContent.trim() : el.textContent.trim().slice(0, 40);
      return `${el.tagName}:${el.getAttribute('type') || ''}:${text}`;
    });
    const seen = [];
    let steps = 0;
    while (!(await focused()).includes('Yes, one box') && steps++ < 60) {
      await page.keyboard.press('Tab');
      seen.push((await focused()).slice(0, 40));
    }
    check((await focused()).startsWith('INPUT:radio'), `a radio button takes the focus; the Tab order was: ${seen.join(' | ')}`);
    await page.keyboard.press('Space');
    check(await page.isChecked('input[type="radio"]:focus'), 'Space chose the answer');
    steps = 0;
    while (!(await focused()).includes('Submit my answers') && steps++ < 20) await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
    check(outline !== 'none', `the focused button shows its focus: ${outline}`);
    await page.keyboard.press('Enter');
    await page.waitForSelector('.result-line');
    check((await page.textContent('main')).includes('You passed.'), 'passed with the keyboard');

    // The certificate prints on one page, A4 and Letter, without the portal's menus.
    await Promise.all([page.waitForURL(/\/certificates\/\d+$/), page.getByRole('link', { name: 'See my certificate' }).click()]);
    check((await page.locator('.certificate-qr svg').count()) === 1, 'the QR code is on the certificate');
    await page.emulateMedia({ media: 'print' });
    check((await page.locator('.site-header').evaluate((el) => getComputedStyle(el).display)) === 'none', 'print hides the menus');
    for (const format of ['A4', 'Letter']) {
      await page.pdf({ path: `${pdfFolder}/certificate-${format}.pdf`, format, landscape: true, printBackground: true });
    }
    await page.emulateMedia({ media: 'screen' });
    const verify = await page.getByRole('link', { name: 'Open the verification page' }).getAttribute('href');
    const other = await browser.newPage();
    await other.goto(verify);
    check((await other.textContent('main')).includes('This certificate is valid.'), 'the verification page vouches for it');
    await other.close();
  } else {
    throw new Error(`unknown journey ${journey}`);
  }
  console.log('JOURNEY OK');
} finally {
  await browser.close();
}
