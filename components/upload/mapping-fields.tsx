'use client';

import { useId, type ReactNode } from 'react';
import {
  NUMBER_FORMAT_LABELS,
  NUMBER_FORMATS,
  UNITS,
  type NumberFormat,
  type Unit,
} from '@/lib/upload/mapping/numbers';
import type { MappingDraft } from '@/lib/upload/mapping/suggest';
import { unitWords } from '@/lib/upload/reading-notes';

type Props = {
  labels: readonly string[];
  draft: MappingDraft;
  onChange: (draft: MappingDraft) => void;
  nameError: string | null;
};

/** A label as the reader knows it: its text, or its place when the header cell is empty. */
const columnName = (label: string, index: number) => (label.trim() ? label : `Column ${index + 1} (no label)`);
const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** A label tied to its control by id, so the control's name is the label alone, not the label and the chosen option. */
function Field({ id, label, children }: { id: string; label: string; children: ReactNode }) {
  return (
    <div className="mapping-field">
      <label htmlFor={id}>{label}</label>
      {children}
    </div>
  );
}

/** One labelled select per choice, each usable from the keyboard alone; a name field when no column names the publisher. */
export function MappingFields({ labels, draft, onChange, nameError }: Props) {
  const id = useId();
  const columns = labels.map((label, index) => (
    <option key={index} value={index}>
      {columnName(label, index)}
    </option>
  ));
  const publisher = 'column' in draft.publisher ? draft.publisher.column : 'name';
  return (
    <div className="mapping-fields">
      <Field id={`${id}-period`} label="Year, month or date">
        <select
          id={`${id}-period`}
          value={draft.period}
          onChange={(event) => onChange({ ...draft, period: Number(event.target.value) })}
        >
          {columns}
        </select>
      </Field>
      <Field id={`${id}-value`} label="Value">
        <select
          id={`${id}-value`}
          value={draft.value}
          onChange={(event) => onChange({ ...draft, value: Number(event.target.value) })}
        >
          {columns}
        </select>
      </Field>
      <Field id={`${id}-unit`} label="Unit of the values">
        <select
          id={`${id}-unit`}
          value={draft.unit}
          onChange={(event) => onChange({ ...draft, unit: event.target.value as Unit })}
        >
          {UNITS.map((unit) => (
            <option key={unit} value={unit}>
              {capitalised(unitWords(unit))}
            </option>
          ))}
        </select>
      </Field>
      <Field id={`${id}-numbers`} label="Numbers">
        <select
          id={`${id}-numbers`}
          value={draft.numbers}
          onChange={(event) => onChange({ ...draft, numbers: event.target.value as NumberFormat })}
        >
          {NUMBER_FORMATS.map((format) => (
            <option key={format} value={format}>
              {NUMBER_FORMAT_LABELS[format]}
            </option>
          ))}
        </select>
      </Field>
      <Field id={`${id}-publisher`} label="Publisher">
        <select
          id={`${id}-publisher`}
          value={publisher}
          onChange={(event) =>
            onChange({
              ...draft,
              publisher: event.target.value === 'name' ? { name: '' } : { column: Number(event.target.value) },
            })
          }
        >
          <option value="name">No column: type one name for every row</option>
          {columns}
        </select>
      </Field>
      {'name' in draft.publisher ? (
        <Field id={`${id}-name`} label="Publisher of every row">
          <input
            id={`${id}-name`}
            type="text"
            value={draft.publisher.name}
            maxLength={200}
            aria-invalid={nameError ? true : undefined}
            aria-describedby={nameError ? `${id}-name-error` : undefined}
            onChange={(event) => onChange({ ...draft, publisher: { name: event.target.value } })}
          />
          {nameError ? (
            <span id={`${id}-name-error`} className="mapping-error">
              {nameError}
            </span>
          ) : null}
        </Field>
      ) : null}
    </div>
  );
}
