'use strict';

/*
 * A screenshot tour of the real Camunda webapps (Tasklist, Cockpit, Admin) in headless Chromium.
 *
 *   BASE_URL=http://localhost:8080 SCREENSHOT_DIR=target/screenshots node tour.js
 *
 * WebappTourIT runs it against the application on a random port. It
 *   1. opens every demo role's inbox in Tasklist: it opens on that role's own filter, every filter
 *      shows its count, and the 会务管理 entry leads to the project's pages and back,
 *   2. walks the ad-hoc meeting application (临时会议申请) through the UI: applicant, leader,
 *      another leader who must not see it, the auditor in Cockpit, the office, and back to the
 *      applicant's status page; a second application at the same time is warned of the clash on
 *      the start form, before it is submitted,
 *   3. opens Cockpit as the auditor (who is offered nothing he may not do, and is led from an
 *      instance to its trail, and from Cockpit's home menu to the pages and back to Tasklist) and
 *      Admin as the administrator (names read 姓名), and Swagger UI (/api/docs),
 * saving a screenshot at each step. A server's refusal of a form must read in Chinese next to the
 * button pressed. It fails (exit code 1) when an expected element is missing
 * or a page shows an English label of the webapp's own locale file, or one of its keys (an
 * untranslated label);
 * every failure leaves a FAILED-<step>.png next to the other screenshots. The meeting title
 * carries a time stamp, so the tour finds its own tasks in a database other tests share.
 *
 * BASE_URL must use "localhost", not 127.0.0.1: the session cookie is Secure, and Chromium keeps
 * Secure cookies over plain HTTP for localhost only.
 */

const fs = require('fs');
const path = require('path');
const { chromium } = require('playwright-core');

const BASE_URL = (process.env.BASE_URL || '').replace(/\/+$/, '');
const SCREENSHOT_DIR = process.env.SCREENSHOT_DIR || '';
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
// Debian's chromium in a container: no sandbox, no GPU, and no calls home that could stall it.
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const PASSWORD = 'demo'; // every demo user's password (README)
const VIEWPORT = { width: 1280, height: 800 };
const TIMEOUT_MS = 40000;
const COCKPIT_READY = '.navbar-brand:has-text("流程监控")';
const ADMIN_READY = '.navbar-brand:has-text("系统管理")';

// One demo user per role, and the Tasklist filter that is that role's inbox (organisation.yaml),
// on which Tasklist opens for them.
const ROLES = [
  { user: 'wangli', role: 'staff', roleName: '主办部门经办人', inbox: '本部门待办（政策法规处）' },
  { user: 'fenggang', role: 'head', roleName: '主办部门负责人', inbox: '部门负责人审核（政策法规处）' },
  { user: 'qianjun', role: 'leader', roleName: '分管领导', inbox: '分管领导审批（钱军）' },
  { user: 'zhouping', role: 'office', roleName: '办公室', inbox: '办公室待办' },
  { user: 'zhengyan', role: 'finance', roleName: '财务', inbox: '财务审核' },
  { user: 'shenyu', role: 'auditor', roleName: '审计', inbox: '审计查询' },
  { user: 'admin', role: 'camunda-admin', roleName: '系统管理员', inbox: '审计查询' },
];
// What Tasklist offers that an auditor may not do (the engine refuses each of them).
const AUDITOR_MAY_NOT = ['button.claim', 'text=设置跟进日期', 'text=添加备注', 'text=创建任务', 'text=发起流程'];

// English values that name the product rather than label something: not worth translating.
const PRODUCT_NAMES = /\b(Camunda Platform|Camunda|Tasklist|Cockpit|Admin|BPMN|DMN|ID)\b/g;

// Untranslated labels found so far; reported together at the end so one run shows them all.
const untranslated = [];

main().then(
  () => process.exit(reportUntranslated() ? 1 : 0),
  (error) => {
    console.error(`TOUR FAILED: ${error.message}`);
    reportUntranslated();
    process.exit(1);
  },
);

async function main() {
  if (!BASE_URL || !SCREENSHOT_DIR) {
    throw new Error('set BASE_URL (e.g. http://localhost:8080) and SCREENSHOT_DIR');
  }
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const started = Date.now();
  const english = {
    tasklist: await englishMatchers('tasklist'),
    cockpit: await englishMatchers('cockpit'),
    admin: await englishMatchers('admin'),
  };
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    const tour = { browser, english, sessions: new Map() };
    await englishBrowserSeesEnglish(tour);
    await roleInboxes(tour);
    const adhoc = await adhocApplication(tour);
    await preparation(tour, adhoc);
    await cockpitAsAuditor(tour);
    await adminSeesInstanceActionsInChinese(tour);
    await adminAsAdministrator(tour);
    await apiDocs(tour);
  } finally {
    await browser.close();
  }
  const seconds = Math.round((Date.now() - started) / 1000);
  if (untranslated.length === 0) {
    console.log(`Tour passed in ${seconds} s; screenshots in ${SCREENSHOT_DIR}`);
  }
}

// Prints the untranslated labels found; true when there were any.
function reportUntranslated() {
  if (untranslated.length === 0) return false;
  console.error(`TOUR FAILED: untranslated labels on ${untranslated.length} page(s):`);
  for (const finding of untranslated) {
    console.error(`  ${finding.step} (${finding.url}): ${finding.texts.map((t) => JSON.stringify(t)).join(', ')}`);
  }
  return true;
}

// ---------------------------------------------------------------------------------------------
// 1. Every role's inbox

async function roleInboxes(tour) {
  for (const { user, role, roleName, inbox } of ROLES) {
    const page = await tasklistAs(tour, user);
    await step(`${role}-tasklist`, page, async () => {
      await landsOn(page, inbox);
      await everyFilterShowsItsCount(page);
      await shoot(page, `${role}-tasklist`);
      await checkTranslated(tour, page, 'tasklist', `${role}-tasklist (${user} ${roleName})`);
    });
  }
  // From Tasklist to the project's pages and back, by clicking only.
  const clerk = await tasklistAs(tour, 'wangli');
  await step('tasklist-to-pages-and-back', clerk, async () => {
    // The header reads the person's name as it is written: family name first, no space.
    const account = (await clerk.locator('[cam-widget-header] .account > a').first().innerText()).trim();
    if (account !== '王丽') throw new Error(`the header names the clerk "${account}", not 王丽`);
    await clerk.click('[cam-widget-header] .meeting-home a:has-text("会务管理")');
    await clerk.waitForURL(/\/app\/my(\?|$)/);
    await clerk.waitForLoadState('domcontentloaded');
    await shoot(clerk, 'tasklist-to-pages');
    await clerk.click('a[href^="/camunda/app/tasklist"]');
    await clerk.waitForSelector('.task-filter.active');
  });
}

