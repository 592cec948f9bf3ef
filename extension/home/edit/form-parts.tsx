import type { ComponentChildren } from 'preact';
import { errorFor, type FieldErrors } from './field-errors.ts';
import './edit.css';

type Option = { id: string; name: string };

/** A labelled control with the background's message for it right below, tied by aria-describedby. */
export function Field({ id, label, field, errors, children }: { id: string; label: string; field: string; errors: FieldErrors; children: (describedBy: string | undefined) => ComponentChildren }) {
  const message = errorFor(errors, field);
  const errorId = `${id}-error`;
  return (
    <div class={message ? 'field field-invalid' : 'field'}>
      <label for={id}>{label}</label>
      {children(message ? errorId : undefined)}
      {message ? <p class="field-error" id={errorId}>{message}</p> : null}
    </div>
  );
}

/** Several people or teams as checkboxes, or one as a select, by the workspace's "shared OKRs" setting. */
export function Picker({ id, legend, field, errors, options, value, multiple, onChange }: {
  id: string; legend: string; field: string; errors: FieldErrors; options: readonly Option[]; value: readonly string[]; multiple: boolean; onChange: (ids: string[]) => void;
}) {
  const message = errorFor(errors, field);
  if (!multiple) {
    return (
      <Field id={id} label={legend} field={field} errors={errors}>
        {(describedBy) => (
          <select id={id} aria-describedby={describedBy} aria-invalid={message ? true : undefined} value={value[0] ?? ''} onChange={(e) => onChange(e.currentTarget.value ? [e.currentTarget.value] : [])}>
            <option value="">— none —</option>
            {options.map((o) => <option value={o.id}>{o.name}</option>)}
          </select>
        )}
      </Field>
    );
  }
  const toggle = (optionId: string, on: boolean) => onChange(on ? [...value, optionId] : value.filter((v) => v !== optionId));
  return (
    <fieldset id={id} class={message ? 'field picker field-invalid' : 'field picker'} aria-describedby={message ? `${id}-error` : undefined}>
      <legend>{legend}</legend>
      {options.map((o) => (
        <label class="check">
          <input type="checkbox" checked={value.includes(o.id)} onChange={(e) => toggle(o.id, e.currentTarget.checked)} /> {o.name}
        </label>
      ))}
      {message ? <p class="field-error" id={`${id}-error`}>{message}</p> : null}
    </fieldset>
  );
}

/** Buttons and the form-wide message every edit form ends with. */
export function FormEnd({ submitLabel, general, busy, onCancel }: { submitLabel: string; general: string | undefined; busy: boolean; onCancel: () => void }) {
  return (
    <>
      {general ? <p class="form-error" role="alert">{general}</p> : null}
      <div class="form-buttons">
        <button type="submit" disabled={busy}>{submitLabel}</button>
        <button type="button" onClick={onCancel}>Cancel</button>
      </div>
    </>
  );
}

/**
 * Enter submits from any control but a text area or a button (checkboxes and selects do not by
 * themselves); Ctrl/⌘+Enter submits from a text area; Escape cancels.
 */
export function formKeys(onCancel: () => void) {
  return (event: KeyboardEvent) => {
    const target = event.target as HTMLElement;
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onCancel();
      return;
    }
    if (event.key !== 'Enter' || event.isComposing) return;
    const tag = target.tagName;
    if (tag === 'BUTTON' || (tag === 'TEXTAREA' && !(event.ctrlKey || event.metaKey))) return;
    if (tag === 'INPUT' && !['checkbox', 'radio'].includes((target as HTMLInputElement).type)) return; // the browser submits these itself
    event.preventDefault();
    (event.currentTarget as HTMLFormElement).requestSubmit();
  };
}

/** A number typed in a field: undefined when empty, NaN when not a number (the form says so). */
export const numberOf = (text: string): number | undefined => (text.trim() === '' ? undefined : Number(text.replace(',', '.')));

export const tagsOf = (text: string): string[] => [...new Set(text.split(',').map((t) => t.trim()).filter(Boolean))];
