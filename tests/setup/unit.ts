// Unit tests run in Node: give Dexie an IndexedDB to talk to.
import 'fake-indexeddb/auto';
