import { useEffect, useState } from 'preact/hooks';
import { myCheckIns, type MyKeyResult } from '../../core/report/my-check-ins.ts';
import { CopyWeeklyUpdate } from '../ui/copy-weekly-update.tsx';
import { CaptureButton } from './capture-button.tsx';
import { CheckInForm } from './check-in-form.tsx';
import { MyKeyResultsList } from './my-key-results-list.tsx';
import { openHome } from './open-home.ts';
import { followPopupChanges, popupLoad, popupMe, popupWorkspace } from './popup-state.ts';

/** The toolbar popup: my check-ins due first, a check-in in a few keys, the weekly update to paste. */
export function PopupApp() {
  useEffect(() => followPopupChanges(), []);
  const [picked, setPicked] = useState<string>();
  const [done, setDone] = useState<string>();
  const [returnTo, setReturnTo] = useState<string>();
  const load = popupLoad.value;
  const ws = popupWorkspace.value;
  const me = popupMe.value;

  const header = (
    <header class="popup-bar">
      <h1>OKR Lens</h1>
      <a href="/home.html" onClick={(e) => openHome(e)}>Open OKR Lens</a>
    </header>
  );
  if (load.phase === 'loading') return <>{header}<p role="status">Opening your OKRs…</p></>;
  if (load.phase === 'failed') return <>{header}<p role="alert">{load.message}</p></>;
  if (!ws) return <>{header}<main><p>No OKRs in this browser yet. <a href="/home.html" onClick={(e) => openHome(e)}>Open the home page</a> to import or start.</p></main></>;
  if (!me || !ws.people.some((p) => p.id === me)) {
    return <>{header}<main><p>Say who you are to see your key results: <a href="/home.html" onClick={(e) => openHome(e)}>choose yourself on the home page</a>.</p></main></>;
  }
  const mine = myCheckIns(ws, me, new Date());
  // Found again after every refresh: the list moves when a check-in lands.
  const row: MyKeyResult | undefined = picked ? [...mine.due, ...mine.rest].find((r) => r.keyResult.id === picked) : undefined;
  const nameOf = (id: string) => ws.people.find((p) => p.id === id)?.name ?? id;
  const back = (message?: string) => {
    setDone(message);
    setReturnTo(picked);
    setPicked(undefined);
  };
  return (
    <>
      {header}
      <main>
        {row ? (
          <CheckInForm key={row.keyResult.id} row={row} me={me} meName={nameOf} thresholds={ws.workspace.settings.statusThresholds} onDone={back} onCancel={() => back()} />
        ) : (
          <>
            <p class="who">Signed in as {nameOf(me)}</p>
            {done ? <p role="status" class="done">{done}</p> : <p role="status" class="done" />}
            <MyKeyResultsList mine={mine} focusId={returnTo} onPick={(r) => { setDone(undefined); setReturnTo(undefined); setPicked(r.keyResult.id); }} />
            <CopyWeeklyUpdate ws={ws} me={me} />
            <CaptureButton />
          </>
        )}
      </main>
    </>
  );
}
