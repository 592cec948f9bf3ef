import * as esbuild from 'esbuild';
const r = await esbuild.build({ entryPoints: ['scripts/_entry.tsx'], external: ['wxt/*'], bundle: true, minify: true, write: false, metafile: true, format: 'iife', jsx: 'automatic', jsxImportSource: 'preact', loader: { '.css': 'text' }, alias: {}, plugins: [{ name: 'inline', setup(b) { b.onResolve({ filter: /\?inline$/ }, (a) => ({ path: new URL(a.path.replace('?inline',''), 'file://' + a.resolveDir + '/').pathname, namespace: 'file' })); } }] });
console.log('total', r.outputFiles[0].contents.length);
const ins = Object.entries(r.metafile.outputs)[0][1].inputs;
Object.entries(ins).sort((a,b)=>b[1].bytesInOutput-a[1].bytesInOutput).slice(0,25).forEach(([k,v])=>console.log(v.bytesInOutput, k));
