// A runnable example of the host API (see the README, "Host API"). Open
//   host-api.html?widget=<embed URL of the widget>
// e.g. with the test servers: http://127.0.0.1:4175/host-api.html
const params = new URLSearchParams(window.location.search);
const widget = params.get('widget') || 'http://127.0.0.1:4174/?embed=1';
const widgetOrigin = new URL(widget, window.location.href).origin;
const frame = document.getElementById('capex');
const log = document.getElementById('log');
frame.src = widget;

// Everything the widget said, for tests to read.
window.capexMessages = [];

window.addEventListener('message', (event) => {
  // Only listen to our own iframe.
  if (event.source !== frame.contentWindow || event.origin !== widgetOrigin) return;
  const data = event.data;
  window.capexMessages.push(data);
  if (data && data.type === 'capex:height') {
    frame.style.height = Math.ceil(data.height) + 'px';
    return;
  }
  if (data && typeof data === 'object' && data.type) {
    log.textContent += JSON.stringify(data).slice(0, 300) + '\n';
  }
});

function send(message) {
  frame.contentWindow.postMessage(message, widgetOrigin);
}
window.capexSend = send;

document.getElementById('get').addEventListener('click', () => send({ type: 'capex:get' }));
document.getElementById('faster').addEventListener('click', () =>
  send({ type: 'capex:set', scenario: { glr: 10 } }));
document.getElementById('preset').addEventListener('click', () =>
  send({ type: 'capex:preset', id: 'jevons-boom' }));
