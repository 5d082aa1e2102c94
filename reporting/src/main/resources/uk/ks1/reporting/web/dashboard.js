// The dashboard: reads the public API, draws with Chart.js, and refetches when the server says
// "figures-changed" (server-sent events). Fetches revalidate with the ETag, so unchanged parts
// cost a 304. No build step: plain browser JavaScript. The collection's measures, their labels and
// the API's names for their cells come from the page (the server renders them from the
// collection's definition): nothing here names a measure.
(function () {
  'use strict';

  var COLLECTION = JSON.parse(document.getElementById('collection').textContent);
  var MEASURES = COLLECTION.measures.map(function (m) { return m.key; });
  var HEADLINE = COLLECTION.measures.filter(function (m) { return m.headline; }).map(function (m) { return m.key; });
  var LABELS = {};
  COLLECTION.measures.forEach(function (m) { LABELS[m.key] = m.label; });
  // a measure's cells in the API: <met>, <met>Pct, <met>PctRounded, and a gap's <met>Rounded
  var MET = COLLECTION.met;
  var HIGHER = COLLECTION.higher;
  var MET_LABEL = COLLECTION.metLabel;
  var HIGHER_LABEL = COLLECTION.higherLabel;
  var HAS_HIGHER = COLLECTION.hasHigher;
  var HAS_PUBLISHED = COLLECTION.hasPublished;
  var COLOURS = ['#1d70b8', '#28a197', '#4c2c92', '#505a5f', '#f47738', '#d4351c', '#00703c', '#912b88', '#85994b'];
  // the first registered collection is the API's default: its paths name none (as they always did)
  var ONLY = COLLECTION.first ? '' : 'collection=' + encodeURIComponent(COLLECTION.id);
  var SEEN_KEY = COLLECTION.first ? 'ks1.lastLooked' : 'ks1.lastLooked.' + COLLECTION.id;

  var state = { year: null, national: null, regions: [], las: [], directory: { las: [], schools: [] } };
  var charts = {};
  var baseline = readBaseline();

  function $(id) { return document.getElementById(id); }

  // a path of the chosen collection: ?collection= added unless it is the default
  function of(path) {
    if (!ONLY) { return path; }
    return path + (path.indexOf('?') < 0 ? '?' : '&') + ONLY;
  }

  // an LA's access token, kept for this tab only: every request then sees what the token sees
  var TOKEN = window.sessionStorage ? sessionStorage.getItem('ks1.token') : null;

  function request(url) {
    var init = { cache: 'no-cache' };
    if (TOKEN) { init.headers = { Authorization: 'Bearer ' + TOKEN }; }
    return fetch(url, init);
  }

  function getJson(path) {
    path = of(path);
    var sep = path.indexOf('?') < 0 ? '?' : '&';
    var url = state.year ? path + sep + 'year=' + state.year : path;
    return request(url).then(function (r) {
      if (!r.ok) { throw new Error(url + ': ' + r.status); }
      return r.json();
    });
  }

  function text(el, value) { el.textContent = value; return el; }

  function pct(cell) { return typeof cell === 'number' ? cell + '%' : String(cell); }

  function num(cell) { return typeof cell === 'number' ? cell.toLocaleString('en-GB') : String(cell); }

  function signed(cell) {
    if (typeof cell !== 'number') { return String(cell); }
    return (cell > 0 ? '+' : '') + cell;
  }

  function time(iso) {
    if (!iso) { return '-'; }
    return new Date(iso).toLocaleString('en-GB', { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', second: '2-digit' });
  }

  function measure(figures, key) {
    for (var i = 0; i < figures.measures.length; i++) {
      if (figures.measures[i].measure === key) { return figures.measures[i]; }
    }
    return null;
  }

  function gapTo(figures, against, key) {
    var gaps = figures.gaps || [];
    for (var i = 0; i < gaps.length; i++) {
      if (gaps[i].against === against) {
        for (var j = 0; j < gaps[i].measures.length; j++) {
          if (gaps[i].measures[j].measure === key) { return gaps[i].measures[j][MET + 'Rounded']; }
        }
      }
    }
    return 'x';
  }

  // Chart.js draws only numbers: a suppressed or unavailable cell is a gap in the bars.
  function bar(cell) { return typeof cell === 'number' ? cell : null; }

  function dfeBar(p) { return p && typeof p === 'object' ? p.percent : null; }

  function rows(tbody, data, cells) {
    tbody.innerHTML = '';
    data.forEach(function (d) {
      var tr = document.createElement('tr');
      tr.className = 'govuk-table__row';
      cells(d).forEach(function (c, i) {
        var td = document.createElement(i === 0 ? 'th' : 'td');
        td.className = i === 0 ? 'govuk-table__header' : 'govuk-table__cell' + (c.numeric ? ' govuk-table__cell--numeric' : '');
        if (i === 0) { td.scope = 'row'; }
        if (c && c.node) {
          td.appendChild(c.node);
        } else {
          text(td, c.text === undefined ? c : c.text);
        }
        tr.appendChild(td);
      });
      tbody.appendChild(tr);
    });
  }

  function n(t) { return { text: t, numeric: true }; }

  // The DfE's published figure of a measure: "68% (2023)" with a sparkline of the years published
  // up to it, or "x" (not published). The API gives it for England, regions and LAs.
  function dfeText(p) {
    return p && typeof p === 'object' ? Math.round(p.percent * 10) / 10 + '% (' + p.year + ')' : 'x';
  }

  function spark(trend) {
    var ns = 'http://www.w3.org/2000/svg';
    var w = 60, h = 16, pad = 2;
    var svg = document.createElementNS(ns, 'svg');
    svg.setAttribute('class', 'ks1-spark');
    svg.setAttribute('width', w);
    svg.setAttribute('height', h);
    svg.setAttribute('viewBox', '0 0 ' + w + ' ' + h);
    svg.setAttribute('role', 'img');
    var title = document.createElementNS(ns, 'title');
    title.textContent = 'Published: ' + trend.map(function (t) { return t.year + ' ' + t.percent + '%'; }).join(', ');
    svg.appendChild(title);
    var years = trend.map(function (t) { return t.year; });
    var values = trend.map(function (t) { return t.percent; });
    var y0 = Math.min.apply(null, years), y1 = Math.max.apply(null, years);
    var v0 = Math.min.apply(null, values), v1 = Math.max.apply(null, values);
    function x(year) { return y1 === y0 ? w / 2 : pad + (w - 2 * pad) * (year - y0) / (y1 - y0); }
    function y(v) { return v1 === v0 ? h / 2 : h - pad - (h - 2 * pad) * (v - v0) / (v1 - v0); }
    var line = document.createElementNS(ns, 'polyline');
    line.setAttribute('points', trend.map(function (t) { return x(t.year).toFixed(1) + ',' + y(t.percent).toFixed(1); }).join(' '));
    line.setAttribute('fill', 'none');
    line.setAttribute('stroke', '#505a5f');
    line.setAttribute('stroke-width', '1.5');
    svg.appendChild(line);
    var last = trend[trend.length - 1];
    var dot = document.createElementNS(ns, 'circle');
    dot.setAttribute('cx', x(last.year).toFixed(1));
    dot.setAttribute('cy', y(last.percent).toFixed(1));
    dot.setAttribute('r', '2');
    dot.setAttribute('fill', '#1d70b8');
    svg.appendChild(dot);
    return svg;
  }

  // a table cell of a published figure: its text, and its trend when there are years to draw
  function dfeCell(p) {
    var span = document.createElement('span');
    span.className = 'ks1-dfe';
    text(span, dfeText(p));
    if (p && typeof p === 'object' && p.trend.length > 1) {
      span.appendChild(document.createTextNode(' '));
      span.appendChild(spark(p.trend));
    }
    return { node: span, numeric: true };
  }

  function chart(id, config) {
    if (charts[id]) {
      charts[id].data = config.data;
      charts[id].options = config.options;
      charts[id].update('none');
      return;
    }
    config.options.animation = false;
    config.options.maintainAspectRatio = false;
    charts[id] = new Chart($(id), config);
  }

  function percentAxis() {
    return { beginAtZero: true, max: 100, ticks: { callback: function (v) { return v + '%'; } } };
  }

  // "N of M expected schools", where a list of schools exists
  function expectedText(e) { return e ? ' ' + e.text + ' have sent.' : ''; }

  function laName(key) {
    var las = state.directory.las;
    for (var i = 0; i < las.length; i++) { if (las[i].key === key) { return las[i].name; } }
    return 'LA ' + key;
  }

  function head(table, names) {
    table.tHead.innerHTML = '';
    var tr = document.createElement('tr');
    tr.className = 'govuk-table__row';
    names.forEach(function (name, i) {
      var th = document.createElement('th');
      th.scope = 'col';
      th.className = 'govuk-table__header' + (i > 0 && name.numeric ? ' govuk-table__header--numeric' : '');
      text(th, name.text || name);
      tr.appendChild(th);
    });
    table.tHead.appendChild(tr);
  }

  function overdueCell(s) {
    if (!s.overdue) { return 'no'; }
    var span = document.createElement('span');
    span.className = 'ks1-overdue';
    text(span, 'overdue');
    return { node: span };
  }

  // Who has sent: received of expected as a bar; for an LA's own token its schools, overdue
  // first; for anyone else the counts of every LA (the API gives no one else the list)
  function drawCompleteness() {
    return getJson('/api/completeness').then(function (all) {
      var nat = all.national;
      if (!nat || !nat.expectedSchools) { $('completeness').hidden = true; return null; }
      $('completeness').hidden = false;
      if (all.yourLa) {
        return getJson('/api/completeness?la=' + all.yourLa).then(drawOwnSchools);
      }
      drawBar(nat, 'England');
      text($('completeness-caption'), 'Expected schools by LA (counts only: an LA\'s access token shows its schools)');
      head($('completeness-table'), ['LA', n('Expected'), n('Received'), n('Not received'), n('With errors'), n('Confirmed'), n('% received')]);
      rows($('completeness-table').tBodies[0], all.las.filter(function (l) { return l.expectedSchools > 0; }), function (l) {
        return [laName(l.key) + ' (' + l.key + ')', n(num(l.expectedSchools)), n(num(l.received)), n(num(l.notReceived)),
          n(num(l.withErrors)), n(num(l.confirmed)), n(l.receivedPct === null ? 'x' : Math.round(l.receivedPct) + '%')];
      });
      return null;
    });
  }

  function drawBar(c, area) {
    var pct = c.expectedSchools ? 100 * c.received / c.expectedSchools : 0;
    text($('completeness-summary'), area + ': ' + num(c.received) + ' of ' + num(c.expectedSchools) +
      ' expected schools have sent (' + Math.round(pct) + '%); ' + num(c.notReceived) + ' not received, ' +
      num(c.withErrors) + ' with errors, ' + num(c.confirmed) + ' confirmed.' +
      (c.deadline ? ' Deadline ' + c.deadline + '.' : ''));
    $('completeness-fill').style.width = pct + '%';
    $('completeness-bar').setAttribute('aria-label', num(c.received) + ' of ' + num(c.expectedSchools) + ' expected schools received');
  }

  // the schools an LA may record a confirmation for: received, no error left, not yet confirmed;
  // the list is made again on every change, keeping the school chosen and what is typed
  function drawConfirmable(schools) {
    var select = $('confirm-school');
    var chosen = select.value;
    var ready = schools.filter(function (s) { return s.status === 'received'; });
    select.innerHTML = '';
    ready.forEach(function (s) {
      var o = document.createElement('option');
      o.value = s.laestab;
      o.textContent = (s.schoolName || s.laestab) + ' (' + s.laestab + ')';
      o.selected = s.laestab === chosen;
      select.appendChild(o);
    });
    $('confirm-form').hidden = false;
    $('confirm-send').disabled = ready.length === 0;
    if (ready.length === 0 && !$('confirm-result').textContent) {
      text($('confirm-result'), 'No school is ready to confirm: each needs its data received with no errors left.');
    }
  }

  function postJson(path, body) {
    path = of(path);
    var sep = path.indexOf('?') < 0 ? '?' : '&';
    var url = state.year ? path + sep + 'year=' + state.year : path;
    var headers = { 'Content-Type': 'application/json' };
    if (TOKEN) { headers.Authorization = 'Bearer ' + TOKEN; }
    return fetch(url, { method: 'POST', headers: headers, body: JSON.stringify(body) }).then(function (r) {
      return r.json().then(function (json) { return { status: r.status, json: json }; });
    });
  }

  function sendConfirmation(event) {
    event.preventDefault();
    var laestab = $('confirm-school').value;
    var by = $('confirm-by').value.trim();
    var result = $('confirm-result');
    if (!laestab) { return; }
    if (!by) { text(result, 'Say who confirmed the return: the headteacher\'s name.'); return; }
    var body = { by: by };
    if ($('confirm-note').value.trim()) { body.note = $('confirm-note').value.trim(); }
    $('confirm-send').disabled = true;
    postJson('/api/schools/' + encodeURIComponent(laestab) + '/confirmation', body).then(function (r) {
      if (r.status === 202) {
        text(result, 'Recorded: ' + laestab + ' confirmed by ' + r.json.confirmedBy + '.');
        $('confirm-by').value = '';
        $('confirm-note').value = '';
      } else {
        text(result, 'Not recorded: ' + (r.json && r.json.error ? r.json.error : 'the server answered ' + r.status) + '.');
      }
    }).catch(function (e) {
      text(result, 'Not recorded: ' + e.message + '.');
    }).then(function () { $('confirm-send').disabled = false; });
  }

  function drawOwnSchools(own) {
    drawConfirmable(own.schools);
    drawBar(own.la, laName(own.la.key));
    text($('completeness-caption'), 'Your schools, overdue first');
    head($('completeness-table'), ['School', 'LAESTAB', 'Status', 'Overdue', 'Last file', n('Errors'), n('Queries'), 'Confirmed by']);
    rows($('completeness-table').tBodies[0], own.schools, function (s) {
      return [s.schoolName || s.laestab, s.laestab, s.status, overdueCell(s), time(s.lastReceivedAt),
        n(s.errors === null ? '-' : num(s.errors)), n(s.queries === null ? '-' : num(s.queries)), s.confirmedBy || '-'];
    });
  }

  function drawNational(nat) {
    state.national = nat;
    text($('year-label'), (nat.year - 1) + '/' + String(nat.year).slice(2));
    var c = nat.coverage;
    text($('national-coverage'),
      'Provisional. Covers ' + num(c.pupils) + ' pupils in ' + num(c.schools) + ' schools across ' +
      num(c.las) + (c.las === 1 ? ' LA' : ' LAs') + '. Last updated ' + time(c.updatedAt) + '.' +
      expectedText(state.expected && state.expected.national));
    text($('national-pupils'), num(c.pupils));
    HEADLINE.forEach(function (k) {
      text($('national-' + k), pct(measure(nat, k)[MET + 'PctRounded']));
      if (HAS_PUBLISHED) { text($('national-' + k + '-published'), 'DfE published: ' + dfeText(measure(nat, k).published)); }
    });
    text($('updated-at'), time(c.updatedAt));
    rows($('national-table').tBodies[0], nat.measures, function (m) {
      var cells = [m.label + (m.dfeMeasure ? '' : '*'), n(num(m.eligible)), n(pct(m[MET + 'PctRounded']))];
      if (HAS_HIGHER) { cells.push(n(pct(m[HIGHER + 'PctRounded']))); }
      if (HAS_PUBLISHED) { cells.push(dfeCell(m.published)); }
      return cells;
    });
    var datasets = [
      { label: '% ' + MET_LABEL, backgroundColor: COLOURS[0], data: MEASURES.map(function (k) { return bar(measure(nat, k)[MET + 'Pct']); }) }
    ];
    if (HAS_HIGHER) {
      datasets.push({ label: '% ' + HIGHER_LABEL, backgroundColor: COLOURS[2], data: MEASURES.map(function (k) { return bar(measure(nat, k)[HIGHER + 'Pct']); }) });
    }
    if (HAS_PUBLISHED) {
      datasets.push({ label: 'DfE published % ' + MET_LABEL + ' (latest)', backgroundColor: COLOURS[3], data: MEASURES.map(function (k) { return dfeBar(measure(nat, k).published); }) });
    }
    chart('national-chart', {
      type: 'bar',
      data: { labels: MEASURES.map(function (k) { return LABELS[k]; }), datasets: datasets },
      options: { scales: { y: percentAxis() } }
    });
    showChanges();
  }

  function drawComparison() {
    var key = $('measure').value;
    rows($('regions-table').tBodies[0], state.regions, function (r) {
      var c = r.coverage;
      var cells = [r.name, n(num(c.las)), n(num(c.schools)), n(num(c.pupils)), n(pct(measure(r, key)[MET + 'PctRounded'])), n(signed(gapTo(r, 'national', key)))];
      if (HAS_PUBLISHED) { cells.push(dfeCell(measure(r, key).published)); }
      return cells;
    });
    var national = state.national ? bar(measure(state.national, key)[MET + 'Pct']) : null;
    chart('regions-chart', {
      type: 'bar',
      data: {
        labels: state.regions.map(function (r) { return r.name; }),
        datasets: [
          { label: LABELS[key] + ' % ' + MET_LABEL, backgroundColor: COLOURS[0], data: state.regions.map(function (r) { return bar(measure(r, key)[MET + 'Pct']); }) },
          { label: 'England', type: 'line', borderColor: COLOURS[3], pointRadius: 0, data: state.regions.map(function () { return national; }) }
        ]
      },
      options: { indexAxis: 'y', scales: { x: percentAxis() } }
    });
    var las = state.las.slice().sort(function (a, b) {
      return (bar(measure(b, key)[MET + 'Pct']) || -1) - (bar(measure(a, key)[MET + 'Pct']) || -1);
    });
    chart('las-chart', {
      type: 'bar',
      data: {
        labels: las.map(function (l) { return l.name; }),
        datasets: [{ label: LABELS[key] + ' % ' + MET_LABEL + ' by LA', backgroundColor: COLOURS[1], data: las.map(function (l) { return bar(measure(l, key)[MET + 'Pct']); }) }].concat(
          HAS_PUBLISHED ? [{ label: 'DfE published (latest)', type: 'line', showLine: false, pointStyle: 'line', pointRadius: 8, borderWidth: 3, borderColor: COLOURS[3], data: las.map(function (l) { return dfeBar(measure(l, key).published); }) }] : [])
      },
      options: { scales: { y: percentAxis() } }
    });
  }

  function fillPicker() {
    var list = $('subjects');
    list.innerHTML = '';
    state.directory.las.forEach(function (l) {
      var o = document.createElement('option');
      o.value = 'LA ' + l.key + ' ' + l.name;
      list.appendChild(o);
    });
    state.directory.schools.forEach(function (s) {
      var o = document.createElement('option');
      o.value = s.key + ' ' + s.name;
      list.appendChild(o);
    });
  }

  function chosen() {
    var v = $('subject').value.trim();
    var la = /^LA (\d{3})\b/.exec(v);
    if (la) { return { kind: 'las', key: la[1] }; }
    var school = /^(\d{7})\b/.exec(v);
    if (school) { return { kind: 'schools', key: school[1] }; }
    return null;
  }

  function drawGap() {
    var pick = chosen();
    if (!pick) { $('gap').hidden = true; state.codesOf = null; return drawCodes(); }
    return getJson('/api/' + pick.kind + '/' + pick.key).then(function (f) {
      $('gap').hidden = false;
      text($('gap-title'), f.name + (f.level === 'school' ? ' (' + f.key + ')' : ' (LA ' + f.key + ')'));
      text($('gap-coverage'), 'Covers ' + num(f.coverage.pupils) + ' pupils in ' + num(f.coverage.schools) +
        ' school(s); last updated ' + time(f.coverage.updatedAt) + '.' +
        (f.level === 'la' && state.expected ? expectedText(state.expected.las[f.key]) : '') + (f.suppressed ? ' Published view: small numbers suppressed, see the note below.' : ''));
      $('gap-pdf').href = of('/reports/' + pick.kind + '/' + f.key + '/summary.pdf');
      var comparators = (f.gaps || []).map(function (g) { return g.against; });
      var series = [f];
      var fetches = comparators.map(function (against, i) {
        var g = f.gaps[i];
        var path = against === 'national' ? '/api/national' : against === 'region' ? '/api/regions/' + encodeURIComponent(g.key) : '/api/las/' + g.key;
        return getJson(path);
      });
      return Promise.all(fetches).then(function (others) {
        series = series.concat(others);
        chart('gap-chart', {
          type: 'bar',
          data: {
            labels: MEASURES.map(function (k) { return LABELS[k]; }),
            datasets: series.map(function (s, i) {
              return { label: s.name, backgroundColor: COLOURS[i], data: MEASURES.map(function (k) { return bar(measure(s, k)[MET + 'Pct']); }) };
            })
          },
          options: { scales: { y: percentAxis() } }
        });
        var head = $('gap-table').tHead;
        head.innerHTML = '';
        var tr = document.createElement('tr');
        tr.className = 'govuk-table__row';
        ['Measure', '% ' + MET_LABEL].concat(f.gaps.map(function (g) { return 'vs ' + g.name; })).forEach(function (h, i) {
          var th = document.createElement('th');
          th.className = 'govuk-table__header' + (i > 0 ? ' govuk-table__header--numeric' : '');
          text(th, h);
          tr.appendChild(th);
        });
        head.appendChild(tr);
        rows($('gap-table').tBodies[0], MEASURES, function (k) {
          return [LABELS[k], n(pct(measure(f, k)[MET + 'PctRounded']))].concat(
            f.gaps.map(function (g) { return n(signed(gapTo(f, g.against, k))); }));
        });
        if (HAS_PUBLISHED) { drawGapPublished(series); }
        state.codesOf = f.level === 'school' ? null : { level: f.level, key: f.key, name: f.name };
        return drawCodes();
      });
    }).catch(function () { $('gap').hidden = true; });
  }

  // the DfE's published figures of the chosen LA (a school has none of its own), its region and
  // England, measure by measure
  function drawGapPublished(series) {
    var levels = series.filter(function (s) { return s.level !== 'school'; });
    var head = $('gap-published').tHead;
    head.innerHTML = '';
    var tr = document.createElement('tr');
    tr.className = 'govuk-table__row';
    ['Measure'].concat(levels.map(function (s) { return s.name; })).forEach(function (h, i) {
      var th = document.createElement('th');
      th.className = 'govuk-table__header' + (i > 0 ? ' govuk-table__header--numeric' : '');
      text(th, h);
      tr.appendChild(th);
    });
    head.appendChild(tr);
    rows($('gap-published').tBodies[0], MEASURES, function (k) {
      return [LABELS[k]].concat(levels.map(function (s) { return dfeCell(measure(s, k).published); }));
    });
  }

  // Pupils by code (or mark) of each coded item: England, and the LA or region chosen in the gap
  // analysis (a school's are not published). Percentages of the item's pupils where no count is
  // suppressed.
  function drawCodes() {
    var other = state.codesOf;
    var fetches = [getJson('/api/codes')];
    if (other) { fetches.push(getJson('/api/codes?level=' + other.level + '&key=' + encodeURIComponent(other.key))); }
    return Promise.all(fetches).then(function (all) {
      var names = ['England'].concat(other ? [other.name] : []);
      text($('codes-caption'), 'Pupils by result (mark or code): ' + names.join(' and '));
      var head = $('codes-table').tHead;
      head.innerHTML = '';
      var tr = document.createElement('tr');
      tr.className = 'govuk-table__row';
      var heads = ['Item', 'Code'];
      names.forEach(function (nm) { heads.push(nm + ': pupils', nm + ': %'); });
      heads.forEach(function (h, i) {
        var th = document.createElement('th');
        th.className = 'govuk-table__header' + (i > 1 ? ' govuk-table__header--numeric' : '');
        text(th, h);
        tr.appendChild(th);
      });
      head.appendChild(tr);
      var byItem = all.map(function (d) {
        var totals = {}, open = {}, cells = {};
        d.codes.forEach(function (c) {
          var k = c.subject + ':' + c.code;
          cells[k] = c.pupils;
          if (open[c.subject] === undefined) { open[c.subject] = true; totals[c.subject] = 0; }
          if (typeof c.pupils === 'number') { totals[c.subject] += c.pupils; } else { open[c.subject] = false; }
        });
        return { totals: totals, open: open, cells: cells };
      });
      rows($('codes-table').tBodies[0], all[0].codes, function (c) {
        var out = [c.subject, c.code];
        byItem.forEach(function (b) {
          var v = b.cells[c.subject + ':' + c.code];
          v = v === undefined ? 'x' : v;
          out.push(n(num(v)));
          var t = b.totals[c.subject];
          out.push(n(typeof v === 'number' && b.open[c.subject] && t > 0 ? Math.round(1000 * v / t) / 10 + '%' : typeof v === 'number' ? '-' : String(v)));
        });
        return out;
      });
    });
  }

  function drawHistory(h) {
    rows($('history-table').tBodies[0], h.submissions, function (s) {
      return [time(s.processedAt), s.laName || s.la, s.schoolName || '-', s.fileName, s.status, n(num(s.pupils)), n(num(s.errors)), n(num(s.queries))];
    });
  }

  // "What changed since you last looked": the national figures and the time of the last visit
  // are kept in this browser; the banner shows what moved since then, live.
  function readBaseline() {
    try { return JSON.parse(localStorage.getItem(SEEN_KEY)); } catch (e) { return null; }
  }

  function remember() {
    if (!state.national) { return; }
    var snapshot = { at: new Date().toISOString(), year: state.national.year, pupils: state.national.coverage.pupils, pct: {} };
    MEASURES.forEach(function (k) { snapshot.pct[k] = measure(state.national, k)[MET + 'PctRounded']; });
    try { localStorage.setItem(SEEN_KEY, JSON.stringify(snapshot)); } catch (e) { /* private mode */ }
    return snapshot;
  }

  function showChanges() {
    if (!baseline || !state.national || baseline.year !== state.national.year) { return; }
    var nat = state.national;
    var items = [];
    if (nat.coverage.pupils !== baseline.pupils) {
      items.push('Pupils covered: ' + num(baseline.pupils) + ' → ' + num(nat.coverage.pupils));
    }
    MEASURES.forEach(function (k) {
      var now = measure(nat, k)[MET + 'PctRounded'];
      if (now !== baseline.pct[k]) { items.push(LABELS[k] + ' ' + MET_LABEL + ': ' + pct(baseline.pct[k]) + ' → ' + pct(now)); }
    });
    getJson('/api/submissions?since=' + encodeURIComponent(baseline.at) + '&limit=1000').then(function (h) {
      var schools = {};
      h.submissions.forEach(function (s) { if (s.laestab) { schools[s.laestab] = true; } });
      var count = Object.keys(schools).length;
      text($('changes-summary'), h.submissions.length + ' file outcome(s) from ' + count + ' school(s) since ' + time(baseline.at) + '.');
      var list = $('changes-list');
      list.innerHTML = '';
      items.forEach(function (i) { var li = document.createElement('li'); text(li, i); list.appendChild(li); });
      $('changes').hidden = h.submissions.length === 0 && items.length === 0;
    });
  }

  function refresh() {
    return Promise.all([
      getJson('/api/national').then(drawNational),
      Promise.all([getJson('/api/regions'), getJson('/api/las'), getJson('/api/directory')]).then(function (all) {
        state.regions = all[0]; state.las = all[1]; state.directory = all[2];
        drawComparison();
        fillPicker();
        return Promise.all([drawGap(), drawCompleteness()]);
      }),
      request('/api/submissions?limit=15').then(function (r) { return r.json(); }).then(drawHistory)
    ]).catch(function (e) { text($('live-status'), 'Could not load: ' + e.message); });
  }

  function years() {
    return request(of('/api/coverage')).then(function (r) { return r.json(); }).then(function (c) {
      state.expected = c.expected || { national: null, las: {} };
      var select = $('year');
      var current = state.year || c.year;
      select.innerHTML = '';
      (c.years.length ? c.years : [c.year]).forEach(function (y) {
        var o = document.createElement('option');
        o.value = y; o.textContent = (y - 1) + '/' + String(y).slice(2);
        o.selected = y === current;
        select.appendChild(o);
      });
      state.year = current;
    });
  }

  function live() {
    var status = $('live-status');
    if (!window.EventSource) { setInterval(refresh, 15000); return; }
    var source = new EventSource('/api/events');
    source.addEventListener('open', function () { text(status, 'Live'); status.className = 'govuk-tag govuk-tag--green'; });
    source.addEventListener('error', function () {
      text(status, 'Reconnecting'); status.className = 'govuk-tag govuk-tag--yellow';
      // refused (503 when the server has as many dashboards as it takes): the browser gives up, so poll
      if (source.readyState === EventSource.CLOSED) { setInterval(refresh, 15000); }
    });
    source.addEventListener('figures-changed', function () { years().then(refresh); });
  }

  if (TOKEN) {
    text($('token-state'), 'Signed in with an access token');
    $('token-clear').hidden = false;
  }
  $('token-use').addEventListener('click', function () {
    var t = $('token').value.trim();
    if (t) { sessionStorage.setItem('ks1.token', t); window.location.reload(); }
  });
  $('token-clear').addEventListener('click', function () {
    sessionStorage.removeItem('ks1.token'); window.location.reload();
  });
  $('confirm-form').addEventListener('submit', sendConfirmation);
  $('measure').addEventListener('change', drawComparison);
  // another collection: its page, in its words (the choice kept in the URL)
  if ($('collection-picker')) {
    $('collection-picker').addEventListener('change', function () {
      window.location.search = '?collection=' + encodeURIComponent($('collection-picker').value);
    });
  }
  $('subject').addEventListener('change', drawGap);
  $('year').addEventListener('change', function () { state.year = Number($('year').value); refresh(); });
  $('changes-seen').addEventListener('click', function () { baseline = remember(); $('changes').hidden = true; });
  window.addEventListener('pagehide', remember);
  years().then(refresh).then(live);
}());