// A task's card shows the whole meeting title and its applicant, and no unlabeled number.
async function cardReadsWhole(page, taskId, title) {
  const card = page.locator("li.task", { has: page.locator(`a[href$="task=${taskId}"]`) });
  const shown = await card.locator('.variable-item', { hasText: '会议名称' }).locator('.variable-value')
    .evaluate((value) => ({ text: value.innerText.trim(), whole: value.getBoundingClientRect().bottom
      <= value.closest('.task-card-details').getBoundingClientRect().bottom && value.scrollWidth <= value.clientWidth }));
  if (shown.text !== title || !shown.whole) {
    throw new Error(`the card shows 会议名称 "${shown.text}"${shown.whole ? '' : ', cut off'}`);
  }
  if (!(await card.innerText()).includes('申请人')) throw new Error('the card does not name the applicant');
  if (await card.locator('.priority').isVisible()) throw new Error('the card shows the unlabeled priority');
}

// Tasklist opened without a filter in its address opens the person's own inbox.
async function landsOn(page, inbox) {
  await page.goto(`${BASE_URL}/camunda/app/tasklist/default/`);
  await webappStarted(page, '.task-filter.active');
  const active = (await page.locator('.task-filter.active h4.name a').first().innerText()).trim();
  if (!active.startsWith(inbox)) {
    throw new Error(`Tasklist opens on "${active}", expected the role's inbox ${inbox}`);
  }
  await settle(page);
}

async function everyFilterShowsItsCount(page) {
  await page.waitForSelector('.task-filter .meeting-count');
  const filters = await page.locator('.task-filter').count();
  const counts = await page.locator('.task-filter .meeting-count').allInnerTexts();
  if (counts.length !== filters || counts.some((c) => !/^\d+$/.test(c.trim()))) {
    throw new Error(`${filters} filters, counts shown: ${JSON.stringify(counts)}`);
  }
}

// The count the person's landing filter shows, and whether the task is listed without a click.
async function landingCountAndTask(page, inbox, taskId) {
  await landsOn(page, inbox);
  await showTaskCard(page, taskId);
  const count = Number((await page.locator('.task-filter.active .meeting-count').innerText()).trim());
  if (!(count >= 1)) {
    throw new Error(`${inbox} lists the waiting task but counts ${count}`);
  }
}

// ---------------------------------------------------------------------------------------------
// 2. 临时会议申请 end to end, as the README's "first ten minutes" describe it

