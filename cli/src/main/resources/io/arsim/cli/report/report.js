(function () {
  'use strict';
  var XLINK = 'http://www.w3.org/1999/xlink';

  // Opens every folded group around the element with this id, scrolls to it and marks it.
  function openTarget(id) {
    var el = document.getElementById(id);
    if (!el) {
      return;
    }
    for (var p = el; p; p = p.parentElement) {
      if (p.tagName === 'DETAILS') {
        p.open = true;
      }
    }
    var old = document.querySelectorAll('.target');
    for (var i = 0; i < old.length; i++) {
      old[i].classList.remove('target');
    }
    el.classList.add('target');
    el.scrollIntoView({block: 'start'});
  }

  // Links inside the page (the diagram's nodes, the contents, the node index) open their target.
  document.addEventListener('click', function (event) {
    var a = event.target.closest ? event.target.closest('a') : null;
    if (!a) {
      return;
    }
    var href = a.getAttribute('href') || a.getAttributeNS(XLINK, 'href');
    if (!href || href.charAt(0) !== '#' || href.length < 2) {
      return;
    }
    event.preventDefault();
    if (window.history && window.history.replaceState) {
      window.history.replaceState(null, '', href);
    }
    openTarget(href.substring(1));
  });
  window.addEventListener('hashchange', function () {
    openTarget(window.location.hash.substring(1));
  });
  if (window.location.hash.length > 1) {
    openTarget(window.location.hash.substring(1));
  }

  function cellsText(row) {
    var parts = [];
    for (var i = 0; i < row.cells.length; i++) {
      parts.push(row.cells[i].textContent);
    }
    return parts.join('\t').toLowerCase();
  }

  function columnIndex(table, heading) {
    var headings = table.querySelectorAll('thead th');
    for (var i = 0; i < headings.length; i++) {
      if (headings[i].textContent === heading) {
        return i;
      }
    }
    return -1;
  }

  // A filter narrows the rows of its section's filterable tables: search text in any cell (or in the
  // group's title) and one column's value; groups left with no row are hidden.
  function setUpFilter(filter) {
    var section = filter.closest('section');
    var text = filter.querySelector('.filter-text');
    var choice = filter.querySelector('.filter-choice');
    var count = filter.querySelector('.filter-count');
    var column = filter.getAttribute('data-column');
    var what = filter.getAttribute('data-label');
    var tables = section.querySelectorAll('table.filterable');
    function apply() {
      var needle = text.value.trim().toLowerCase();
      var wanted = choice.value;
      var shown = 0;
      var total = 0;
      for (var t = 0; t < tables.length; t++) {
        var table = tables[t];
        var index = columnIndex(table, column);
        var group = table.closest('details.group');
        var title = group ? group.querySelector('summary').textContent.toLowerCase() : '';
        var visible = 0;
        var rows = table.tBodies.length ? table.tBodies[0].rows : [];
        for (var r = 0; r < rows.length; r++) {
          var row = rows[r];
          total++;
          var ok = (!needle || title.indexOf(needle) >= 0 || cellsText(row).indexOf(needle) >= 0)
              && (!wanted || (index >= 0 && row.cells[index].textContent === wanted));
          row.hidden = !ok;
          if (ok) {
            visible++;
          }
        }
        shown += visible;
        if (group) {
          group.hidden = visible === 0;
          if (needle || wanted) {
            group.open = visible > 0;
          }
        }
      }
      count.textContent = shown + ' of ' + total + ' ' + what + ' shown';
    }
    text.addEventListener('input', apply);
    choice.addEventListener('change', apply);
    apply();
  }

  var filters = document.querySelectorAll('.filter');
  for (var f = 0; f < filters.length; f++) {
    setUpFilter(filters[f]);
  }
})();
