'use strict';

/*
 * The project's own pages (/app) in headless Chromium, run by PagesTourIT:
 *
 *   BASE_URL=http://localhost:8080 SCREENSHOT_DIR=target/screenshots MEETING_ID=7 node pages.js
 *
 * For each demo role: opens /app/my without a session, logs in on the pages' login and must land back
 * on /app/my; reports the navigation it is offered ("NAV <user> [hrefs]"); opens every page of the
 * navigation by clicking it and comes back by clicking the header's 会务管理系统; each page must open
 * (no 无权访问 / 页面不存在 / 出错了) and show no English word or raw key. The office walks from 年度会议
 * to the meeting (MEETING_ID), to each stage page and back by its breadcrumb; the auditor opens the
 * meeting's trail. At 360 px the phone pages must not scroll sideways and 确认收到 must read across.
 * Screenshots: pages-*.png. Prints "PAGES OK" and exits 0, or "PAGES FAILED: …" lines and exits 1.
 */

const path = require('path');
const fs = require('fs');
const { chromium } = require('playwright-core');

const BASE_URL = (process.env.BASE_URL || '').replace(/\/+$/, '');
const SCREENSHOT_DIR = process.env.SCREENSHOT_DIR || '';
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const MEETING_ID = process.env.MEETING_ID || '';
const PASSWORD = 'demo'; // every demo user's password (README)
const ROLES = ['wangli', 'qianjun', 'zhouping', 'zhengyan', 'shenyu', 'admin'];
const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 360, height: 740 };
const PHONE_PAGES = ['/app/my', '/app/my/notices', '/app/my/sign-in-codes'];
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run'];
/** Words that are no English label: file kinds and units people know by these letters. */
const ALLOWED_LATIN = new Set(['CSV', 'PDF', 'QR', 'DOC', 'DOCX', 'XLS', 'XLSX', 'PPT', 'PPTX', 'JPG', 'PNG', 'ZIP']);
/** The error page's headings: a page the navigation offers must never answer with one of them. */
const ERROR_HEADINGS = ['无权访问', '页面不存在', '出错了', '请先登录'];

const failures = [];

main().then(() => {
  if (failures.length) {
    failures.forEach((f) => console.log(`PAGES FAILED: ${f}`));
    process.exit(1);
  }
  console.log('PAGES OK');
  process.exit(0);
}, (error) => {
  console.log(`PAGES FAILED: ${error.message.split('\n')[0]}`);
  process.exit(1);
});

async function main() {
  if (!BASE_URL || !SCREENSHOT_DIR || !MEETING_ID) {
    throw new Error('set BASE_URL, SCREENSHOT_DIR and MEETING_ID');
  }
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    for (const user of ROLES) {
      await role(browser, user);
    }
    await phone(browser, 'wangli');
  } finally {
    await browser.close();
  }
}

async function newPage(browser, viewport, mobile) {
  const context = await browser.newContext({
    locale: 'zh-CN', timezoneId: 'Asia/Shanghai', viewport, isMobile: mobile, hasTouch: mobile,
  });
  context.setDefaultTimeout(30000);
  return context.newPage();
}

/** Opens `start` without a session, logs in on the pages' own login and must come back to it. */
async function login(page, user, start) {
  await page.goto(`${BASE_URL}${start}`);
  if (!new URL(page.url()).pathname.startsWith('/app/login')) {
    failures.push(`${user}: ${start} without login went to ${page.url()}, not the pages' login`);
  }
  const title = await page.title();
  if (/welcome/i.test(title) || !title.includes('登录')) {
    failures.push(`${user}: the login page is titled "${title}"`);
  }
  await page.fill('input[name=username]', user);
  await page.fill('input[name=password]', PASSWORD);
  await Promise.all([page.waitForNavigation(), page.click('form.login button[type=submit]')]);
  const landed = new URL(page.url());
  if (landed.pathname + landed.search !== start) {
    failures.push(`${user}: after the login landed on ${landed.pathname}${landed.search}, not ${start}`);
  }
}

async function role(browser, user) {
  const page = await newPage(browser, DESKTOP, false);
  await login(page, user, '/app/my');
  const nav = await page.$$eval('body > nav.site a', (links) => links.map((a) => a.getAttribute('href')));
  console.log(`NAV ${user} ${JSON.stringify(nav)}`);
  const who = await page.textContent('header.site .who');
  if (!/退出登录/.test(who)) {
    failures.push(`${user}: the header offers no 退出登录`);
  }
  if (!nav.includes('/camunda/app/tasklist/')) {
    failures.push(`${user}: no way back to Tasklist in the navigation`);
  }
  await shot(page, `pages-${user}-home`);
  for (const href of nav.filter((h) => h.startsWith('/app/'))) {
    await page.click(`body > nav.site a[href="${href}"]`);
    await page.waitForLoadState('load');
    await judge(page, user, href);
    // and back, by clicking
    await page.click('header.site strong a');
    await page.waitForLoadState('load');
    if (new URL(page.url()).pathname !== '/app/my') {
      failures.push(`${user}: the header's 会务管理系统 led from ${href} to ${page.url()}`);
    }
  }
  if (user === 'zhouping') {
    await meetingWalk(page, user);
  }
  if (user === 'shenyu') {
    await page.click('body > nav.site a[href="/app/audit"]');
    await page.waitForLoadState('load');
    await page.goto(`${BASE_URL}/app/audit/meetings/${MEETING_ID}`);
    await judge(page, user, 'the trail');
    const narrowColumns = await page.$$eval('table.trail th', (ths) => ths
      .filter((th) => th.getBoundingClientRect().width < 40).map((th) => th.textContent));
    if (narrowColumns.length) {
      failures.push(`${user}: trail columns narrower than two characters: ${narrowColumns.join(', ')}`);
    }
    await shot(page, 'pages-audit-trail');
  }
  // logging out ends the session: the next page asks for the login again
  await Promise.all([page.waitForNavigation(), page.click('header.site form.logout button')]);
  if (!new URL(page.url()).pathname.startsWith('/app/login')) {
    failures.push(`${user}: 退出登录 led to ${page.url()}`);
  }
  await page.goto(`${BASE_URL}/app/my`);
  if (!new URL(page.url()).pathname.startsWith('/app/login')) {
    failures.push(`${user}: after 退出登录 /app/my still opened`);
  }
  await page.context().close();
}

