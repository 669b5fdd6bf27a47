// Makes the article tables of company, person and theme pages sortable by a click on a column header.
// Without JavaScript the tables simply keep their order (most relevant first).
document$.subscribe(function () {
  document.querySelectorAll("article table:not([class])").forEach(function (table) {
    new Tablesort(table);
  });
});