async function adhocApplication(tour) {
  const title = `政策解读部署会（界面巡检 ${shanghaiStamp()}）`;
  const day = futureWorkingDay(60);

  // The applicant fills in the Camunda Form and starts the process from Tasklist.
  const applicant = await tasklistAs(tour, 'wangli');
  await step('flow-01-start-form', applicant, async () => {
    await applicant.click('a:has-text("发起流程")');
    await applicant.click('.modal-dialog .processes a:has-text("临时会议申请")');
    await applicant.waitForSelector('.modal-dialog .fjs-container');
    await settle(applicant);
    const placeholder = (await applicant.locator('.fjs-form-field', { hasText: '会议类型' }).innerText());
    if (!placeholder.includes('请选择')) throw new Error(`the select reads "${placeholder.replace(/\s+/g, ' ')}"`);
    await shoot(applicant, 'flow-01-start-form');
    await checkTranslated(tour, applicant, 'tasklist', 'flow-01-start-form');
  });
  await step('flow-01b-empty-form-refused-in-chinese', applicant, async () => {
    // The form's own checks speak English; scripts/form-messages-zh.js must turn them into Chinese.
    await applicant.click('.modal-footer button:has-text("发起")');
    await applicant.waitForSelector('.fjs-form-field-error li:has-text("此项必须填写")');
    const english = await applicant.locator('.fjs-form-field-error li:has-text("Field")').count();
    if (english > 0) throw new Error(`${english} form messages are still English`);
    await shoot(applicant, 'flow-01b-empty-form-refused');
  });
  await step('flow-01c-server-refusal-next-to-the-button', applicant, async () => {
    // The end before the start passes the form's own checks; the server refuses it.
    await fillApplication(applicant, title, day, '11:00', '09:00');
    await applicant.click('.modal-footer button:has-text("发起")');
    const refusal = applicant.locator('.modal-dialog .meeting-refusal');
    await refusal.waitFor();
    const text = (await refusal.innerText()).trim();
    if (!/结束时间/.test(text) || /[A-Za-z]{4}/.test(text.replace(/（[A-Za-z]+）/g, ''))) {
      const alerts = await applicant.locator('.modal-dialog .alert').evaluateAll((a) => a.map((e) => e.outerHTML));
      throw new Error(`the refusal reads "${text}" (${alerts.join(' | ').replace(/\s+/g, ' ').slice(0, 1500)})`);
    }
    const footer = await applicant.locator('.modal-footer').boundingBox();
    const shown = await refusal.boundingBox();
    if (!footer || !shown || footer.y - (shown.y + shown.height) > 40) {
      throw new Error('the refusal is not next to the button');
    }
    await shoot(applicant, 'flow-01c-server-refusal');
  });
  await step('flow-02-start-form-filled', applicant, async () => {
    await fillApplication(applicant, title, day);
    // Before submitting, the form has asked for the participants' clashes at this time.
    await applicant.waitForSelector('.modal-dialog .meeting-clashes[data-clashes]');
    await applicant.evaluate(() => document.querySelector('.modal').scrollTo(0, 0)); // show the form's head
    await shoot(applicant, 'flow-02-start-form-filled');
  });
  const instanceId = await step('flow-03-started', applicant, async () => {
    await applicant.click('.modal-footer button:has-text("发起")');
    await applicant.waitForSelector('.modal-dialog', { state: 'detached' });
    await applicant.waitForSelector('.notifications :text("流程已发起")');
    const statusLink = await applicant.locator('.notifications a.meeting-status-link').getAttribute('href');
    if (statusLink !== '/app/adhoc-applications') {
      throw new Error(`after starting, the notification leads to "${statusLink}"`);
    }
    await shoot(applicant, 'flow-03-started');
    return (await myApplication(applicant, title)).processInstanceId;
  });
  console.log(`  started "${title}", process instance ${instanceId}`);

  // The leader in charge of 政策法规处 finds it in 分管领导审批.
  const leader = await tasklistAs(tour, 'qianjun');
  const leaderTaskId = await step('flow-04-leader-inbox', leader, async () => {
    const taskId = await taskOf(leader, instanceId, '分管领导审批');
    await landingCountAndTask(leader, '分管领导审批（钱军）', taskId);
    await cardReadsWhole(leader, taskId, title);
    await shoot(leader, 'flow-04-leader-inbox');
    return taskId;
  });

  // Another leader (科技信息处, 财务处) does not see it while it waits for qianjun.
  const otherLeader = await tasklistAs(tour, 'sunhong');
  await step('flow-05-other-leader-inbox', otherLeader, async () => {
    await openFilter(otherLeader, '分管领导审批');
    await shoot(otherLeader, 'flow-05-other-leader-inbox');
    if (await otherLeader.locator(taskLink(leaderTaskId)).count() > 0) {
      throw new Error('sunhong sees qianjun\'s task in her 分管领导审批');
    }
  });

  // The auditor follows it in Tasklist and Cockpit while it waits for the leader.
  await auditorReadsTheTask(tour, leaderTaskId);
  await auditorSeesRunningInstance(tour, instanceId);

  await step('flow-06-leader-task', leader, async () => {
    await openTask(leader, leaderTaskId, title);
    await shoot(leader, 'flow-06-leader-task');
    await checkTranslated(tour, leader, 'tasklist', 'flow-06-leader-task');
  });
  // What the applicant typed is not in the form (nor in the engine): the form links to the
  // application's page, which the leader opens with the same login.
  await step('flow-06b-application-page', leader, async () => {
    const href = await leader.locator('.fjs-container a', { hasText: '申请详情' }).getAttribute('href');
    if (!/^\/app\/adhoc-applications\/\d+$/.test(href || '')) {
      throw new Error(`the leader's form links to "${href}", not to the application's page`);
    }
    const details = await leader.context().newPage();
    try {
      await details.goto(`${BASE_URL}${href}`);
      await details.waitForSelector('text=部署年度政策解读工作');
      await details.waitForSelector(`text=${title}`);
      await shoot(details, 'flow-06b-application-page');
    } finally {
      await details.close();
    }
  });
  await step('flow-06c-task-refusal-next-to-the-button', leader, async () => {
    // 不同意 without a reason passes the form's own checks; the server refuses it.
    await claim(leader);
    await leader.locator('.fjs-container').getByLabel('不同意', { exact: true }).check();
    await leader.click('.task-details button:has-text("完成")');
    const refusal = leader.locator('.task-details .meeting-refusal');
    await refusal.waitFor();
    const text = (await refusal.innerText()).trim();
    if (!/理由|意见/.test(text) || /Cannot|submit/.test(text)) {
      throw new Error(`the refusal reads "${text}"`);
    }
    const button = await leader.locator('.task-details button:has-text("完成")').boundingBox();
    const shown = await refusal.boundingBox();
    if (!button || !shown || Math.abs(button.y - (shown.y + shown.height)) > 60) {
      throw new Error('the refusal is not next to the 完成 button');
    }
    await shoot(leader, 'flow-06c-task-refusal');
  });
  await step('flow-07-leader-approves', leader, async () => {
    await leader.locator('.fjs-container').getByLabel('同意', { exact: true }).check();
    await shoot(leader, 'flow-07-leader-approves');
    await complete(leader, leaderTaskId);
    await shoot(leader, 'flow-08-leader-done');
  });

  // The office files it: this creates the meeting record.
  const office = await tasklistAs(tour, 'zhouping');
  const filingTaskId = await step('flow-09-office-inbox', office, async () => {
    const taskId = await taskOf(office, instanceId, '办公室备案');
    await landingCountAndTask(office, '办公室待办', taskId);
    await shoot(office, 'flow-09-office-inbox');
    return taskId;
  });
  await step('flow-10-office-task', office, async () => {
    await openTask(office, filingTaskId, title);
    await claim(office);
    await office.locator('.fjs-form-field', { hasText: '备案说明' }).locator('textarea').fill('同意备案。');
    await shoot(office, 'flow-10-office-task');
    await checkTranslated(tour, office, 'tasklist', 'flow-10-office-task');
    await complete(office, filingTaskId);
  });

  // Back to the applicant: the project's own page shows the application as filed.
  await step('flow-11-applicant-status', applicant, async () => {
    await applicant.goto(`${BASE_URL}/app/adhoc-applications`);
    // The row of the application itself (others may name it among their clashes).
    const row = applicant.locator('tr', { has: applicant.locator(`td > a:text-is("${title}")`) });
    await row.waitFor();
    const status = (await row.locator('td.status').innerText()).trim();
    if (status !== '已备案') {
      throw new Error(`status of "${title}" is "${status}", expected 已备案`);
    }
    await row.scrollIntoViewIfNeeded();
    await shoot(applicant, 'flow-11-applicant-status');
    await checkTranslated(tour, applicant, 'tasklist', 'flow-11-applicant-status');
  });
  await clashShownBeforeSubmitting(tour, applicant, title, day);
  return { title, meetingId: (await myApplication(applicant, title)).meetingId };
}

