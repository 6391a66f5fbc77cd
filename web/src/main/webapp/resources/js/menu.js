// Tables that scroll sideways inside their own box (on a phone) can be scrolled with the keyboard: they take the focus.
(function () {
  function focusable() {
    document.querySelectorAll('main table').forEach(function (table) {
      var box = table.closest('.table-wrap') || table;
      if (box.scrollWidth > box.clientWidth + 1 && !box.hasAttribute('tabindex')) {
        box.setAttribute('tabindex', '0');
      }
    });
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', focusable);
  } else {
    focusable();
  }
})();
// The site menu collapses behind a button on narrow screens. Without this script the menu stays open:
// the button only appears once the script runs, so nothing is hidden from a reader without scripts.
(function () {
  var button = document.getElementById('menu-boton');
  var menu = document.getElementById('menu');
  if (!button || !menu) {
    return;
  }
  document.documentElement.classList.add('js');
  button.hidden = false;
  button.addEventListener('click', function () {
    var open = button.getAttribute('aria-expanded') !== 'true';
    button.setAttribute('aria-expanded', String(open));
    menu.classList.toggle('open', open);
  });
  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape' && menu.classList.contains('open')) {
      button.setAttribute('aria-expanded', 'false');
      menu.classList.remove('open');
      button.focus();
    }
  });
})();
