import { useState } from 'preact/hooks';
import type { Person } from '../../../core/model/records.ts';
import { searchable } from '../../../core/report/filter-okrs.ts';
import { send } from '../../messages/client.ts';

/**
 * "Who are you?": pick yourself among the workspace's people (an imported file names them) or add
 * yourself. "Mine", reminders and "assigned to you" all need to know. Skipping only lasts this visit.
 */
export function WhoAreYou({ people, onSkip }: { people: readonly Person[]; onSkip: () => void }) {
  const [q, setQ] = useState('');
  const [error, setError] = useState<string>();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const words = searchable(q).split(/\s+/).filter(Boolean);
  const shown = [...people].sort((a, b) => a.name.localeCompare(b.name)).filter((p) => words.every((w) => searchable(`${p.name} ${p.email ?? ''}`).includes(w)));
  const choose = async (id: string) => {
    const result = await send({ type: 'me.set', personId: id });
    setError(result.ok ? undefined : result.error.message);
  };
  const create = async (e: Event) => {
    e.preventDefault();
    const result = await send({ type: 'person.create', name, ...(email.trim() ? { email: email.trim() } : {}), me: true });
    setError(result.ok ? undefined : result.error.message);
  };
  return (
    <section class="who-are-you" aria-labelledby="who-title">
      <h2 id="who-title">Who are you?</h2>
      <p>Pick yourself, so "mine" and your check-ins mean you.</p>
      <label>Find yourself <input type="search" value={q} onInput={(e) => setQ(e.currentTarget.value)} onKeyDown={(e) => e.key === 'Escape' && setQ('')} /></label>
      <ul class="people" aria-label="People in this workspace">
        {shown.map((p) => <li><button type="button" onClick={() => choose(p.id)}>{p.name}{p.email ? <span class="email"> · {p.email}</span> : null}</button></li>)}
      </ul>
      {shown.length === 0 ? <p>Nobody here matches “{q}”.</p> : null}
      <form class="add-me" aria-label="I am not listed" onSubmit={create}>
        <h3>Not listed?</h3>
        <label>Your name <input name="name" required maxLength={200} value={name} onInput={(e) => setName(e.currentTarget.value)} /></label>
        <label>Email (optional) <input name="email" type="email" value={email} onInput={(e) => setEmail(e.currentTarget.value)} /></label>
        <button type="submit">Add me</button>
      </form>
      <button type="button" class="link" onClick={onSkip}>Not now: just look around</button>
      {error ? <p role="alert">{error}</p> : null}
    </section>
  );
}
