import { useState } from 'preact/hooks';
import { captureFromTab, type TabsLike } from './capture-from-tab.ts';

/** "Capture a number from this tab": the overlay there opens in capture mode and the popup closes. */
export function CaptureButton({ tabs, close = () => window.close() }: { tabs?: TabsLike; close?: () => void }) {
  const [problem, setProblem] = useState<string>();
  const capture = async () => {
    const answer = await captureFromTab(tabs);
    if (answer) setProblem(answer);
    else close();
  };
  return (
    <section class="capture">
      <button type="button" onClick={() => void capture()}>Capture a number from this tab</button>
      {problem ? <p role="alert">{problem}</p> : null}
    </section>
  );
}
