// The research page: every figure comes from the token-protected research API; the page itself holds
// no data. The token is kept in sessionStorage only (this tab, gone when it closes), never in a URL
// or in localStorage, and is sent only as an Authorization header to this same origin.

import {legend, lineChart, seriesStyle} from './charts.js';

const TOKEN_KEY = 'sportello.research.token';
const API = '/api/research';

const INDICATORS = [
    {key: 'careFirstShare', label: 'Care first', scale: 'share', fields: ['careFirstShare'],
        help: 'Share of episodes whose first contact had a care outcome (a path of help started at once).'},
    {key: 'controlBeforeCareShare', label: 'Control before care', scale: 'share', fields: ['controlBeforeCareShare'],
        help: 'Share of episodes with a control contact (documents, eligibility checks) before any care outcome.'},
    {key: 'dropOffShare', label: 'Drop-off', scale: 'share', fields: ['dropOffShare'],
        help: 'Share of ended episodes with no outcome beyond information given or no further action.'},
    {key: 'daysToCare', label: 'Days to care', scale: 'days', fields: ['daysToCareMedian', 'daysToCareP90'],
        help: 'Calendar days from the first contact to the first care outcome: median (solid) and 90th percentile (dashed).'},
    {key: 'decentralisedShare', label: 'Decentralised', scale: 'share', fields: ['decentralisedShare'],
        help: 'Share of first contacts at neighbourhood offices rather than the municipality\'s central office.'},
];
const FIELD_LABELS = {
    episodes: 'Episodes opened', careFirstShare: 'Care first', controlBeforeCareShare: 'Control before care',
    dropOffShare: 'Drop-off', daysToCareMedian: 'Days to care, median', daysToCareP90: 'Days to care, 90th percentile',
    jointInterviewShare: 'Joint interviews', decentralisedShare: 'Decentralised',
};
const ALL_FIELDS = Object.keys(FIELD_LABELS);
// The codes intake publishes (its contract's Channel and UserArea): filters, not data.
const CHANNELS = {WALK_IN: 'Walk-in', PHONE: 'Phone', EMAIL: 'E-mail', APPOINTMENT: 'Appointment', PARTNER_DESK: 'Partner desk'};
const USER_AREAS = {FAMILY_AND_MINORS: 'Family and minors', DISABILITY: 'Disability', ADDICTIONS: 'Addictions',
    ELDERLY: 'Elderly', IMMIGRANTS: 'Immigrants', POVERTY_AND_ADULT_HARDSHIP: 'Poverty and adult hardship',
    MULTI_AREA: 'Several areas'};
const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const state = {
    from: null, to: null, scheme: '', channel: '', userArea: '', indicator: 'careFirstShare',
    officeMunicipality: '', compareA: '', compareB: '',
    municipalities: [], threshold: 5, schemeInUse: null,
};

// ---- Small helpers -------------------------------------------------------------------------------

const $ = id => document.getElementById(id);

function h(tag, attributes = {}, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attributes)) {
        if (value === undefined || value === null || value === false) {
            continue;
        }
        if (key === 'class') {
            node.className = value;
        } else if (key === 'text') {
            node.textContent = value;
        } else {
            node.setAttribute(key, value === true ? '' : String(value));
        }
    }
    for (const child of children.flat()) {
        if (child !== null && child !== undefined) {
            node.append(child instanceof Node ? child : document.createTextNode(String(child)));
        }
    }
    return node;
}

/** Replaces the children of {@code node}, leaving out the ones not there (null). */
function put(node, ...children) {
    node.replaceChildren(...children.flat().filter(child => child !== null && child !== undefined && child !== false));
}

function showMessage(node, text, kind = 'error') {
    node.hidden = !text;
    node.className = 'message ' + kind;
    node.textContent = text || '';
}

function monthsBetween(from, to) {
    const months = [];
    let [year, month] = from.split('-').map(Number);
    const [lastYear, lastMonth] = to.split('-').map(Number);
    while ((year < lastYear || (year === lastYear && month <= lastMonth)) && months.length < 240) {
        months.push(`${year}-${String(month).padStart(2, '0')}`);
        month += 1;
        if (month > 12) {
            month = 1;
            year += 1;
        }
    }
    return months;
}

function monthLabel(month, long = false) {
    const [year, number] = month.split('-');
    return long ? `${MONTH_NAMES[Number(number) - 1]} ${year}` : `${MONTH_NAMES[Number(number) - 1]} ${year.slice(2)}`;
}

