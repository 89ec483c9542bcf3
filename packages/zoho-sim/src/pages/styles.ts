import type { RequestHandler } from 'express';

/** Served as a file so the pages need no inline style attribute or element (CSP style-src 'self'). */
const CSS = `
:root { font-family: system-ui, sans-serif; color: #1b1f24; background: #f6f7f9; line-height: 1.45; }
body { margin: 0; }
.skip { position: absolute; left: -999px; }
.skip:focus { left: 1rem; top: 1rem; background: #fff; padding: .5rem; }
.banner { background: #0b3d91; color: #fff; padding: .5rem 1.25rem; }
.banner { display: flex; justify-content: space-between; align-items: center; gap: 1rem; }
.banner p { margin: 0; font-weight: 600; }
.banner a { color: #fff; margin-left: 1rem; }
main { max-width: 60rem; margin: 1.5rem auto; padding: 0 1.25rem; }
.card { background: #fff; border: 1px solid #d5d9e0; border-radius: 8px; padding: 1.25rem 1.5rem; margin-bottom: 1.25rem; }
.narrow { max-width: 28rem; margin-inline: auto; }
label { display: block; font-weight: 600; margin-top: .75rem; }
input[type=email], input[type=password], input[type=text], input[type=url], textarea, select {
  width: 100%; box-sizing: border-box; padding: .5rem; border: 1px solid #8a94a3; border-radius: 4px; font: inherit; }
fieldset { border: 1px solid #d5d9e0; border-radius: 6px; margin-top: 1rem; }
fieldset label { font-weight: 400; display: flex; gap: .5rem; align-items: center; }
button { margin-top: 1rem; padding: .55rem 1.2rem; border-radius: 4px; border: 1px solid #0b3d91; font: inherit; cursor: pointer; }
button.primary { background: #0b5bd3; color: #fff; }
button.secondary { background: #fff; color: #0b3d91; }
:focus-visible { outline: 3px solid #f5a623; outline-offset: 2px; }
.error { color: #a4161a; background: #fdecea; border: 1px solid #a4161a; padding: .5rem .75rem; border-radius: 4px; }
.secret { font-family: ui-monospace, monospace; background: #fff8e1; padding: .15rem .35rem; word-break: break-all; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: .35rem .5rem; border-bottom: 1px solid #e3e6eb; vertical-align: top; overflow-wrap: anywhere; }
code { font-family: ui-monospace, monospace; font-size: .9em; }
ul.scopes li { margin: .25rem 0; }
`;

export const serveStyles: RequestHandler = (_req, res) => {
  res.type('css').setHeader('Cache-Control', 'public, max-age=300');
  res.send(CSS);
};
