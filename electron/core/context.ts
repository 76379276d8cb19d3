import type { HolidayCalendar } from '../../shared/domain/deadlines/types';
import type { EventName, EventPayloads } from '../../shared/events';
import type { ScryptCost } from './crypto/key-wrap';
import type { DatabaseHealth } from './db/db-health';
import type { AppDatabase } from './db/open';
import type { StorageState } from './db/storage-state';
import type { Clock, Dialogs, Logger, Notifier, Paths } from './ports';

/**
 * Everything a handler may use. Built once per launch (or per test) and passed down explicitly. It
 * names port interfaces only: the implementations (security/session.ts, attachments/staging.ts,
 * events/event-bus.ts) sit in layers above this file, and open-app.ts wires them in.
 */
export interface AppContext {
  /** The open database; reading it while Legat is locked throws LOCKED (it is `session.db()`). */
  readonly db: AppDatabase;
  /** Who is signed in, and the data key while someone is. */
  session: SessionPort;
  clock: Clock;
  notifier: Notifier;
  logger: Logger;
  paths: Paths;
  /** Native file dialogs: only in the desktop app. */
  dialogs?: Dialogs;
  /** Files that have arrived but are not registered on a case yet. */
  staging: StagingPort;
  events: EventsPort;
  calendar: HolidayCalendar;
  mode: 'electron' | 'browser';
  version: string;
  /** The database's health (damaged → no writes) and how backups of it are opened to be checked. */
  storage: StorageState;
}

export type AuthState = 'setup' | 'locked' | 'unlocked';

/** The sign-in session and the database it holds open (security/session.ts). */
export interface SessionPort {
  readonly options: { readonly idleSecondsOverride?: number };
  health: DatabaseHealth;
  readonly dataDir: string;
  readonly databaseFile: string;
  readonly kdfCost: ScryptCost;
  state(): AuthState;
  isUnlocked(): boolean;
  db(): AppDatabase;
  dataKey(): Buffer;
  officerId(): number | null;
  token(): string | null;
  holdsToken(given: string | null | undefined): boolean;
  onChange(listener: (state: AuthState) => void): () => void;
  open(key: Buffer, officerId: number | null): AppDatabase;
  reopen(): DatabaseHealth;
  setOfficer(officerId: number): void;
  close(): void;
  setAsideOrphanDatabase(): string | null;
}

export type EventListener = <E extends EventName>(event: E, payload: EventPayloads[E]) => void;

/** Main-to-renderer events (events/event-bus.ts). */
export interface EventsPort {
  subscribe(listener: EventListener): () => void;
  emit<E extends EventName>(event: E, payload: EventPayloads[E]): void;
}

interface StagedBase {
  name: string;
  mediaType: string;
  size: number;
  expiresAt: number;
}

/** Bytes already streamed into the blob store (an upload), waiting for the officer to register them. */
export interface StagedBlob extends StagedBase {
  source: 'store';
  sha256: string;
}

/** A file chosen in the desktop app, read and hashed only when registered. */
export interface StagedPath extends StagedBase {
  source: 'path';
  path: string;
}

export type Staged = StagedBlob | StagedPath;
export type StagedInput = Omit<StagedBlob, 'expiresAt'> | Omit<StagedPath, 'expiresAt'>;

/** Files between arrival and registration, behind single-use tokens (attachments/staging.ts). */
export interface StagingPort {
  put(entry: StagedInput): string;
  take(token: string): Staged | null;
  restore(token: string, entry: Staged): void;
  sweep(): Staged[];
  holds(sha256: string): boolean;
  clear(): void;
}
