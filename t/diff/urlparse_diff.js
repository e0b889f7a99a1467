#!/usr/bin/env node
// urlparse_diff.js: differential test of privacy_url_parse() (lib/
// privacy_urlparse.c) against Node's WHATWG URL class (Ada), the reference.
//
//   node t/diff/urlparse_diff.js DRIVER [-v]
//
// DRIVER is build/diff/urlparse_diff (t/diff/urlparse_diff.c).  Spellings
// are generated deterministically: schemes x slashes and backslashes x case
// x tabs/newlines x userinfo x ports x IDNA, fullwidth and percent-encoded
// hosts x IPv4/IPv6 forms x dot segments x relative forms against a few
// bases, then random mixtures of the same.  Each is parsed by both; Node's
// result is put in the module's canonical form ("//host[:port]/path?query",
// docs/html.md "How URLs are read"): trailing dots off the host, unreserved
// escapes of the path decoded, other escapes in uppercase hex, a lone "%" of
// the path as "%25".
//
// Disagreements are counted by kind.  The kinds decided on purpose are
// listed and allowed: where browsers differ the module reads the host
// rather than refuse it (a host no browser contacts costs nothing to
// classify, one that some browser contacts must be): ZWJ/ZWNJ out of
// context (Chromium has no CheckJoiners), the BiDi rule (not applied),
// ASCII "xn--" labels that are not Punycode (Chromium does not put ASCII
// hosts through IDNA).  Any other disagreement fails the test.

'use strict';

const { spawnSync } = require('child_process');

const driver = process.argv[2];
const verbose = process.argv.includes('-v');

if (!driver) {
    console.error('usage: urlparse_diff.js DRIVER [-v]');
    process.exit(2);
}

// --- deterministic randomness (xorshift32) ---------------------------------

let rng = 2463534242;
function rnd(n) {
    rng ^= (rng << 13) >>> 0;
    rng >>>= 0;
    rng ^= rng >>> 17;
    rng ^= (rng << 5) >>> 0;
    rng >>>= 0;
    return rng % n;
}
function pick(a) { return a[rnd(a.length)]; }

// --- the pieces --------------------------------------------------------------

const bases = [
    'https://www.example.org/a/b/c?q=1',
    'http://www.example.org/dir/',
    'https://example.org',
    'http://example.org:8080/x/y.html?z#frag',
];

const schemes = [
    'http:', 'https:', 'HTTP:', 'hTtPs:', 'HTTPS:', 'h\ttp:', 'ht\ntps:',
    '', 'javascript:', 'JavaScript:', 'data:', 'mailto:', 'blob:', 'about:',
    'ftp:', 'ws:', 'wss:', 'file:', 'foo:', 'http+x:', 'https-:',
];

const slashes = [
    '//', '', '/', '///', '////', '\\\\', '/\\', '\\/', '\\', '\\\\\\',
    '/\t/', '/\n\\',
];

const userinfos = [
    '', 'user@', 'user:pass@', 'a@b@', ':@', '@', 'us%40er@', 'u\\@',
    'first.example@',
];

