/**
 * Asks the browser once to keep this site's storage even when the disk gets
 * full; refused or unsupported is fine, the app works the same.
 */
export async function requestPersistentStorage(): Promise<boolean> {
  try {
    if (!navigator.storage?.persist) return false;
    if (await navigator.storage.persisted()) return true;
    return await navigator.storage.persist();
  } catch {
    return false;
  }
}
