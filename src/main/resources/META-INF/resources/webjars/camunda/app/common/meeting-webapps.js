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

  // The webapps write "firstName lastName"; a Chinese name is family name first, without a space.
  function chineseNames() {
    document.querySelectorAll('[cam-widget-header] .account > a, h5.assignee, .assignee span')
      .forEach(function (node) {
        node.childNodes.forEach(function (text) {
          if (text.nodeType !== Node.TEXT_NODE) return;
          var shown = text.textContent.trim();
          if (names[shown]) text.textContent = ' ' + names[shown] + ' ';
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

  // Business keys the application sets: a meeting's id, or "adhoc-<id>" for an application.
  function pageOf(businessKey) {
    if (/^\d+$/.test(businessKey || '')) {
      return { href: '/app/audit/meetings/' + businessKey, text: '本会议的办理经过' };
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
    chineseNames();
    untranslatedLabels();
    if (app === 'tasklist') {
      dueFirst();
      showCounts();
      refusalsNextToTheButton();
      startedLeadsOn();
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
