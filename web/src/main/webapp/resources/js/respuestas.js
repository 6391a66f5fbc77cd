// The answer form keeps what is typed until the portal has saved it: each field's text is copied to this browser's
// storage as it is typed and put back if the page comes back without it (reloaded before the save); leaving the page
// with text not saved yet asks first. A copy is dropped once saved with nothing typed since (not while the page is
// being left: that save may not be in the page that replaces it yet) or once the portal's page shows the same text.
(function () {
  'use strict';
  var store = window.localStorage;
  var dirty = {};
  var leaving = false;
  function key(field) {
    var row = field.closest('[data-draft-key]');
    return row ? 'parlamento.borrador:' + row.getAttribute('data-draft-key') + ':' + (field.classList.contains('evidence') ? 'e' : 'j') : null;
  }
  function restore() {
    document.querySelectorAll('textarea.justification, textarea.evidence').forEach(function (field) {
      var k = key(field);
      var kept = k && store ? store.getItem(k) : null;
      if (kept !== null && kept === field.value) { store.removeItem(k); return; }
      if (kept !== null && kept !== field.value) {
        field.value = kept;
        dirty[k] = true;
        var row = field.closest('[data-draft-key]');
        var message = row && row.querySelector('.save-state .message');
        if (message) { message.textContent = 'Texto recuperado de este navegador, todavía sin guardar.'; }
      }
    });
  }
  document.addEventListener('input', function (event) {
    var field = event.target;
    if (!field.matches || !field.matches('textarea.justification, textarea.evidence')) { return; }
    var k = key(field);
    if (k && store) { store.setItem(k, field.value); dirty[k] = true; }
  });
  // a save replaces its row's message: when the new one says "Guardada", leaving the page no longer needs a warning.
  // Only messages that just changed count (a row's old "Guardada" says nothing of what was typed since). The copy in
  // the browser's storage goes too when nothing was typed since, except while the page is being left.
  function saved(state) {
    var row = state.closest('[data-draft-key]');
    var message = state.querySelector('.message');
    if (!row || !message || !/^Guardada/.test(message.textContent)) { return; }
    row.querySelectorAll('textarea.justification, textarea.evidence').forEach(function (field) {
      var k = key(field);
      if (!k) { return; }
      delete dirty[k];
      if (!leaving && store && store.getItem(k) === field.value) { store.removeItem(k); }
    });
  }
  new MutationObserver(function (records) {
    records.forEach(function (record) {
      var nodes = Array.prototype.slice.call(record.addedNodes);
      if (record.type === 'characterData' && record.target.parentElement) { nodes.push(record.target.parentElement); }
      nodes.forEach(function (node) {
        if (node.nodeType !== 1) { return; }
        var inside = node.closest('.save-state');
        if (inside) { saved(inside); }
        node.querySelectorAll('.save-state').forEach(saved);
      });
    });
  }).observe(document.body, { childList: true, subtree: true, characterData: true });
  window.addEventListener('beforeunload', function (event) {
    leaving = true;
    if (Object.keys(dirty).length > 0) { event.preventDefault(); event.returnValue = ''; }
  });
  if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', restore); } else { restore(); }
}());
