// Every unit test gets a fresh in-memory IndexedDB and the real Dexie on top of it.
import 'fake-indexeddb/auto';
import { cleanup } from '@testing-library/preact';
import { afterEach } from 'vitest';

afterEach(() => cleanup());