/** 年度会议 → the meeting → each stage page → back to the meeting by its breadcrumb. */
async function meetingWalk(page, user) {
  await page.click('body > nav.site a[href="/app/meetings"]');
  await page.waitForLoadState('load');
  const meetingLink = `main a[href="/app/meetings/${MEETING_ID}"]`;
  if (!(await page.$(meetingLink))) {
    failures.push(`${user}: the meeting ${MEETING_ID} is not linked from 年度会议`);
    return;
  }
  await page.click(meetingLink);
  await page.waitForLoadState('load');
  await judge(page, user, `/app/meetings/${MEETING_ID}`);
  const rows = await page.$$eval('table.stages tbody tr', (trs) => trs.length);
  if (!rows) {
    failures.push(`${user}: the meeting page shows no stage table`);
  }
  await shot(page, 'pages-meeting');
  const stages = await page.$$eval('table.stages a', (links) => links.map((a) => a.getAttribute('href')));
  for (const href of [...new Set(stages)]) {
    await page.click(`table.stages a[href="${href}"]`);
    await page.waitForLoadState('load');
    await judge(page, user, href);
    const crumb = `ol.crumbs a[href="/app/meetings/${MEETING_ID}"]`;
    if (!(await page.$(crumb))) {
      failures.push(`${user}: ${href} has no breadcrumb to its meeting`);
      await page.goto(`${BASE_URL}/app/meetings/${MEETING_ID}`);
      continue;
    }
    if (href.endsWith('/notice')) {
      await shot(page, 'pages-notice');
    }
    await page.click(crumb);
    await page.waitForLoadState('load');
  }
  await page.goto(`${BASE_URL}/app/meetings/${MEETING_ID}/notice/receipts`);
  await judge(page, user, 'notice receipts');
  const channels = await page.$$eval('table.channels tbody tr', (trs) => trs.map((tr) => tr.textContent));
  if (channels.length < 2) {
    failures.push(`${user}: the receipts page shows ${channels.length} channel rows`);
  }
  await shot(page, 'pages-receipts');
}

/** The phone pages at 360 px: nothing wider than the screen, 确认收到 reads across. */
async function phone(browser, user) {
  const page = await newPage(browser, PHONE, true);
  await login(page, user, '/app/my');
  for (const href of PHONE_PAGES) {
    await page.goto(`${BASE_URL}${href}`);
    await judge(page, `${user} (phone)`, href);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    if (width > PHONE.width) {
      failures.push(`${user}: ${href} is ${width} px wide on a ${PHONE.width} px screen`);
    }
    const squeezed = await page.$$eval('button', (buttons) => buttons
      .filter((b) => b.offsetParent !== null && b.textContent.trim().length > 1)
      .filter((b) => b.getBoundingClientRect().height > b.getBoundingClientRect().width)
      .map((b) => b.textContent.trim()));
    if (squeezed.length) {
      failures.push(`${user}: ${href} squeezes buttons into vertical text: ${squeezed.join(', ')}`);
    }
    const overlap = await page.evaluate(() => {
      const header = document.querySelector('header.site').getBoundingClientRect();
      const main = document.querySelector('main').getBoundingClientRect();
      return main.top < header.bottom;
    });
    if (overlap) {
      failures.push(`${user}: ${href}: the header overlaps the content`);
    }
    await shot(page, `pages-phone${href.replace(/\//g, '-')}`);
  }
  await page.context().close();
}

/** The page opened, is no error page, and reads in Chinese: no English word, no raw key. */
async function judge(page, user, what) {
  const heading = (await page.textContent('main h1').catch(() => '')) || '';
  if (ERROR_HEADINGS.some((e) => heading.includes(e))) {
    failures.push(`${user}: ${what} answered "${heading.trim()}"`);
    await shot(page, `FAILED-pages-${user}-${what.replace(/[^a-z0-9]+/gi, '-')}`);
    return;
  }
  // The page's own words (navigation, breadcrumbs, column heads, labels, buttons) must be Chinese; what
  // people typed (titles — also in headings —, names, texts; in a shared test database also other
  // suites' hostile input) may be anything, but must never be a raw key.
  const { chrome, body } = await page.evaluate(() => ({
    chrome: [...document.querySelectorAll(
      'header, nav, th, label, button, legend, dt, caption, footer, .breadcrumbs')]
      .map((element) => element.innerText).join('\n'),
    body: document.body.innerText,
  }));
  const english = (chrome.match(/\b[A-Za-z][A-Za-z_.]{2,}\b/g) || []);
  const rawKeys = (body.match(/\b(?:[A-Z][A-Z0-9]*_[A-Z0-9_]+|[a-z][A-Za-z]*\.[a-z][A-Za-z]*\.[A-Za-z.]+)\b/g) || []);
  const words = [...english, ...rawKeys].filter((w) => !ALLOWED_LATIN.has(w.toUpperCase()));
  if (words.length) {
    failures.push(`${user}: ${what} shows English or raw keys: ${[...new Set(words)].slice(0, 12).join(', ')}`);
  }
}

async function shot(page, name) {
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  console.log(`screenshot ${file}`);
}
