// While an import runs, its progress is fetched again every 5 s and the progress region replaced in place (announced
// politely to screen readers); the page itself is never reloaded, so focus and reading position stay where they are.
(function () {
  var region = document.getElementById('avance');
  if (!region || region.getAttribute('data-running') !== 'true' || !window.fetch || !window.DOMParser) {
    return;
  }
  var timer = setInterval(function () {
    fetch(location.href, {credentials: 'same-origin', headers: {'Accept': 'text/html'}}).then(function (answer) {
      return answer.ok ? answer.text() : null;
    }).then(function (html) {
      if (!html) {
        return;
      }
      var fresh = new DOMParser().parseFromString(html, 'text/html').getElementById('avance');
      if (!fresh) {
        return;
      }
      region.innerHTML = fresh.innerHTML;
      if (fresh.getAttribute('data-running') !== 'true') {
        region.setAttribute('data-running', 'false');
        clearInterval(timer);
      }
    }).catch(function () { /* the next round tries again */ });
  }, 5000);
})();
