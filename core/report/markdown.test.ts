import { describe, expect, it } from 'vitest';
import { markdownText, plainLink } from './markdown.ts';

describe('markdownText', () => {
  it('escapes what would turn into formatting, a link or HTML', () => {
    expect(markdownText('Grow *paid* seats by 2x `fast`')).toBe('Grow \\*paid\\* seats by 2x \\`fast\\`');
    expect(markdownText('[click](javascript:alert(1)) <b>hi</b>')).toBe('\\[click\\](javascript:alert(1)) \\<b\\>hi\\</b\\>');
    expect(markdownText('~~gone~~ and a \\ backslash')).toBe('\\~\\~gone\\~\\~ and a \\\\ backslash');
    expect(markdownText('_really_ &copy; & co')).toBe('\\_really\\_ \\&copy; & co');
  });

  it('leaves underscores inside words alone and folds line breaks into one line', () => {
    expect(markdownText('rename snake_case_name')).toBe('rename snake_case_name');
    expect(markdownText('first line\n- not a bullet\r\n# not a header  ')).toBe('first line - not a bullet # not a header');
  });
});

describe('plainLink', () => {
  it('keeps http(s) addresses only', () => {
    expect(plainLink('https://acme.atlassian.net/browse/GROW-1')).toBe('https://acme.atlassian.net/browse/GROW-1');
    expect(plainLink('javascript:alert(1)')).toBeUndefined();
    expect(plainLink('not a url')).toBeUndefined();
    expect(plainLink(undefined)).toBeUndefined();
  });
});
