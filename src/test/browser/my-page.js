'use strict';

/*
 * 我的会议 on a phone: opens /app/my as one person in headless Chromium at 390×844 and reports what
 * the page shows, for MyMeetingsPageIT to judge.
 *
 *   BASE_URL=http://localhost:8080 SCREENSHOT_DIR=target/screenshots MY_USER=wangli node my-page.js
 *
 * Logs in as an employee does: /app/my sends a browser without a session to the login page, which
 * brings it back to /app/my. Prints one
 * line "MY-PAGE {json}": the meeting ids of the cards, the page's scroll width, whether every QR
 * image loaded; saves my-page-<user>.png (the whole page). Exit code 1 when the page does not open.
 */

const path = require('path');
const fs = require('fs');
const { chromium } = require('playwright-core');

const BASE_URL = (process.env.BASE_URL || '').replace(/\/+$/, '');
const SCREENSHOT_DIR = process.env.SCREENSHOT_DIR || '';
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const USER = process.env.MY_USER || '';
const PASSWORD = 'demo'; // every demo user's password (README)
const PHONE = { width: 390, height: 844 };
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run'];

main().then(() => process.exit(0), (error) => {
  console.error(`MY-PAGE FAILED: ${error.message}`);
  process.exit(1);
});

async function main() {
  if (!BASE_URL || !SCREENSHOT_DIR || !USER) {
    throw new Error('set BASE_URL, SCREENSHOT_DIR and MY_USER');
  }
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext({
      locale: 'zh-CN', timezoneId: 'Asia/Shanghai', viewport: PHONE, isMobile: true, hasTouch: true,
      deviceScaleFactor: 2,
    });
    context.setDefaultTimeout(30000);
    const page = await context.newPage();
    await page.goto(`${BASE_URL}/app/my`);
    await page.waitForSelector('input[type=password]');
    await page.fill('input[name=username]', USER);
    await page.fill('input[type=password]', PASSWORD);
    // the pages' login brings the browser back to /app/my
    const [response] = await Promise.all([
      page.waitForNavigation({ waitUntil: 'load' }),
      page.click('form.login button[type=submit]'),
    ]);
    if (!response || response.status() !== 200 || new URL(page.url()).pathname !== '/app/my') {
      throw new Error(`the login of ${USER} led to ${page.url()} (HTTP ${response && response.status()})`);
    }
    try {
      await page.waitForSelector('main h1');
    } catch (error) {
      await page.screenshot({ path: path.join(SCREENSHOT_DIR, `FAILED-my-page-${USER}.png`), fullPage: true });
      const text = (await page.content()).slice(0, 600);
      throw new Error(`${error.message.split('\n')[0]}; page starts: ${text}`);
    }
    const report = await page.evaluate(() => ({
      title: document.title,
      meetingIds: [...document.querySelectorAll('section.meeting')].map((s) => Number(s.dataset.meetingId)),
      meetingTitles: [...document.querySelectorAll('section.meeting h3')].map((h) => h.textContent.trim()),
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
      qrImages: document.querySelectorAll('img.qr').length,
      qrImagesLoaded: [...document.querySelectorAll('img.qr')].filter((i) => i.complete && i.naturalWidth > 0).length,
    }));
    const file = path.join(SCREENSHOT_DIR, `my-page-${USER}.png`);
    await page.screenshot({ path: file, fullPage: true });
    console.log(`screenshot ${file}`);
    console.log(`MY-PAGE ${JSON.stringify(report)}`);
  } finally {
    await browser.close();
  }
}
