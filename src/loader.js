// Starts the widget. A file of its own (not Trunk's inline loader) so that the page
// runs under a Content-Security-Policy without 'unsafe-inline'.
import init from './ai-capex-explorer.js';

const showError = (error) => {
  console.error('AI Capex Explorer could not start:', error);
  const note = document.getElementById('capex-error');
  if (note) note.hidden = false;
};

if (typeof WebAssembly !== 'object') {
  showError(new Error('this browser does not support WebAssembly'));
} else {
  init({ module_or_path: new URL('./ai-capex-explorer_bg.wasm', import.meta.url) }).catch(showError);
}
