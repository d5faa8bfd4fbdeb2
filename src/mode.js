// Runs before the page is painted (a blocking classic script, allowed by a strict CSP
// because it is a file): switches the page into embed mode from the address, so the
// page chrome never flashes inside an iframe.
(function () {
  var query = window.location.search;
  if (/[?&]embed=(1|true)(&|$)/.test(query)) {
    document.documentElement.classList.add('embed');
  }
})();
