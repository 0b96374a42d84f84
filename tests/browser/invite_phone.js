// A participant's phone in a real browser (issue #15): Debian's chromium driven by playwright-core
// (installed into the build folder by tests/browser/setup.sh), with a phone-size viewport.
// Opens the page, checks it reads without zooming, sends a note through the form, places dots.
// Usage: node invite_phone.js URL NOTE_TEXT SCREENSHOT_PREFIX   (prints one JSON line)
'use strict';
const path = require('path');
const { chromium } = require(path.join(process.env.JB_NODE_MODULES, 'playwright-core'));

function check(ok, what) {
    if (!ok)
        throw new Error(what);
}

(async () => {
    const [url, text, shots] = process.argv.slice(2);
    const browser = await chromium.launch({
        executablePath: process.env.JB_CHROMIUM || '/usr/bin/chromium',
        args: ['--no-sandbox', '--disable-gpu', '--no-first-run'],
    });
    const result = {};
    try {
        const context = await browser.newContext({
            viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'nl-NL',
        });
        const page = await context.newPage();
        const problems = []; // CSP violations and failed loads show up here
        page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text()); });
        page.on('requestfailed', (r) => problems.push('failed: ' + r.url()));
        page.on('request', (r) => { if (!r.url().startsWith(new URL(url).origin)) problems.push('elsewhere: ' + r.url()); });

        const response = await page.goto(url);
        check(response.status() === 200, 'page status ' + response.status());
        result.title = await page.title();
        // Readable on a phone without zooming: large body text, nothing wider than the screen.
        result.fontSize = await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
        result.overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        check(result.fontSize >= 16, 'body text is ' + result.fontSize + 'px');
        check(result.overflow <= 0, 'the page is ' + result.overflow + 'px wider than the phone');
        const styled = await page.evaluate(() => getComputedStyle(document.querySelector('button')).backgroundColor);
        check(styled !== 'rgba(0, 0, 0, 0)' && styled !== 'rgb(239, 239, 239)', 'the style sheet did not apply: ' + styled);
        await page.screenshot({ path: shots + '_page.png', fullPage: false });

        // The form: the moment of the 2 kg alert, an opportunity, a text, Send.
        const moment = await page.evaluate(() => {
            for (const o of document.querySelectorAll('#moment option'))
                if (o.textContent.includes('2 kg')) return o.value;
            return '';
        });
        check(moment !== '', 'no 2 kg moment in the list');
        await page.selectOption('#moment', moment);
        await page.check('input[name=kind][value=chance]');
        await page.fill('#text', text);
        await Promise.all([page.waitForNavigation(), page.click('button[type=submit]')]);
        const status = await page.textContent('.msg');
        check(status.includes('Verstuurd'), 'after sending: ' + status);
        result.moment = Number(moment);
        check((await page.inputValue('#moment')) === moment, 'the moment is not kept for the next note');

        // Dots: two on the note just sent, in the open round.
        const own = page.locator('.votes li', { hasText: text });
        check((await own.count()) === 1, 'the sent note is not in the voting list');
        for (let i = 0; i < 2; i++) {
            await Promise.all([page.waitForNavigation(), own.locator('button[name=add]').click()]);
            check((await page.textContent('.msg')).includes('stip'), 'no dot placed');
        }
        result.budget = await page.textContent('.budget');
        result.dots = (await page.locator('.votes li', { hasText: text }).locator('.mine').textContent()).length;
        check(result.dots === 2, 'dots shown: ' + result.dots);
        await page.screenshot({ path: shots + '_voted.png', fullPage: true });

        // English switch.
        await page.click('nav a');
        check((await page.textContent('button[type=submit]')).trim() === 'Send', 'no English page');
        result.problems = problems;
        check(problems.length === 0, 'browser problems: ' + problems.join(' | '));
        result.ok = true;
    } finally {
        await browser.close();
        console.log(JSON.stringify(result));
    }
})().catch((e) => {
    console.error('FAIL: ' + e.message);
    process.exit(1);
});
