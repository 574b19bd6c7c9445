// Camunda Forms (form-js) in Tasklist check required fields, lengths and ranges in the browser
// but only know English. Approvers read Chinese: translate the messages as they appear.
// The server checks every submission again and answers in Chinese in any case.
(function () {
  'use strict';
  var rules = [
    [/^Field is required\.$/, function () { return '此项必须填写。'; }],
    [/^Field must have minimum value of (.+)\.$/, function (m) { return '不能小于 ' + m[1] + '。'; }],
    [/^Field must have maximum value of (.+)\.$/, function (m) { return '不能大于 ' + m[1] + '。'; }],
    [/^Field must have minimum length of (.+)\.$/, function (m) { return '至少需要 ' + m[1] + ' 个字。'; }],
    [/^Field must have maximum length of (.+)\.$/, function (m) { return '不能超过 ' + m[1] + ' 个字。'; }],
    [/^Field must match pattern (.+)\.$/, function () { return '格式不正确。'; }],
    [/^Field must be a valid email\.$/, function () { return '请填写有效的电子邮箱地址。'; }],
    [/^Field must be a valid\s+international phone number\..*$/, function () { return '请填写有效的电话号码（含国家代码）。'; }]
  ];
  var placeholders = { 'Select': '请选择', 'Search': '搜索', 'yyyy/mm/dd': '年/月/日', 'hh:mm': '时:分' };

  function translate(text) {
    for (var i = 0; i < rules.length; i++) {
      var match = rules[i][0].exec(text);
      if (match) {
        return rules[i][1](match);
      }
    }
    return null;
  }

  // One pass over the open forms per animation frame, however many nodes the page just added.
  var scheduled = false;
  function translateForms() {
    scheduled = false;
    document.querySelectorAll('.fjs-form-field-error li').forEach(function (item) {
      var chinese = translate(item.textContent.trim());
      if (chinese) {
        item.textContent = chinese;
      }
    });
    // A select that is not searchable writes its placeholder as the text of its display.
    document.querySelectorAll('.fjs-container .fjs-select-placeholder').forEach(function (display) {
      var chinese = placeholders[display.textContent.trim()];
      if (chinese) {
        display.textContent = chinese;
      }
    });
    document.querySelectorAll('.fjs-container input[placeholder]').forEach(function (input) {
      var chinese = placeholders[input.getAttribute('placeholder')];
      if (chinese) {
        input.setAttribute('placeholder', chinese);
      }
    });
  }

  new MutationObserver(function () {
    if (!scheduled) {
      scheduled = true;
      window.requestAnimationFrame(translateForms);
    }
  }).observe(document.documentElement, { childList: true, subtree: true, characterData: true });
})();
