import { useState } from 'preact/hooks';
import type { Initiative } from '../../../core/model/records.ts';
import { INITIATIVE_STATUSES, type InitiativeStatus } from '../../../core/model/vocabulary.ts';
import type { Workspace } from '../../../core/model/workspace.ts';
import { send } from '../../messages/client.ts';
import { useFocusOnMount } from './focus-on-mount.ts';
import { Field, FormEnd, formKeys, numberOf, Picker } from './form-parts.tsx';
import { linksOf, linksText } from './links-text.ts';
import { peopleOptions } from './options.ts';
import { asChanges, useSubmit } from './use-submit.ts';

type Props = { ws: Workspace; me: string | undefined; parent: { type: Initiative['parentType']; id: string }; initiative?: Initiative; onSaved: (saved: Initiative) => void; onCancel: () => void };

/** Creates or edits an initiative (a project) under a key result or an objective. */
export function InitiativeForm({ ws, me, parent, initiative: i, onSaved, onCancel }: Props) {
  const shared = ws.workspace.settings.sharedOkrs !== false;
  const [v, setV] = useState({
    title: i?.title ?? '', ownerIds: i?.ownerIds ?? (me ? [me] : []), status: i?.status ?? 'not-started',
    progress: i?.progress === undefined ? '' : String(Math.round(i.progress * 100)), links: linksText(i?.links ?? []),
  });
  const set = (patch: Partial<typeof v>) => setV({ ...v, ...patch });
  const { errors, busy, submit, fail } = useSubmit();
  const titleRef = useFocusOnMount<HTMLInputElement>();
  const id = (field: string) => `initiative-${i?.id ?? `new-${parent.id}`}-${field}`;

  const onSubmit = (event: Event) => {
    event.preventDefault();
    const percent = numberOf(v.progress);
    if (Number.isNaN(percent)) return fail('progress', 'must be a number of percent, 0–100');
    const fields = {
      parentId: parent.id, parentType: parent.type, title: v.title.trim(), ownerIds: v.ownerIds, status: v.status,
      progress: percent === undefined ? undefined : percent / 100, links: linksOf(v.links, i?.links ?? []),
    };
    void submit(() => i ? send({ type: 'initiative.update', id: i.id, changes: asChanges(fields) }) : send({ type: 'initiative.create', draft: fields }), onSaved);
  };

  return (
    <form class="edit-form" aria-label={i ? `Edit initiative ${i.title}` : 'New initiative'} onSubmit={onSubmit} onKeyDown={formKeys(onCancel)}>
      <Field id={id('title')} label="Initiative title" field="title" errors={errors}>
        {(d) => <input id={id('title')} ref={titleRef} required aria-describedby={d} value={v.title} onInput={(e) => set({ title: e.currentTarget.value })} />}
      </Field>
      <div class="row">
        <Field id={id('status')} label="Status" field="status" errors={errors}>
          {(d) => <select id={id('status')} aria-describedby={d} value={v.status} onChange={(e) => set({ status: e.currentTarget.value as InitiativeStatus })}>{INITIATIVE_STATUSES.map((s) => <option value={s}>{s}</option>)}</select>}
        </Field>
        <Field id={id('progress')} label="Progress (%)" field="progress" errors={errors}>
          {(d) => <input id={id('progress')} inputMode="decimal" size={5} aria-describedby={d} value={v.progress} onInput={(e) => set({ progress: e.currentTarget.value })} />}
        </Field>
      </div>
      <Picker id={id('owners')} legend={shared ? 'Owners' : 'Owner'} field="ownerIds" errors={errors} options={peopleOptions(ws)} value={v.ownerIds} multiple={shared} onChange={(ownerIds) => set({ ownerIds })} />
      <Field id={id('links')} label="Links to the work (one URL per line)" field="links" errors={errors}>
        {(d) => <textarea id={id('links')} rows={2} aria-describedby={d} value={v.links} onInput={(e) => set({ links: e.currentTarget.value })} />}
      </Field>
      <FormEnd submitLabel={i ? 'Save initiative' : 'Add initiative'} general={errors.general} busy={busy} onCancel={onCancel} />
    </form>
  );
}
