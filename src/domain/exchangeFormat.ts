/** Files over this size are refused before being read as JSON. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

/** The name and version of the export file format (docs/exchange.md). */
export const EXPORT_FORMAT = 'reperes-ia-export';
export const EXPORT_VERSION = 1;
