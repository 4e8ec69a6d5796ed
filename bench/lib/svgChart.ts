// Two small SVG charts drawn from a run's results, no dependencies: grouped
// horizontal bars on a log scale (throughput ratios span 0.3× to 40×) and a
// line chart with a threshold (gse-local's p99 against the offered rate).

export interface BarGroup {
  label: string;
  bars: { series: string; value: number }[];
}

export interface LinePoint {
  x: number;
  y: number;
}

const FONT = `font-family="system-ui, -apple-system, Segoe UI, sans-serif"`;
const COLORS = ["#3b6fb6", "#e08a2e", "#5a9e4b", "#b8474c"];

const escape = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const fmt = (value: number) => (value >= 10 ? value.toFixed(1) : value.toFixed(2));

/** Grouped horizontal bars, log2 x axis from `min` to `max`, with a reference line at 1. */
export function barChart(title: string, groups: BarGroup[], options: { x: number; y: number; width: number; min: number; max: number; note: string }): { svg: string; height: number } {
  const labelWidth = 270;
  const barHeight = 11;
  const series = [...new Set(groups.flatMap((g) => g.bars.map((b) => b.series)))];
  const groupHeight = series.length * (barHeight + 2) + 8;
  const plotWidth = options.width - labelWidth - 60;
  const top = options.y + 44;
  const scale = (value: number) => {
    const clamped = Math.min(options.max, Math.max(options.min, value));
    return ((Math.log2(clamped) - Math.log2(options.min)) / (Math.log2(options.max) - Math.log2(options.min))) * plotWidth;
  };
  const parts: string[] = [];
  parts.push(`<text x="${options.x}" y="${options.y + 16}" font-size="15" font-weight="600" ${FONT}>${escape(title)}</text>`);
  parts.push(`<text x="${options.x}" y="${options.y + 32}" font-size="11" fill="#555" ${FONT}>${escape(options.note)}</text>`);
  const plotX = options.x + labelWidth;
  const plotHeight = groups.length * groupHeight;
  for (let tick = options.min; tick <= options.max; tick *= 2) {
    const x = plotX + scale(tick);
    parts.push(`<line x1="${x}" y1="${top - 4}" x2="${x}" y2="${top + plotHeight}" stroke="${tick === 1 ? "#222" : "#ddd"}" stroke-width="${tick === 1 ? 1.5 : 1}"/>`);
    parts.push(`<text x="${x}" y="${top + plotHeight + 14}" font-size="10" text-anchor="middle" fill="#555" ${FONT}>${tick < 1 ? tick.toFixed(2) : tick}×</text>`);
  }
  groups.forEach((group, gi) => {
    const gy = top + gi * groupHeight;
    parts.push(`<text x="${plotX - 8}" y="${gy + groupHeight / 2 + 2}" font-size="12" text-anchor="end" ${FONT}>${escape(group.label)}</text>`);
    group.bars.forEach((bar) => {
      const si = series.indexOf(bar.series);
      const y = gy + 4 + si * (barHeight + 2);
      const w = Math.max(1, scale(bar.value));
      parts.push(`<rect x="${plotX}" y="${y}" width="${w.toFixed(1)}" height="${barHeight}" fill="${COLORS[si % COLORS.length]}"/>`);
      parts.push(`<text x="${plotX + w + 4}" y="${y + barHeight - 2}" font-size="10" ${FONT}>${Number.isFinite(bar.value) ? `${fmt(bar.value)}×` : "n/a"}</text>`);
    });
  });
  const legendY = top + plotHeight + 30;
  series.forEach((name, si) => {
    const lx = plotX + si * 150;
    parts.push(`<rect x="${lx}" y="${legendY - 9}" width="10" height="10" fill="${COLORS[si % COLORS.length]}"/>`);
    parts.push(`<text x="${lx + 14}" y="${legendY}" font-size="11" ${FONT}>${escape(name)}</text>`);
  });
  return { svg: parts.join("\n"), height: legendY + 16 - options.y };
}