function defaultPeriod() {
    const now = new Date();
    const to = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`;
    const start = new Date(now.getFullYear(), now.getMonth() - 11, 1);
    return {from: `${start.getFullYear()}-${String(start.getMonth() + 1).padStart(2, '0')}`, to};
}

const percent = new Intl.NumberFormat('en-GB', {style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1});
const decimal = new Intl.NumberFormat('en-GB', {minimumFractionDigits: 1, maximumFractionDigits: 1});
const count = new Intl.NumberFormat('en-GB');

function formatValue(field, value) {
    if (field === 'episodes') {
        return count.format(value);
    }
    return field.startsWith('daysToCare') ? decimal.format(value) + ' d' : percent.format(value);
}

/**
 * What a cell of the API shows: a withheld value is null and named in "suppressed"; a null that is
 * not named (a share over no episodes) has nothing to show; a month without a row had no episodes.
 */
function cellOf(row, field) {
    if (!row) {
        return {state: 'none'};
    }
    const value = row[field];
    if (value === null || value === undefined) {
        return {state: (row.suppressed || []).includes(field) ? 'withheld' : 'none'};
    }
    return {state: 'value', value: Number(value)};
}

function cellNode(field, cell) {
    if (cell.state === 'withheld') {
        return h('td', {class: 'withheld'}, h('span', {class: 'withheld-mark', title:
            `Withheld: fewer than ${state.threshold} people behind this figure`}, 'withheld'));
    }
    if (cell.state === 'none') {
        return h('td', {class: 'none'}, h('span', {'aria-label': 'no episodes', title: 'No episodes'}, '–'));
    }
    return h('td', {class: 'number'}, formatValue(field, cell.value));
}

// ---- The token and the API -----------------------------------------------------------------------

function token() {
    return sessionStorage.getItem(TOKEN_KEY);
}

/** The token's claims, read (not verified: the server does that) to say who is signed in. */
function claims(jwt) {
    try {
        const payload = jwt.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
        return JSON.parse(decodeURIComponent(escape(atob(payload))));
    } catch (e) {
        return null;
    }
}

class ApiProblem extends Error {
    constructor(status, problem, path) {
        super(problem.detail || problem.title || `HTTP ${status}`);
        this.status = status;
        this.problem = problem;
        this.path = path;
    }
}

/** A problem from the API as a sentence a researcher can act on. */
function readable(error) {
    if (!(error instanceof ApiProblem)) {
        return 'The reporting service did not answer (' + error.message + '). Check that it is running, then try again.';
    }
    const p = error.problem || {};
    const type = String(p.type || '');
    const detail = p.detail ? ' ' + p.detail : '';
    const fields = Array.isArray(p.errors) && p.errors.length
        ? ' ' + p.errors.map(e => `${e.field}: ${e.reason}`).join('; ') + '.' : '';
    switch (error.status) {
        case 401:
            return 'Your token was not accepted (expired, or not signed for this service). Sign out and paste a new one.' + detail;
        case 403:
            return 'Your token does not allow this: the research figures need the RESEARCHER or ADMIN role.' + detail;
        case 404:
            return type.includes('coding-scheme') ? 'There is no such coding scheme.' + detail : 'Not found.' + detail;
        case 409:
            return type.includes('coding-scheme-not-ready') || type.includes('not-ready')
                ? 'This coding scheme is still being computed from the stored facts: its figures are not ready yet. Try again in a minute, or choose another scheme.' + detail
                : 'Conflict.' + detail;
        case 400:
        case 422:
            return 'The request was refused.' + (fields || detail);
        default:
            return `The reporting service answered ${error.status} ${p.title || ''}.${detail}`;
    }
}

async function call(path, accept = 'application/json') {
    let response;
    try {
        response = await fetch(path, {headers: {Authorization: 'Bearer ' + token(), Accept: accept},
            cache: 'no-store', credentials: 'omit', referrerPolicy: 'no-referrer'});
    } catch (e) {
        throw new Error(e.message || 'network error');
    }
    if (!response.ok) {
        let problem = {};
        try {
            problem = await response.json();
        } catch (e) {
            problem = {title: response.statusText};
        }
        throw new ApiProblem(response.status, problem, path);
    }
    return response;
}

async function json(path) {
    return (await call(path)).json();
}

function query(parameters) {
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries(parameters)) {
        if (value) {
            search.set(key, value);
        }
    }
    return search.toString();
}

function period(extra = {}) {
    return query({from: state.from, to: state.to, ...extra, channel: state.channel, userArea: state.userArea,
        scheme: state.scheme});
}

// ---- The state in the URL's fragment (never the token) -------------------------------------------

function readFragment() {
    const fragment = new URLSearchParams(location.hash.slice(1));
    const fallback = defaultPeriod();
    const valid = value => /^\d{4}-(0[1-9]|1[0-2])$/.test(value || '');
    state.from = valid(fragment.get('from')) ? fragment.get('from') : fallback.from;
    state.to = valid(fragment.get('to')) ? fragment.get('to') : fallback.to;
    state.scheme = fragment.get('scheme') || '';
    state.channel = fragment.get('channel') in CHANNELS ? fragment.get('channel') : '';
    state.userArea = fragment.get('userArea') in USER_AREAS ? fragment.get('userArea') : '';
    const indicator = fragment.get('indicator');
    state.indicator = INDICATORS.some(i => i.key === indicator) ? indicator : 'careFirstShare';
    state.officeMunicipality = fragment.get('offices') || '';
    const compare = (fragment.get('compare') || '').split(',');
    state.compareA = compare[0] || '';
    state.compareB = compare[1] || '';
}

function writeFragment() {
    const fragment = query({from: state.from, to: state.to, channel: state.channel, userArea: state.userArea,
        scheme: state.scheme, indicator: state.indicator,
        offices: state.officeMunicipality, compare: state.compareA && state.compareB ? `${state.compareA},${state.compareB}` : ''});
    history.replaceState(null, '', '#' + fragment);
}

// ---- Signing in and out --------------------------------------------------------------------------

function showSignedIn() {
    const who = claims(token()) || {};
    const roles = Array.isArray(who.roles) ? who.roles.join(', ') : '';
    const expires = who.exp ? new Date(who.exp * 1000) : null;
    $('session-who').textContent = `Signed in as ${who.sub || 'an unnamed token'}${roles ? ' · ' + roles : ''}`
        + (expires ? ` · until ${expires.toLocaleTimeString('en-GB', {hour: '2-digit', minute: '2-digit'})}` : '');
    $('session').hidden = false;
    $('sign-in').hidden = true;
    $('workspace').hidden = false;
}

function signOut(message) {
    sessionStorage.removeItem(TOKEN_KEY);
    $('session').hidden = true;
    $('workspace').hidden = true;
    $('sign-in').hidden = false;
    $('token').value = '';
    showMessage($('sign-in-message'), message || '', message ? 'error' : 'info');
    $('token').focus();
}

async function signIn(event) {
    event.preventDefault();
    const pasted = $('token').value.trim().replace(/^Bearer\s+/i, '');
    if (pasted.split('.').length !== 3) {
        showMessage($('sign-in-message'), 'That is not a token: a token has three parts separated by dots (eyJ….eyJ….…).');
        return;
    }
    sessionStorage.setItem(TOKEN_KEY, pasted);
    $('token').value = '';
    showMessage($('sign-in-message'), '');
    await start();
}

// ---- Loading and drawing ---------------------------------------------------------------------------

async function start() {
    showSignedIn();
    readFragment();
    $('from').value = state.from;
    $('to').value = state.to;
    fillCodes($('channel'), CHANNELS, state.channel, 'every channel');
    fillCodes($('user-area'), USER_AREAS, state.userArea, 'every area');
    drawIndicatorChoices();
    renderDownloads();
    await Promise.all([loadSchemes(), loadMunicipalities()]);
}

async function refresh() {
    showMessage($('controls-message'), '');
    if (state.from > state.to) {
        showMessage($('controls-message'), 'The first month comes after the last: choose a period that runs forwards.');
        return;
    }
    writeFragment();
    renderDownloads();
    await loadMunicipalities();
}

function fillCodes(select, codes, selected, everyLabel) {
    put(select, h('option', {value: ''}, everyLabel),
        ...Object.entries(codes).map(([code, label]) => h('option', {value: code, selected: code === selected}, label)));
}

function drawIndicatorChoices() {
    const box = $('indicator-choices');
    put(box, ...INDICATORS.map(indicator => {
        const id = 'indicator-' + indicator.key;
        const input = h('input', {type: 'radio', name: 'indicator', id, value: indicator.key,
            checked: indicator.key === state.indicator});
        input.addEventListener('change', () => {
            state.indicator = indicator.key;
            writeFragment();
            redrawCharts();
        });
        return h('span', {class: 'choice'}, input, h('label', {for: id}, indicator.label));
    }));
    updateIndicatorHelp();
}

function updateIndicatorHelp() {
    const indicator = INDICATORS.find(i => i.key === state.indicator);
    for (const node of document.querySelectorAll('[data-indicator-help]')) {
        node.textContent = indicator.help;
    }
}

async function loadSchemes() {
    const select = $('scheme');
    try {
        const answer = await json(`${API}/coding-schemes`);
        const schemes = Array.isArray(answer) ? answer : (answer.schemes || answer.versions || []);
        put(select, h('option', {value: ''}, 'the default'),
            ...schemes.map(s => h('option', {value: s.version, selected: s.version === state.scheme},
                s.version + (s.state && s.state !== 'READY' ? ` (${s.state.toLowerCase()})` : ''))));
    } catch (error) {
        // The figures still load under the default scheme; say why the list is missing, unless the
        // service simply has none to list (404).
        if (!(error instanceof ApiProblem && error.status === 404)) {
            showMessage($('controls-message'), 'The list of coding schemes could not be read. ' + readable(error));
        }
    }
}

async function loadSchemeInUse(version) {
    const body = $('scheme-body');
    if (!version || version === state.schemeInUse) {
        return;
    }
    state.schemeInUse = version;
    put(body, h('p', {class: 'scheme-version'}, h('strong', {}, version), ' · reading its outcome codes…'));
    try {
        const scheme = await json(`${API}/coding-schemes/${encodeURIComponent(version)}`);
        const codes = (list, kind) => h('ul', {class: 'codes ' + kind}, ...(list || []).map(code => h('li', {}, code)));
        const readiness = scheme.state && scheme.state !== 'READY'
            ? h('span', {class: 'scheme-state'}, scheme.state === 'COMPUTING' ? 'being computed' : scheme.state.toLowerCase()) : null;
        put(body,
            h('p', {class: 'scheme-version'}, h('strong', {}, scheme.version), ` · episode window ${windowText(scheme.window)}`,
                scheme.createdAt || scheme.created_at ? ` · since ${String(scheme.createdAt || scheme.created_at).slice(0, 10)}` : '',
                readiness),
            h('div', {class: 'scheme-columns'},
                h('div', {}, h('h3', {}, 'Care'), h('p', {class: 'hint'}, 'the first interviews start a path of help'), codes(scheme.care, 'care')),
                h('div', {}, h('h3', {}, 'Control'), h('p', {class: 'hint'}, 'they screen and gatekeep'), codes(scheme.control, 'control'))),
            scheme.reasons ? h('p', {class: 'reasons'}, scheme.reasons) : null);
    } catch (error) {
        state.schemeInUse = null;
        put(body, h('p', {class: 'scheme-version'}, h('strong', {}, version),
            ' · the figures below were computed under this scheme'),
            error instanceof ApiProblem && error.status === 404
                ? h('p', {class: 'empty'}, 'This service does not list the scheme\'s outcome codes.')
                : h('p', {class: 'message error', role: 'alert'}, 'Its outcome codes could not be read. ' + readable(error)));
    }
}

function windowText(window) {
    const days = /^P(\d+)D$/.exec(window || '');
    return days ? `${days[1]} days` : (window || 'unknown');
}

// Answers can come back in another order than asked (a slow first answer after a quick second one):
// each section draws only the answer to its latest question.
const latest = {municipalities: 0, offices: 0, compare: 0};

let municipalityAnswer = null;
let officeAnswer = null;
let compareAnswer = null;

async function loadMunicipalities() {
    const figure = $('municipalities-figure');
    const asked = ++latest.municipalities;
    let answer;
    try {
        answer = await json(`${API}/indicators?${period({groupBy: 'municipality'})}`);
    } catch (error) {
        if (asked !== latest.municipalities) {
            return;
        }
        municipalityAnswer = null;
        officeAnswer = null;
        compareAnswer = null;
        const message = readable(error);
        if (error instanceof ApiProblem && error.status === 401) {
            signOut(message);
            return;
        }
        put($('municipalities-figure'), h('p', {class: 'message error', role: 'alert'}, message));
        for (const id of ['offices-figure', 'compare-body']) {
            put($(id), h('p', {class: 'empty'}, 'Nothing to show: the figures could not be read (see Municipalities).'));
        }
        // The scheme asked for is still worth showing: it says what is being computed.
        if (state.scheme) {
            loadSchemeInUse(state.scheme);
        } else {
            put($('scheme-body'), h('p', {class: 'empty'}, 'Shown with the figures.'));
        }
        return;
    }
    if (asked !== latest.municipalities) {
        return;
    }
    municipalityAnswer = answer;
    state.threshold = municipalityAnswer.threshold ?? state.threshold;
    loadSchemeInUse(municipalityAnswer.scheme);
    state.municipalities = activeUnitsOf(municipalityAnswer.rows);
    fillMunicipalityPickers();
    drawFigure(figure, municipalityAnswer, 'municipalities');
    await Promise.all([loadOffices(), loadComparison()]);
}

function unitsOf(rows) {
    const units = new Map();
    for (const row of rows || []) {
        if (!units.has(row.unit)) {
            units.set(row.unit, {unit: row.unit, name: row.unitName || row.unit, active: false});
        }
        // A withheld count is a few episodes, not none.
        if (row.episodes > 0 || (row.suppressed || []).includes('episodes')) {
            units.get(row.unit).active = true;
        }
    }
    return [...units.values()];
}

/** The units with at least one first access in the period: the others would only draw a line at nothing. */
function activeUnitsOf(rows) {
    return unitsOf(rows).filter(unit => unit.active);
}

function idleNote(rows, kind) {
    const idle = unitsOf(rows).filter(unit => !unit.active).map(unit => unit.name);
    if (!idle.length) {
        return null;
    }
    const what = kind === 'offices' ? (idle.length === 1 ? 'office' : 'offices') : (idle.length === 1 ? 'municipality' : 'municipalities');
    return h('p', {class: 'idle-note'}, `Not drawn: ${idle.length} ${what} without any first access in this period (${idle.join(', ')}).`);
}

function fillMunicipalityPickers() {
    const units = state.municipalities.map(m => m.unit);
    const pick = (wanted, fallbackIndex, avoid) => units.includes(wanted) && wanted !== avoid ? wanted
        : (units.filter(u => u !== avoid)[fallbackIndex] || '');
    state.officeMunicipality = pick(state.officeMunicipality, 0);
    state.compareA = pick(state.compareA, 0);
    state.compareB = pick(state.compareB, 0, state.compareA);
    const options = selected => state.municipalities.map(m => h('option', {value: m.unit, selected: m.unit === selected}, m.name));
    for (const [id, selected] of [['office-municipality', state.officeMunicipality], ['compare-a', state.compareA],
        ['compare-b', state.compareB]]) {
        put($(id), ...options(selected));
        $(id).disabled = state.municipalities.length < (id === 'office-municipality' ? 1 : 2);
    }
    writeFragment();
}

async function loadOffices() {
    const figure = $('offices-figure');
    if (!state.officeMunicipality) {
        put(figure, h('p', {class: 'empty'}, 'No municipality has episodes in this period.'));
        return;
    }
    const asked = ++latest.offices;
    try {
        const answer = await json(`${API}/indicators?${period({groupBy: 'office', municipalityId: state.officeMunicipality})}`);
        if (asked !== latest.offices) {
            return;
        }
        officeAnswer = answer;
        drawFigure(figure, officeAnswer, 'offices');
    } catch (error) {
        if (asked !== latest.offices) {
            return;
        }
        officeAnswer = null;
        put(figure, h('p', {class: 'message error', role: 'alert'}, readable(error)));
    }
}

async function loadComparison() {
    const body = $('compare-body');
    if (!state.compareA || !state.compareB) {
        put(body, h('p', {class: 'empty'}, 'A comparison needs two municipalities with episodes in this period.'));
        return;
    }
    const asked = ++latest.compare;
    try {
        const answer = await json(`${API}/compare?${period({municipalities: `${state.compareA},${state.compareB}`})}`);
        if (asked !== latest.compare) {
            return;
        }
        compareAnswer = answer;
        drawComparison(body, compareAnswer);
    } catch (error) {
        if (asked !== latest.compare) {
            return;
        }
        compareAnswer = null;
        put(body, h('p', {class: 'message error', role: 'alert'}, readable(error)));
    }
}

function redrawCharts() {
    updateIndicatorHelp();
    if (municipalityAnswer) {
        drawFigure($('municipalities-figure'), municipalityAnswer, 'municipalities');
    }
    if (officeAnswer) {
        drawFigure($('offices-figure'), officeAnswer, 'offices');
    }
    if (compareAnswer) {
        drawComparison($('compare-body'), compareAnswer);
    }
}

/** The series of one indicator: a unit per line, and for days to care the median and the P90. */
function seriesFor(units, rowsByUnit, months, indicator) {
    const series = [];
    units.forEach((unit, index) => {
        const style = seriesStyle(index);
        indicator.fields.forEach((field, fieldIndex) => {
            const rows = rowsByUnit.get(unit.unit) || new Map();
            series.push({
                name: unit.name + (indicator.fields.length > 1 ? (fieldIndex === 0 ? ' (median)' : ' (P90)') : ''),
                unit: unit.unit, field, color: style.color, dash: fieldIndex === 0 ? style.dash : '5 4',
                points: months.map(month => ({month, ...cellOf(rows.get(month), field)})),
            });
        });
    });
    return series;
}

function byUnitAndMonth(rows) {
    const map = new Map();
    for (const row of rows || []) {
        if (!map.has(row.unit)) {
            map.set(row.unit, new Map());
        }
        map.get(row.unit).set(row.month, row);
    }
    return map;
}

function drawFigure(figure, answer, kind) {
    const indicator = INDICATORS.find(i => i.key === state.indicator);
    const months = monthsBetween(answer.from || state.from, answer.to || state.to);
    const units = activeUnitsOf(answer.rows);
    if (!units.length) {
        put(figure, h('p', {class: 'empty'}, kind === 'offices'
            ? 'No office of this municipality has episodes in this period.' : 'No episodes in this period.'));
        return;
    }
    const rowsByUnit = byUnitAndMonth(answer.rows);
    const series = seriesFor(units, rowsByUnit, months, indicator);
    const where = kind === 'offices' ? 'offices of ' + nameOf(state.officeMunicipality) : 'municipalities';
    const title = `${indicator.label} per month, ${where}`;
    const chart = lineChart({
        title, description: `${indicator.help} One line per ${kind === 'offices' ? 'office' : 'municipality'}, `
            + `${monthLabel(months[0], true)} to ${monthLabel(months[months.length - 1], true)}; withheld months are marked in the lane under the chart. The table below has the same numbers.`,
        months, series, scale: indicator.scale, monthLabel,
        format: value => formatValue(indicator.fields[0], value),
    });
    put(figure,
        h('h3', {class: 'figure-title'}, title),
        h('div', {class: 'chart-wrap', 'data-chart': kind}, chart),
        legend(series.filter((s, i) => indicator.fields.length === 1 || i % 2 === 0)
            .map(s => ({...s, name: s.name.replace(' (median)', '')})), state.threshold),
        indicatorTable(title, months, units, rowsByUnit, indicator, kind),
        idleNote(answer.rows, kind),
        allIndicatorsTable(answer, units, kind));
}

function nameOf(unit) {
    return (state.municipalities.find(m => m.unit === unit) || {name: unit}).name;
}

/** The chart's numbers as a table: months across, as in the chart, a line per unit (and figure). */
function indicatorTable(title, months, units, rowsByUnit, indicator, kind) {
    const header = h('tr', {}, h('th', {scope: 'col'}, kind === 'offices' ? 'Office' : 'Municipality'),
        ...months.map(month => h('th', {scope: 'col', title: monthLabel(month, true)}, monthLabel(month))));
    const body = units.flatMap(unit => indicator.fields.map(field => h('tr', {},
        h('th', {scope: 'row'}, unit.name + (indicator.fields.length > 1 ? (field.endsWith('Median') ? ', median' : ', P90') : '')),
        ...months.map(month => cellNode(field, cellOf((rowsByUnit.get(unit.unit) || new Map()).get(month), field))))));
    return h('div', {class: 'table-wrap'},
        h('table', {class: 'figures', 'data-table': kind},
            h('caption', {}, title + ': the chart\'s numbers'),
            h('thead', {}, header), h('tbody', {}, ...body)));
}

/** Every indicator of every row, for those who want the whole answer without downloading it. */
function allIndicatorsTable(answer, units, kind) {
    const header = h('tr', {}, h('th', {scope: 'col'}, 'Month'), h('th', {scope: 'col'}, kind === 'offices' ? 'Office' : 'Municipality'),
        ...ALL_FIELDS.map(field => h('th', {scope: 'col'}, FIELD_LABELS[field])));
    const shown = new Set(units.map(unit => unit.unit));
    const rows = (answer.rows || []).filter(row => shown.has(row.unit)).map(row => h('tr', {},
        h('th', {scope: 'row'}, monthLabel(row.month, true)), h('td', {}, row.unitName || row.unit),
        ...ALL_FIELDS.map(field => cellNode(field, cellOf(row, field)))));
    return h('details', {class: 'all-indicators'},
        h('summary', {}, `Every indicator, month by month (${count.format(rows.length)} rows)`),
        h('div', {class: 'table-wrap'}, h('table', {class: 'figures compact'},
            h('thead', {}, header), h('tbody', {}, ...rows))));
}

// ---- The comparison --------------------------------------------------------------------------------

function drawComparison(body, answer) {
    const sides = answer.municipalities || [];
    if (sides.length < 2) {
        put(body, h('p', {class: 'empty'}, 'The comparison needs two municipalities.'));
        return;
    }
    const [a, b] = sides;
    const styles = [seriesStyle(0), seriesStyle(1)];
    const name = side => side.unitName || side.unit;
    const score = h('table', {class: 'scorecard', 'data-table': 'compare-period'},
        h('caption', {}, `${name(a)} and ${name(b)}, the whole period (${monthLabel(answer.from || state.from, true)} to ${monthLabel(answer.to || state.to, true)})`),
        h('thead', {}, h('tr', {}, h('th', {scope: 'col'}, 'Indicator'),
            h('th', {scope: 'col', class: 'side'}, swatch(styles[0].color), name(a)),
            h('th', {scope: 'col', class: 'side'}, swatch(styles[1].color), name(b)),
            h('th', {scope: 'col', title: `${name(a)} minus ${name(b)}`}, `${name(a)} − ${name(b)}`))),
        h('tbody', {}, ...ALL_FIELDS.map(field => {
            const cells = [cellOf(a.period, field), cellOf(b.period, field)];
            const max = Math.max(...cells.filter(c => c.state === 'value').map(c => c.value), 0);
            return h('tr', {}, h('th', {scope: 'row'}, FIELD_LABELS[field]),
                ...cells.map((cell, i) => barCell(field, cell, max, styles[i].color)),
                differenceCell(field, cells));
        })));
    const indicator = INDICATORS.find(i => i.key === state.indicator);
    const months = monthsBetween(answer.from || state.from, answer.to || state.to);
    const units = sides.slice(0, 2).map(side => ({unit: side.unit, name: name(side)}));
    const rowsByUnit = new Map(sides.slice(0, 2).map(side => [side.unit, new Map((side.rows || []).map(r => [r.month, r]))]));
    const series = seriesFor(units, rowsByUnit, months, indicator);
    const title = `${indicator.label} per month, ${name(a)} and ${name(b)}`;
    const chart = lineChart({title, description: indicator.help + ' The table below has the same numbers.',
        months, series, scale: indicator.scale, monthLabel, format: value => formatValue(indicator.fields[0], value)});
    put(body,
        h('div', {class: 'table-wrap'}, score),
        h('h3', {class: 'figure-title'}, title),
        h('div', {class: 'chart-wrap', 'data-chart': 'compare'}, chart),
        legend(series.filter((s, i) => indicator.fields.length === 1 || i % 2 === 0)
            .map(s => ({...s, name: s.name.replace(' (median)', '')})), state.threshold),
        indicatorTable(title, months, units, rowsByUnit, indicator, 'compare'));
}

/** A minus B, in points for shares and in days for days; only when both are published. */
function differenceCell(field, [a, b]) {
    if (a.state !== 'value' || b.state !== 'value') {
        return h('td', {class: 'none'}, '–');
    }
    const difference = a.value - b.value;
    const sign = difference > 0 ? '+' : difference < 0 ? '−' : '±';
    const magnitude = Math.abs(difference);
    const text = field === 'episodes' ? count.format(magnitude)
        : field.startsWith('daysToCare') ? decimal.format(magnitude) + ' d' : decimal.format(magnitude * 100) + ' pt';
    return h('td', {class: 'number difference'}, sign + text);
}

function swatch(color) {
    const node = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    node.setAttribute('width', '10');
    node.setAttribute('height', '10');
    node.setAttribute('aria-hidden', 'true');
    node.setAttribute('class', 'swatch');
    const dot = document.createElementNS('http://www.w3.org/2000/svg', 'circle');
    dot.setAttribute('cx', '5');
    dot.setAttribute('cy', '5');
    dot.setAttribute('r', '5');
    dot.setAttribute('fill', color);
    node.append(dot);
    return node;
}

function barCell(field, cell, max, color) {
    const td = cellNode(field, cell);
    if (cell.state === 'value' && field !== 'episodes') {
        const scale = field.startsWith('daysToCare') ? (max || 1) : 1;
        const bar = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
        bar.setAttribute('class', 'bar');
        bar.setAttribute('viewBox', '0 0 100 8');
        bar.setAttribute('preserveAspectRatio', 'none');
        bar.setAttribute('aria-hidden', 'true');
        const track = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
        track.setAttribute('width', '100');
        track.setAttribute('height', '8');
        track.setAttribute('class', 'bar-track');
        const fill = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
        fill.setAttribute('width', String(Math.max(0, Math.min(100, (cell.value / scale) * 100))));
        fill.setAttribute('height', '8');
        fill.setAttribute('fill', color);
        bar.append(track, fill);
        td.append(bar);
    }
    return td;
}

// ---- Downloads ----------------------------------------------------------------------------------------

function downloads() {
    const range = [state.from, state.to, state.channel, state.userArea, state.scheme].filter(Boolean).join('_');
    const compare = state.compareA && state.compareB ? `${state.compareA},${state.compareB}` : '';
    const list = [
        {id: 'indicators-municipality', label: 'Indicators per municipality',
            path: `${API}/indicators?${period({groupBy: 'municipality'})}`, file: `indicators-municipality_${range}.csv`},
        {id: 'indicators-office', label: 'Indicators per office',
            path: `${API}/indicators?${period({groupBy: 'office'})}`, file: `indicators-office_${range}.csv`},
        {id: 'indicators-district', label: 'Indicators per district',
            path: `${API}/indicators?${period({groupBy: 'district'})}`, file: `indicators-district_${range}.csv`},
    ];
    if (compare) {
        list.push({id: 'compare', label: `Comparison, ${nameOf(state.compareA)} and ${nameOf(state.compareB)}`,
            path: `${API}/compare?${period({municipalities: compare})}`, file: `compare_${compare.replace(',', '-')}_${range}.csv`});
    }
    list.push(
        {id: 'episodes', label: 'Episodes extract (k-anonymous, one row per episode)',
            path: `${API}/episodes.csv?${query({from: state.from, to: state.to, scheme: state.scheme})}`,
            file: `episodes_${state.from}_${state.to}${state.scheme ? '_' + state.scheme : ''}.csv`},
        {id: 'dictionary', label: 'Data dictionary (every column of every table)',
            path: `${API}/dictionary`, file: 'data-dictionary.csv'});
    return list;
}

function renderDownloads() {
    put($('download-list'), ...downloads().map(item => {
        const button = h('button', {type: 'button', class: 'download', 'data-download': item.id}, item.label);
        button.addEventListener('click', () => download(item, button));
        return h('li', {}, button, h('span', {class: 'file'}, item.file));
    }));
}

/** Fetched with the token, then saved from a Blob: a plain link could not carry the Authorization header. */
async function download(item, button) {
    const message = $('download-message');
    button.disabled = true;
    showMessage(message, `Preparing ${item.file}…`, 'info');
    try {
        const response = await call(item.path, 'text/csv');
        const blob = await response.blob();
        const notes = [];
        response.headers.forEach((value, name) => {
            if (/withheld|generali|suppress|^x-sportello|k-anonym/i.test(name)) {
                notes.push(`${name}: ${value}`);
            }
        });
        const url = URL.createObjectURL(blob);
        const link = h('a', {href: url, download: item.file});
        document.body.append(link);
        link.click();
        link.remove();
        setTimeout(() => URL.revokeObjectURL(url), 10000);
        showMessage(message, `Saved ${item.file} (${count.format(blob.size)} bytes).` + (notes.length ? ' ' + notes.join('; ') + '.' : ''), 'success');
    } catch (error) {
        showMessage(message, `${item.label}: ${readable(error)}`, 'error');
    } finally {
        button.disabled = false;
    }
}

// ---- Wiring ------------------------------------------------------------------------------------------

document.addEventListener('DOMContentLoaded', () => {
    $('sign-in-form').addEventListener('submit', signIn);
    $('sign-out').addEventListener('click', () => signOut());
    $('controls').addEventListener('submit', event => {
        event.preventDefault();
        state.from = $('from').value;
        state.to = $('to').value;
        state.scheme = $('scheme').value;
        state.channel = $('channel').value;
        state.userArea = $('user-area').value;
        state.schemeInUse = null;
        refresh();
    });
    // A choice applies at once; the button is there for the months typed by hand.
    for (const id of ['from', 'to', 'channel', 'user-area', 'scheme']) {
        $(id).addEventListener('change', () => $('controls').requestSubmit());
    }
    $('office-municipality').addEventListener('change', event => {
        state.officeMunicipality = event.target.value;
        writeFragment();
        loadOffices();
    });
    for (const side of ['compare-a', 'compare-b']) {
        $(side).addEventListener('change', () => {
            state.compareA = $('compare-a').value;
            state.compareB = $('compare-b').value;
            writeFragment();
            renderDownloads();
            loadComparison();
        });
    }
    if (token()) {
        start();
    } else {
        $('token').focus();
    }
});
