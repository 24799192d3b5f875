// Nhập số liệu on a weak connection (issue 14). What the officer types is kept on this device (localStorage, keyed
// by user + programme + unit + period) on every input; the form is sent with fetch to its JSON twin (…/gui), so a
// failed send never loses the page. Offline: a banner says the values are kept and they are sent again on the
// `online` event or with "Gửi lại". Session expired: the officer signs in again and the form offers the kept values.
// The server's optimistic locking decides conflicts, shown side by side for the officer to choose per value; an
// approved (locked) report refuses the send, and the typed values stay in the form and on the device.
// Without JavaScript the form posts normally.
(function () {
  'use strict';
  var form = document.getElementById('entry-form');
  if (!form || !form.dataset.draftKey || !window.fetch || !window.localStorage) {
    return;
  }
  var KEY = 'tiendo.nhap-lieu:' + form.dataset.draftKey;
  var OFFLINE = 'Mất kết nối — số liệu bạn nhập đã được giữ trên máy này và sẽ gửi khi có mạng trở lại';
  var EXPIRED = 'Phiên đăng nhập đã hết hạn — số liệu bạn nhập đã được giữ trên máy này. '
      + 'Hãy đăng nhập lại; biểu mẫu sẽ đề nghị khôi phục số liệu đã giữ.';
  var FAILED = 'Chưa gửi được (máy chủ đang lỗi) — số liệu bạn nhập vẫn được giữ trên máy này; bấm "Gửi lại" để thử lại.';
  var banner = document.getElementById('offline-banner');
  var offer = document.getElementById('draft-offer');
  var conflicts = document.getElementById('conflicts');
  var waiting = null;   // 'offline' | 'expired' | 'failed' while a send is outstanding
  var sending = false;
  var offerOpen = false;

  function byId(id) {
    return document.getElementById(id);
  }

  function fields() {
    return Array.prototype.filter.call(form.elements, function (e) {
      return /^(v|n|o|on|ver)_\d+$/.test(e.name);
    });
  }

  function read() {
    try {
      return JSON.parse(localStorage.getItem(KEY));
    } catch (e) {
      return null;
    }
  }

  function keep() {
    var values = {};
    fields().forEach(function (e) {
      values[e.name] = e.value;
    });
    try {
      localStorage.setItem(KEY, JSON.stringify({at: new Date().toISOString(), pending: waiting !== null, fields: values}));
    } catch (e) {
      // storage full or forbidden: the page itself still holds the values
    }
  }

  function showBanner(state, text) {
    waiting = state;
    byId('offline-text').textContent = text;
    byId('relogin').hidden = state !== 'expired';
    byId('resend').hidden = state === 'expired';
    banner.hidden = false;
  }

  function hideBanner() {
    waiting = null;
    banner.hidden = true;
  }

  function message(text, ok) {
    var m = byId('entry-message');
    if (!m) {
      m = document.createElement('p');
      m.id = 'entry-message';
      m.setAttribute('role', 'status');
      form.insertBefore(m, banner);
    }
    m.className = ok ? 'ok' : 'error';
    m.textContent = text;
  }

  function clearProblems() {
    form.querySelectorAll('.field-error, ul.error').forEach(function (e) {
      e.remove();
    });
    form.querySelectorAll('tr.warning').forEach(function (e) {
      e.classList.remove('warning');
    });
  }

  function showProblems(problems) {
    if (!problems.length) {
      return;
    }
    var list = document.createElement('ul');
    list.className = 'error';
    problems.forEach(function (p) {
      var li = document.createElement('li');
      li.textContent = p.text;
      list.appendChild(li);
      var input = form.elements[p.key];
      if (input && input.parentNode) {
        var div = document.createElement('div');
        div.className = 'field-error error';
        div.textContent = p.text;
        input.parentNode.appendChild(div);
        input.closest('tr').classList.add('warning');
      }
    });
    form.insertBefore(list, banner);
  }

  function set(name, value) {
    var e = form.elements[name];
    if (e) {
      e.value = value == null ? '' : value;
    }
  }

  function showSaved(v) {
    var cell = form.querySelector('td.current[data-code="' + v.code + '"]');
    if (!cell) {
      return;
    }
    cell.textContent = '';
    var span = document.createElement('span');
    span.textContent = v.saved;
    cell.appendChild(span);
    if (v.version != null) {
      var small = document.createElement('small');
      small.className = 'muted';
      small.textContent = v.savedBy ? ' do ' + v.savedBy + ' lưu' : ' đã lưu';
      cell.appendChild(small);
    }
  }

  function applySaved(values) {
    values.forEach(function (v) {
      set('o_' + v.id, v.saved);
      set('on_' + v.id, v.savedNote);
      set('ver_' + v.id, v.version);
      set('v_' + v.id, v.saved);
      set('n_' + v.id, v.savedNote);
      showSaved(v);
    });
  }

  function cell(row, text, extra) {
    var td = document.createElement('td');
    td.textContent = text;
    if (extra) {
      var small = document.createElement('small');
      small.className = 'muted';
      small.textContent = extra;
      td.appendChild(document.createElement('br'));
      td.appendChild(small);
    }
    row.appendChild(td);
    return td;
  }

  function choice(td, v, which, label, checked) {
    var wrap = document.createElement('label');
    var radio = document.createElement('input');
    radio.type = 'radio';
    radio.name = 'pick_' + v.id;
    radio.value = which;
    radio.checked = checked;
    radio.id = 'pick-' + which + '-' + v.id;
    wrap.appendChild(radio);
    wrap.appendChild(document.createTextNode(' ' + label + ' '));
    td.appendChild(wrap);
  }

  function showConflicts(values) {
    var rows = byId('conflict-rows');
    rows.textContent = '';
    var pending = values.filter(function (v) {
      return v.result === 'conflict';
    });
    pending.forEach(function (v) {
      showSaved(v);
      var tr = document.createElement('tr');
      tr.dataset.code = v.code;
      cell(tr, v.code);
      cell(tr, v.yours || '—', v.yourNote ? 'Ghi chú: ' + v.yourNote : null).className = 'mine';
      cell(tr, v.saved || '—', 'do ' + (v.savedBy || 'người khác') + ' lưu lúc ' + v.savedAt
          + (v.savedNote ? ' · Ghi chú: ' + v.savedNote : '')).className = 'theirs';
      var td = cell(tr, '');
      choice(td, v, 'mine', 'Giữ số của tôi', true);
      choice(td, v, 'saved', 'Dùng số đã lưu', false);
      rows.appendChild(tr);
    });
    conflicts.pending = pending;
    conflicts.hidden = false;
    conflicts.scrollIntoView();
  }

  function applyChoices() {
    (conflicts.pending || []).forEach(function (v) {
      var useSaved = form.querySelector('input[name="pick_' + v.id + '"][value="saved"]').checked;
      set('ver_' + v.id, v.version);
      set('o_' + v.id, v.saved);
      set('on_' + v.id, v.savedNote);
      if (useSaved) {
        set('v_' + v.id, v.saved);
        set('n_' + v.id, v.savedNote);
      }
    });
    conflicts.hidden = true;
    keep();
    send();
  }

  function answer(r) {
    hideBanner();
    clearProblems();
    conflicts.hidden = true;
    message(r.message, r.outcome === 'saved');
    if (r.outcome === 'saved') {
      applySaved(r.values);
      localStorage.removeItem(KEY);
      return;
    }
    keep();
    showProblems(r.problems || []);
    if (r.outcome === 'conflict') {
      showConflicts(r.values);
    }
  }

  function body() {
    var data = new URLSearchParams();
    fields().forEach(function (e) {
      if (!e.disabled) {
        data.append(e.name, e.value);
      }
    });
    return data;
  }

  function headers() {
    var h = {'Accept': 'application/json'};
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header && token.content) {
      h[header.content] = token.content;
    }
    return h;
  }

  // A 403 is an expired session (its CSRF token died with it) when the page itself now asks to sign in; else a refusal.
  function refused() {
    return fetch(form.dataset.pageUrl, {credentials: 'same-origin'}).then(function (page) {
      if (page.redirected && page.url.indexOf('/dang-nhap') >= 0) {
        showBanner('expired', EXPIRED);
      } else {
        message('Chưa lưu: bạn không có quyền gửi số liệu của đơn vị này. Số liệu bạn nhập vẫn được giữ trên máy này.', false);
      }
      keep();
    });
  }

  function send() {
    if (sending) {
      return;
    }
    sending = true;
    keep();
    fetch(form.dataset.sendUrl, {method: 'POST', body: body(), headers: headers(), credentials: 'same-origin'})
      .then(function (res) {
        var json = (res.headers.get('content-type') || '').indexOf('json') >= 0;
        if (res.redirected || res.status === 401) {
          showBanner('expired', EXPIRED);
        } else if (res.status === 403) {
          return refused();
        } else if (!json) {
          showBanner('failed', FAILED);
        } else {
          return res.json().then(answer);
        }
        keep();
      }, function () {
        showBanner('offline', OFFLINE);
        keep();
      })
      .catch(function () {
        showBanner('failed', FAILED);
        keep();
      })
      .then(function () {
        sending = false;
      });
  }

  function differs(kept) {
    return Object.keys(kept.fields || {}).some(function (name) {
      var e = form.elements[name];
      return /^[vn]_/.test(name) && e && e.value !== kept.fields[name];
    });
  }

  function offerKept() {
    var kept = read();
    if (!kept || !kept.fields) {
      return;
    }
    if (!differs(kept)) {
      localStorage.removeItem(KEY);
      return;
    }
    var at = new Date(kept.at);
    byId('draft-offer-text').textContent = 'Có số liệu bạn đã nhập trên máy này lúc ' + at.toLocaleString('vi-VN')
        + ' nhưng chưa gửi được. Bạn có muốn khôi phục để gửi?';
    offerOpen = true;
    offer.hidden = false;
    byId('draft-restore').addEventListener('click', function () {
      Object.keys(kept.fields).forEach(function (name) {
        set(name, kept.fields[name]);
      });
      offerOpen = false;
      offer.hidden = true;
      message('Đã khôi phục số liệu giữ trên máy này; bấm "Lưu số liệu" để gửi.', true);
      keep();
    });
    byId('draft-discard').addEventListener('click', function () {
      offerOpen = false;
      offer.hidden = true;
      localStorage.removeItem(KEY);
    });
  }

  function typed() {
    if (!offerOpen) {
      keep();
    }
  }

  form.addEventListener('input', typed);
  form.addEventListener('change', typed);
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    send();
  });
  byId('resend').addEventListener('click', send);
  byId('conflict-apply').addEventListener('click', applyChoices);
  window.addEventListener('online', function () {
    if (waiting === 'offline' || waiting === 'failed') {
      send();
    }
  });
  offerKept();
}());
