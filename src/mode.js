// Runs before the page is painted (a blocking classic script, allowed by a strict CSP
// because it is a file).
//
// Embed mode from the address, so the page chrome never flashes inside an iframe. Same
// rule as the widget's link decoder (src/state/url.rs): the last `embed` wins, and only
// 1 or true.
//
// The language: each language is a page of its own (a reader downloads only theirs),
// and <html data-other-lang> points to the other one. The `lang` parameter chooses
// (zh…: Traditional Chinese, anything else: English); without it the English page
// follows the browser's first language. An embed follows only its `lang` parameter.
(function () {
  var params = new URLSearchParams(window.location.search);
  var embeds = params.getAll('embed');
  var last = embeds.length ? embeds[embeds.length - 1] : '';
  var embed = last === '1' || last === 'true';
  var html = document.documentElement;
  html.classList.toggle('embed', embed);

  var here = html.lang === 'zh-Hant' ? 'zh' : 'en';
  var other = html.getAttribute('data-other-lang');
  var asked = (params.get('lang') || '').toLowerCase();
  var browser = ((navigator.languages && navigator.languages[0]) || navigator.language || '').toLowerCase();
  var want = asked ? asked : here === 'en' && !embed ? browser : here;
  want = want.indexOf('zh') === 0 ? 'zh' : 'en';
  if (!other || want === here) return;
  // Never to the same page (a Chinese page deployed on its own at a site's root has no
  // parent to go to): that would reload for ever.
  var target = new URL(other, window.location.href);
  if (target.pathname === window.location.pathname) return;
  window.location.replace(target.pathname + window.location.search + window.location.hash);
})();
