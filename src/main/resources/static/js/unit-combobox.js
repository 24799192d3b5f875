// Type-ahead list of units (chọn đơn vị), the ARIA 1.2 combobox pattern. Progressive enhancement of
// <input data-unit-combobox name="unit">: without JavaScript the plain field takes a unit's name (the server resolves it).
// With it, the officer types part of a name without diacritics ("binh lu"), picks with the arrows and Enter (Escape
// closes) or the mouse, and the form sends the unit's code in a hidden field of the same name.
(function () {
  'use strict';
  var counter = 0;

  function enhance(input) {
    var name = input.getAttribute('name');
    var hidden = document.createElement('input');
    hidden.type = 'hidden';
    hidden.name = name;
    hidden.value = input.getAttribute('data-unit-code') || input.value;
    input.removeAttribute('name');
    if (input.getAttribute('data-unit-label')) {
      input.value = input.getAttribute('data-unit-label');
    }
    input.parentNode.insertBefore(hidden, input.nextSibling);
    var id = 'unit-options-' + (++counter);
    var list = document.createElement('ul');
    list.id = id;
    list.className = 'combobox-list';
    list.setAttribute('role', 'listbox');
    list.hidden = true;
    var status = document.createElement('div');
    status.className = 'visually-hidden';
    status.setAttribute('role', 'status');
    var wrap = document.createElement('span');
    wrap.className = 'combobox';
    input.parentNode.insertBefore(wrap, input);
    wrap.appendChild(input);
    wrap.appendChild(list);
    wrap.appendChild(status);
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('aria-controls', id);
    input.setAttribute('autocomplete', 'off');
    var state = { items: [], active: -1, timer: null, seq: 0 };

    function close() {
      list.hidden = true;
      state.active = -1;
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
    }

    function choose(i) {
      var u = state.items[i];
      if (!u) { return; }
      input.value = u.name;
      hidden.value = u.code;
      close();
      input.dispatchEvent(new CustomEvent('unit-chosen', { bubbles: true, detail: u }));
    }

    function highlight(i) {
      var options = list.querySelectorAll('[role=option]');
      if (!options.length) { return; }
      state.active = (i + options.length) % options.length;
      options.forEach(function (o, k) { o.setAttribute('aria-selected', k === state.active ? 'true' : 'false'); });
      input.setAttribute('aria-activedescendant', options[state.active].id);
      options[state.active].scrollIntoView({ block: 'nearest' });
    }

    function render(items, message) {
      state.items = items;
      state.active = -1;
      list.textContent = '';
      items.forEach(function (u, k) {
        var li = document.createElement('li');
        li.id = id + '-' + k;
        li.setAttribute('role', 'option');
        li.setAttribute('aria-selected', 'false');
        li.textContent = u.name;
        li.addEventListener('mousedown', function (e) { e.preventDefault(); choose(k); });
        list.appendChild(li);
      });
      if (!items.length) {
        var none = document.createElement('li');
        none.className = 'combobox-empty';
        none.textContent = message;
        list.appendChild(none);
      }
      list.hidden = false;
      input.setAttribute('aria-expanded', 'true');
      status.textContent = items.length ? items.length + ' đơn vị phù hợp, dùng phím mũi tên để chọn.' : message;
    }

    function search() {
      var q = input.value.trim();
      if (q.length < 2) { close(); return; }
      var seq = ++state.seq;
      fetch((input.getAttribute('data-unit-search') || '/api/v1/units/search') + '?q=' + encodeURIComponent(q),
        { credentials: 'same-origin', headers: { Accept: 'application/json' } })
        .then(function (r) { return r.ok ? r.json() : r.json().then(function (p) { throw new Error(p.detail || 'Lỗi'); }); })
        .then(function (items) { if (seq === state.seq) { render(items, 'Không có đơn vị nào khớp với "' + q + '".'); } })
        .catch(function (e) { if (seq === state.seq) { render([], e.message || 'Không tìm được đơn vị.'); } });
    }

    input.addEventListener('input', function () {
      hidden.value = input.value;
      clearTimeout(state.timer);
      state.timer = setTimeout(search, 200);
    });
    input.addEventListener('keydown', function (e) {
      if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        e.preventDefault();
        if (list.hidden) { search(); return; }
        highlight(state.active + (e.key === 'ArrowDown' ? 1 : -1));
      } else if (e.key === 'Enter' && !list.hidden && state.active >= 0) {
        e.preventDefault();
        choose(state.active);
      } else if (e.key === 'Escape' && !list.hidden) {
        e.preventDefault();
        close();
      }
    });
    input.addEventListener('blur', close);
  }

  function start() {
    document.querySelectorAll('input[data-unit-combobox]').forEach(enhance);
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
