import { readFileSync } from 'node:fs';
import { decodeText, type Decoded } from '../import/decode-text.ts';

/** A text file in whatever encoding a spreadsheet saved it (see decodeText). */
export function readTextFile(path: string): Decoded {
  return decodeText(readFileSync(path));
}