// A second application at the time of the filed one: the start form warns of 参会人员冲突 while
// the time can still change, naming the filed meeting, and the warning goes when the time moves.
async function clashShownBeforeSubmitting(tour, applicant, title, day) {
  await step('flow-12-clash-before-submitting', applicant, async () => {
    await applicant.goto(`${BASE_URL}/camunda/app/tasklist/default/`);
    await webappStarted(applicant, '.task-filter');
    await applicant.click('a:has-text("发起流程")');
    await applicant.click('.modal-dialog .processes a:has-text("临时会议申请")');
    await applicant.waitForSelector('.modal-dialog .fjs-container');
    await settle(applicant);
    await fillDateTime(applicant, 0, day, '10:00');
    await fillDateTime(applicant, 1, day, '12:00');
    await fillStable([[applicant.locator('.fjs-form-field', { hasText: '参会人员' }).locator('textarea'), '冯刚、钱军、陈静']]);
    const warning = applicant.locator('.modal-dialog .meeting-clashes.alert-warning');
    await warning.waitFor();
    const text = (await warning.innerText()).trim();
    if (!text.includes('参会人员冲突') || !text.includes(title)) {
      throw new Error(`the start form warns "${text.replace(/\s+/g, ' ')}", not of the filed "${title}"`);
    }
    await warning.scrollIntoViewIfNeeded();
    await shoot(applicant, 'flow-12-clash-before-submitting');
    await checkTranslated(tour, applicant, 'tasklist', 'flow-12-clash-before-submitting');
    await fillDateTime(applicant, 0, day, '16:00');
    await fillDateTime(applicant, 1, day, '17:00');
    await applicant.waitForFunction((filed) => {
      const box = document.querySelector('.modal-dialog .meeting-clashes[data-clashes]');
      return box && !box.textContent.includes(filed);
    }, title);
    // not submitted: the second application was only to see the warning
    await applicant.click('.modal-footer button[ng-click="$dismiss()"]');
    await applicant.waitForSelector('.modal-dialog', { state: 'detached' });
  });
}

// ---------------------------------------------------------------------------------------------
// 3. Preparation in Tasklist: the office settles it, books a room with the equipment checklist
// (a Camunda Forms checklist the server must accept); the notice task is then in the office's
// inbox at once, the equipment check once its day comes; the meeting page shows the trail.

async function preparation(tour, { title, meetingId }) {
  const office = await tasklistAs(tour, 'zhouping');
  const stepTask = async (key) => {
    const tasks = await getJson(office,
      `/camunda/api/engine/engine/default/task?processInstanceBusinessKey=${meetingKey(meetingId)}&taskDefinitionKey=${key}`);
    if (tasks.length !== 1) {
      throw new Error(`expected one ${key} task of meeting ${meetingId} for the office, found ${tasks.length}`);
    }
    return tasks[0].id;
  };
  const field = (label) => office.locator('.fjs-form-field', { hasText: label });

  await step('prep-01-settle', office, async () => {
    const taskId = await stepTask('settlePreparation');
    await openFilter(office, '办公室待办');
    await showTaskCard(office, taskId);
    await openTask(office, taskId, title);
    await claim(office);
    await field('重要会议').locator('input[type="checkbox"]').check();
    await shoot(office, 'prep-01-settle');
    await checkTranslated(tour, office, 'tasklist', 'prep-01-settle');
    await complete(office, taskId);
    const detail = await getJson(office, `/api/meetings/${meetingId}`);
    if (!detail.meeting.important || detail.meeting.status !== 'PREPARING') {
      throw new Error(`after settling, the meeting is ${detail.meeting.status}, important ${detail.meeting.important}`);
    }
  });

  const room = await step('prep-02-book-venue', office, async () => {
    const { meeting } = await getJson(office, `/api/meetings/${meetingId}`);
    const free = await getJson(office, `/api/rooms/free?start=${meeting.plannedStart}&end=${meeting.plannedEnd}`
      + `&capacity=${meeting.participantCount}&equipment=projector`);
    if (free.length === 0) {
      throw new Error('no free room with a projector for the tour meeting');
    }
    const taskId = await stepTask('bookVenue');
    await openFilter(office, '办公室待办');
    await showTaskCard(office, taskId);
    await openTask(office, taskId, title);
    await claim(office);
    await field('所需设备').locator('label', { hasText: '投影仪' }).locator('input').check();
    await field('会议室编号').locator('input').fill(free[0].code);
    await field('场地勘察与布置说明').locator('textarea').fill('已勘察，主席台摆放桌签。');
    await shoot(office, 'prep-02-book-venue');
    await checkTranslated(tour, office, 'tasklist', 'prep-02-book-venue');
    await complete(office, taskId);
    const detail = await getJson(office, `/api/meetings/${meetingId}`);
    if (detail.meeting.place !== free[0].name) {
      throw new Error(`the meeting's place is "${detail.meeting.place}", expected the booked room "${free[0].name}"`);
    }
    return free[0];
  });
  console.log(`  booked ${room.code} ${room.name}`);

  await step('prep-03-equipment-check', office, async () => {
    // The notice need not wait for the check, which opens only shortly before the meeting.
    await stepTask('draftNotice');
    await openEquipmentCheckNow(meetingId);
    const taskId = await stepTask('checkEquipment');
    await openFilter(office, '办公室待办');
    await showTaskCard(office, taskId);
    await openTask(office, taskId, title);
    await claim(office);
    await field('设备检查').locator('label', { hasText: '投影仪' }).locator('input').check();
    await field('会中设备保障责任人').locator('input').fill('zhouping');
    await shoot(office, 'prep-03-equipment-check');
    await complete(office, taskId);
  });

  await step('prep-04-meeting-page', office, async () => {
    await office.goto(`${BASE_URL}/app/meetings/${meetingId}`);
    await office.waitForSelector('text=预订会议室');
    await shoot(office, 'prep-04-meeting-page');
    await checkTranslated(tour, office, 'tasklist', 'prep-04-meeting-page');
  });

  await step('prep-05-page-form-post', office, async () => {
    // One of the page's own forms, posted by the browser: the CSRF token the layout puts in every
    // form and the page's Origin must pass, so that the server's own check answers (the end before
    // the start: nothing is moved), not a 403 of the web security.
    const form = office.locator(`form[action="/app/meetings/${meetingId}/reschedule"]`);
    await form.locator('input[name="plannedStart"]').fill('2031-01-02T11:00');
    await form.locator('input[name="plannedEnd"]').fill('2031-01-02T09:00');
    await form.locator('textarea[name="reason"]').fill('检验页面表单：结束早于开始，不会改期');
    const [posted] = await Promise.all([
      office.waitForResponse((r) => r.request().method() === 'POST' && r.url().endsWith('/reschedule')),
      form.locator('button[type=submit]').click(),
    ]);
    if (posted.status() !== 302) {
      throw new Error(`the page's form post answered HTTP ${posted.status()}: ${(await posted.text()).slice(0, 300)}`);
    }
    await office.waitForSelector('p.error:has-text("必须晚于开始时间")');
  });
}