const hosts = [
    'example.com', 'EXAMPLE.COM', 'www.facebook.com', 'WWW.FaceBook.Com',
    'tracker.com.', 'tracker.com..', 'tracker.com...', '.', 'a..b',
    'xn--nxasmq6b.com', 'xn--mnchen-3ya.de', 'münchen.de', 'MÜNCHEN.DE',
    'faß.de', 'ＥＸＡＭＰＬＥ．ｃｏｍ', 'ｗｗｗ．ｆａｃｅｂｏｏｋ．ｃｏｍ',
    'www.facebook。com', 'soft\u00adhyphen.com', 'face\u00adbook.com',
    'zero\u200bwidth.com', 'a\u200cb.com', 'a\u200db.com',
    '%74racker.com', 'tr%41cker.com', 'tr%61cker%2ecom', '%E2%98%83.net',
    '☃.net', '💩.la', 'ⓕⓞⓞ.com', 'Ⅷ.com', 'ﬁ.com', '¹.com',
    'ab--cd.ü.com', '-ü.com', 'ü-.com', 'a_b.com', 'a_b.ü.com',
    '0x7f.1', '0X7F.0.0.1', '2130706433', '127.1', '0177.0.0.1',
    '127.0.0.1', '127.0.0.1.', '1.2.3.4.5', 'foo.09', '0x', '09.1',
    '4294967295', '4294967296', '1.2.3.256', '1.2.65536', '256.1.1.1',
    '0x100000000', '1.0x', 'foo.1', 'foo.0x1g',
    '%31%32%37.0.0.1', '１２７.０.０.１',
    '[::1]', '[0:0:0:0:0:0:0:1]', '[::ffff:1.2.3.4]', '[1::2::3]',
    '[::]', '[1:2:3:4:5:6:7:8]', '[1:0:0:2::3:0]', '[1:2:3:4:5:6:1.2.3.4]',
    '[FEDC:BA98::7654:3210]', '[::1', '::1]', '[::1%eth0]', '[1:2]',
    '[::1.2.3]', '[::01.2.3.4]', '[0000:0000::1]',
    'ex ample.com', 'ex%20ample.com', 'a<b', 'a>b', 'a^b', 'a|b', 'a%b',
    'a%25b', 'a%2fb', 'a%00b', 'a"b', 'a`b', 'a{b}', "a!$&'()*+,;=~b",
    '', 'exa\tmple.com', 'exa\nmple.com', '\texample.com',
    '١٢٣.com', 'عربي.com', 'עברית.com', 'a.עברית', 'xn--abc.com',
    'xn--a.com', 'XN--NXASMQ6B.COM', 'x.xn--ü.com', '%C3%BC.com',
    '%C3.com', '%FF.com', 'a\u3002b', 'a\uff0eb', 'a\uff61b',
    'ｅｘａｍｐｌｅ．ｃｏｍ．', 'example\uff0ecom\uff0e',
    '\ufeffexample.com', 'exam\u034fple.com', 'ex\u0041\u030ample.com',
    'Σ.com', 'ς.com', 'İ.com', 'ǅ.com', 'ａ％４１.com',
    '\u2100.com', '\uff1cb', 'a\u2044b',
    // exotic IDNA: new code points, emoji sequences, combining marks,
    // deviation characters, compatibility mappings, RTL labels
    '\u{2ebf0}.com', '\u{31350}.com', '\u2ffc.com', '\u{1faf8}.com',
    '\u{1f468}\u200d\u{1f469}\u200d\u{1f467}.com', '\u0301a.com',
    'a\u0301.com', '\u00e1.com', 'xn--1ca.com', '\u03c2\u03b1.gr',
    '\u2460.com', '\u3371.com', '\u3300.jp', '\u{1f12a}.com',
    '\u0627\u0644\u0639\u0631\u0628\u064a\u0629.com', 'a.\u0661',
    '\u05d0\u0661.com', '\u0661\u05d0.com', 'a\u05d0.com',
    '\u0d4d\u200c.com', '\u094d\u200d.com', 'xn--ls8h.la',
    'xn--zca.com', 'xn--fa-hia.de', '\u{e0001}.com', '\u00ad',
    '\u200b', '\ufe00.com', '\u{e0100}a.com', '\u1806.com',
    '\u0bcd\u200c\u0b95.com', 'ab\u0640cd.com', '\u30fb.jp',
];

const ports = [
    '', ':', ':80', ':443', ':8080', ':0', ':65535', ':65536', ':0080',
    ':00000000000443', ':x', ':\t80', ':8\n0', ':-1', ': 80', ':1e3',
    ':99999999999',
];

const paths = [
    '', '/', '/tr', '/TR', '/x/../tr', '/./tr', '/%2e%2E/tr', '/%74r',
    '/a/b/c/../../d', '/..', '/../..', '/a/.%2e/b', '/a/%2E./b',
    '/a/%2e%2e%2e/b', '/a/.../b', '\\tr', '/a\\..\\b', '/a b', '/é',
    '/%zz', '/%', '/%%34%31', '/a%2Fb', '/a%2fb', '/a/./', '/a/..',
    '/a/.', '/.a/', '/a./', '/%7e%7E', '/%41%42%43', '/%C3%A9', '/%c3%a9',
    '//', '//a//b//', '/a/./b/../../c', '/\t.\t./x', '/.%09./x',
    '/"<>`{}^|', "/'", '/\u0001\u007f', '/\ud83d\ude00', '/a?b',
    '/a#b', '/tr?id=1&ev=PageView', '/gtag/js?id=G-1', '/;x=1/a',
    '/a/b/', '/%2e', '/%2e/', '/.%2E', '/x/%2e.',
];

const queries = [
    '', '?', '?a=b', '?a b', '?\'"<>', '?é', '?%zz', '?%41', '?a#b',
    '??', '?a=b&c=d', '?\t', '?`{}|^', '?\u0001',
];

const frags = ['', '#', '#f', '#f?x', '#/../x', '# x'];

