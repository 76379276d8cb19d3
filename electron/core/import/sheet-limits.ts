/**
 * Refused before anything is parsed: a register of tens of thousands of rows is a few MB; a file
 * past this is not a tracking sheet, and parsing it would hold the app for minutes. Apart from the
 * readers, so checking a size does not load the spreadsheet parsers.
 */
export const SHEET_MAX_BYTES = 20 * 1024 * 1024;
export const SHEET_MAX_ROWS = 50_000;
