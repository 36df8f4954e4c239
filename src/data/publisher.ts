/**
 * What an article's `publisher` holds when its text does not name its publisher; the interface
 * shows "publisher not named in the text" for it. Apart from the schemas so the page can use it
 * without loading the validator.
 */
export const UNKNOWN_PUBLISHER = 'unknown';