/** One or more lines on linear axes, with a dashed horizontal threshold. */
export function lineChart(
  title: string,
  lines: { name: string; points: LinePoint[] }[],
  options: { x: number; y: number; width: number; height: number; xLabel: string; yLabel: string; threshold: number; thresholdLabel: string; note: string },
): { svg: string; height: number } {
  const left = options.x + 60;
  const top = options.y + 44;
  const plotWidth = options.width - 90;
  const plotHeight = options.height;
  const all = lines.flatMap((l) => l.points).filter((p) => Number.isFinite(p.y));
  const maxX = Math.max(1, ...all.map((p) => p.x));
  // Seconds of queueing would flatten everything else: cap the axis at 10× the threshold and mark what is above.
  const rawMax = Math.min(options.threshold * 10, Math.max(options.threshold * 1.25, ...all.map((p) => p.y)));
  const step = [10, 20, 25, 50, 100, 200, 250].find((s) => rawMax / s <= 5) ?? 500;
  const maxY = Math.ceil(rawMax / step) * step;
  const sx = (x: number) => left + (x / maxX) * plotWidth;
  const sy = (y: number) => top + plotHeight - (Math.min(y, maxY) / maxY) * plotHeight;
  const parts: string[] = [];
  parts.push(`<text x="${options.x}" y="${options.y + 16}" font-size="15" font-weight="600" ${FONT}>${escape(title)}</text>`);
  parts.push(`<text x="${options.x}" y="${options.y + 32}" font-size="11" fill="#555" ${FONT}>${escape(options.note)}</text>`);
  parts.push(`<line x1="${left}" y1="${top + plotHeight}" x2="${left + plotWidth}" y2="${top + plotHeight}" stroke="#222"/>`);
  parts.push(`<line x1="${left}" y1="${top}" x2="${left}" y2="${top + plotHeight}" stroke="#222"/>`);
  for (let value = 0; value <= maxY; value += step) {
    parts.push(`<line x1="${left}" y1="${sy(value)}" x2="${left + plotWidth}" y2="${sy(value)}" stroke="#eee"/>`);
    parts.push(`<text x="${left - 6}" y="${sy(value) + 3}" font-size="10" text-anchor="end" fill="#555" ${FONT}>${value.toFixed(0)}</text>`);
  }
  const xs = [...new Set(all.map((p) => p.x))].sort((a, b) => a - b);
  for (const x of xs) parts.push(`<text x="${sx(x)}" y="${top + plotHeight + 14}" font-size="10" text-anchor="middle" fill="#555" ${FONT}>${x}</text>`);
  parts.push(`<text x="${left + plotWidth / 2}" y="${top + plotHeight + 30}" font-size="11" text-anchor="middle" ${FONT}>${escape(options.xLabel)}</text>`);
  parts.push(`<text x="${options.x + 12}" y="${top + plotHeight / 2}" font-size="11" text-anchor="middle" transform="rotate(-90 ${options.x + 12} ${top + plotHeight / 2})" ${FONT}>${escape(options.yLabel)}</text>`);
  parts.push(`<line x1="${left}" y1="${sy(options.threshold)}" x2="${left + plotWidth}" y2="${sy(options.threshold)}" stroke="#b8474c" stroke-dasharray="5 4"/>`);
  parts.push(`<text x="${left + plotWidth - 4}" y="${sy(options.threshold) - 4}" font-size="10" text-anchor="end" fill="#b8474c" ${FONT}>${escape(options.thresholdLabel)}</text>`);
  lines.forEach((line, li) => {
    const color = COLORS[li % COLORS.length]!;
    const points = line.points.filter((p) => Number.isFinite(p.y)).sort((a, b) => a.x - b.x);
    parts.push(`<polyline fill="none" stroke="${color}" stroke-width="2" points="${points.map((p) => `${sx(p.x).toFixed(1)},${sy(p.y).toFixed(1)}`).join(" ")}"/>`);
    for (const p of points) {
      parts.push(`<circle cx="${sx(p.x).toFixed(1)}" cy="${sy(p.y).toFixed(1)}" r="3" fill="${color}"/>`);
      parts.push(`<text x="${sx(p.x).toFixed(1)}" y="${(sy(p.y) - 6).toFixed(1)}" font-size="9" text-anchor="middle" fill="${color}" ${FONT}>${p.y > maxY ? `${p.y.toFixed(0)}↑` : p.y.toFixed(1)}</text>`);
    }
    const lx = left + 10 + li * 220;
    parts.push(`<rect x="${lx}" y="${top + 4}" width="10" height="10" fill="${color}"/>`);
    parts.push(`<text x="${lx + 14}" y="${top + 13}" font-size="11" ${FONT}>${escape(line.name)}</text>`);
  });
  return { svg: parts.join("\n"), height: plotHeight + 80 };
}

export function svgDocument(width: number, height: number, body: string[]): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<rect width="100%" height="100%" fill="#fff"/>`,
    ...body,
    `</svg>`,
    "",
  ].join("\n");
}