async function fillApplication(page, title, day, start = '09:00', end = '11:00') {
  const field = (label) => page.locator('.fjs-form-field', { hasText: label });
  // The select opens on a click into the field, then offers its options as a list.
  if (!(await field('会议类型').innerText()).includes('工作部署会')) {
    await field('会议类型').locator('.fjs-input-group, input').first().click();
    await page.click('.fjs-dropdownlist-item:has-text("工作部署会")');
  }
  // Date and time pickers take typed input once Enter confirms it.
  await fillDateTime(page, 0, day, start);
  await fillDateTime(page, 1, day, end);
  await fillStable([
    [field('会议名称').locator('input'), title],
    [field('必要性').locator('textarea'), '部署年度政策解读工作，须各处室当面沟通分工。'],
    [field('会议地点').locator('input'), '机关一楼第一会议室'],
    [field('参会人员').locator('textarea'), '冯刚、钱军、陈静'],
    [field('会议内容').locator('textarea'), '一、通报政策解读工作安排；二、明确分工与时间节点。'],
    [field('经费预算').locator('input'), '0'],
  ]);
  const refused = [];
  for (const invalid of await page.locator('.fjs-form-field:has(.fjs-form-field-error)').all()) {
    refused.push((await invalid.innerText()).replace(/\s+/g, ' ').trim());
  }
  if (refused.length) {
    throw new Error(`the form refuses its input: ${refused.join(' / ')}`);
  }
}

// form-js re-renders as it validates, and a re-render can drop what was typed just before:
// type until every field keeps its value.
async function fillStable(fields) {
  for (let attempt = 1; attempt <= 5; attempt++) {
    let retyped = false;
    for (const [input, value] of fields) {
      if (await input.inputValue() !== value) {
        await input.fill(value);
        retyped = true;
      }
    }
    if (!retyped) return;
    await fields[0][0].page().waitForTimeout(300);
  }
  throw new Error('the form keeps losing what is typed into it');
}

async function fillDateTime(page, index, day, time) {
  await page.locator('input[placeholder="年/月/日"]').nth(index).fill(day);
  await page.keyboard.press('Enter');
  await page.locator('input[placeholder="时:分"]').nth(index).fill(time);
  await page.keyboard.press('Enter');
  await page.waitForSelector('.fjs-dropdownlist', { state: 'detached' });
}

// ---------------------------------------------------------------------------------------------
// 4. Cockpit for the auditor, Admin for the administrator

async function cockpitAsAuditor(tour) {
  const page = await openApp(tour, 'shenyu', 'cockpit', COCKPIT_READY);
  // Cockpit's home menu (the house) lists the project's pages first; they lead back to Tasklist.
  await step('cockpit-home-menu-to-pages-and-back', page, async () => {
    await page.goto(`${BASE_URL}/camunda/app/cockpit/default/#/dashboard`);
    await webappStarted(page, '[cam-widget-header] .meeting-home a:has-text("会务管理")');
    await page.click('[cam-widget-header] .app-switch .dropdown-toggle');
    await page.click('[cam-widget-header] .app-switch .meeting-home-app a:has-text("会务管理")');
    await page.waitForURL(/\/app\/my(\?|$)/);
    await page.click('a[href^="/camunda/app/tasklist"]');
    await page.waitForSelector('.task-filter.active');
  });
  await visit(tour, page, 'cockpit', [
    { step: 'auditor-cockpit', hash: '#/dashboard', expect: '.dashboard :text("运行中的流程实例")' },
    { step: 'auditor-cockpit-processes', hash: '#/processes', expect: 'td a:has-text("临时会议申请")' },
    { step: 'auditor-cockpit-decisions', hash: '#/decisions', expect: 'td a:has-text("会议通知与材料提前工作日")' },
    { step: 'auditor-cockpit-deployments', hash: '#/repository', expect: '.deployments li:has-text("meeting-affairs")' },
  ]);
}

async function auditorReadsTheTask(tour, taskId) {
  const page = await tasklistAs(tour, 'shenyu');
  await step('auditor-tasklist-task', page, async () => {
    await landsOn(page, '审计查询');
    // All open tasks are in his inbox, many pages of them: he opens the one he follows by its address.
    await page.goto(`${BASE_URL}/camunda/app/tasklist/default/#/?task=${taskId}`);
    await webappStarted(page, '.task-details .fjs-container');
    await settle(page);
    await offersNothingOf(page, AUDITOR_MAY_NOT);
    await shoot(page, 'auditor-tasklist-task');
    await checkTranslated(tour, page, 'tasklist', 'auditor-tasklist-task');
  });
}

async function auditorSeesRunningInstance(tour, instanceId) {
  const page = await openApp(tour, 'shenyu', 'cockpit', COCKPIT_READY);
  await step('auditor-cockpit-process', page, async () => {
    await page.goto(`${BASE_URL}/camunda/app/cockpit/default/#/processes`);
    await webappStarted(page, 'td a:has-text("临时会议申请")');
    await page.click('td a:has-text("临时会议申请")');
    await page.waitForSelector('.djs-container svg .djs-element');
    await page.waitForSelector(`td a:has-text("${instanceId}")`);
    await settle(page);
    await shoot(page, 'auditor-cockpit-process');
    await checkTranslated(tour, page, 'cockpit', 'auditor-cockpit-process');
  });
  await step('auditor-cockpit-instance', page, async () => {
    await page.click(`td a:has-text("${instanceId}")`);
    await page.waitForSelector('.djs-container svg .djs-element');
    await page.waitForSelector('table td:has-text("applicationId")');
    await settle(page);
    // Delete, suspend, add or edit a variable, retry: all refused to him, none offered.
    await offersNothingOf(page, ['.ctn-toolbar a', 'td.actions button', 'button:has(.glyphicon-pencil)']);
    await shoot(page, 'auditor-cockpit-instance');
    await checkTranslated(tour, page, 'cockpit', 'auditor-cockpit-instance');
    await page.click('[cam-widget-header] .meeting-trail a');
    await page.waitForURL(/\/app\/adhoc-applications\/\d+$/);
    await page.waitForSelector('text=部署年度政策解读工作');
    await shoot(page, 'auditor-cockpit-to-trail');
  });
}

