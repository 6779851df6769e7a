// Line charts in hand-written SVG: no library, no network. A withheld value is never drawn as a
// point on the scale (that would read as a figure): it breaks the line and gets a hollow diamond in
// the "withheld" lane under the plot, so that a reader sees at once where and for whom it is missing.

const SVG = 'http://www.w3.org/2000/svg';
const WIDTH = 960;
const HEIGHT = 320;
const MARGIN = {top: 18, right: 20, bottom: 62, left: 54};
const LANE_GAP = 12;

/** Colour-blind-safe (Okabe and Ito), with dashes once the colours are used up. */
export const PALETTE = ['#0b63a8', '#d55e00', '#009e73', '#b04a95', '#e69f00', '#56b4e9', '#3d3d3d', '#8a6d00'];
const DASHES = ['', '6 4', '2 3', '10 3 2 3'];

export function seriesStyle(index) {
    return {color: PALETTE[index % PALETTE.length], dash: DASHES[Math.floor(index / PALETTE.length) % DASHES.length]};
}

function el(name, attributes = {}, text) {
    const node = document.createElementNS(SVG, name);
    for (const [key, value] of Object.entries(attributes)) {
        if (value !== undefined && value !== null && value !== '') {
            node.setAttribute(key, String(value));
        }
    }
    if (text !== undefined) {
        node.textContent = text;
    }
    return node;
}

/** The top of a scale of four steps, each step a round number (1, 2 or 5 times a power of ten). */
function niceMax(value, ticks) {
    if (!(value > 0)) {
        return ticks;
    }
    const raw = value / ticks;
    const magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
    const step = [1, 2, 5, 10].map(m => m * magnitude).find(candidate => candidate >= raw);
    return step * ticks;
}

/**
 * @param options.title       accessible name of the chart
 * @param options.description what it shows, read by screen readers
 * @param options.months      the x axis, every month of the period ("2025-01", ...)
 * @param options.series      [{name, color, dash, points: [{month, state: "value"|"withheld"|"none", value}]}]
 * @param options.scale       "share" (0..1, shown as %) or "days"
 * @param options.format      value => text
 * @param options.monthLabel  month => short label
 */
export function lineChart(options) {
    const {months, series, scale, format, monthLabel} = options;
    const plotWidth = WIDTH - MARGIN.left - MARGIN.right;
    const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
    const laneY = MARGIN.top + plotHeight + LANE_GAP;
    const values = series.flatMap(s => s.points.filter(p => p.state === 'value').map(p => p.value));
    const ticks = 4;
    const yMax = scale === 'share' ? 1 : niceMax(Math.max(0, ...values) * 1.05, ticks);
    const step = months.length > 1 ? plotWidth / (months.length - 1) : 0;
    const x = index => MARGIN.left + (months.length > 1 ? index * step : plotWidth / 2);
    const y = value => MARGIN.top + plotHeight - (value / yMax) * plotHeight;

    const titleId = 'chart-title-' + Math.random().toString(36).slice(2);
    const svg = el('svg', {viewBox: `0 0 ${WIDTH} ${HEIGHT}`, class: 'chart', role: 'img',
        'aria-labelledby': titleId + ' ' + titleId + '-desc', preserveAspectRatio: 'xMidYMid meet'});
    svg.append(el('title', {id: titleId}, options.title));
    svg.append(el('desc', {id: titleId + '-desc'}, options.description));

    // Grid and y axis.
    const grid = el('g', {class: 'grid'});
    for (let i = 0; i <= ticks; i++) {
        const value = (yMax / ticks) * i;
        const ty = y(value);
        grid.append(el('line', {x1: MARGIN.left, x2: MARGIN.left + plotWidth, y1: ty, y2: ty,
            class: i === 0 ? 'axis-line' : 'grid-line'}));
        grid.append(el('text', {x: MARGIN.left - 8, y: ty + 4, class: 'tick', 'text-anchor': 'end'},
            scale === 'share' ? Math.round(value * 100) + ' %' : String(Math.round(value * 10) / 10)));
    }
    svg.append(grid);

    // The withheld lane and the month labels.
    svg.append(el('rect', {x: MARGIN.left, y: laneY - 7, width: plotWidth, height: 14, class: 'lane'}));
    svg.append(el('text', {x: MARGIN.left - 8, y: laneY + 4, class: 'lane-label', 'text-anchor': 'end'}, 'withheld'));
    const labelEvery = Math.ceil(months.length / 12);
    months.forEach((month, index) => {
        if (index % labelEvery === 0 || index === months.length - 1) {
            svg.append(el('text', {x: x(index), y: laneY + 26, class: 'tick', 'text-anchor': 'middle'}, monthLabel(month)));
        }
    });

    // Lines, broken wherever a value is missing; then the points on top.
    const marks = el('g', {class: 'marks'});
    series.forEach((s, seriesIndex) => {
        let segment = [];
        const segments = [];
        s.points.forEach((point, index) => {
            if (point.state === 'value') {
                segment.push([x(index), y(point.value)]);
            } else if (segment.length) {
                segments.push(segment);
                segment = [];
            }
        });
        if (segment.length) {
            segments.push(segment);
        }
        for (const line of segments) {
            if (line.length > 1) {
                marks.append(el('polyline', {points: line.map(p => p.join(',')).join(' '), class: 'series-line',
                    stroke: s.color, 'stroke-dasharray': s.dash}));
            }
        }
        const offset = (seriesIndex - (series.length - 1) / 2) * Math.min(8, step / Math.max(1, series.length));
        s.points.forEach((point, index) => {
            const label = `${s.name}, ${monthLabel(point.month, true)}: `;
            if (point.state === 'value') {
                const dot = el('circle', {cx: x(index), cy: y(point.value), r: 3.6, class: 'point', fill: s.color,
                    'data-series': s.name, 'data-month': point.month});
                dot.append(el('title', {}, label + format(point.value)));
                marks.append(dot);
            } else if (point.state === 'withheld') {
                const cx = x(index) + offset;
                const diamond = el('path', {d: `M${cx} ${laneY - 5} L${cx + 5} ${laneY} L${cx} ${laneY + 5} L${cx - 5} ${laneY} Z`,
                    class: 'withheld-point', stroke: s.color, 'data-series': s.name, 'data-month': point.month});
                diamond.append(el('title', {}, label + 'withheld'));
                marks.append(diamond);
            }
        });
    });
    svg.append(marks);
    return svg;
}

/** The chart's key: one swatch per series, and what the withheld diamond and a gap mean. */
export function legend(series, threshold) {
    const list = document.createElement('ul');
    list.className = 'legend';
    for (const s of series) {
        const item = document.createElement('li');
        const swatch = el('svg', {width: 26, height: 12, 'aria-hidden': 'true'});
        swatch.append(el('line', {x1: 1, x2: 25, y1: 6, y2: 6, stroke: s.color, 'stroke-width': 3, 'stroke-dasharray': s.dash}));
        swatch.append(el('circle', {cx: 13, cy: 6, r: 3.6, fill: s.color}));
        item.append(swatch, document.createTextNode(s.name));
        list.append(item);
    }
    const withheld = document.createElement('li');
    withheld.className = 'legend-withheld';
    const diamond = el('svg', {width: 14, height: 12, 'aria-hidden': 'true'});
    diamond.append(el('path', {d: 'M7 1 L12 6 L7 11 L2 6 Z', class: 'withheld-point', stroke: '#555'}));
    withheld.append(diamond, document.createTextNode(`withheld: it would reveal fewer than ${threshold} people (the line breaks)`));
    list.append(withheld);
    return list;
}
