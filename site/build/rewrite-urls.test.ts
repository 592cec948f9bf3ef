import { describe, expect, it } from 'vitest';
import { moduleScripts, useClassicScript } from './classic-scripts.ts';
import { rewriteUrls } from './rewrite-urls.ts';

describe('rewriteUrls', () => {
  it('rewrites href and src attributes that start at the root, and nothing else', () => {
    const html = '<link rel="stylesheet" href="/s/_astro/a.css"><a href="/s/objective/o1/">O</a> <a href="https://x.example/">X</a> <a href="?view=p">P</a>'
      + '<p data-x="{&#34;href&#34;:&#34;/s/y/&#34;}">href="/s/z/" as text</p><script src="/s/theme-init.js"></script>';
    expect(rewriteUrls(html, 'period/q4', '/s/')).toBe('<link rel="stylesheet" href="../../_astro/a.css"><a href="../../objective/o1/index.html">O</a> <a href="https://x.example/">X</a> <a href="?view=p">P</a>'
      + '<p data-x="{&#34;href&#34;:&#34;/s/y/&#34;}">href="/s/z/" as text</p><script src="../../theme-init.js"></script>');
  });

  it('fails the build on a root link outside the base, naming the page', () => {
    expect(() => rewriteUrls('<a href="/elsewhere/">x</a>', 'period/q4', '/s/')).toThrow('period/q4/index.html links /elsewhere/');
  });
});

describe('module scripts to one classic script', () => {
  const html = '<head></head><body><script type="module" src="/_astro/a.js"></script><main></main><script type="module" src="/_astro/b.js"></script></body>';
  it('lists the modules in document order and puts one deferred script at the first one', () => {
    expect(moduleScripts(html)).toEqual(['/_astro/a.js', '/_astro/b.js']);
    expect(useClassicScript(html, '/_astro/page.1.js')).toBe('<head></head><body><script defer src="/_astro/page.1.js"></script><main></main></body>');
  });
});
