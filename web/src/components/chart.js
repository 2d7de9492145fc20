// A uPlot chart that fills its container's width and follows it when it resizes.
// `options` are uPlot's (without width); `data` its column arrays (x first).
import { useEffect, useRef } from 'preact/hooks';
import uPlot from 'uplot';
import { html } from '../html.js';

export function Chart({ options, data, height = 280, label }) {
  const box = useRef(null);
  useEffect(() => {
    const element = box.current;
    const plot = new uPlot({ ...options, width: element.clientWidth || 600, height }, data, element);
    const observer = new ResizeObserver(() => plot.setSize({ width: element.clientWidth, height }));
    observer.observe(element);
    return () => {
      observer.disconnect();
      plot.destroy();
    };
  }, [options, data, height]);
  return html`<div class="chart" ref=${box} role="img" aria-label=${label}></div>`;
}
