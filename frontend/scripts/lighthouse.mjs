// Lighthouse's performance and accessibility scores of the phone's first two pages: the login page and the
// entrepreneur's home (我的贷款), each loaded cold. `node scripts/lighthouse.mjs http://127.0.0.1:8000` against a
// running stack with demo data (tests/bench/test_spa_lighthouse.py starts one; `make bench` runs it).
//
// A phone (Lighthouse's mobile screen) on the link, applied to the browser rather than simulated: 150 ms
// of latency, 1.6 Mbps down, 750 kbps up, and the CPU slowed 4 times (devtools throttling). Lighthouse's default,
// simulated throttling replays what loaded on this machine's loopback in a few milliseconds, before the first
// paint, and so counts every script against the first paint; applied throttling measures what a phone sees,
// as the browser test does (e2e/phone-network.spec.ts). The goals (90 each) are printed, not asserted.
// The home needs a session, which the SPA keeps in sessionStorage (one tab's): the script logs in through the
// login page, then empties the caches and removes the service worker itself and runs Lighthouse in that tab
// without its storage reset, so the session stays and everything else loads as on a first visit.
import { writeFileSync } from 'node:fs';
import lighthouse from 'lighthouse';
import puppeteer from 'puppeteer-core';

const base = (process.argv[2] ?? 'http://127.0.0.1:8000').replace(/\/$/, '');
const GOAL = 90;
// XQ_LIGHTHOUSE_REPORTS=folder: each page's whole report (JSON) lands there, to see what the main thread did.
const REPORTS = process.env.XQ_LIGHTHOUSE_REPORTS;
const PASSWORD = 'Demo@Qingyuan2026';
const FLAGS = {
  output: 'json',
  logLevel: 'error',
  onlyCategories: ['performance', 'accessibility'],
  throttlingMethod: 'devtools',
  throttling: {
    requestLatencyMs: 150,
    downloadThroughputKbps: 1600,
    uploadThroughputKbps: 750,
    cpuSlowdownMultiplier: 4,
  },
};

const browser = await puppeteer.launch({
  executablePath: process.env.XQ_CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking'],
});

function summary(name, { lhr, artifacts }) {
  if (REPORTS) {
    const file = `${REPORTS}/${name.split(/\W/)[0]}`;
    writeFileSync(`${file}.json`, JSON.stringify(lhr));
    writeFileSync(`${file}.trace.json`, JSON.stringify(artifacts.Trace));
  }
  const score = (id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  const metric = (id) => lhr.audits[id]?.displayValue ?? '-';
  const failing = Object.values(lhr.audits)
    .filter((audit) => audit.scoreDisplayMode === 'binary' && audit.score === 0)
    .filter((audit) => lhr.categories.accessibility.auditRefs.some((ref) => ref.id === audit.id))
    .map((audit) => audit.id);
  return [
    `  ${name.padEnd(20)} performance ${String(score('performance')).padStart(3)}   accessibility ${String(score('accessibility')).padStart(3)}   (goal: ${GOAL} each)`,
    `  ${''.padEnd(20)} FCP ${metric('first-contentful-paint')}, LCP ${metric('largest-contentful-paint')}, TBT ${metric('total-blocking-time')}, CLS ${metric('cumulative-layout-shift')}, SI ${metric('speed-index')}`,
    ...(failing.length ? [`  ${''.padEnd(20)} accessibility audits failed: ${failing.join(', ')}`] : []),
  ].join('\n');
}

async function forgetAllButTheSession(page) {
  const session = await page.createCDPSession();
  await session.send('Network.clearBrowserCache');
  await page.evaluate(async () => {
    for (const registration of await navigator.serviceWorker.getRegistrations()) await registration.unregister();
    for (const key of await caches.keys()) await caches.delete(key);
  });
  await session.detach();
}

try {
  const lines = [];
  const login = await browser.newPage();
  const loginRun = await lighthouse(`${base}/login`, FLAGS, undefined, login);
  lines.push(summary('login page', loginRun));
  await login.close();

  const home = await browser.newPage();
  await home.goto(`${base}/login`, { waitUntil: 'networkidle0' });
  await home.waitForSelector('input[autocomplete="username"]');
  await home.type('input[autocomplete="username"]', 'entrepreneur');
  await home.type('input[autocomplete="current-password"]', PASSWORD);
  await Promise.all([home.waitForSelector('[data-testid="my-loans"]'), home.click('button[type="submit"]')]);
  await forgetAllButTheSession(home);
  const homeRun = await lighthouse(`${base}/loans/my`, { ...FLAGS, disableStorageReset: true }, undefined, home);
  lines.push(summary('entrepreneur’s home', homeRun));
  await home.close();

  const { benchmarkIndex } = loginRun.lhr.environment;
  console.log(
    `Lighthouse ${loginRun.lhr.lighthouseVersion}, mobile, 150 ms / 1.6 Mbps / 750 kbps, CPU 4x slower ` +
      `(this machine's benchmark index ${Math.round(benchmarkIndex)}):`,
  );
  console.log(lines.join('\n'));
} finally {
  await browser.close();
}
