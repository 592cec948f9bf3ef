import { useState } from 'preact/hooks';
import { DEFAULT_OFF_TRACK_BELOW_PACE, DEFAULT_REMINDER_TIME, type WorkspaceSettings } from '../../../core/model/settings.ts';
import { nearDuplicateTags } from '../../../core/quality/near-duplicate-tags.ts';
import { send } from '../../messages/client.ts';
import { canEdit } from '../edit/can-edit.ts';
import { Field, numberOf, tagsOf } from '../edit/form-parts.tsx';
import { useSubmit } from '../edit/use-submit.ts';
import type { ViewProps } from '../views.tsx';
import { CustomHostsSection } from './custom-hosts.tsx';

const ZONES: readonly string[] = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];

const formOf = (s: WorkspaceSettings) => ({
  sharedOkrs: s.sharedOkrs !== false, multipleParents: s.multipleParents, includeInitiatives: s.rollup.includeInitiatives, includeChildObjectives: s.rollup.includeChildObjectives,
  behind: String(s.statusThresholds.behindBelowPace), atRisk: String(s.statusThresholds.atRiskBelowPace), offTrack: String(s.statusThresholds.offTrackBelowPace ?? DEFAULT_OFF_TRACK_BELOW_PACE),
  cadence: String(s.checkInCadenceDays), reminderTime: s.reminderTime ?? DEFAULT_REMINDER_TIME, timeZone: s.timeZone ?? '', tags: (s.tags ?? []).join(', '),
});

/** `#/settings`: the workspace's settings; the background checks them whole (thresholds in order) before saving. */
export function SettingsView({ ws, me }: ViewProps) {
  const [v, setV] = useState(() => formOf(ws.workspace.settings));
  const [saved, setSaved] = useState(false);
  const set = (patch: Partial<typeof v>) => { setV({ ...v, ...patch }); setSaved(false); };
  const { errors, busy, submit, fail } = useSubmit();
  const editable = canEdit(ws, me);
  const tags = tagsOf(v.tags);
  const alike = nearDuplicateTags(tags);
  // Each look-alike pair once, in the order typed.
  const pairs = tags.flatMap((tag, i) => (alike.get(tag) ?? []).filter((o) => tags.indexOf(o) > i).map((o) => [tag, o] as const));

  const onSubmit = (event: Event) => {
    event.preventDefault();
    const n = { behindBelowPace: numberOf(v.behind), atRiskBelowPace: numberOf(v.atRisk), offTrackBelowPace: numberOf(v.offTrack), checkInCadenceDays: numberOf(v.cadence) };
    for (const [field, x] of Object.entries(n)) if (x === undefined || Number.isNaN(x)) return fail(field === 'checkInCadenceDays' ? `settings.${field}` : `settings.statusThresholds.${field}`, 'must be a number');
    const changes = {
      sharedOkrs: v.sharedOkrs, multipleParents: v.multipleParents,
      rollup: { includeInitiatives: v.includeInitiatives, includeChildObjectives: v.includeChildObjectives },
      statusThresholds: { behindBelowPace: n.behindBelowPace!, atRiskBelowPace: n.atRiskBelowPace!, offTrackBelowPace: n.offTrackBelowPace! },
      checkInCadenceDays: n.checkInCadenceDays!, reminderTime: v.reminderTime, timeZone: v.timeZone.trim() || null, tags,
    };
    void submit(() => send({ type: 'settings.update', changes }), () => setSaved(true));
  };
  const check = (label: string, key: 'sharedOkrs' | 'multipleParents' | 'includeInitiatives' | 'includeChildObjectives') => (
    <label class="check"><input type="checkbox" disabled={!editable} checked={v[key]} onChange={(e) => set({ [key]: e.currentTarget.checked })} /> {label}</label>
  );
  const number = (id: string, label: string, field: string, key: 'behind' | 'atRisk' | 'offTrack' | 'cadence') => (
    <Field id={id} label={label} field={field} errors={errors}>
      {(d) => <input id={id} inputMode="numeric" size={4} disabled={!editable} aria-describedby={d} value={v[key]} onInput={(e) => set({ [key]: e.currentTarget.value })} />}
    </Field>
  );

  return (
    <>
    <form class="edit-form settings" aria-label="Settings" onSubmit={onSubmit}>
      <h2>Settings</h2>
      {editable ? null : <p>Observers see the settings but cannot change them.</p>}
      <fieldset><legend>OKRs</legend>
        {check('Shared OKRs: several owners and teams per objective or key result', 'sharedOkrs')}
        {check('Several parents: an objective may align to more than one', 'multipleParents')}
      </fieldset>
      <fieldset><legend>Roll-up: what counts in an objective’s progress besides its key results</legend>
        {check('Initiatives under the objective', 'includeInitiatives')}
        {check('Aligned child objectives', 'includeChildObjectives')}
      </fieldset>
      <fieldset><legend>Status thresholds: points below the expected pace</legend>
        <div class="row">
          {number('settings-behind', 'Behind from', 'settings.statusThresholds.behindBelowPace', 'behind')}
          {number('settings-at-risk', 'At risk from', 'settings.statusThresholds.atRiskBelowPace', 'atRisk')}
          {number('settings-off-track', 'Off track from', 'settings.statusThresholds.offTrackBelowPace', 'offTrack')}
        </div>
      </fieldset>
      <fieldset><legend>Check-ins and reminders</legend>
        <div class="row">
          {number('settings-cadence', 'Check in every (days)', 'settings.checkInCadenceDays', 'cadence')}
          <Field id="settings-reminder" label="Reminder time (HH:MM)" field="settings.reminderTime" errors={errors}>
            {(d) => <input id="settings-reminder" type="time" disabled={!editable} aria-describedby={d} value={v.reminderTime} onInput={(e) => set({ reminderTime: e.currentTarget.value })} />}
          </Field>
          <Field id="settings-zone" label="Time zone" field="settings.timeZone" errors={errors}>
            {(d) => <><input id="settings-zone" list="settings-zones" disabled={!editable} aria-describedby={d} value={v.timeZone} onInput={(e) => set({ timeZone: e.currentTarget.value })} /><datalist id="settings-zones">{ZONES.map((z) => <option value={z} />)}</datalist></>}
          </Field>
        </div>
      </fieldset>
      <Field id="settings-tags" label="The workspace’s tags (comma-separated)" field="settings.tags" errors={errors}>
        {(d) => <textarea id="settings-tags" rows={2} disabled={!editable} aria-describedby={d ?? (alike.size > 0 ? 'settings-tags-alike' : undefined)} value={v.tags} onInput={(e) => set({ tags: e.currentTarget.value })} />}
      </Field>
      {pairs.length > 0 ? (
        <ul id="settings-tags-alike" class="alike" aria-label="Tags that look alike">
          {pairs.map(([tag, other]) => (
            <li>“{tag}” looks like “{other}”: keep one spelling, so filters find everything.</li>
          ))}
        </ul>
      ) : null}
      {errors.general ? <p class="form-error" role="alert">{errors.general}</p> : null}
      {editable ? <div class="form-buttons"><button type="submit" disabled={busy}>Save settings</button></div> : null}
      <p role="status">{saved ? 'Settings saved.' : ''}</p>
    </form>
    <CustomHostsSection />
    </>
  );
}