// The administrator repairs: he sees the actions, in Chinese.
async function adminSeesInstanceActionsInChinese(tour) {
  const page = await openApp(tour, 'admin', 'cockpit', COCKPIT_READY);
  await step('admin-cockpit-instance', page, async () => {
    // The tour's meeting is being prepared: its lifecycle is running.
    await page.goto(`${BASE_URL}/camunda/app/cockpit/default/#/processes`);
    await webappStarted(page, 'td a:has-text("会议全流程")');
    await page.click('td a:has-text("会议全流程")');
    await page.locator('td.instance-id a').first().click();
    await page.waitForSelector('td.actions');
    await settle(page);
    const titles = await page.locator('button[title]').evaluateAll((buttons) => buttons.map((b) => b.title));
    const english = titles.filter((t) => /^(zoom in|zoom out|reset zoom)$/.test(t));
    if (english.length) throw new Error(`English button titles: ${english.join(', ')}`);
    await shoot(page, 'admin-cockpit-instance');
    await checkTranslated(tour, page, 'cockpit', 'admin-cockpit-instance');
  });
}

async function offersNothingOf(page, selectors) {
  const offered = [];
  for (const selector of selectors) {
    for (const candidate of await page.locator(selector).all()) {
      if (await candidate.isVisible()) offered.push(selector);
    }
  }
  if (offered.length) throw new Error(`offered: ${[...new Set(offered)].join(', ')}`);
}

async function adminAsAdministrator(tour) {
  const page = await openApp(tour, 'admin', 'admin', ADMIN_READY);
  await visit(tour, page, 'admin', [
    { step: 'admin-admin', hash: '#/', expect: '.dashboard a:has-text("用户列表")' },
    // 姓 and 名 each in their own column, 姓 first as the name is read; group types in Chinese.
    { step: 'admin-admin-users', hash: '#/users', expect: 'td:has-text("wangli")', row: ['wangli', '王', '丽'] },
    { step: 'admin-admin-groups', hash: '#/groups', expect: 'td:has-text("leader-policy")', row: ['leader-policy', '分管领导·政策法规处', '部门角色'] },
    // Application grants: the auditor's access to Cockpit comes from organisation.yaml.
    { step: 'admin-admin-authorizations', hash: '#/authorization?resource=0', expect: 'td:has-text("cockpit")' },
    { step: 'admin-admin-system', hash: '#/system?section=system-settings-general', expect: 'h3:has-text("常规设置")' },
  ]);
}

// Swagger UI renders in the browser under the pages' security headers (nothing refused), its
// tags and summaries in Chinese; the Tasklist login is its login.
async function apiDocs(tour) {
  const page = await tasklistAs(tour, 'wangli');
  await step('api-docs', page, async () => {
    const refused = [];
    const listener = (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) refused.push(message.text());
    };
    page.on('console', listener);
    try {
      await page.goto(`${BASE_URL}/api/docs`);
      await page.waitForSelector('.swagger-ui .opblock-tag:has-text("临时会议申请")');
      await page.waitForSelector('.swagger-ui .opblock-summary-description:has-text("填写申请时预查参会人员冲突")');
      await settle(page);
      await shoot(page, 'api-docs');
    } finally {
      page.off('console', listener);
    }
    if (refused.length) throw new Error(`the browser refused part of Swagger UI: ${refused[0]}`);
  });
}

// Screenshots and checks a list of views of one webapp, addressed by their URL fragment.
async function visit(tour, page, app, views) {
  for (const view of views) {
    await step(view.step, page, async () => {
      await page.goto(`${BASE_URL}/camunda/app/${app}/default/${view.hash}`);
      await webappStarted(page, view.expect);
      await settle(page);
      if (view.row) {
        const rows = await page.locator('tbody tr').evaluateAll((trs) => trs.map((tr) =>
          [...tr.querySelectorAll('td')].map((td) => td.innerText.trim())));
        const row = rows.find((cells) => cells[0] === view.row[0]);
        if (!row || view.row.some((cell, i) => row[i] !== cell)) {
          throw new Error(`row ${view.row[0]} reads ${JSON.stringify(row)}, expected ${JSON.stringify(view.row)}`);
        }
      }
      await shoot(page, view.step);
      await checkTranslated(tour, page, app, view.step);
    });
  }
}

// ---------------------------------------------------------------------------------------------
// Sessions and Tasklist helpers

// Opens a webapp as the user, logging in on first use. Each user keeps one browser context
// (own cookies, Chinese browser, Beijing time) for the whole tour: the session is shared by
// Tasklist, Cockpit and Admin, and every login costs seconds of loading.
async function openApp(tour, user, app, ready) {
  let page = tour.sessions.get(user);
  if (!page) {
    const context = await tour.browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai', viewport: VIEWPORT });
    context.setDefaultTimeout(TIMEOUT_MS);
    page = await context.newPage();
    page.on('response', (response) => {
      if (response.status() >= 500) {
        console.warn(`  server error ${response.status()} ${response.url()}`);
      }
    });
    tour.sessions.set(user, page);
  }
  await step(`open-${app}-as-${user}`, page, async () => {
    const response = await page.goto(`${BASE_URL}/camunda/app/${app}/`);
    if (response && response.status() >= 400) {
      // Logged in already, but not allowed into this app: the server answers with an error page.
      throw new Error(`${app} answered HTTP ${response.status()} to ${user}`);
    }
    await webappStarted(page, `${ready}, input[type=password]`);
    if (await page.locator('input[type=password]').isVisible()) {
      const heading = (await page.locator('.login-header .app-name').innerText()).trim();
      if (/[A-Za-z]/.test(heading)) throw new Error(`the login page is headed "${heading}"`);
      // The login form is drawn again once the Chinese texts have loaded; a field filled before
      // that can end up in the other field (seen under load): fill until both read back right.
      await settle(page);
      for (let attempt = 0; attempt < 3; attempt++) {
        await page.fill('input[placeholder="用户名"]', user);
        await page.fill('input[type=password]', PASSWORD);
        if (await page.inputValue('input[placeholder="用户名"]') === user
            && await page.inputValue('input[type=password]') === PASSWORD) {
          break;
        }
        await settle(page);
      }
      await page.click('button[type=submit]');
      // Either the app opens or the login page says why not (e.g. no access to this app).
      await page.waitForSelector(`${ready}, .notifications .alert-danger`);
      const refusal = page.locator('.notifications .alert-danger');
      if (await refusal.count() > 0) {
        throw new Error(`login refused: ${(await refusal.first().innerText()).replace(/\s+/g, ' ').replace(/^× /, '').trim()}`);
      }
    }
    await page.waitForSelector(ready);
  });
  return page;
}

