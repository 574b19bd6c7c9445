// One product, not two: what Tasklist, Cockpit and Admin need of the meeting-affairs system, loaded by
// each app's config.js (customScripts). It only shows and hides; what a person may do is decided by
// the engine and the application, which refuse anything this script does not offer.
(function () {
  'use strict';

  var base = document.querySelector('base');
  var app = base.getAttribute('app-name');
  var engine = base.getAttribute('engine-api') + 'engine/default';
  var authApi = base.getAttribute('admin-api') + 'auth/user/default';

  // The project's pages: 我的会议 is everyone's start page and leads on to what their role may open.
  var HOME = '/app/my';
  // Groups whose members only read: everyone is an attendee, and an auditor changes nothing.
  var READ_ONLY_GROUPS = ['attendee', 'auditor'];
  // Where a started process is followed, by the name Tasklist shows in 发起流程.
  var STATUS_PAGES = { '临时会议申请': { href: '/app/adhoc-applications', text: '查看我的临时会议申请' } };
  var REFRESH_MS = 30000;
  var DUE_FIRST = JSON.stringify([{ sortBy: 'dueDate', sortOrder: 'asc' }]);

  var names = {};          // "given family" as the webapps join them -> 王丽
  var processStarted = null;

  function get(url) {
    return fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (response) { return response.ok ? response.json() : Promise.reject(response.status); });
  }

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text) node.textContent = text;
    return node;
  }

  // -- who is logged in ----------------------------------------------------------------------------

  function whoIsLoggedIn() {
    return get(authApi).then(function (auth) {
      if (!auth || !auth.userId) return null;
      return Promise.all([
        get(engine + '/group?member=' + encodeURIComponent(auth.userId)),
        get(engine + '/user?maxResults=2000')
      ]).then(function (answers) {
        var groups = answers[0].map(function (g) { return g.id; });
        answers[1].forEach(function (user) {
          if (user.firstName && user.lastName) {
            names[user.firstName + ' ' + user.lastName] = user.lastName + user.firstName;
          }
        });
        var readOnly = groups.every(function (g) { return READ_ONLY_GROUPS.indexOf(g) >= 0; });
        document.documentElement.classList.toggle('meeting-read-only', readOnly);
        return { userId: auth.userId, groups: groups };
      });
    }).catch(function () { return null; });
  }

  // -- header: the way to the project's pages ------------------------------------------------------

  function addHomeEntry() {
    var menu = document.querySelector('[cam-widget-header] .app-menu > ul');
    if (!menu || menu.querySelector('.meeting-home')) return;
    var item = element('li', 'meeting-home');
    var link = element('a', null, '会务管理');
    link.href = HOME;
    link.title = '会议、通知、会议室和我的会议';
    item.appendChild(link);
    menu.insertBefore(item, menu.firstChild);
  }

  // The home menu (the house icon) lists the webapps a person may open: the project's pages first.
  function addAppSwitchEntry() {
    var apps = document.querySelector('[cam-widget-header] .app-switch .dropdown-menu');
    if (!apps || apps.querySelector('.meeting-home-app')) return;
    var item = element('li', 'meeting-home-app');
    var link = element('a', null, '会务管理');
    link.href = HOME;
    item.appendChild(link);
    apps.insertBefore(item, apps.firstChild);
  }

  // The webapps write "firstName lastName" (header, assignees, Admin's titles, breadcrumbs and
  // dialogs); a Chinese name is family name first, without a space: 王丽, wherever it is written.
  var namePattern = null;
  function chineseNames() {
    if (!namePattern) {
      var joined = Object.keys(names);
      if (!joined.length) return;
      namePattern = new RegExp(joined.map(function (name) {
        return name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      }).join('|'), 'g');
    }
    var walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    var changes = [];
    for (var text = walker.nextNode(); text; text = walker.nextNode()) {
      var value = text.nodeValue;
      if (value.indexOf(' ') < 0 || text.parentNode.closest('input, textarea, script, style')) continue;
      namePattern.lastIndex = 0;
      if (namePattern.test(value)) changes.push(text);
    }
    changes.forEach(function (node) {
      node.nodeValue = node.nodeValue.replace(namePattern, function (name) { return names[name]; });
    });
    surnameColumnFirst();
  }

  // Admin's member tables have a column 名 before 姓: 姓 comes first, as the name is read.
  function surnameColumnFirst() {
    document.querySelectorAll('table').forEach(function (table) {
      var heads = table.querySelectorAll('thead th');
      var at = -1;
      for (var i = 0; i + 1 < heads.length; i++) {
        var first = heads[i].textContent.replace(/[*\s]/g, '');
        var second = heads[i + 1].textContent.replace(/[*\s]/g, '');
        if (first === '名' && second === '姓' || table.meetingSurnameAt === i && first === '姓' && second === '名') {
          at = i;
          break;
        }
      }
      if (at < 0) return;
      if (table.meetingSurnameAt !== at) {
        heads[at].parentNode.insertBefore(heads[at + 1], heads[at]);
        table.meetingSurnameAt = at;
      }
      table.querySelectorAll('tbody tr').forEach(function (row) {
        if (row.meetingSurnameFirst || row.children.length < at + 2) return;
        row.insertBefore(row.children[at + 1], row.children[at]);
        row.meetingSurnameFirst = true;
      });
    });
  }

  // -- Tasklist: counts on every filter, refusals next to the button --------------------------------

  var counts = {};
  function loadCounts() {
    return get(engine + '/filter?resourceType=Task&itemCount=true').then(function (filters) {
      counts = {};
      filters.forEach(function (filter) { counts[filter.name] = filter.itemCount; });
      showCounts();
    }).catch(function () {});
  }

  function showCounts() {
    document.querySelectorAll('.task-filter h4.name').forEach(function (heading) {
      var link = heading.querySelector('a');
      if (!link || !link.firstChild) return;
      // The link holds the name, then Tasklist's own counter (shown for the open filter only).
      var name = link.firstChild.textContent.trim();
      var badge = heading.querySelector('.meeting-count');
      if (counts[name] === undefined) {
        if (badge) badge.remove();
        return;
      }
      if (!badge) {
        badge = element('span', 'meeting-count');
        heading.appendChild(badge);
      }
      var text = String(counts[name]);
      if (badge.textContent !== text) {
        badge.textContent = text;
        badge.setAttribute('data-count', text);
        badge.title = '待办 ' + text + ' 项';
      }
    });
  }

  // A refusal shows at the top of the page or the dialog, far from the button pressed: repeat it there
  // (the server words it as the rule does: engine/RejectedInputStatus).
  function refusalsNextToTheButton() {
    [['.modal-dialog', '.modal-footer'], ['.task-details', '.form-actions, .task-details-footer']]
      .forEach(function (place) {
        var container = document.querySelector(place[0]);
        if (!container || !container.querySelector('.fjs-container')) return;
        var footer = container.querySelector(place[1]) || container.querySelector('button.btn-primary');
        if (!footer) return;
        var text = refusalIn(place[0] === '.modal-dialog' ? '.modal-dialog' : '.notifications',
          place[0] === '.task-details');
        var shown = container.querySelector('.meeting-refusal');
        if (!text) {
          if (shown) shown.remove();
          return;
        }
        if (!shown) {
          shown = element('div', 'alert alert-danger meeting-refusal');
          shown.setAttribute('role', 'alert');
          footer.parentNode.insertBefore(shown, footer);
        }
        if (shown.textContent !== text) shown.textContent = text;
      });
  }

  // The text of the first refusal shown in a place, without Tasklist's heading (错误) or the close
  // button. A task form's refusal also pops up over the form's buttons: once repeated next to them,
  // the pop-up goes (moved), so that it covers nothing.
  function refusalIn(place, move) {
    var alerts = document.querySelectorAll(place + ' .alert-danger:not(.meeting-refusal)');
    for (var i = 0; i < alerts.length; i++) {
      if (alerts[i].offsetParent === null && !alerts[i].classList.contains('meeting-moved')) continue;
      var message = alerts[i].querySelector('.message');
      var text = (message || alerts[i]).textContent.trim();
      if (text) {
        if (move) alerts[i].classList.add('meeting-moved');
        return text;
      }
    }
    return null;
  }

  // 发起流程: remember which process was started, to lead on to its status page afterwards.
  function watchStarts(event) {
    var dialog = event.target.closest && event.target.closest('.modal-dialog');
    var header = dialog && dialog.querySelector('.modal-header');
    if (!header) return;
    Object.keys(STATUS_PAGES).forEach(function (process) {
      if (header.textContent.indexOf(process) >= 0) processStarted = process;
    });
  }

  function startedLeadsOn() {
    var page = processStarted && STATUS_PAGES[processStarted];
    if (!page) return;
    document.querySelectorAll('.notifications .alert:not(.alert-danger)').forEach(function (alert) {
      if (alert.querySelector('.meeting-status-link') || alert.textContent.indexOf('流程已发起') < 0) return;
      var link = element('a', 'meeting-status-link', page.text);
      link.href = page.href;
      alert.appendChild(link);
    });
  }

  // The inboxes list what is due first (their filters say so). Tasklist's own sort order, which it
  // adds behind the filter's, starts as 创建时间 and would mislabel the list: on opening it becomes
  // 到期时间; what the person chooses afterwards stays.
  var sortingSet = false;
  function dueFirst() {
    // Only once Tasklist has drawn its list: a change of address while it starts could stall it.
    if (sortingSet || !document.querySelector('[cam-sorting-choices] .sort-by')) return;
    var hash = window.location.hash;
    var match = /([?&]sorting=)([^&]*)/.exec(hash);
    if (!match) return;
    sortingSet = true;
    var sorting = JSON.parse(decodeURIComponent(match[2]) || '[]');
    if (sorting.length === 1 && sorting[0].sortBy === 'created' && sorting[0].sortOrder === 'desc') {
      window.location.replace(hash.replace(match[0], match[1] + encodeURIComponent(DUE_FIRST)));
    }
  }

  // -- 临时会议申请: clashes while the time can still change ---------------------------------------

  // The start form asks the application for 参会人员冲突 as the applicant fills in the time and the
  // participants, and shows the answer under 参会人员 (the same rule the leader's form shows later).
  var CLASH_FORM = '临时会议申请';
  var clashAsked = null;
  var clashTimer = null;
  var clashShown = null;

  function fieldByLabel(container, label) {
    var labels = container.querySelectorAll('label[for]');
    for (var i = 0; i < labels.length; i++) {
      if (labels[i].textContent.trim().indexOf(label) === 0) return document.getElementById(labels[i].htmlFor);
    }
    return null;
  }

  // The date input shows yyyy/mm/dd in Chinese (mm/dd/yyyy in English); the time HH:mm.
  function isoDateTime(date, time) {
    var d = /(\d+)\D+(\d+)\D+(\d+)/.exec(date || '');
    var t = /^(\d{1,2}):(\d{2})$/.exec((time || '').trim());
    if (!d || !t) return null;
    var ymd = d[1].length === 4 ? [d[1], d[2], d[3]] : [d[3], d[1], d[2]];
    var pad = function (n) { return ('0' + n).slice(-2); };
    return ymd[0] + '-' + pad(ymd[1]) + '-' + pad(ymd[2]) + 'T' + pad(t[1]) + ':' + t[2];
  }

  function clashForm() {
    var dialog = document.querySelector('.modal-dialog');
    var header = dialog && dialog.querySelector('.modal-header');
    if (!header || header.textContent.indexOf(CLASH_FORM) < 0 || !dialog.querySelector('.fjs-container')) return null;
    return dialog;
  }

  function clashCheck() {
    var dialog = clashForm();
    if (!dialog) return;
    var participants = fieldByLabel(dialog, '参会人员');
    if (!participants) return;
    var box = dialog.querySelector('.meeting-clashes');
    if (!box) {
      box = element('div', 'meeting-clashes');
      box.setAttribute('aria-live', 'polite');
      var field = participants.closest('.fjs-form-field') || participants.parentNode;
      field.parentNode.insertBefore(box, field.nextSibling);
      if (!dialog.meetingClashWatch) {
        dialog.meetingClashWatch = true;
        clashAsked = null;
        ['input', 'change', 'keyup'].forEach(function (kind) {
          dialog.addEventListener(kind, scheduleClashCheck, true);
        });
      } else if (clashShown) {
        // The form drew itself again without the box: show the last answer again.
        showClashes(box, clashShown.answer, clashShown.hint);
      }
    }
    var start = isoDateTime(valueOf(fieldByLabel(dialog, '开始日期')), valueOf(fieldByLabel(dialog, '开始时间')));
    var end = isoDateTime(valueOf(fieldByLabel(dialog, '结束日期')), valueOf(fieldByLabel(dialog, '结束时间')));
    var people = participants.value.trim();
    if (!start || !end || !people || end <= start) {
      showClashes(box, null, '填写开始、结束时间和参会人员后，这里显示参会人员冲突。');
      clashAsked = null;
      return;
    }
    var query = 'start=' + encodeURIComponent(start) + '&end=' + encodeURIComponent(end)
      + '&participants=' + encodeURIComponent(people);
    if (query === clashAsked) return;
    clashAsked = query;
    get('/api/adhoc-applications/proposed-clashes?' + query).then(function (answer) {
      if (clashAsked !== query) return;
      showClashes(box, answer, null);
    }).catch(function () {
      if (clashAsked === query) showClashes(box, null, '暂时无法查询参会人员冲突，提交后可在申请页面查看。');
    });
  }

  function valueOf(input) {
    return input ? input.value : '';
  }

  function scheduleClashCheck() {
    window.clearTimeout(clashTimer);
    clashTimer = window.setTimeout(clashCheck, 500);
  }

  function showClashes(box, answer, hint) {
    clashShown = { answer: answer, hint: hint };
    box.textContent = '';
    box.className = 'meeting-clashes alert ' + (answer && answer.clashes.length ? 'alert-warning' : 'alert-info');
    if (hint) {
      box.appendChild(element('div', null, hint));
      return;
    }
    box.setAttribute('data-clashes', String(answer.clashes.length));
    box.appendChild(element('strong', null, answer.clashes.length
      ? '参会人员冲突：以下人员在此时间已有会议，可调整时间后再提交'
      : '参会人员冲突：无，所填人员在此时间没有其他会议'));
    if (answer.clashes.length) {
      var list = element('ul');
      answer.clashes.forEach(function (line) { list.appendChild(element('li', null, line)); });
      box.appendChild(list);
    }
    answer.unresolved.forEach(function (line) { box.appendChild(element('div', 'meeting-unresolved', '参会人员' + line)); });
  }

  // -- Cockpit: from an instance to the meeting's trail --------------------------------------------

  var trailFor = null;
  function trailLink() {
    var match = /#\/process-instance\/([^/?]+)/.exec(window.location.hash);
    var menu = document.querySelector('[cam-widget-header] .app-menu > ul');
    var existing = document.querySelector('.meeting-trail');
    if (!match || !menu) {
      if (existing) existing.remove();
      trailFor = null;
      return;
    }
    if (trailFor === match[1]) return;
    trailFor = match[1];
    if (existing) existing.remove();
    get(engine + '/history/process-instance/' + encodeURIComponent(match[1])).then(function (instance) {
      var page = pageOf(instance.businessKey);
      if (!page || trailFor !== match[1] || document.querySelector('.meeting-trail')) return;
      var item = element('li', 'meeting-trail');
      var link = element('a', null, page.text);
      link.href = page.href;
      item.appendChild(link);
      menu.insertBefore(item, menu.querySelector('.meeting-home') ? menu.children[1] : menu.firstChild);
    }).catch(function () {});
  }

  // Business keys the application sets: "会议<id>" for a meeting (MeetingKey; a bare id before),
  // or "adhoc-<id>" for an application.
  function pageOf(businessKey) {
    var meeting = /^(?:会议)?(\d+)$/.exec(businessKey || '');
    if (meeting) {
      return { href: '/app/audit/meetings/' + meeting[1], text: '本会议的办理经过' };
    }
    var adhoc = /^adhoc-(\d+)$/.exec(businessKey || '');
    if (adhoc) return { href: '/app/adhoc-applications/' + adhoc[1], text: '本申请的办理经过' };
    return null;
  }

  // -- English the webapps write without asking their locale files -----------------------------------

  var TITLES = { 'zoom in': '放大', 'zoom out': '缩小', 'reset zoom': '重置缩放' };
  // The variable tables print each value's type name, and null for no value.
  var TYPES = {
    String: '字符串', Boolean: '布尔值', Short: '整数', Integer: '整数', Long: '整数', Double: '小数',
    Date: '日期', Null: '空值', Bytes: '字节', File: '文件', Object: '对象'
  };
  function untranslatedLabels() {
    document.querySelectorAll('button[title]').forEach(function (button) {
      var chinese = TITLES[button.getAttribute('title')];
      if (chinese) button.setAttribute('title', chinese);
    });
    replaceWhole('td.col-type > div', TYPES);
    replaceWhole('td.col-value [cam-widget-clipboard] > span, td.col-value > div, .null-value', { 'null': '（空）' });
    document.querySelectorAll('td.actions').forEach(function (cell) {
      cell.childNodes.forEach(function (text) {
        if (text.nodeType === Node.TEXT_NODE && text.textContent.trim() === 'Actions') text.textContent = ' 操作 ';
      });
    });
  }

  function replaceWhole(selector, words) {
    document.querySelectorAll(selector).forEach(function (node) {
      node.childNodes.forEach(function (text) {
        if (text.nodeType !== Node.TEXT_NODE) return;
        var chinese = words[text.textContent.trim()];
        if (chinese) text.textContent = ' ' + chinese + ' ';
      });
    });
  }

  // -- wiring --------------------------------------------------------------------------------------

  var scheduled = false;
  function onChange() {
    scheduled = false;
    ensureUser();
    addHomeEntry();
    addAppSwitchEntry();
    chineseNames();
    untranslatedLabels();
    if (app === 'tasklist') {
      dueFirst();
      showCounts();
      refusalsNextToTheButton();
      startedLeadsOn();
      if (clashForm() && !document.querySelector('.modal-dialog .meeting-clashes')) clashCheck();
    }
    if (app === 'cockpit') {
      trailLink();
    }
  }

  new MutationObserver(function () {
    if (!scheduled) {
      scheduled = true;
      window.requestAnimationFrame(onChange);
    }
  }).observe(document.documentElement, { childList: true, subtree: true, characterData: true });

  // The login happens inside the app, without a page load: look for the person once the header
  // shows someone logged in, and again after a logout.
  var user = null;
  var asking = false;
  function ensureUser() {
    var loggedIn = !!document.querySelector('[cam-widget-header] .account');
    if (!loggedIn) {
      user = null;
      document.documentElement.classList.remove('meeting-read-only');
      return;
    }
    if (user || asking) return;
    asking = true;
    whoIsLoggedIn().then(function (found) {
      asking = false;
      user = found;
      if (user) {
        onChange();
        if (app === 'tasklist') loadCounts();
      }
    });
  }

  if (app === 'tasklist') {
    window.setInterval(function () { if (user) loadCounts(); }, REFRESH_MS);
    // A task completed, claimed or started changes the counts.
    document.addEventListener('click', function (event) {
      watchStarts(event);
      if (user) window.setTimeout(loadCounts, 1500);
    }, true);
  }
  window.addEventListener('hashchange', onChange);
})();