const relatives = [
    '', 'tr', './tr', '../tr', '../../../../tr', '?q', '#f', '/tr',
    '//h/x', '\\\\h\\x', '/\\h/x', '\\/h/x', '\\x', '.', '..', './',
    '../', 'a/./b', 'a/../b', '%2e%2e/x', 'x?y#z', ';x', 'http:tr',
    'http:/tr', 'http:\\tr', 'http://h/x', 'http:\\\\h', 'http:/\\h',
    'https:tr', 'https:/tr', 'https:\\tr', 'HTTPS:tr', 'http:', 'https:',
    'http:?x', 'http:#x', 'ht\ttp:tr', 'http:\t/\t/h', 'é', '1http:x',
    ' tr ', '\u0001tr\u0001', 'a:b', 'c:\\x', 'mailto:x@y', 'javascript:',
    'blob:https://h/x', 'tr%20x', 'http:x/../y', 'https://h:0443/x',
];

const wraps = [
    ['', ''], [' ', ' '], ['\t\n', '\r\n'], ['\u0001', '\u001f'],
    ['\u0000 ', ''], ['', '\u000c'],
];

// --- cases -------------------------------------------------------------------

const cases = [];
function add(base, input) { cases.push([base, input]); }

// absolute: every scheme x slashes x host, with a path
for (const s of schemes) {
    for (const sl of slashes) {
        for (const h of hosts) {
            add(bases[rnd(bases.length)], s + sl + h + pick(['/', '/tr', '', '?x', '/a/../b']));
        }
    }
}

// userinfo x host x port
for (const ui of userinfos) {
    for (const h of hosts) {
        for (const p of ports) {
            add(pick(bases), pick(['http://', 'https://', '//', 'HTTP:\\\\']) + ui + h + p + '/p');
        }
    }
}

// the first-party URLs that name a tracker after "\@", in the path or query
for (const fp of ['first.example', 'www.example.org', 'EXAMPLE.org']) {
    for (const tail of ['\\@tracker.com/', '/@tracker.com/', '\\\\@tracker.com',
                        '/tracker.com', '?u=https://tracker.com/',
                        '#@tracker.com', '/x\\@tracker.com', '%5C@tracker.com/']) {
        for (const s of ['https://', 'http:', '//', '\\\\', 'https:\\\\']) {
            add(pick(bases), s + fp + tail);
        }
    }
}

// paths x queries x fragments, absolute and against the bases
for (const p of paths) {
    for (const q of queries) {
        for (const f of frags) {
            add(pick(bases), 'https://h.example' + p + q + f);
            add(pick(bases), p + q + f);
        }
    }
}

// relative forms against every base
for (const b of bases) {
    for (const r of relatives) {
        for (const p of ['', 'x', '/y/../z', '?q', '#f']) {
            add(b, r + p);
        }
    }
}

// random mixtures: a part from each list, case flips, tabs and newlines
// anywhere, leading and trailing C0 and spaces
function mangle(s) {
    let t = '';
    for (const ch of s) {
        const r = rnd(40);
        if (r === 0) {
            t += pick(['\t', '\n', '\r']);
        }
        t += (r === 1) ? (ch === ch.toUpperCase() ? ch.toLowerCase() : ch.toUpperCase()) : ch;
    }
    return t;
}

for (let n = 0; n < 120000; n++) {
    let s;
    const kind = rnd(4);
    if (kind === 0) {
        s = pick(relatives) + pick(paths) + pick(queries) + pick(frags);
    } else {
        s = pick(schemes.slice(0, 8)) + pick(slashes) + (rnd(4) === 0 ? pick(userinfos) : '')
            + pick(hosts) + (rnd(3) === 0 ? pick(ports) : '') + pick(paths)
            + pick(queries) + pick(frags);
    }
    if (rnd(3) === 0) {
        s = mangle(s);
    }
    const w = pick(wraps);
    add(pick(bases), w[0] + s + w[1]);
}

// --- the reference in the module's canonical form --------------------------

const UNRESERVED = /[A-Za-z0-9\-._~]/;

function normPath(p) {
    return p.replace(/%([0-9a-fA-F]{2})|%/g, (m, hx) => {
        if (!hx) {
            return '%25';
        }
        const ch = String.fromCharCode(parseInt(hx, 16));
        return UNRESERVED.test(ch) ? ch : '%' + hx.toUpperCase();
    });
}

