// Runs before the page is painted (a blocking classic script, allowed by a strict CSP
// because it is a file): embed mode from the address, so the page chrome never flashes
// inside an iframe. Same rule as the widget's link decoder (src/state/url.rs): the last
// `embed` wins, and only 1 or true.
(function () {
  var embeds = new URLSearchParams(window.location.search).getAll('embed');
  var last = embeds.length ? embeds[embeds.length - 1] : '';
  document.documentElement.classList.toggle('embed', last === '1' || last === 'true');
  // Scripts run: the static baseline's placeholders for the switch, the checkboxes and
  // the controls keep the live layout's room; without scripts they are left out.
  document.documentElement.classList.add('js');
})();
