/*
 * The upload page (admin/subir.xhtml): one ingest job per batch, then each file sent to
 * POST /api/documents?job=<id> (two at a time) with its own progress bar, then the job's files polled until
 * every one is indexed or failed. Text from the server and from file names is only ever set with textContent.
 */
(function () {
  'use strict';
  var form = document.getElementById('upload-form');
  if (!form) { return; }
  var base = form.dataset.base || '';
  // the signed-in session's CSRF token: every state-changing request of a session carries it (AuthenticationFilter)
  var csrf = form.dataset.csrf || '';
  var input = document.getElementById('upload-input');
  var drop = document.getElementById('upload-drop');
  var body = document.getElementById('upload-files');
  var summary = document.getElementById('upload-summary');
  var start = document.getElementById('upload-start');
  var rows = [];
  var CONCURRENT = 2;

  function text(key) { return form.dataset[key] || key; }

  function size(bytes) {
    if (bytes < 1024) { return bytes + ' B'; }
    if (bytes < 1024 * 1024) { return (bytes / 1024).toFixed(1) + ' KB'; }
    return (bytes / (1024 * 1024)).toFixed(1) + ' MB';
  }

  function choose(files) {
    rows = [];
    body.textContent = '';
    Array.prototype.forEach.call(files, function (file) {
      var tr = document.createElement('tr');
      var name = document.createElement('td'); name.textContent = file.name;
      var bytes = document.createElement('td'); bytes.textContent = size(file.size);
      var bar = document.createElement('progress'); bar.setAttribute('max', '1'); bar.setAttribute('value', '0');
      var barCell = document.createElement('td'); barCell.appendChild(bar);
      var state = document.createElement('td'); state.textContent = text('queued');
      tr.appendChild(name); tr.appendChild(bytes); tr.appendChild(barCell); tr.appendChild(state);
      body.appendChild(tr);
      rows.push({ file: file, bar: bar, state: state, documentId: null, settled: false });
    });
    summary.textContent = rows.length ? '' : text('none');
  }

  input.addEventListener('change', function () { choose(input.files); });
  drop.addEventListener('dragover', function (e) { e.preventDefault(); drop.classList.add('over'); });
  drop.addEventListener('dragleave', function () { drop.classList.remove('over'); });
  drop.addEventListener('drop', function (e) {
    e.preventDefault();
    drop.classList.remove('over');
    choose(e.dataTransfer.files);
  });

  function problemDetail(xhrText, status) {
    try { return JSON.parse(xhrText).detail || ('HTTP ' + status); } catch (ignored) { return 'HTTP ' + status; }
  }

  function openJob(label) {
    return fetch(base + '/api/ingest/jobs', {
      method: 'POST', credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', 'X-Requested-By': 'portal-subir', 'X-CSRF-Token': csrf },
      body: JSON.stringify({ label: label, expectedFiles: rows.length })
    }).then(function (response) {
      return response.text().then(function (t) {
        if (!response.ok) { throw new Error(problemDetail(t, response.status)); }
        return JSON.parse(t);
      });
    });
  }

  function upload(row, job, fields) {
    return new Promise(function (resolve) {
      var xhr = new XMLHttpRequest();
      xhr.open('POST', base + '/api/documents?job=' + job.id + '&name=' + encodeURIComponent(row.file.name));
      xhr.setRequestHeader('X-Requested-By', 'portal-subir');
      xhr.setRequestHeader('X-CSRF-Token', csrf);
      row.state.textContent = text('uploading');
      xhr.upload.onprogress = function (e) { if (e.lengthComputable) { row.bar.setAttribute('value', String(e.loaded / e.total)); } };
      xhr.onload = function () {
        row.bar.setAttribute('value', '1');
        if (xhr.status === 200 || xhr.status === 202) {
          var receipt = JSON.parse(xhr.responseText);
          row.documentId = receipt.id;
          row.state.textContent = (xhr.status === 200 ? text('duplicate') : text('received')) + ' #' + receipt.id;
          row.settled = xhr.status === 200;
        } else {
          row.state.textContent = text('refused') + ': ' + problemDetail(xhr.responseText, xhr.status);
          row.state.className = 'error';
          row.settled = true;
        }
        resolve();
      };
      xhr.onerror = function () {
        row.state.textContent = text('network');
        row.state.className = 'error';
        row.settled = true;
        resolve();
      };
      var data = new FormData();
      data.append('file', row.file, row.file.name);
      Object.keys(fields).forEach(function (k) { if (fields[k]) { data.append(k, fields[k]); } });
      xhr.send(data);
    });
  }

  function poll(job) {
    var byDocument = {};
    rows.forEach(function (row) { if (row.documentId) { byDocument[row.documentId] = row; } });
    function page(after) {
      return fetch(base + '/api/ingest/jobs/' + job.id + '/files?limit=1000&after=' + after, { credentials: 'same-origin' })
        .then(function (r) { return r.json(); })
        .then(function (p) {
          p.files.forEach(function (f) {
            var row = f.documentId ? byDocument[f.documentId] : null;
            if (!row || row.settled) { return; }
            if (f.documentStatus === 'INDEXED') {
              row.state.textContent = text('indexed') + ' #' + f.documentId; row.settled = true;
            } else if (f.documentStatus === 'FAILED') {
              row.state.textContent = text('failed') + ': ' + (f.reason || ''); row.state.className = 'error'; row.settled = true;
            } else if (f.documentStatus === 'EXTRACTED') {
              row.state.textContent = text('extracted') + ' #' + f.documentId;
            }
          });
          return p.next ? page(p.next) : null;
        });
    }
    return page(0)
      .then(function () { return fetch(base + '/api/ingest/jobs/' + job.id, { credentials: 'same-origin' }); })
      .then(function (r) { return r.json(); })
      .then(function (progress) {
        summary.textContent = text('summary').replace('{0}', progress.done).replace('{1}', progress.total)
          .replace('{2}', progress.indexed).replace('{3}', progress.duplicates).replace('{4}', progress.rejected + progress.failed);
        if (!progress.complete) { setTimeout(function () { poll(job); }, 2000); } else { start.disabled = false; }
      })
      .catch(function () { setTimeout(function () { poll(job); }, 5000); });
  }

  form.addEventListener('submit', function (e) {
    e.preventDefault();
    if (!rows.length) { summary.textContent = text('none'); return; }
    var fields = {
      legislature: form.elements.legislature.value,
      type: form.elements.type.value,
      date: form.elements.date.value
    };
    var label = form.elements.label.value || (rows.length + ' archivos, ' + new Date().toLocaleString());
    start.disabled = true;
    openJob(label).then(function (job) {
      summary.textContent = text('job') + ' #' + job.id;
      var next = 0;
      function worker() {
        if (next >= rows.length) { return Promise.resolve(); }
        var row = rows[next++];
        return upload(row, job, fields).then(worker);
      }
      var workers = [];
      for (var i = 0; i < CONCURRENT; i++) { workers.push(worker()); }
      return Promise.all(workers).then(function () { poll(job); });
    }).catch(function (error) {
      summary.textContent = error.message;
      summary.className = 'error';
      start.disabled = false;
    });
  });
}());
