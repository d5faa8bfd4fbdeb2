// The story page's script: it moves the widget in the sticky frame to the step the
// reader is at. An editor changes story.html only (see the comment at its top); this file
// reads each step's data-step and data-note and never needs editing.
//
// Through the widget's host API (README, "Host API"): once the widget says capex:ready,
// the current step goes to it as one capex:step message, and again whenever the step
// changes or the widget announces itself again. The widget answers capex:state (kept in
// window.capexStory.state) or capex:error (logged: a step the widget refuses is an
// editor's mistake to see), and reports its height with capex:height.
//
// Loaded in <head>, not deferred, so the message listener is there before the frame.
(function () {
  'use strict';

  // What the page did and heard, for editors (in the console) and for the tests.
  var story = {
    step: 0, // the step shown (1-based; 0 before the page is read)
    ready: false, // the widget has said capex:ready
    state: null, // the widget's last capex:state
    sent: [], // every capex:step sent, in order: { step, message }
    errors: [], // every capex:error's message
  };
  window.capexStory = story;

  var frame = null;
  var windowBox = null;
  var steps = [];
  var specs = [];
  var widgetOrigin = '*';
  var contentHeight = 0;
  var observer = null;
  var reduceMotion = window.matchMedia('(prefers-reduced-motion: reduce)');

  function findFrame() {
    if (!frame) frame = document.querySelector('iframe.graphic-frame');
    return frame;
  }

  window.addEventListener('message', function (event) {
    var f = findFrame();
    // Only the widget in our own frame speaks to this page.
    if (!f || event.source !== f.contentWindow) return;
    var data = event.data;
    if (!data || typeof data !== 'object' || typeof data.type !== 'string') return;
    if (data.type === 'capex:ready') {
      story.ready = true;
      // A frame loaded from a file has the origin "null": any target then.
      widgetOrigin = event.origin && event.origin !== 'null' ? event.origin : '*';
      sendStep();
    } else if (data.type === 'capex:state') {
      story.state = data;
    } else if (data.type === 'capex:height') {
      var h = Number(data.height);
      if (!(h > 0 && h < 20000)) return;
      contentHeight = Math.ceil(h);
      if (data.chart && typeof data.chart === 'object') chartBox = data.chart;
      // The frame is as tall as the widget, so it never scrolls on its own: the page
      // scrolls under the reader's finger or wheel, and the window shows part of it.
      f.style.setProperty('height', contentHeight + 'px');
      placeWindow(false);
    } else if (data.type === 'capex:error') {
      story.errors.push(String(data.message));
      console.error('The widget refused step ' + story.step + ': ' + data.message);
    }
  });

  // A step's message: its data-step (the whole state; nothing = the report's baseline),
  // with its data-note as the note on the chart.
  function readSpec(step, n) {
    var raw = step.getAttribute('data-step') || '{}';
    var spec;
    try {
      spec = JSON.parse(raw);
    } catch (e) {
      spec = null;
    }
    if (!spec || typeof spec !== 'object' || Array.isArray(spec)) {
      console.error('Step ' + n + ': data-step must be a JSON object like {"view":"shares"}, not ' + raw);
      spec = {};
    }
    var message = {};
    Object.keys(spec).forEach(function (key) { message[key] = spec[key]; });
    // Always a step, whatever the attribute says.
    message.type = 'capex:step';
    var note = (step.getAttribute('data-note') || '').replace(/\s+/g, ' ').trim();
    if (note) message.note = note;
    return message;
  }

  function sendStep() {
    var f = findFrame();
    if (!story.ready || !story.step || !f || !f.contentWindow) return;
    var message = specs[story.step - 1];
    story.sent.push({ step: story.step, message: message });
    f.contentWindow.postMessage(message, widgetOrigin);
  }

  function setStep(n) {
    if (n === story.step || n < 1 || n > steps.length) return;
    story.step = n;
    steps.forEach(function (step, i) {
      var on = i === n - 1;
      step.classList.toggle('is-active', on);
      if (on) step.setAttribute('aria-current', 'step');
      else step.removeAttribute('aria-current');
    });
    document.documentElement.setAttribute('data-story-step', String(n));
    // The last step is the reader's: the window scrolls, so every slider can be reached.
    var open = steps[n - 1].hasAttribute('data-explore');
    if (windowBox) windowBox.classList.toggle('is-open', open);
    sendStep();
    placeWindow(true);
  }

  // Where a step's card must be to be the one shown: its top above this line, a fraction
  // of the screen's height, set in story.css (--story-trigger) for each layout.
  function triggerLine() {
    var value = parseFloat(getComputedStyle(document.documentElement).getPropertyValue('--story-trigger'));
    return value > 0 && value < 1 ? value : 0.6;
  }

  // The step shown: the last one whose top has passed the line (the first before any has).
  function stepFromLayout() {
    var line = window.innerHeight * triggerLine();
    var n = 1;
    steps.forEach(function (step, i) {
      if (step.getBoundingClientRect().top <= line) n = i + 1;
    });
    return n;
  }

  function observe() {
    if (observer) observer.disconnect();
    if (!('IntersectionObserver' in window)) return;
    var below = Math.round((1 - triggerLine()) * 100);
    // The root is the part of the screen above the line: a step enters it when its top
    // passes the line and leaves it when its bottom leaves the screen at the top.
    observer = new IntersectionObserver(function () { setStep(stepFromLayout()); },
      { rootMargin: '0px 0px -' + below + '% 0px' });
    steps.forEach(function (step) { observer.observe(step); });
  }

  function stepInHash() {
    var match = /^#step-(\d+)$/.exec(window.location.hash);
    var n = match ? Number(match[1]) : 0;
    return n >= 1 && n <= steps.length ? n : 0;
  }

  // Where the chart is in the widget, in its own pixels: the bottom of the chart, and
  // the tops of what comes above it (key number, title, checkboxes, key, note and chart),
  // where the window may start. The widget says so in every capex:height message, so
  // this works from any origin.
  var chartBox = null;
  function chartExtent() {
    return chartBox && Array.isArray(chartBox.tops) && typeof chartBox.bottom === 'number'
      ? { tops: chartBox.tops.filter(function (t) { return typeof t === 'number'; }), bottom: chartBox.bottom }
      : null;
  }

  // Scrolls the window over the frame so that the whole chart shows, starting from the
  // first thing above it that still lets it fit. In the reader's own step the window is
  // theirs once it has been placed.
  var placed = false;
  function placeWindow(entering) {
    if (entering) placed = false;
    if (!windowBox || !frame || !contentHeight) return;
    if (placed && windowBox.classList.contains('is-open')) return;
    // A keyboard user in the widget keeps the control they are on in view.
    if (!entering && document.activeElement === frame) return;
    var extent = chartExtent();
    var offset = 0;
    if (extent && extent.tops.length) {
      var room = windowBox.clientHeight;
      var fits = extent.tops.filter(function (top) { return extent.bottom + 8 - top <= room; });
      offset = Math.max(0, (fits.length ? fits[0] : extent.tops[extent.tops.length - 1]) - 4);
    }
    placed = true;
    windowBox.scrollTo({ top: offset, behavior: reduceMotion.matches ? 'auto' : 'smooth' });
  }

  function init() {
    findFrame();
    windowBox = document.querySelector('.graphic-window');
    steps = Array.prototype.slice.call(document.querySelectorAll('.steps .step'));
    specs = steps.map(readSpec);
    if (!steps.length) return;
    steps.forEach(function (step, i) {
      if (step.id !== 'step-' + (i + 1)) console.error('Step ' + (i + 1) + ' should have id="step-' + (i + 1) + '", not "' + step.id + '"');
      // Tabbing to a step's link brings its card to where a scrolling reader sees it.
      step.addEventListener('focusin', function (event) {
        if (story.step === i + 1 || !event.target.matches(':focus-visible')) return;
        step.scrollIntoView({ block: 'start', behavior: reduceMotion.matches ? 'auto' : 'smooth' });
        setStep(i + 1);
      });
    });
    var linked = stepInHash();
    if (linked) {
      try {
        steps[linked - 1].scrollIntoView({ block: 'start', behavior: 'instant' });
      } catch (e) {
        steps[linked - 1].scrollIntoView(true); // browsers without "instant"
      }
      setStep(linked);
    } else {
      setStep(stepFromLayout());
    }
    observe();
    window.addEventListener('hashchange', function () {
      var n = stepInHash();
      if (n) setStep(n);
    });
    var resizing = 0;
    window.addEventListener('resize', function () {
      window.clearTimeout(resizing);
      resizing = window.setTimeout(function () {
        observe();
        placeWindow(true);
      }, 150);
    });
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
  else init();
})();
