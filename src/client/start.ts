/**
 * What every page runs at start, one file: the enhancements (enhance.ts) and the word layer's listeners (words.ts).
 * Everything else loads on use from these.
 */
import './enhance.ts';
import './words.ts';