/**
 * A webapp's first load after the server started can outlast RequireJS's module timeout on a busy
 * machine ("Load timeout for modules"), and the app then never starts: load it once more.
 */
async function webappStarted(page, selector) {
  try {
    await page.waitForSelector(selector);
  } catch (error) {
    console.warn(`  ${page.url()} did not start (${error.message.split('\n')[0]}): loading it again`);
    await page.reload();
    await page.waitForSelector(selector);
  }
}

async function tasklistAs(tour, user) {
  return openApp(tour, user, 'tasklist', '.task-filter');
}

async function openFilter(page, name) {
  const filter = page.locator('.task-filter h4.name a', { hasText: name });
  if (await filter.count() === 0) {
    await filter.first().waitFor(); // the filters list may still be loading
  }
  await filter.first().click();
  await page.waitForSelector(`.task-filter.active:has-text("${name}")`);
  await settle(page);
}

// The task list shows no process variables to users without READ on the process instance, so
// the task is identified by its id (asked of the engine with the user's own session).
async function taskOf(page, processInstanceId, taskName) {
  const tasks = await getJson(page, `/camunda/api/engine/engine/default/task?processInstanceId=${processInstanceId}`);
  const task = tasks.find((t) => t.name === taskName);
  if (!task) {
    throw new Error(`no task ${taskName} of process instance ${processInstanceId} visible to this user`);
  }
  return task.id;
}

/**
 * The inbox lists what is due first, a page at a time: a task just created may be on a later page
 * (in the shared test database other suites' tasks are due earlier), so page on until its card shows.
 */
async function showTaskCard(page, taskId) {
  for (let turned = 0; turned < 50; turned++) {
    if (await page.locator(taskLink(taskId)).count() > 0) {
      return;
    }
    const next = page.locator('[cam-tasks] li.pagination-next:not(.disabled) a');
    if (await next.count() === 0) {
      await page.waitForTimeout(1000);
      continue;
    }
    await next.first().click();
    await page.waitForTimeout(500);
  }
  await page.waitForSelector(taskLink(taskId));
}

function taskLink(taskId) {
  return `li.task a[href$="task=${taskId}"]`;
}

async function openTask(page, taskId, title) {
  await page.click(taskLink(taskId));
  await page.waitForSelector('.task-details .fjs-container');
  const shown = await page.locator('.fjs-form-field', { hasText: '会议名称' }).locator('input').inputValue();
  if (shown !== title) {
    throw new Error(`the task form shows 会议名称 "${shown}", expected "${title}"`);
  }
  await settle(page);
}

async function claim(page) {
  await page.click('.task-details button.claim');
  await page.waitForSelector('.task-details button.claim', { state: 'detached' });
}

async function complete(page, taskId) {
  await page.click('.task-details button:has-text("完成")');
  await page.waitForSelector(taskLink(taskId), { state: 'detached' });
  await settle(page);
}

async function myApplication(page, title) {
  const applications = await getJson(page, '/api/adhoc-applications');
  const application = applications.find((a) => a.title === title);
  if (!application) {
    throw new Error(`"${title}" is not among the applicant's applications`);
  }
  return application;
}

/**
 * 会前设备检查 waits until shortly before the meeting (meeting.venue.equipment-check): the
 * administrator runs its timer now, through the engine's REST API, instead of waiting for the day.
 */
async function openEquipmentCheckNow(meetingId) {
  const headers = { Accept: 'application/json',
    Authorization: `Basic ${Buffer.from(`admin:${PASSWORD}`).toString('base64')}` };
  const asAdmin = async (urlPath, method = 'GET') => {
    const response = await fetch(`${BASE_URL}/engine-rest${urlPath}`, { method, headers });
    if (!response.ok) {
      throw new Error(`${method} /engine-rest${urlPath} answered ${response.status}`);
    }
    return response.status === 204 ? null : response.json();
  };
  const stages = await asAdmin(`/process-instance?processDefinitionKey=meetingEquipmentCheck&businessKey=${meetingKey(meetingId)}`);
  if (stages.length !== 1) {
    throw new Error(`expected one 会前设备检查 of meeting ${meetingId}, found ${stages.length}`);
  }
  // A meeting already within the lead time has had its timer run by the job executor.
  for (const timer of await asAdmin(`/job?timers=true&processInstanceId=${stages[0].id}`)) {
    await asAdmin(`/job/${timer.id}/execute`, 'POST');
  }
}

// The business key of a meeting's instances (MeetingKey), as a query parameter.
function meetingKey(meetingId) {
  return encodeURIComponent(`会议${meetingId}`);
}

async function getJson(page, urlPath) {
  // page.request shares the page's cookies, so this asks as the logged-in user.
  const response = await page.request.get(`${BASE_URL}${urlPath}`, { headers: { Accept: 'application/json' } });
  if (!response.ok()) {
    throw new Error(`GET ${urlPath} answered ${response.status()}`);
  }
  return response.json();
}

// ---------------------------------------------------------------------------------------------
// Untranslated labels

