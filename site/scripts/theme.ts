// The theme chosen on the page; public/theme-init.js applies it before paint on the next visit.
export const THEME_KEY = 'okr-theme';
/** Fired on window when the page's colours change, so charts redraw with the new ones. */
export const THEME_EVENT = 'okr-theme-change';

export function storedTheme(): string {
  try {
    return localStorage.getItem(THEME_KEY) ?? 'auto';
  } catch {
    return 'auto';
  }
}

export function applyTheme(theme: string): void {
  const root = document.documentElement;
  if (theme === 'light' || theme === 'dark') root.dataset.theme = theme;
  else delete root.dataset.theme;
  try {
    if (theme === 'light' || theme === 'dark') localStorage.setItem(THEME_KEY, theme);
    else localStorage.removeItem(THEME_KEY);
  } catch { /* storage off: the choice lasts for this page */ }
  window.dispatchEvent(new Event(THEME_EVENT));
}
