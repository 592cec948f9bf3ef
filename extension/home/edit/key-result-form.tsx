import { useState } from 'preact/hooks';
import { checkInOwnerOf } from '../../../core/model/check-in-owner.ts';
import { liveCountInput, liveCountOf } from '../../../core/model/live-count-input.ts';
import type { KeyResult } from '../../../core/model/records.ts';
import { KR_KINDS, STATES, type KrKind } from '../../../core/model/vocabulary.ts';
import type { Workspace } from '../../../core/model/workspace.ts';
import { send } from '../../messages/client.ts';
import { DataLinkField } from './data-link-field.tsx';
import { useFocusOnMount } from './focus-on-mount.ts';
import { Field, FormEnd, formKeys, numberOf, Picker, tagsOf } from './form-parts.tsx';
import { LiveCountFields } from './live-count-fields.tsx';
import { linksOf, linksText } from './links-text.ts';
import { peopleOptions } from './options.ts';
import { CheckInOwnerField, TagsField } from './shared-fields.tsx';
import { asChanges, useSubmit } from './use-submit.ts';

export const KIND_LABELS = {
  increase: 'Increase to a target', decrease: 'Decrease to a target', milestone: 'Milestone (0–100 %)', binary: 'Done or not (binary)',
  'stay-above': 'Stay above a value', 'stay-below': 'Stay below a value',
} as const satisfies Record<KrKind, string>;

type Props = { ws: Workspace; me: string | undefined; objectiveId: string; keyResult?: KeyResult; onSaved: (saved: KeyResult) => void; onCancel: () => void };

const blank = (owners: string[], kind: KrKind) => ({
  title: '', ownerIds: owners, checkInOwnerId: '', kind, start: '', target: '', unit: '', weight: '1', links: '', tags: '', state: 'active' as KeyResult['state'],
});