// The webapp's own English locale file, as the application serves it: its values turned into
// matchers, and its keys.
async function englishMatchers(app) {
  const url = `${BASE_URL}/camunda/app/${app}/locales/en.json`;
  const response = await fetch(url);
  if (!response.ok) {
    throw new Error(`cannot read ${url}: HTTP ${response.status}`);
  }
  const text = (await response.text()).replace(/^\uFEFF/, ''); // the files start with a BOM
  const labels = JSON.parse(text).labels || {};
  const values = new Set(Object.values(labels).filter((v) => typeof v === 'string'));
  const matchers = [];
  for (const value of values) {
    const label = value.replace(/<[^>]*>/g, ' ').replace(/&nbsp;/g, ' ').replace(/\s+/g, ' ').trim();
    const literal = label.replace(/\{\{[^}]*\}\}/g, ' ').replace(PRODUCT_NAMES, ' ');
    if ((literal.match(/[A-Za-z]/g) || []).length < 4) {
      continue; // too short to tell a label from data, or only a product name
    }
    const pattern = label.split(/\{\{[^}]*\}\}/).map(escapeRegExp).join('.*?');
    // Phrases are recognised inside a longer line; single words only as a whole line, so that
    // data such as "adhocMeetingApplication" is not mistaken for the label "Application".
    const phrase = /[A-Za-z]\W+[A-Za-z]/.test(literal.trim());
    const regex = phrase ? new RegExp(`(^|[^A-Za-z])${pattern}($|[^A-Za-z])`) : new RegExp(`^${pattern}$`);
    matchers.push({ label, regex });
  }
  // A label missing from zh.json shows up as its key (e.g. SHORTCUT_HELP), not in English.
  const keys = new Set(Object.keys(labels).filter((key) => key.includes('_')));
  console.log(`  ${matchers.length} English labels and ${keys.size} keys of ${app} to look out for`);
  return { matchers, keys };
}

async function checkTranslated(tour, page, app, stepName) {
  const found = await englishOn(tour, page, app);
  if (found.length) {
    untranslated.push({ step: stepName, url: page.url(), texts: found });
    console.error(`  UNTRANSLATED on ${stepName}: ${found.join(' | ')}`);
    await saveFailure(stepName, page);
  }
}

async function englishOn(tour, page, app) {
  const { matchers, keys } = tour.english[app];
  const found = new Set();
  for (const line of await visibleText(page)) {
    if (!/[A-Za-z]{4}/.test(line)) continue;
    for (const { label, regex } of matchers) {
      if (regex.test(line)) found.add(label === line ? line : `${label}" in "${line}`);
    }
    for (const token of line.match(/\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b/g) || []) {
      if (keys.has(token)) found.add(`key ${token}`);
    }
  }
  return [...found];
}

// The check is worth something only if it can fail: a browser that asks for English must see
// English labels (which also shows that English stays selectable).
async function englishBrowserSeesEnglish(tour) {
  const context = await tour.browser.newContext({ locale: 'en-US', viewport: VIEWPORT });
  context.setDefaultTimeout(TIMEOUT_MS);
  const page = await context.newPage();
  await step('english-login-page', page, async () => {
    await page.goto(`${BASE_URL}/camunda/app/tasklist/`);
    await webappStarted(page, 'input[type=password]');
    await settle(page);
    const found = await englishOn(tour, page, 'tasklist');
    if (found.length === 0) {
      throw new Error('an English browser sees no English label, so the untranslated check cannot work');
    }
    console.log(`  an English browser sees English, as it should: ${found.join(' | ')}`);
  });
  await context.close();
}

async function visibleText(page) {
  return page.evaluate(() => {
    const lines = document.body.innerText.split(/[\n\t]+/);
    // Placeholders are visible text too, and innerText leaves them out.
    for (const input of document.querySelectorAll('input[placeholder], textarea[placeholder]')) {
      if (input.offsetParent !== null) lines.push(input.placeholder);
    }
    return lines.map((line) => line.replace(/\s+/g, ' ').trim()).filter(Boolean);
  });
}

// ---------------------------------------------------------------------------------------------
// Steps, screenshots, time

async function step(name, page, action) {
  const started = Date.now();
  try {
    const result = await action();
    console.log(`${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    return result;
  } catch (error) {
    await saveFailure(name, page);
    throw new Error(`step ${name} on ${page.url()}: ${error.message.split('\n')[0]}`);
  }
}

async function shoot(page, name) {
  await calm(page);
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file });
  console.log(`  screenshot ${file}`);
}

// Tooltips and focus rings of the last click would cover labels in the screenshot.
async function calm(page) {
  await page.mouse.move(VIEWPORT.width / 2, VIEWPORT.height - 5);
  await page.evaluate(() => document.activeElement && document.activeElement.blur());
  await page.locator('.tooltip').first().waitFor({ state: 'detached', timeout: 2000 }).catch(() => {});
}

async function saveFailure(name, page) {
  try {
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, `FAILED-${name}.png`) });
  } catch (error) {
    console.error(`  (no screenshot of the failure: ${error.message.split('\n')[0]})`);
  }
}

// Angular renders after its requests return: wait for the network to go quiet, but not for
// Tasklist's periodic refresh.
async function settle(page) {
  await page.waitForLoadState('networkidle', { timeout: 5000 }).catch(() => {});
  await page.waitForTimeout(300);
}

function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// yyyymmdd-hhmmss in Beijing time: makes the meeting title unique per run.
function shanghaiStamp() {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit',
    hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23',
  }).formatToParts(new Date());
  const get = (type) => parts.find((p) => p.type === type).value;
  return `${get('year')}${get('month')}${get('day')}-${get('hour')}${get('minute')}${get('second')}`;
}

// A weekday some days ahead, as the form's date input wants it (yyyy/mm/dd): far enough for
// any notice period, and never in the past (the form refuses past dates).
function futureWorkingDay(daysAhead) {
  const day = new Date(Date.now() + daysAhead * 86400000);
  while (day.getUTCDay() === 0 || day.getUTCDay() === 6) {
    day.setUTCDate(day.getUTCDate() + 1);
  }
  const pad = (n) => String(n).padStart(2, '0');
  return `${day.getUTCFullYear()}/${pad(day.getUTCMonth() + 1)}/${pad(day.getUTCDate())}`;
}