function ref(base, input) {
    let u;
    try {
        u = new URL(input, base);
    } catch (e) {
        return { rc: 'FAIL' };
    }
    if (u.protocol !== 'http:' && u.protocol !== 'https:') {
        return { rc: 'OTHER' };
    }
    let host = u.hostname;
    let stripped = host;
    while (stripped.length > 1 && stripped.endsWith('.')) {
        stripped = stripped.slice(0, -1);
    }
    if (stripped !== host) {
        try {
            host = new URL('http://' + stripped + '/').hostname;
        } catch (e) {
            return { rc: 'FAIL', host: stripped };
        }
    }
    const noFrag = u.href.split('#')[0];
    const qi = noFrag.indexOf('?');
    const query = qi >= 0 ? noFrag.slice(qi) : '';
    return {
        rc: 'OK',
        host: host,
        url: '//' + host + (u.port ? ':' + u.port : '') + normPath(u.pathname) + query,
    };
}

// a non-http(s) scheme at the start, as the URL Standard reads one
function otherScheme(input) {
    const s = input.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '');
    const m = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(s);
    return m && !/^https?$/i.test(m[1]);
}

// --- run ---------------------------------------------------------------------

const hex = (s) => Buffer.from(s, 'utf8').toString('hex');
const input = cases.map(([b, i]) => hex(b) + '\t' + hex(i)).join('\n') + '\n';
const res = spawnSync(driver, [], { input: input, maxBuffer: 1 << 30 });

if (res.status !== 0) {
    console.error('urlparse_diff: driver failed: ' + res.status + ' ' + res.stderr);
    process.exit(2);
}

const lines = res.stdout.toString('latin1').split('\n');

// the disagreements decided on purpose (docs/html.md "How URLs are read")
function decided(c, r, rc, got) {
    const input = c[1];

    if (r.rc === 'FAIL' && rc === '0') {
        const host = got.slice(2).split(/[/?]/)[0].replace(/:\d+$/, '');
        let ada = true;
        try {
            new URL('http://' + host + '/');
        } catch (e) {
            ada = false;
        }
        if (!ada && /[\u200c\u200d]/.test(input)) {
            return 'joiner: ZWJ/ZWNJ out of context, read as Chromium does (no CheckJoiners)';
        }
        if (!ada && /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/.test(input)) {
            return 'bidi: a label the BiDi rule refuses, read anyway (rule not applied)';
        }
        if (!ada && /(^|\.)xn--/.test(host)) {
            return 'punycode: an ASCII "xn--" label that is not valid Punycode, read as Chromium does (no IDNA for ASCII hosts)';
        }
    }
    return null;
}

let agree = 0;
const kinds = new Map();
const bad = [];
const outcomes = { OK: 0, OTHER: 0, FAIL: 0 };

cases.forEach((c, k) => {
    const [rc, got] = lines[k].split('\t');
    const r = ref(c[0], c[1]);
    let ok;

    outcomes[r.rc]++;

    if (r.rc === 'OK') {
        ok = rc === '0' && got === r.url;
    } else if (r.rc === 'OTHER') {
        ok = rc === '2';
    } else {
        ok = rc === '-1' || (rc === '2' && otherScheme(c[1]));
    }

    if (ok) {
        agree++;
        return;
    }

    const why = decided(c, r, rc, got);
    if (why) {
        if (!kinds.has(why)) {
            kinds.set(why, []);
        }
        kinds.get(why).push([c, r, rc, got]);
        return;
    }

    bad.push([c, r, rc, got]);
});

const show = ([c, r, rc, got]) =>
    '    base ' + JSON.stringify(c[0]) + ' input ' + JSON.stringify(c[1])
    + '\n      node: ' + r.rc + ' ' + (r.url || '') + '\n      ours: ' + rc + ' ' + got;

let decidedCount = 0;
for (const [why, list] of kinds) {
    decidedCount += list.length;
}

console.log('urlparse_diff: ' + cases.length + ' cases (Node: ' + outcomes.OK + ' http(s), '
            + outcomes.OTHER + ' other schemes, ' + outcomes.FAIL + ' failures), ' + agree
            + ' agree, ' + decidedCount + ' decided disagreements, ' + bad.length
            + ' other disagreements');

for (const [why, list] of kinds) {
    console.log('  decided: ' + list.length + ' x ' + why);
    for (const d of list.slice(0, verbose ? list.length : 2)) {
        console.log(show(d));
    }
}

if (bad.length) {
    console.log('  disagreements:');
    for (const d of bad.slice(0, verbose ? bad.length : 40)) {
        console.log(show(d));
    }
    process.exit(1);
}
