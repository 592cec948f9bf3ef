// Runs in <head> before the first paint, so a chosen theme never flashes the other one. An
// external file rather than inline code: static hosts with a strict CSP (script-src 'self') allow it.
try {
  var theme = localStorage.getItem('okr-theme');
  if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;
} catch (e) { /* storage off (file://, private mode): the system theme applies */ }
