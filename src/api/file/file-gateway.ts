// A schema snapshot file as a gateway: the model is the file's, read with no server and no
// token, and nothing can be committed. The app above it cannot tell a file from a server except
// through this gateway, so the diagram, panel, search, focus and layout all work the same.
import type { ParsedSnapshot, SnapshotFormat, SnapshotSystemField } from '../../domain/review/snapshot';
import { RelataError } from '../errors';
import type { Gateway } from '../gateway';

/** What the file says about itself, for the header and for exporting it again. */
export interface SnapshotFile {
  /** The file's name as the person chose it; three template-cli files are named together. */
  name: string;
  /** The Directus version that wrote the file, as written (null in template-cli files). */
  directus: string | null;
  vendor: string | null;
  format: SnapshotFormat;
  systemFields: readonly SnapshotSystemField[];
}

export interface FileGateway extends Gateway {
  readonly dialect: 'file';
  readonly file: SnapshotFile;
}

export const READ_ONLY_MESSAGE =
  'read-only: opened from a file. Connect to the Directus server as an admin to change its data model.';

export function readOnlyError(): RelataError {
  return new RelataError('forbidden', READ_ONLY_MESSAGE);
}

export function createFileGateway(snapshot: ParsedSnapshot, name: string): FileGateway {
  return {
    dialect: 'file',
    // Snapshot files exist for Directus 9 final and later: the current generation's shapes.
    generation: 'current',
    file: {
      name,
      directus: snapshot.directus,
      vendor: snapshot.vendor,
      format: snapshot.format,
      systemFields: snapshot.systemFields,
    },
    // The same object on every read: TanStack Query sees no change, so nothing re-renders.
    readModel: () => Promise.resolve(snapshot.schema),
    commit: () => Promise.reject(readOnlyError()),
    calls: () => [],
  };
}

export function isFileGateway(gateway: Gateway): gateway is FileGateway {
  return gateway.dialect === 'file';
}
