import { Select, TextInput } from '@mantine/core';
import { CREATE, NONE, withCurrent } from './form-options';
import { LIST_WHEN_OPEN } from './list-when-open';

interface Props {
  label: string;
  description: string;
  /** What the create option and the name input say, e.g. "alias field", "sort field". */
  noun: string;
  newLabel: string;
  options: { value: string; label: string }[];
  current: string | null;
  /** The name of the field to create, or null when choosing an existing one. */
  creating: string | null;
  onChoose: (field: string | null) => void;
  onCreate: (name: string | null) => void;
  error: string | undefined;
  disabled: boolean;
}

/** Choose an existing field, none, or name a new one that Relata creates before saving. */
export function FieldChoice({
  label,
  description,
  noun,
  newLabel,
  options,
  current,
  creating,
  onChoose,
  onCreate,
  error,
  disabled,
}: Props) {
  return (
    <>
      <Select
        comboboxProps={LIST_WHEN_OPEN}
        label={label}
        description={description}
        data={[
          { value: NONE, label: 'none' },
          ...withCurrent(options, current),
          { value: CREATE, label: `Create a new ${noun}…` },
        ]}
        value={creating !== null ? CREATE : (current ?? NONE)}
        onChange={(value) => {
          if (value === CREATE) return onCreate('');
          onCreate(null);
          onChoose(value === NONE || value === null ? null : value);
        }}
        error={creating === null ? error : undefined}
        disabled={disabled}
        allowDeselect={false}
      />
      {creating !== null && (
        <TextInput
          label={newLabel}
          value={creating}
          onChange={(e) => onCreate(e.currentTarget.value)}
          error={error}
          disabled={disabled}
        />
      )}
    </>
  );
}
