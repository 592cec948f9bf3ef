import { describe, expect, it } from 'vitest';
import { decodeText } from './decode-text.ts';

const utf16le = (s: string) => new Uint8Array([0xff, 0xfe, ...[...s].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])]);

describe('decodeText', () => {
  it('reads UTF-8 with or without a byte-order mark', () => {
    expect(decodeText(new TextEncoder().encode('Café;Ziel'))).toEqual({ text: 'Café;Ziel', encoding: 'utf-8' });
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Café')])).text).toBe('Café');
  });

  it('reads Excel "Unicode Text" (UTF-16 LE with a mark)', () => {
    expect(decodeText(utf16le('Objective\tKey Result\r\nCafé\tÜber'))).toEqual({ text: 'Objective\tKey Result\r\nCafé\tÜber', encoding: 'utf-16le' });
  });

  it('falls back to Windows-1252 for bytes that are not UTF-8', () => {
    expect(decodeText(new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x80, 0x35]))).toEqual({ text: 'Café €5', encoding: 'windows-1252' });
  });
});
