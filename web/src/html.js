// JSX-like templates without a compiler: html`<div class=${x}>…</div>` builds Preact nodes.
import { h } from 'preact';
import htm from 'htm';

export const html = htm.bind(h);
