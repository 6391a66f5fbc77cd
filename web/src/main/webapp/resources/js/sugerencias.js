// Name suggestions for the legislator search box: fills the input's <datalist> from /api/people/suggest as one types.
// Without scripts the box still searches (the form is a plain GET).
(function () {
  var input = document.querySelector('input[data-suggest]');
  if (!input || !window.fetch) { return; }
  var list = document.getElementById(input.getAttribute('list'));
  var timer = null;
  var legislature = document.getElementById('legislatura');
  input.addEventListener('input', function () {
    clearTimeout(timer);
    var q = input.value.trim();
    if (q.length < 2) { return; }
    timer = setTimeout(function () {
      var url = input.getAttribute('data-suggest') + '?q=' + encodeURIComponent(q)
        + (legislature ? '&legislature=' + encodeURIComponent(legislature.value) : '');
      fetch(url, { headers: { 'Accept': 'application/json' } }).then(function (r) { return r.ok ? r.json() : []; }).then(function (people) {
        while (list.firstChild) { list.removeChild(list.firstChild); }
        people.forEach(function (p) {
          var option = document.createElement('option');
          option.value = p.name;
          list.appendChild(option);
        });
      }).catch(function () { /* suggestions are a convenience; the search still works */ });
    }, 200);
  });
})();
