import { Alert, Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { SharedLayoutConflict } from '../../../api/shared-layouts';
import { describeSave } from './describe';
import type { useSharedLayouts } from './use-shared-layouts';

interface Props {
  shared: ReturnType<typeof useSharedLayouts>;
  onClose: () => void;
}

export function SaveSharedLayoutModal({ shared, onClose }: Props) {
  const { origin, save, open } = shared;
  const [name, setName] = useState(origin?.name ?? 'Team layout');
  const conflict = save.error instanceof SharedLayoutConflict ? save.error : null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate({ name: name.trim(), overwrite: false }, { onSuccess: onClose });
  };
  return (
    <Modal opened onClose={onClose} title="Save layout to Directus" centered>
      <form onSubmit={submit}>
        <Stack>
          <Text size="sm">
            Everyone who can see the data model can open it from “Open shared layout”; only admins can change
            it. It holds the positions, folded folders, the collections shown and the focus.
          </Text>
          <TextInput
            label="Layout name"
            required
            value={name}
            onChange={(event) => {
              setName(event.currentTarget.value);
              save.reset();
            }}
          />
          {conflict && (
            <Alert color="yellow" title="Someone else saved this layout" role="alert">
              <Stack gap="xs">
                <Text size="sm">
                  {conflict.reason === 'newer'
                    ? `“${conflict.current.name}” is at version ${conflict.current.version} in Directus, newer than version ${origin?.version} you started from.`
                    : `A shared layout named “${conflict.current.name}” already exists (version ${conflict.current.version}).`}{' '}
                  {describeSave(conflict.current)}
                </Text>
                <Group gap="xs">
                  <Button
                    size="xs"
                    variant="light"
                    loading={open.isPending}
                    onClick={() => open.mutate(conflict.current, { onSuccess: onClose })}
                  >
                    Open theirs
                  </Button>
                  <Button
                    size="xs"
                    color="red"
                    variant="light"
                    loading={save.isPending}
                    onClick={() =>
                      save.mutate({ name: name.trim(), overwrite: true }, { onSuccess: onClose })
                    }
                  >
                    Replace it with mine
                  </Button>
                </Group>
              </Stack>
            </Alert>
          )}
          {save.error && !conflict && (
            <Alert color="red" role="alert" title="The layout was not saved">
              {save.error.message}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button
              type="submit"
              loading={save.isPending && !conflict}
              disabled={!name.trim() || conflict !== null}
            >
              Save
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
