// Pagefind's index of this language comes in bundles of bounded size (build_scripts/search.py):
// pagefind/bundles.json names them, the first is loaded as the primary index and the others are merged into it
// (Pagefind's mergeIndex), all before the first search. A module, run after Pagefind's component UI module
// (overrides/main.html), which makes the search instance this configures; its loading waits for the list.
(function (config, components) {
  if (!config || !components) return;
  var folder = new URL(config.getAttribute("data-atlas-folder"), location.href).pathname;
  var bundles = folder + "pagefind/";
  var instance = components.getInstanceManager().getInstance("default");
  var load = instance.__load__.bind(instance);
  var configured = null;
  instance.__load__ = function () {
    configured =
      configured ||
      fetch(bundles + "bundles.json", { cache: "no-cache" })
        .then(function (response) {
          return response.json();
        })
        .then(function (names) {
          instance.options.bundlePath = bundles + names[0] + "/";
          instance.options.mergeIndex = names.slice(1).map(function (name) {
            return { bundlePath: bundles + name + "/", baseUrl: folder };
          });
        });
    return configured.then(load);
  };
})(document.getElementById("atlas-search-config"), window.PagefindComponents);
