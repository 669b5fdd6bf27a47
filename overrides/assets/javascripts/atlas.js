// Pagefind's search: the folder result links are relative to, as an absolute path from the page's own address
// (the folder is relative, so the site works under any path). This runs before Pagefind's component script, a
// module, reads the configuration; atlas-search.js, a module run after it, adds this language's index bundles.
// (No inline script: the page's Content-Security-Policy allows none of ours.)
(function (config) {
  if (!config) return;
  var folder = new URL(config.getAttribute("data-atlas-folder"), location.href).pathname;
  config.setAttribute("base-url", folder);
})(document.getElementById("atlas-search-config"));

// Makes the article tables of company, person and theme pages sortable by a click on a column header.
// Without JavaScript the tables simply keep their order (most relevant first). A date cell sorts by the ISO
// date of its <time> element, not by the localised text (22. Juli 2024).
document$.subscribe(function () {
  document.querySelectorAll("article table:not([class])").forEach(function (table) {
    table.querySelectorAll("td > time[datetime]").forEach(function (time) {
      time.parentElement.setAttribute("data-sort", time.getAttribute("datetime"));
    });
    new Tablesort(table);
  });
});

// Pagefind's search dialog follows Material's colour scheme: Material marks the body with
// data-md-color-scheme="slate" in dark mode, Pagefind's components use their dark colours under
// data-pf-theme="dark".
(function () {
  function follow() {
    if (document.body.getAttribute("data-md-color-scheme") === "slate") {
      document.documentElement.setAttribute("data-pf-theme", "dark");
    } else {
      document.documentElement.removeAttribute("data-pf-theme");
    }
  }
  follow();
  new MutationObserver(follow).observe(document.body, { attributes: true, attributeFilter: ["data-md-color-scheme"] });
})();
