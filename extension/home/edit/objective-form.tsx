import { useState } from 'preact/hooks';
import { checkInOwnerOf } from '../../../core/model/check-in-owner.ts';
import type { Objective } from '../../../core/model/records.ts';
import { COMMITMENTS, LEVELS, STATES } from '../../../core/model/vocabulary.ts';
import type { Workspace } from '../../../core/model/workspace.ts';
import { send } from '../../messages/client.ts';
import { CheckInOwnerField, TagsField } from './shared-fields.tsx';
import { useFocusOnMount } from './focus-on-mount.ts';
import { Field, FormEnd, formKeys, Picker } from './form-parts.tsx';
import { peopleOptions, teamOptions } from './options.ts';
import { ParentsField } from './parents-field.tsx';
import { tagsOf } from './form-parts.tsx';
import { asChanges, useSubmit } from './use-submit.ts';

type Props = { ws: Workspace; me: string | undefined; periodId: string; objective?: Objective; onSaved: (saved: Objective) => void; onCancel: () => void };

/** Creates or edits an objective, every field of the model; the background's refusals show beside their fields. */
export function ObjectiveForm({ ws, me, periodId, objective: o, onSaved, onCancel }: Props) {
  const shared = ws.workspace.settings.sharedOkrs !== false;
  const [v, setV] = useState({
    title: o?.title ?? '', description: o?.description ?? '', periodId: o?.periodId ?? periodId, level: o?.level ?? 'team',
    ownerIds: o?.ownerIds ?? (me ? [me] : []), teamIds: o?.teamIds ?? [], checkInOwnerId: o?.checkInOwnerId ?? '', parentIds: o?.parentIds ?? [],
    commitment: o?.commitment ?? 'committed', private: o?.private ?? false, state: o?.state ?? 'active', tags: (o?.tags ?? []).join(', '),
  });
  const set = (patch: Partial<typeof v>) => setV({ ...v, ...patch });
  const { errors, busy, submit } = useSubmit();
  const titleRef = useFocusOnMount<HTMLInputElement>();
  const id = (field: string) => `objective-${o?.id ?? 'new'}-${field}`;

  const onSubmit = (event: Event) => {
    event.preventDefault();
    const fields = {
      title: v.title.trim(), description: v.description.trim() || undefined, periodId: v.periodId, level: v.level, teamIds: v.teamIds, ownerIds: v.ownerIds,
      checkInOwnerId: v.checkInOwnerId || undefined, parentIds: v.parentIds, commitment: v.commitment, tags: tagsOf(v.tags), private: v.private, state: v.state,
    };
    void submit(() => o ? send({ type: 'objective.update', id: o.id, changes: asChanges(fields) }) : send({ type: 'objective.create', draft: fields }), onSaved);
  };

  return (
    <form class="edit-form" aria-label={o ? `Edit objective ${o.title}` : 'New objective'} onSubmit={onSubmit} onKeyDown={formKeys(onCancel)}>
      <Field id={id('title')} label="Objective title" field="title" errors={errors}>
        {(d) => <input id={id('title')} ref={titleRef} required aria-describedby={d} value={v.title} onInput={(e) => set({ title: e.currentTarget.value })} />}
      </Field>
      <Field id={id('description')} label="Description" field="description" errors={errors}>
        {(d) => <textarea id={id('description')} rows={2} aria-describedby={d} value={v.description} onInput={(e) => set({ description: e.currentTarget.value })} />}
      </Field>
      <div class="row">
        <Field id={id('period')} label="Period" field="periodId" errors={errors}>
          {(d) => <select id={id('period')} aria-describedby={d} value={v.periodId} onChange={(e) => set({ periodId: e.currentTarget.value })}>{ws.periods.map((p) => <option value={p.id}>{p.name}</option>)}</select>}
        </Field>
        <Field id={id('level')} label="Level" field="level" errors={errors}>
          {(d) => <select id={id('level')} aria-describedby={d} value={v.level} onChange={(e) => set({ level: e.currentTarget.value as (typeof LEVELS)[number] })}>{LEVELS.map((l) => <option value={l}>{l}</option>)}</select>}
        </Field>
        <Field id={id('commitment')} label="Commitment" field="commitment" errors={errors}>
          {(d) => <select id={id('commitment')} aria-describedby={d} value={v.commitment} onChange={(e) => set({ commitment: e.currentTarget.value as (typeof COMMITMENTS)[number] })}>{COMMITMENTS.map((c) => <option value={c}>{c}</option>)}</select>}
        </Field>
        <Field id={id('state')} label="State" field="state" errors={errors}>
          {(d) => <select id={id('state')} aria-describedby={d} value={v.state} onChange={(e) => set({ state: e.currentTarget.value as (typeof STATES)[number] })}>{STATES.map((s) => <option value={s}>{s}</option>)}</select>}
        </Field>
      </div>
      <Picker id={id('owners')} legend={shared ? 'Owners' : 'Owner'} field="ownerIds" errors={errors} options={peopleOptions(ws)} value={v.ownerIds} multiple={shared} onChange={(ownerIds) => set({ ownerIds })} />
      <CheckInOwnerField id={id('check-in-owner')} ws={ws} errors={errors} ownerIds={v.ownerIds} value={v.checkInOwnerId} firstOwner={checkInOwnerOf({ ownerIds: v.ownerIds })} onChange={(checkInOwnerId) => set({ checkInOwnerId })} />
      <Picker id={id('teams')} legend={shared ? 'Teams' : 'Team'} field="teamIds" errors={errors} options={teamOptions(ws, v.teamIds)} value={v.teamIds} multiple={shared} onChange={(teamIds) => set({ teamIds })} />
      <ParentsField id={id('parents')} ws={ws} selfId={o?.id} errors={errors} value={v.parentIds} onChange={(parentIds) => set({ parentIds })} />
      <TagsField id={id('tags')} ws={ws} errors={errors} value={v.tags} onChange={(tags) => set({ tags })} />
      <label class="check"><input type="checkbox" checked={v.private} onChange={(e) => set({ private: e.currentTarget.checked })} /> Private (left out of exports unless chosen)</label>
      <FormEnd submitLabel={o ? 'Save objective' : 'Create objective'} general={errors.general} busy={busy} onCancel={onCancel} />
    </form>
  );
}
