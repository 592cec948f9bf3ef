import { render } from 'preact';
import { HomeApp } from '../../home/home-app.tsx';
import { startLoading } from '../../home/home-state.ts';

// Ask the background first: the answer is on its way while the page renders its loading state.
void startLoading();
const root = document.getElementById('app');
if (root) render(<HomeApp />, root);
