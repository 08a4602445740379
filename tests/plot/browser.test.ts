// Browser check: a confusion-matrix figure exported as a standalone page, as notebook HTML
// under require.js (classic Notebook), and through nbconvert, really renders in headless Chromium.
// Screenshots land in out/test-artifacts/ for a human to look at.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { execFileSync } from 'child_process';
import { chromium, type Browser, type Page } from 'playwright-core';
import { plot } from '../../src/plot';
import { figureHtml } from '../../src/plot/html';
import { JUPYTER_DISPLAY, setDisplaySink } from '../../src/display';

const CHROMIUM = '/usr/bin/chromium';
const ARTIFACTS = path.resolve(__dirname, '..', '..', '..', 'out', 'test-artifacts');
const JUPYTER = '/usr/bin/jupyter';
const skip = fs.existsSync(CHROMIUM) ? false : `no ${CHROMIUM} (install Debian's chromium)`;
const skipNbconvert = skip || (fs.existsSync(JUPYTER) ? false : `no ${JUPYTER} (install Debian's jupyter-nbconvert)`);

const MATRIX = [[50, 3, 2], [4, 40, 6], [1, 5, 44]];
const LABELS = ['negative', 'neutral', 'positive'];

async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

async function renderedCells(page: Page, plotIndex = 0): Promise<{ heatmaps: number; annotations: string[] }> {
  return page.evaluate((i) => {
    const root = document.querySelectorAll('.transferlab-plot')[i];
    return {
      heatmaps: root.querySelectorAll('svg.main-svg g.hm image').length,
      annotations: Array.from(root.querySelectorAll('svg.main-svg g.annotation text')).map((t) => t.textContent ?? ''),
    };
  }, plotIndex);
}

test('a saved confusion-matrix page renders plotly SVG with one annotation per cell', { skip, timeout: 120_000 }, async () => {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const file = plot.save(plot.confusionMatrix(MATRIX, { labels: LABELS }), path.join(ARTIFACTS, 'confusion-matrix.html'));
  const browser = await launch();
  try {
    const page = await browser.newPage({ viewport: { width: 900, height: 600 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`file://${file}`);
    await page.waitForSelector('svg.main-svg g.annotation', { timeout: 60_000 });
    const cells = await renderedCells(page);
    assert.equal(cells.heatmaps, 1, 'one heatmap image');
    assert.deepEqual(cells.annotations, MATRIX.flat().map(String));
    assert.deepEqual(errors, []);
    await page.screenshot({ path: path.join(ARTIFACTS, 'confusion-matrix.png') });
  } finally {
    await browser.close();
  }
});

test('under require.js, and with a figure waiting for the library, every figure still draws', { skip, timeout: 120_000 }, async () => {
  const fig = plot.confusionMatrix(MATRIX, { labels: LABELS }).toJSON();
  // An AMD loader like classic Notebook's; a figure placed before the one that carries plotly.js.
  const page =
    '<!DOCTYPE html><html><head><meta charset="utf-8"><script>' +
    "window.define = function () { throw new Error('plotly.js must not register with require.js'); };" +
    'window.define.amd = {};</script></head><body>' +
    figureHtml(fig, { includeLibrary: false }) +
    figureHtml(fig, { includeLibrary: true }) +
    '</body></html>';
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, 'notebook-like.html');
  fs.writeFileSync(file, page);
  const browser = await launch();
  try {
    const tab = await browser.newPage({ viewport: { width: 900, height: 1000 } });
    const errors: string[] = [];
    tab.on('pageerror', (e) => errors.push(e.message));
    await tab.goto(`file://${file}`);
    await tab.waitForFunction(() => document.querySelectorAll('svg.main-svg g.annotation').length >= 18, undefined, { timeout: 60_000 });
    for (const i of [0, 1]) assert.equal((await renderedCells(tab, i)).annotations.length, 9);
    assert.deepEqual(errors, []);
    await tab.screenshot({ path: path.join(ARTIFACTS, 'notebook-like.png'), fullPage: true });
  } finally {
    await browser.close();
  }
});

test('nbconvert HTML of a notebook holding two figure outputs of one session renders both (require.js page)', { skip: skipNbconvert, timeout: 120_000 }, async () => {
  // The outputs a kernel session would record: the first figure carries plotly.js, the second reuses it.
  setDisplaySink({ sessionId: `nbconvert-${Date.now()}`, display: () => {}, clearOutput: () => {} });
  let bundles;
  try {
    bundles = [plot.confusionMatrix([[5, 1], [2, 7]], { labels: ['neg', 'pos'] }), plot.confusionMatrix(MATRIX, { labels: LABELS })].map(
      (f) => f[JUPYTER_DISPLAY](),
    );
  } finally {
    setDisplaySink(undefined);
  }
  const cells = bundles.map((data, i) => ({
    cell_type: 'code', id: `cell${i}`, metadata: {}, execution_count: i + 1, source: 'fig',
    outputs: [{ output_type: 'display_data', data, metadata: {} }],
  }));
  const notebook = { nbformat: 4, nbformat_minor: 5, metadata: {}, cells };
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const ipynb = path.join(ARTIFACTS, 'figures.ipynb');
  fs.writeFileSync(ipynb, JSON.stringify(notebook));
  execFileSync(JUPYTER, ['nbconvert', '--to', 'html', ipynb], { stdio: 'pipe' });
  const html = path.join(ARTIFACTS, 'figures.html');
  const browser = await launch();
  try {
    const page = await browser.newPage({ viewport: { width: 1000, height: 1200 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`file://${html}`);
    await page.waitForFunction(() => document.querySelectorAll('svg.main-svg g.annotation').length >= 13, undefined, { timeout: 60_000 });
    assert.deepEqual((await renderedCells(page, 0)).annotations, ['5', '1', '2', '7']);
    assert.equal((await renderedCells(page, 1)).annotations.length, 9);
    assert.deepEqual(errors, []);
    await page.screenshot({ path: path.join(ARTIFACTS, 'nbconvert.png'), fullPage: true });
  } finally {
    await browser.close();
  }
});