/** Creates or edits a key result. Creating, it stays open for the next one, the focus back in the title. */
export function KeyResultForm({ ws, me, objectiveId, keyResult: k, onSaved, onCancel }: Props) {
  const shared = ws.workspace.settings.sharedOkrs !== false;
  const parent = ws.objectives.find((o) => o.id === objectiveId);
  const [v, setV] = useState(k ? {
    title: k.title, ownerIds: k.ownerIds, checkInOwnerId: k.checkInOwnerId ?? '', kind: k.kind, start: k.start?.toString() ?? '', target: k.target?.toString() ?? '',
    unit: k.unit ?? '', weight: String(k.weight), links: linksText(k.links), tags: k.tags.join(', '), state: k.state,
  } : blank(parent?.ownerIds.slice(0, 1) ?? (me ? [me] : []), 'increase'));
  const [live, setLive] = useState(() => liveCountInput(k?.liveCount));
  const [dataLinkRemoved, setDataLinkRemoved] = useState(false);
  const [added, setAdded] = useState<string[]>([]);
  const set = (patch: Partial<typeof v>) => setV({ ...v, ...patch });
  const { errors, busy, submit, fail } = useSubmit();
  const titleRef = useFocusOnMount<HTMLInputElement>(added.length);
  const id = (field: string) => `kr-${k?.id ?? `new-${objectiveId}`}-${field}`;
  const metric = v.kind !== 'milestone' && v.kind !== 'binary';

  const onSubmit = (event: Event) => {
    event.preventDefault();
    const numbers = { start: numberOf(v.start), target: numberOf(v.target), weight: numberOf(v.weight) ?? 1 };
    for (const [field, n] of Object.entries(numbers)) if (Number.isNaN(n)) return fail(field, 'must be a number');
    const liveCount = liveCountOf(live);
    if (!liveCount.ok) return fail(`liveCount.${liveCount.field}`, liveCount.message);
    // Sent only when changed: an edit of the title must not restamp the live count for merges.
    const liveChanged = JSON.stringify(liveCount.value) !== JSON.stringify(k?.liveCount);
    const fields = {
      objectiveId, title: v.title.trim(), ownerIds: v.ownerIds, checkInOwnerId: v.checkInOwnerId || undefined, kind: v.kind,
      start: metric ? numbers.start : undefined, target: metric ? numbers.target : undefined, unit: v.unit.trim() || undefined, weight: numbers.weight,
      links: linksOf(v.links, k?.links ?? []), tags: tagsOf(v.tags), state: v.state,
      ...(liveChanged ? { liveCount: liveCount.value } : {}), ...(dataLinkRemoved ? { dataLink: undefined } : {}),
    };
    if (k) return void submit(() => send({ type: 'keyResult.update', id: k.id, changes: asChanges(fields) }), onSaved);
    void submit(() => send({ type: 'keyResult.create', draft: fields }), (saved) => {
      setAdded([...added, saved.title]);
      setV(blank(v.ownerIds, v.kind));
      setLive(liveCountInput(undefined));
      onSaved(saved);
    });
  };

  return (
    <form class="edit-form" aria-label={k ? `Edit key result ${k.title}` : `New key result for ${parent?.title ?? 'the objective'}`} onSubmit={onSubmit} onKeyDown={formKeys(onCancel)}>
      {added.length > 0 ? <p role="status" class="added">Added “{added.at(-1)}” ({added.length} so far). Type the next one, or press Escape when done.</p> : null}
      <Field id={id('title')} label="Key result title" field="title" errors={errors}>
        {(d) => <input id={id('title')} ref={titleRef} required aria-describedby={d} value={v.title} onInput={(e) => set({ title: e.currentTarget.value })} />}
      </Field>
      <div class="row">
        <Field id={id('kind')} label="Kind" field="kind" errors={errors}>
          {(d) => <select id={id('kind')} aria-describedby={d} value={v.kind} onChange={(e) => set({ kind: e.currentTarget.value as KrKind })}>{KR_KINDS.map((x) => <option value={x}>{KIND_LABELS[x]}</option>)}</select>}
        </Field>
        {metric ? (
          <>
            <Field id={id('start')} label="Start" field="start" errors={errors}>
              {(d) => <input id={id('start')} inputMode="decimal" size={8} aria-describedby={d} value={v.start} onInput={(e) => set({ start: e.currentTarget.value })} />}
            </Field>
            <Field id={id('target')} label="Target" field="target" errors={errors}>
              {(d) => <input id={id('target')} inputMode="decimal" size={8} aria-describedby={d} value={v.target} onInput={(e) => set({ target: e.currentTarget.value })} />}
            </Field>
          </>
        ) : null}
        <Field id={id('unit')} label="Unit" field="unit" errors={errors}>
          {(d) => <input id={id('unit')} size={8} aria-describedby={d} value={v.unit} onInput={(e) => set({ unit: e.currentTarget.value })} />}
        </Field>
        <Field id={id('weight')} label="Weight" field="weight" errors={errors}>
          {(d) => <input id={id('weight')} inputMode="decimal" size={4} aria-describedby={d} value={v.weight} onInput={(e) => set({ weight: e.currentTarget.value })} />}
        </Field>
        <Field id={id('state')} label="State" field="state" errors={errors}>
          {(d) => <select id={id('state')} aria-describedby={d} value={v.state} onChange={(e) => set({ state: e.currentTarget.value as KeyResult['state'] })}>{STATES.map((s) => <option value={s}>{s}</option>)}</select>}
        </Field>
      </div>
      <Picker id={id('owners')} legend={shared ? 'Owners' : 'Owner'} field="ownerIds" errors={errors} options={peopleOptions(ws)} value={v.ownerIds} multiple={shared} onChange={(ownerIds) => set({ ownerIds })} />
      <CheckInOwnerField id={id('check-in-owner')} ws={ws} errors={errors} ownerIds={v.ownerIds} value={v.checkInOwnerId} firstOwner={checkInOwnerOf({ ownerIds: v.ownerIds })} onChange={(checkInOwnerId) => set({ checkInOwnerId })} />
      <Field id={id('links')} label="Links to the work (one URL per line)" field="links" errors={errors}>
        {(d) => <textarea id={id('links')} rows={2} aria-describedby={d} value={v.links} onInput={(e) => set({ links: e.currentTarget.value })} />}
      </Field>
      <TagsField id={id('tags')} ws={ws} errors={errors} value={v.tags} onChange={(tags) => set({ tags })} />
      <LiveCountFields id={id} value={live} errors={errors} onChange={(patch) => setLive({ ...live, ...patch })} />
      {k?.dataLink ? <DataLinkField dataLink={k.dataLink} removed={dataLinkRemoved} onRemoved={setDataLinkRemoved} /> : null}
      <FormEnd submitLabel={k ? 'Save key result' : 'Add key result'} general={errors.general} busy={busy} onCancel={onCancel} />
    </form>
  );
}
