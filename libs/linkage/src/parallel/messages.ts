import type { ModelField } from '../compare/comparator';
import type { PreparedData } from '../normalize/prepare';
import type { FieldKind, LinkageRecord } from '../types';

export type WorkerTask =
  | { task: 'prepare'; records: LinkageRecord[]; kinds: FieldKind[] }
  | { task: 'compare'; data: PreparedData; fields: ModelField[]; left: Uint32Array; right: Uint32Array };

export type WorkerReply =
  | { task: 'prepare'; data: PreparedData }
  | { task: 'compare'; patterns: Uint32Array }
  | { task: 'error'; message: string };
