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
  var batchType = document.getElementById('upload-type');

  function text(key) { return form.dataset[key] || key; }

  function size(bytes) {
    if (bytes < 1024) { return bytes + ' B'; }
    if (bytes < 1024 * 1024) { return (bytes / 1024).toFixed(1) + ' KB'; }
    return (bytes / (1024 * 1024)).toFixed(1) + ' MB';
  }

  // each file has its own type (the batch's choice until changed: an acta in a batch of Gacetas stays an acta) and title
  function typeSelect(file, index) {
    var select = batchType.cloneNode(true);
    select.removeAttribute('id');
    select.removeAttribute('name');
    select.id = 'upload-type-' + index;
    select.value = batchType.value;
    select.setAttribute('aria-label', text('typeOf').replace('{0}', file.name));
    select.addEventListener('change', function () { select.dataset.chosen = 'true'; });
    return select;
  }

  function titleInput(file, index) {
    var title = document.createElement('input');
    title.type = 'text';
    title.maxLength = 500;
    title.id = 'upload-title-' + index;
    title.placeholder = text('titleHint');
    title.setAttribute('aria-label', text('titleOf').replace('{0}', file.name));
    return title;
  }

  function cell(child) {
    var td = document.createElement('td');
    if (typeof child === 'string') { td.textContent = child; } else { td.appendChild(child); }
    return td;
  }

  function choose(files) {
    rows = [];
    body.textContent = '';
    Array.prototype.forEach.call(files, function (file, index) {
      var tr = document.createElement('tr');
      var type = typeSelect(file, index);
      var title = titleInput(file, index);
      var bar = document.createElement('progress'); bar.setAttribute('max', '1'); bar.setAttribute('value', '0');
      var state = cell(text('queued'));
      state.setAttribute('aria-live', 'polite');
      tr.appendChild(cell(file.name)); tr.appendChild(cell(type)); tr.appendChild(cell(title));
      tr.appendChild(cell(size(file.size))); tr.appendChild(cell(bar)); tr.appendChild(state);
      body.appendChild(tr);
      rows.push({ file: file, type: type, title: title, bar: bar, state: state, documentId: null, settled: false });
    });
    summary.textContent = rows.length ? '' : text('none');
  }

  batchType.addEventListener('change', function () {
    rows.forEach(function (row) { if (!row.type.dataset.chosen) { row.type.value = batchType.value; } });
  });

  // "Recibido #1388" with the number as a link to the document's page (text set with textContent only)
  function showState(row, label, documentId) {
    row.state.textContent = label + ' ';
    if (documentId) {
      var link = document.createElement('a');
      link.href = base + '/documento.xhtml?id=' + encodeURIComponent(documentId);
      link.textContent = '#' + documentId;
      row.state.appendChild(link);
    }
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
          showState(row, xhr.status === 200 ? text('duplicate') : text('received'), receipt.id);
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
      data.append('type', row.type.value);
      if (row.title.value.trim()) { data.append('title', row.title.value.trim()); }
      row.type.disabled = true;
      row.title.disabled = true;
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
              showState(row, text('indexed'), f.documentId); row.settled = true;
            } else if (f.documentStatus === 'FAILED') {
              row.state.textContent = text('failed') + ': ' + (f.reason || ''); row.state.className = 'error'; row.settled = true;
            } else if (f.documentStatus === 'EXTRACTED') {
              showState(row, text('extracted'), f.documentId);
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
