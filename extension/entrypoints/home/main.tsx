import { render } from 'preact';
import { HomeApp } from '../../home/home-app.tsx';

const root = document.getElementById('app');
if (root) render(<HomeApp />, root);
