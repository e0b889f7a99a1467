#!/usr/bin/perl
# The differential test of issue #19: the filter decides from its own reading
# of URLs and markup, the browser fetches from its own; where the two differ,
# a tracker loads.  Chromium is the judge.
#
# A generator written here makes one small document per case: URL spellings
# (scheme case, spaces and C0 controls, tab/LF/CR raw and as references, "\"
# for "/", any number of slashes, userinfo, percent-encoded, fullwidth and
# IDNA hosts, trailing dots, default ports, dot segments, entities) on <img>,
# <script> and <iframe> (a few on every other element the filter examines),
# every element kind the browser fetches from (poster, media, source, srcset,
# input, SVG, CSS, frames, refresh, srcdoc, backgrounds, ping, ...), parser
# states (foreign content, noscript, comments, raw text, bogus comments) and
# first-party URLs and markup that only mention the tracker.  The tracker is
# the gateway's rule set below: host tracker.test, url https://px.example/tr,
# url https://[::1]/tr and url https://pxd.example:443/tr.
#
# Each document is loaded (inside a batch page of iframes) straight from the
# upstream ("raw") and through the gateway without consent ("gateway"),
# every request the browser makes recorded (DevTools performance log; every
# host mapped to a local recorder, t/browser/lib/PrivacyBrowser.pm), and
# attributed to its case by the id each case puts in its URLs' query.  Per
# case:
#   browser does not fetch  the raw document contacts no tracker: not a
#                           bypass candidate (reported, not a failure)
#   bypass                  the gateway's document contacts a tracker
#   false removal           a first-party request of the raw document that
#                           the gateway's did not make, or the first-party
#                           bytes around the case changed (and for cases that
#                           load no tracker at all: any byte changed)
# A bypass belongs to a "kind still uncovered": kind:K (the element kind
# bypasses in its plain spelling), spelling:S (a spelling bypasses on a kind
# that is covered plain) or context:C (a parser state or a <base> hides a
# covered kind).  docs/html.md lists them; this test fails when a bypass's
# kind is not listed there, when a listed kind no longer bypasses (on a run
# of every case), and on any false removal.  Links with ping are clicked (a ping is only sent on a
# click); JavaScript is on.
#
# Usage: perl t/browser/difftest.pl NGINX MODULE_SO [REGEX]
#        REGEX (or DIFF_CASES) picks cases by name, e.g. 'img-src/' or
#        '@svg'; DIFF_PORT (default 19620) is the first of five consecutive
#        ports; DIFF_BATCH (default 60) documents per batch page.  Results:
#        build/browser-diff/ (results.txt, uncovered.txt, results.json, the
#        generated site, the servers' logs).
#        perl t/browser/difftest.pl --list   prints the cases and exits.
use strict;
use warnings;
use utf8;
use Test::More;
use JSON::PP;
use File::Path qw(make_path remove_tree);
use Time::HiRes qw(time);
use Cwd qw(abs_path);
use File::Basename qw(dirname);
use lib dirname(__FILE__) . '/lib';
use PrivacyBrowser;

my $root = abs_path(dirname(__FILE__) . '/../..');
my $out = "$root/build/browser-diff";
my $doc_file = "$root/docs/html.md";

# --- the generator ------------------------------------------------------------

# URL spellings: name => [expect, source of the attribute value]; Q is the
# case's query (c=<id>).  expect: tracker (the URL Standard resolves it to a
# catalogued URL) or first (it resolves elsewhere: the gateway must leave it).
# The page is http://127.0.0.1:PORT/d/<id>.html.
my @host_spellings = (
    [ 'plain',            'tracker', 'https://tracker.test/px?Q' ],
    [ 'http',             'tracker', 'http://tracker.test/px?Q' ],
    [ 'scheme-relative',  'tracker', '//tracker.test/px?Q' ],
    [ 'scheme-upper',     'tracker', 'HTTPS://tracker.test/px?Q' ],
    [ 'scheme-mixed',     'tracker', 'hTtPs://tracker.test/px?Q' ],
    [ 'host-upper',       'tracker', 'https://TRACKER.TEST/px?Q' ],
    [ 'subdomain',        'tracker', 'https://cdn.tracker.test/px?Q' ],
    [ 'port-443',         'tracker', 'https://tracker.test:443/px?Q' ],
    [ 'port-80',          'tracker', 'http://tracker.test:80/px?Q' ],
    [ 'lead-space',       'tracker', '   https://tracker.test/px?Q' ],
    [ 'trail-space',      'tracker', 'https://tracker.test/px?Q   ' ],
    [ 'lead-c0',          'tracker', "\x01\x08\x1f https://tracker.test/px?Q" ],
    [ 'trail-c0',         'tracker', "https://tracker.test/px?Q\x01\x1f" ],
    [ 'lead-ff-lf',       'tracker', "\x0c\n https://tracker.test/px?Q" ],
    [ 'lead-c0-ref',      'tracker', '&#x1;&#x1F;&#32;https://tracker.test/px?Q' ],
    [ 'tab-raw',          'tracker', "ht\ttps://tra\tcker.test/px?Q" ],
    [ 'lf-raw',           'tracker', "https:/\n/tracker.te\nst/px?Q" ],
    [ 'cr-raw',           'tracker', "https://trac\rker.test/px?Q" ],
    [ 'crlf-raw',         'tracker', "https:\r\n//tracker.test/px?Q" ],
    [ 'tab-named',        'tracker', 'https://tra&Tab;cker.test/px?Q' ],
    [ 'lf-named',         'tracker', 'https:&NewLine;//tracker.test/px?Q' ],
    [ 'cr-dec',           'tracker', 'https://tracker&#13;.test/px?Q' ],
    [ 'tab-hex',          'tracker', 'ht&#x9;tps://tracker.test/px?Q' ],
    [ 'lf-dec',           'tracker', 'h&#10;ttps://tracker.test/px?Q' ],
    [ 'backslashes',      'tracker', 'https:\\\\tracker.test\\px?Q' ],
    [ 'slash-backslash',  'tracker', 'https:/\\tracker.test/px?Q' ],
    [ 'backslash-slash',  'tracker', 'https:\\/tracker.test/px?Q' ],
    [ 'slashes-0',        'tracker', 'https:tracker.test/px?Q' ],
    [ 'slashes-1',        'tracker', 'https:/tracker.test/px?Q' ],
    [ 'slashes-3',        'tracker', 'https:///tracker.test/px?Q' ],
    [ 'slashes-4',        'tracker', 'https:////tracker.test/px?Q' ],
    [ 'rel-backslashes',  'tracker', '\\\\tracker.test/px?Q' ],
    [ 'rel-slash-backslash', 'tracker', '/\\tracker.test/px?Q' ],
    [ 'rel-backslash-slash', 'tracker', '\\/tracker.test/px?Q' ],
    [ 'rel-slashes-3',    'tracker', '///tracker.test/px?Q' ],
    [ 'userinfo',         'tracker', 'https://first.example@tracker.test/px?Q' ],
    [ 'userinfo-pass',    'tracker', 'https://first.example:443@tracker.test/px?Q' ],
    [ 'userinfo-two-at',  'tracker', 'https://a@first.example@tracker.test/px?Q' ],
    [ 'backslash-at',     'tracker', 'https://tracker.test\\@first.example/px?Q' ],
    [ 'pct-host',         'tracker', 'https://%74racker.test/px?Q' ],
    [ 'pct-host-dot',     'tracker', 'https://tracker%2Etest/px?Q' ],
    [ 'pct-host-upper',   'tracker', 'https://%54RACKER.test/px?Q' ],
    [ 'fullwidth',        'tracker', 'https://ｔｒａｃｋｅｒ．ｔｅｓｔ/px?Q' ],
    [ 'fullwidth-dot',    'tracker', 'https://tracker．test/px?Q' ],
    [ 'ideographic-dot',  'tracker', 'https://tracker。test/px?Q' ],
    [ 'halfwidth-dot',    'tracker', 'https://tracker｡test/px?Q' ],
    [ 'soft-hyphen',      'tracker', "https://tra\x{AD}cker.test/px?Q" ],
    [ 'soft-hyphen-ref',  'tracker', 'https://tra&shy;cker.test/px?Q' ],
    [ 'trailing-dot',     'tracker', 'https://tracker.test./px?Q' ],
    [ 'ent-hex-slash',    'tracker', 'https:&#x2F;&#x2F;tracker.test&#x2F;px?Q' ],
    [ 'ent-sol',          'tracker', 'https:&sol;&sol;tracker.test&sol;px?Q' ],
    [ 'ent-colon',        'tracker', 'https&colon;//tracker.test/px?Q' ],
    [ 'ent-period',       'tracker', 'https://tracker&period;test/px?Q' ],
    [ 'ent-dec',          'tracker', '&#104;ttps://tracker.test/px?Q' ],
    [ 'ent-no-semicolon', 'tracker', 'https:&#x2F&#x2Ftracker.test/px?Q' ],
    [ 'ent-zeros',        'tracker', 'https:&#x00002F;&#0047;tracker.test/px?Q' ],
    [ 'ent-upper-x',      'tracker', 'https:&#X2F;&#X2F;tracker.test/px?Q' ],
    [ 'ent-host-letter',  'tracker', 'https://&#116;racker.test/px?Q' ],
    [ 'ent-amp-query',    'tracker', 'https://tracker.test/px?a=1&amp;Q' ],
);
my @url_spellings = (
    [ 'url-plain',        'tracker', 'https://px.example/tr?Q' ],
    [ 'url-http',         'tracker', 'http://px.example/tr?Q' ],
    [ 'url-scheme-relative', 'tracker', '//px.example/tr?Q' ],
    [ 'url-port-443',     'tracker', 'https://px.example:443/tr?Q' ],
    [ 'url-port-80',      'tracker', 'http://px.example:80/tr?Q' ],
    [ 'url-port-http-443', 'tracker', 'http://px.example:443/tr?Q' ],
    [ 'url-port-8443',    'tracker', 'https://px.example:8443/tr?Q' ],
    [ 'url-host-upper',   'tracker', 'https://PX.EXAMPLE/tr?Q' ],
    [ 'url-scheme-upper', 'tracker', 'HTTPS://px.example/tr?Q' ],
    [ 'url-dotdot',       'tracker', 'https://px.example/x/../tr?Q' ],
    [ 'url-dot',          'tracker', 'https://px.example/./tr?Q' ],
    [ 'url-pct-dotdot',   'tracker', 'https://px.example/x/%2e%2E/tr?Q' ],
    [ 'url-pct-path',     'tracker', 'https://px.example/%74r?Q' ],
    [ 'url-pct-path2',    'tracker', 'https://px.example/t%72?Q' ],
    [ 'url-backslash-path', 'tracker', 'https://px.example\\tr?Q' ],
    [ 'url-ent-path',     'tracker', 'https://px.example/t&#x72;?Q' ],
    [ 'url-tab-path',     'tracker', 'https://px.example/t&Tab;r?Q' ],
    [ 'url-trailing-dot', 'tracker', 'https://px.example./tr?Q' ],
    [ 'url-userinfo',     'tracker', 'https://first.example@px.example/tr?Q' ],
    [ 'url-slashes-0',    'tracker', 'https:px.example/tr?Q' ],
    # an IPv6 literal (the rule names [::1]: the loopback refuses at once,
    # no packet leaves the machine); its colons are not a port's
    [ 'url-v6',           'tracker', 'https://[::1]/tr?Q' ],
    [ 'url-v6-port',      'tracker', 'https://[::1]:8443/tr?Q' ],
    [ 'url-v6-long',      'tracker', 'http://[0:0:0:0:0:0:0:1]:443/tr?Q' ],
    # a rule that names the default port (url https://pxd.example:443/tr)
    [ 'url-rule-port-443', 'tracker', 'https://pxd.example/tr?Q' ],
    [ 'url-rule-port-80', 'tracker', 'http://pxd.example/tr?Q' ],
);
my @fp_spellings = (
    [ 'fp-backslash-at',  'first', 'https://first.example\\@tracker.test/px?Q' ],
    [ 'fp-userinfo-tracker', 'first', 'https://tracker.test@first.example/px?Q' ],
    [ 'fp-userinfo-tracker-port', 'first', 'https://tracker.test:443@first.example/px?Q' ],
    [ 'fp-query',         'first', '/fp/r?Q&amp;u=https://tracker.test/px' ],
    [ 'fp-query-encoded', 'first', 'https://first.example/r?Q&amp;u=https%3A%2F%2Ftracker.test%2Fpx' ],
    [ 'fp-path',          'first', 'https://first.example/tracker.test/px?Q' ],
    [ 'fp-path-url',      'first', 'https://first.example/https://tracker.test/px?Q' ],
    [ 'fp-fragment',      'first', '/fp/f?Q#https://tracker.test/px' ],
    [ 'fp-host-suffix',   'first', 'https://tracker.test.first.example/px?Q' ],
    [ 'fp-host-prefix',   'first', 'https://nottracker.test/px?Q' ],
    [ 'fp-v6-path',       'first', 'https://[::1]:8443/about?Q' ],
    [ 'fp-host-longer',   'first', 'https://tracker.testing/px?Q' ],
    [ 'fp-http-relative', 'first', 'http:tracker.test/px?Q' ],
    [ 'fp-relative-host', 'first', 'tracker.test/px?Q' ],
    [ 'fp-dot-relative',  'first', './https://tracker.test/px?Q' ],
    [ 'fp-nbsp-lead',     'first', "\x{A0}https://tracker.test/px?Q" ],
    [ 'fp-pct-colon',     'first', 'https%3A//tracker.test/px?Q' ],
    [ 'fp-colon-unterminated', 'first', 'https&colon//tracker.test/px?Q' ],
    [ 'fp-url-other-path', 'first', 'https://px.example/other?Q' ],
    [ 'fp-url-not-prefix', 'first', 'https://px.example/x/tr?Q' ],
    [ 'fp-url-double-pct', 'first', 'https://px.example/%2574r?Q' ],
    [ 'fp-url-host-only', 'first', 'https://px.example/?Q' ],
);
my @all_spellings = (@host_spellings, @url_spellings, @fp_spellings);
my %spelling = map { $_->[0] => $_ } @all_spellings;
# a few spellings for every other element kind the filter examines
my @spot = qw(plain scheme-upper tab-named rel-backslashes ent-hex-slash
              fullwidth pct-host url-port-443 fp-userinfo-tracker);

# element kinds: name => template of the case markup; U is the attribute
# value (a spelling), Q the case's query, QID an id or name of the case
my %kind = (
    'img-src'           => '<img src="U" alt="">',
    'img-srcset'        => '<img srcset="U" alt="">',
    'img-srcset-sizes'  => '<img srcset="U 100w" sizes="50px" alt="">',
    'img-srcset-2x'     => '<img src="/fp/img?Q" srcset="U 2x" alt="">',
    'image-src'         => '<image src="U" alt="">',
    'input-image'       => '<input type="image" src="U" alt="">',
    'script-src'        => '<script src="U"></script>',
    'script-module'     => '<script type="module" src="U"></script>',
    'iframe-src'        => '<iframe src="U" width="20" height="20"></iframe>',
    'embed-src'         => '<embed src="U" width="20" height="20">',
    'object-data'       => '<object data="U" width="20" height="20"></object>',
    'object-data-image' => '<object data="U" type="image/png" width="20" height="20"></object>',
    'link-stylesheet'   => '<link rel="stylesheet" href="U">',
    'link-preload-image' => '<link rel="preload" as="image" href="U">',
    'link-preload-script' => '<link rel="preload" as="script" href="U">',
    'link-preload-imagesrcset' => '<link rel="preload" as="image" imagesrcset="U 1x">',
    'link-prefetch'     => '<link rel="prefetch" href="U">',
    'link-modulepreload' => '<link rel="modulepreload" href="U">',
    'link-preconnect'   => '<link rel="preconnect" href="U">',
    'link-dns-prefetch' => '<link rel="dns-prefetch" href="U">',
    'link-compression-dictionary' => '<link rel="compression-dictionary" href="U">',
    'link-rel-multi'    => '<link rel="alternate-x stylesheet" href="U">',
    'link-rel-tab'      => "<link rel=\"x\tstylesheet\" href=\"U\">",
    'link-rel-lf'       => "<link rel=\"x\nstylesheet\" href=\"U\">",
    'link-rel-ff'       => "<link rel=\"x\x0cstylesheet\" href=\"U\">",
    'link-rel-cr-ref'   => '<link rel="x&#13;stylesheet" href="U">',
    'link-rel-tab-ref'  => '<link rel="x&Tab;stylesheet" href="U">',
    'link-rel-vt'       => "<link rel=\"x\x0bstylesheet\" href=\"U\">",
    'link-rel-upper'    => '<link rel="STYLESHEET" href="U">',
    'link-rel-dup-first' => '<link rel="stylesheet" rel="x" href="U">',
    'link-rel-dup-second' => '<link rel="x" rel="stylesheet" href="U">',
    'link-href-dup'     => '<link rel="stylesheet" href="U" href="/fp/css?Q">',
    'video-poster'      => '<video poster="U" width="20" height="20"></video>',
    'video-src'         => '<video src="U" width="20" height="20"></video>',
    'audio-src'         => '<audio src="U"></audio>',
    'video-source-src'  => '<video width="20" height="20"><source src="U"></video>',
    'audio-source-src'  => '<audio><source src="U"></audio>',
    'picture-source-srcset' => '<picture><source srcset="U"><img src="/fp/pic?Q" alt=""></picture>',
    'video-track-src'   => '<video width="20" height="20"><track default kind="captions" src="U"></video>',
    'table-background'  => '<table background="U" width="20" height="20"><tr><td>x</td></tr></table>',
    'td-background'     => '<table><tr><td background="U" width="20" height="20">x</td></tr></table>',
    'th-background'     => '<table><tr><th background="U" width="20" height="20">x</th></tr></table>',
    'tr-background'     => '<table><tr background="U"><td width="20" height="20">x</td></tr></table>',
    'tbody-background'  => '<table><tbody background="U"><tr><td width="20" height="20">x</td></tr></tbody></table>',
    'thead-background'  => '<table><thead background="U"><tr><td width="20" height="20">x</td></tr></thead></table>',
    'tfoot-background'  => '<table><tfoot background="U"><tr><td width="20" height="20">x</td></tr></tfoot></table>',
    'col-background'    => '<table><col background="U" width="20"><tr><td height="20">x</td></tr></table>',
    'colgroup-background' => '<table><colgroup background="U"><col width="20"></colgroup><tr><td height="20">x</td></tr></table>',
    'caption-background' => '<table><caption background="U">c</caption><tr><td height="20">x</td></tr></table>',
    'html-image-src'    => '<image src="U" width="20" height="20">',
    'svg-image-href'    => '<svg width="20" height="20"><image href="U" width="20" height="20"/></svg>',
    'svg-image-xlink'   => '<svg width="20" height="20"><image xlink:href="U" width="20" height="20"/></svg>',
    'svg-script-href'   => '<svg width="1" height="1"><script href="U"></script></svg>',
    'svg-style-import'  => '<svg width="1" height="1"><style>@import url(U);</style></svg>',
    'svg-style-bg'      => '<svg width="1" height="1"><style>#QID{background-image:url(U)}</style></svg><div id="QID" style="width:20px;height:20px"></div>',
    'svg-style-entity'  => '<svg width="1" height="1"><style>#QID{background-image:url(https://tr&#97;cker.test/px?Q)}</style></svg><div id="QID" style="width:20px;height:20px"></div>',
    'svg-style-comment' => '<svg width="1" height="1"><style>#QID{background-image:url(https://tr<!-- x -->acker.test/px?Q)}</style></svg><div id="QID" style="width:20px;height:20px"></div>',
    'css-style-block-long-userinfo' => '<style>#QID{background-image:url(https://' . ('a' x 2100) . '@tracker.test/px?Q);width:20px;height:20px}</style><div id="QID"></div>',
    'svg-attr-fill'     => '<svg width="20" height="20"><rect width="20" height="20" fill="url(U#g)"/></svg>',
    'svg-attr-filter'   => '<svg width="20" height="20"><rect width="20" height="20" filter="url(U#f)"/></svg>',
    'svg-attr-mask'     => '<svg width="20" height="20"><rect width="20" height="20" mask="url(U#m)"/></svg>',
    'svg-attr-clip'     => '<svg width="20" height="20"><rect width="20" height="20" clip-path="url(U#c)"/></svg>',
    'svg-attr-marker'   => '<svg width="20" height="20"><path d="M0 0L10 10" stroke="black" marker-end="url(U#k)"/></svg>',
    'svg-attr-cursor'   => '<svg width="20" height="20"><rect width="20" height="20" cursor="url(U), auto"/></svg>',
    'svg-attr-stroke'   => '<svg width="20" height="20"><path d="M0 0L10 10" stroke-width="4" stroke="url(U#s)"/></svg>',
    'svg-attr-root'     => '<svg width="20" height="20" fill="url(U#g)"><rect width="20" height="20"/></svg>',
    'svg-set-href'      => '<svg width="20" height="20"><image width="20" height="20"><set attributeName="href" to="U"/></image></svg>',
    'svg-animate-href'  => '<svg width="20" height="20"><image width="20" height="20"><animate attributeName="href" values="U" dur="1s"/></image></svg>',
    'svg-set-xlink'     => '<svg width="20" height="20"><image width="20" height="20"><set attributeName="xlink:href" to="U"/></image></svg>',
    'svg-set-fill'      => '<svg width="20" height="20"><rect width="20" height="20"><set attributeName="fill" to="url(U#g)"/></rect></svg>',
    'svg-use-set'       => '<svg width="20" height="20"><use><set attributeName="href" to="U#i"/></use></svg>',
    'svg-pattern-href'  => '<svg width="20" height="20"><defs><pattern id="pp" href="U#p"/></defs><rect width="20" height="20" fill="url(#pp)"/></svg>',
    'svg-gradient-href' => '<svg width="20" height="20"><defs><linearGradient id="lg" href="U#g"/></defs><rect width="20" height="20" fill="url(#lg)"/></svg>',
    'svg-textpath-href' => '<svg width="20" height="20"><text><textPath href="U#t">x</textPath></text></svg>',
    'svg-filter-href'   => '<svg width="20" height="20"><defs><filter id="ff" href="U#f"/></defs><rect width="20" height="20" filter="url(#ff)"/></svg>',
    'svg-mpath-href'    => '<svg width="20" height="20"><circle r="2"><animateMotion dur="1s"><mpath href="U#m"/></animateMotion></circle></svg>',
    'div-attr-style-mask' => '<div style="width:20px;height:20px;background:red;mask-image:url(U)"></div>',
    'iframe-data-html'  => '<iframe src="data:text/html,&lt;img src=&quot;U&quot;&gt;" width="20" height="20"></iframe>',
    'iframe-data-base64' => '<iframe src="data:text/html;base64,B64IMG" width="20" height="20"></iframe>',
    'iframe-javascript' => '<iframe src="javascript:&apos;&lt;img src=&quot;U&quot;&gt;&apos;" width="20" height="20"></iframe>',
    'object-data-html'  => '<object data="data:text/html,&lt;img src=&quot;U&quot;&gt;" width="20" height="20"></object>',
    'embed-data-svg'    => '<embed src="data:image/svg+xml,&lt;svg xmlns=&quot;http://www.w3.org/2000/svg&quot; xmlns:xlink=&quot;http://www.w3.org/1999/xlink&quot;&gt;&lt;image href=&quot;U&quot; width=&quot;9&quot; height=&quot;9&quot;/&gt;&lt;/svg&gt;" width="20" height="20">',
    'css-webkit-image-set' => '<div style="width:20px;height:20px;background-image:-webkit-image-set(&quot;U&quot; 1x)"></div>',
    'svg-script-inline' => '<svg width="1" height="1"><script>new Image().src="U";</script></svg>',
    'svg-script-inline-entity' => '<svg width="1" height="1"><script>new Image().src="https://tr&#97;cker.test/px?Q";</script></svg>',
    'svg-script-inline-cdata' => '<svg width="1" height="1"><script><![CDATA[new Image().src="https://tr]]><![CDATA[acker.test/px?Q";]]></script></svg>',
    'svg-style-child'   => '<svg width="1" height="1"><style>#QID{background-image:url(https://tr<g>x</g>acker.test/px?Q)}</style></svg><div id="QID" style="width:20px;height:20px"></div>',
    'svg-script-xlink'  => '<svg width="1" height="1"><script xlink:href="U"></script></svg>',
    'svg-feimage-href'  => '<svg width="20" height="20"><filter id="QID"><feImage href="U"/></filter><rect width="20" height="20" filter="url(#QID)"/></svg>',
    'svg-use-href'      => '<svg width="20" height="20"><use href="U#x"/></svg>',
    'template-shadowroot-img' => '<div><template shadowrootmode="open"><img src="U" alt=""></template></div>',
    'iframe-data-svg'   => '<iframe src="data:image/svg+xml,&lt;svg xmlns=&quot;http://www.w3.org/2000/svg&quot;&gt;&lt;image href=&quot;U&quot; width=&quot;9&quot; height=&quot;9&quot;/&gt;&lt;/svg&gt;" width="20" height="20"></iframe>',
    'svg-use-data'      => '<svg width="20" height="20"><use href="data:image/svg+xml,&lt;svg id=&quot;x&quot; xmlns=&quot;http://www.w3.org/2000/svg&quot;&gt;&lt;image href=&quot;U&quot; width=&quot;9&quot; height=&quot;9&quot;/&gt;&lt;/svg&gt;#x"/></svg>',
    'img-attributionsrc' => '<img src="/fp/img?Q" attributionsrc="U" alt="">',
    'a-attributionsrc'  => '<a href="/fp/nav?Q" attributionsrc="U" data-click="1">link</a>',
    'math-mglyph'       => '<math><mglyph src="U" width="9" height="9"></mglyph></math>',
    # HTML elements inside svg are svg's to the parser (nothing fetched),
    # HTML's to Chromium's preload scanner, which fetches them
    'svg-link-css'      => '<svg><link rel="stylesheet" href="U"></svg>',
    'svg-video-poster'  => '<svg><video poster="U"></video></svg>',
    'svg-input-image'   => '<svg><input type="image" src="U"></svg>',
    'iframe-srcdoc'     => '<iframe srcdoc="&lt;img src=&quot;U&quot;&gt;" width="20" height="20"></iframe>',
    'iframe-srcdoc-raw' => '<iframe srcdoc=\'<img src="U">\' width="20" height="20"></iframe>',
    'iframe-srcdoc-script' => '<iframe srcdoc="&lt;script src=&quot;U&quot;&gt;&lt;/script&gt;" width="20" height="20"></iframe>',
    'iframe-srcdoc-double' => '<iframe srcdoc="&lt;img src=&quot;https:&amp;#x2F;&amp;#x2F;tracker.test/px?Q&quot;&gt;" width="20" height="20"></iframe>',
    'css-style-attr'    => '<div style="background-image:url(U);width:20px;height:20px"></div>',
    'css-style-attr-quoted' => '<div style="background-image:url(\'U\');width:20px;height:20px"></div>',
    'css-style-attr-escape' => '<div style="background-image:url(https://tr\61 cker.test/px?Q);width:20px;height:20px"></div>',
    'css-style-block'   => '<style>#QID{background-image:url(U);width:20px;height:20px}</style><div id="QID"></div>',
    'css-style-block-escape' => '<style>#QID{background-image:url(https://tr\61 cker.test/px?Q);width:20px;height:20px}</style><div id="QID"></div>',
    'css-import'        => '<style>@import url(U);</style>',
    'css-import-string' => '<style>@import "U";</style>',
    'css-import-attr'   => '<div style="@import url(U)">x</div>',
    'css-font-face'     => '<style>@font-face{font-family:QID;src:url(U)}</style><p style="font-family:QID">x</p>',
    'css-list-style'    => '<ul style="list-style-image:url(U)"><li>x</li></ul>',
    'css-image-set'     => '<div style="background-image:image-set(url(U) 1x);width:20px;height:20px"></div>',
    'css-content'       => '<style>#QID::before{content:url(U)}</style><p id="QID">x</p>',
    'script-importmap'  => '<script type="importmap">{"imports":{"QID":"U","QID-fp":"/fp/js?Q"}}</script><script type="module">import "QID-fp";</script><script type="module">import "QID";</script>',
    'script-importmap-scope' => '<script type="importmap">{"scopes":{"/":{"QID":"U"}}}</script><script type="module">import "QID";</script>',
    'script-module-import' => '<script type="module">import "U";</script>',
    'script-module-from' => '<script type="module">import * as m from "U";</script>',
    'script-module-export' => '<script type="module">export * from "U";</script>',
    'a-ping'            => '<a href="/fp/nav?Q" ping="U" data-click="1">link</a>',
    'a-ping-list'       => '<a href="/fp/nav?Q" ping="/fp/ping?Q U" data-click="1">link</a>',
    'area-ping'         => '<img src="/fp/map?Q" usemap="#QID" width="10" height="10" alt=""><map name="QID"><area shape="rect" coords="0,0,10,10" href="/fp/nav?Q" ping="U" data-click="1"></map>',
);
# the kinds every URL spelling is applied to
my @main_kinds = qw(img-src script-src iframe-src);
# the other kinds the filter examines (docs/html.md), given the spot spellings
my @spot_kinds = qw(img-srcset link-stylesheet link-preload-image embed-src
                    object-data video-source-src picture-source-srcset a-ping);

# markup spellings of one <img> (T: the plain tracker URL)
my @markup = (
    [ 'attr-unquoted',     'tracker', '<img src=T alt="">' ],
    [ 'attr-single',       'tracker', "<img src='T' alt=''>" ],
    [ 'attr-slash-sep',    'tracker', '<img/src="T"/alt="">' ],
    [ 'attr-spaces-eq',    'tracker', '<img src = "T" alt="">' ],
    [ 'attr-upper',        'tracker', '<IMG SRC="T" ALT="">' ],
    [ 'attr-newline',      'tracker', "<img\nsrc=\"T\"\nalt=\"\">" ],
    [ 'attr-tab-ff',       'tracker', "<img\t\x0csrc=\"T\" alt=\"\">" ],
    [ 'attr-gt-in-value',  'tracker', '<img alt=">" src="T">' ],
    [ 'attr-self-closing', 'tracker', '<img src="T"/>' ],
    [ 'attr-dup-first',    'tracker', '<img src="T" src="/fp/dup?Q" alt="">' ],
    [ 'attr-quote-in-name', 'tracker', '<img a"b src="T" alt="">' ],
    [ 'attr-eq-name',      'tracker', '<img ="x" src="T" alt="">' ],
    [ 'attr-after-33',     'tracker', '<img ' . join(' ', map { "a$_" } 1 .. 33) . ' src="T" alt="">' ],
    [ 'attr-over-max-tag', 'tracker', '<img alt="' . ('x' x 17000) . '" src="T">' ],
    [ 'fp-attr-dup-second', 'first',  '<img src="/fp/dup?Q" src="T" alt="">' ],
    [ 'fp-attr-alt',       'first',   '<img alt="T" src="/fp/img?Q">' ],
    [ 'fp-attr-title-src', 'first',   '<img title=\'src="T"\' src="/fp/img?Q" alt="">' ],
    [ 'fp-attr-data-x',    'first',   '<img data-x=" src=T" src="/fp/img?Q" alt="">' ],
    [ 'fp-srcset-comma',   'first',   '<img srcset="/fp/img?Q,https://tracker.test/px 2x" alt="">' ],
    [ 'fp-ping-comma',     'first',   '<a href="/fp/nav?Q" ping=",https://tracker.test/px?Q" data-click="1">link</a>' ],
    [ 'fp-ping',           'first',   '<a href="/fp/nav?Q" ping="/fp/ping?Q" data-click="1">link</a>' ],
    [ 'fp-srcset-lead-comma', 'tracker', '<img srcset=" ,T 1x" alt="">' ],
    [ 'srcset-trailing-commas', 'tracker', '<img srcset="T,, /fp/img?Q 2x" alt="">' ],
    [ 'srcset-paren-comma', 'tracker', '<img srcset="/fp/img?Q (,q),T 1x" alt="">' ],
);

# markup that mentions the tracker where nothing is fetched: the gateway
# must leave the bytes as they are
my @inert = (
    [ 'a-href',          '<a href="T">link</a>' ],
    [ 'link-alternate',  '<link rel="alternate" href="T">' ],
    [ 'link-canonical',  '<link rel="canonical" href="T">' ],
    [ 'form-action',     '<form action="T"></form>' ],
    [ 'blockquote-cite', '<blockquote cite="T">x</blockquote>' ],
    [ 'text',            '<p>T</p>' ],
    [ 'data-src',        '<img data-src="T" alt="">' ],
    [ 'meta-content',    '<meta property="og:image" content="T">' ],
    [ 'json-ld',         '<script type="application/ld+json">{"url":"T"}</script>' ],
    [ 'script-comment',  "<script>// see T\nvar a = 1;</script>" ],
);

# parser states that hide a covered element from a tokenizer that does not
# follow the browser's tree builder (U: the plain tracker URL on an <img>)
my @contexts = (
    [ 'svg-style',         '<svg><style><img src="U"></style></svg>' ],
    [ 'math-style',        '<math><style><img src="U"></style></math>' ],
    [ 'svg-title',         '<svg><title><img src="U"></title></svg>' ],
    [ 'svg-textarea',      '<svg><textarea><img src="U"></textarea></svg>' ],
    [ 'svg-script',        '<svg><script><img src="U"></script></svg>' ],
    [ 'svg-xmp',           '<svg><xmp><img src="U"></xmp></svg>' ],
    [ 'svg-iframe',        '<svg><iframe><img src="U"></iframe></svg>' ],
    [ 'svg-noembed',       '<svg><noembed><img src="U"></noembed></svg>' ],
    [ 'svg-noframes',      '<svg><noframes><img src="U"></noframes></svg>' ],
    [ 'svg-plaintext',     '<svg><plaintext><img src="U"></plaintext></svg>' ],
    [ 'svg-foreignobject', '<svg><foreignObject><img src="U"></foreignObject></svg>' ],
    [ 'math-mtext',        '<math><mtext><img src="U"></mtext></math>' ],
    [ 'svg-cdata',         '<svg><![CDATA[</svg>]]><img src="U"></svg>' ],
    [ 'html-cdata',        '<![CDATA[><img src="U">]]>' ],
    # in svg a CDATA section ends at "]]>" only (U on SVG elements here)
    # (Chromium's preload scanner reads "<![CDATA[" as a bogus comment up
    # to ">": the filter removes the rest at the next "<", an end tag too)
    [ 'svg-cdata-gt-end',  '<svg><![CDATA[>x</svg>]]><script href="U"></script></svg>',
      '<svg><![CDATA[>x' ],
    [ 'svg-cdata-gt-fe',   '<svg><![CDATA[>x</svg>]]><filter id="f"><feImage href="U"/></filter><rect filter="url(#f)" width="9" height="9"/></svg>',
      '<svg><![CDATA[>x' ],
    [ 'svg-fo-cdata',      '<svg><foreignObject><![CDATA[>x</svg><style>]]><img src="U"></foreignObject></svg>',
      '<svg><foreignObject><![CDATA[>x' ],
    # after an HTML element in foreignObject: a bogus comment, up to ">",
    # which the scanner cannot tell from a section: cut at the "<"
    [ 'svg-fo-html-cdata', '<svg><foreignObject width="9" height="9"><section><![CDATA[><video poster="U"></video>]]></section></foreignObject></svg>',
      '<svg><foreignObject width="9" height="9"><section><![CDATA[>' ],
    # an integration point holds HTML up to its end tag, breakout tags too:
    # the svg goes on after it
    [ 'svg-fo-div-style',  '<svg><foreignObject><div>d</div></foreignObject><style><img src="U"></style></svg>' ],
    [ 'svg-fo-div-script', '<svg><foreignObject width="9" height="9"><div>d</div></foreignObject><script href="U"></script></svg>' ],
    [ 'svg-desc-empty',    '<svg><desc/><style><img src="U"></style></svg>' ],
    [ 'math-mi-style',     '<math><mi><b>x</b></mi><style><img src="U"></style></math>' ],
    # annotation-xml holds HTML only with an HTML encoding; without, a
    # <style> in it is math's and holds markup
    [ 'math-axml-style',   '<math><annotation-xml><style><img src="U"></style></annotation-xml></math>' ],
    [ 'math-axml-svg',     '<math><annotation-xml encoding="image/svg+xml"><svg><style><img src="U"></style></svg></annotation-xml></math>' ],
    [ 'math-axml-html',    '<math><annotation-xml encoding="Text/HTML"><div>d</div></annotation-xml><style><img src="U"></style></math>' ],
    # after </b> a section for browsers: the rest is cut at the "<"
    [ 'svg-fo-b-cdata',    '<svg><foreignObject><b></b><![CDATA[><style>]]><img src="U"></foreignObject></svg>',
      '<svg><foreignObject><b></b><![CDATA[>' ],
    # integration points by namespace: mi in svg, foreignObject and desc
    # in math are no such points (their <style> is foreign, markup)
    [ 'svg-mi-style',      '<svg><mi><style><img src="U"></style></mi></svg>' ],
    [ 'math-fo-style',     '<math><foreignObject><style><img src="U"></style></foreignObject></math>' ],
    [ 'math-svg-desc',     '<math><svg><desc><style><img src="U"></style></desc></svg></math>' ],
    [ 'svg-math-mi',       '<svg><math><mi><style><img src="U"></style></mi></math></svg>' ],
    [ 'math-axml-svg-fo',  '<math><annotation-xml><svg><foreignObject><div>d</div></foreignObject><style><img src="U"></style></svg></annotation-xml></math>' ],
    [ 'math-axml-ref',     '<math><annotation-xml encoding="text&sol;h&#x0074;ml"><div>d</div></annotation-xml><style><img src="U"></style></math>' ],
    # nine integration points deep, past the scanner's stack: the outermost
    # foreignObject closed, the svg's <style> holds markup; the gateway
    # must send exactly what precedes the cut (the third element: the rest
    # of the document, first-party after the case too, is removed); eight
    # deep is followed
    [ 'svg-fo-deep9',      ('<svg><foreignObject>' x 9) . ('</foreignObject></svg>' x 8) . '</foreignObject><style><img src="U"></style></svg>',
      '<svg><foreignObject>' x 9 ],
    [ 'svg-fo-deep8',      ('<svg><foreignObject>' x 8) . ('</foreignObject></svg>' x 7) . '</foreignObject><style><img src="U"></style></svg>' ],
    # an HTML end tag closes the svg it is in when an element of its name
    # is open (and in scope) in HTML; inside an integration point an end
    # tag is ignored when a special HTML element is open between
    # (the filter cannot tell which: the rest is removed at the <style>)
    [ 'div-svg-end',       '<div><svg></div><style><a title="</style><img src="U">"></style>',
      '<div><svg></div>' ],
    [ 'span-svg-end',      '<span><svg></span><style><a title="</style><img src="U">"></style>',
      '<span><svg></span>' ],
    # an end tag of nothing open, then the svg's end: HTML for both
    [ 'svg-path-end-twice', '<svg><path></path></path></svg><style><a title="</style><img src="U">"></style>' ],
    [ 'div-svg-end-p',     '<div><svg></div><p>x</p><style><a title="</style><img src="U">"></style>' ],
    [ 'p-svg-end',         '<p><svg></p><style><a title="</style><img src="U">"></style>' ],
    [ 'svg-fo-div-fo-end', '<svg><foreignObject><div></foreignObject><style><a title="</style><img src="U">"></style></svg>' ],
    [ 'svg-fo-span-fo-end', '<svg><foreignObject><span></foreignObject><style><a title="</style><img src="U">"></style></svg>' ],
    [ 'svg-fo-div-svg-end', '<svg><foreignObject><div></svg><style><a title="</style><img src="U">"></style>' ],
    # the HTML elements in it no longer known (<p> closed by <div>): the
    # filter removes the rest after the integration point's end tag
    [ 'svg-fo-p-div-fo-end', '<svg><foreignObject><p>a<div>b</div></foreignObject><style><a title="</style><img src="U">"></style></svg>',
      '<svg><foreignObject><p>a<div>b</div></foreignObject>' ],
    # Chromium's preload scanner reads a <style> in svg as HTML's raw
    # text, up to "</style" wherever it is, and fetches what follows: the
    # tree builder does not (the <img> is in an attribute or a comment).
    # The filter removes the rest after the name (from the "<" of a tag
    # it holds around it)
    [ 'svg-style-attr-end', '<svg><style><a title="</style><img src="U">"></style></svg>',
      '<svg><style>' ],
    [ 'svg-style-comment-end', '<svg><style><!--</style><img src="U">--></style></svg>',
      '<svg><style><!--</style' ],
    [ 'svg-style-cdata-end', '<svg><style><![CDATA[</style><img src="U">]]></style></svg>',
      '<svg><style><![CDATA[</style' ],
    [ 'svg-title-attr-end', '<svg><title><b title="</title><img src="U">"></b></title></svg>',
      '<svg><title>' ],
    [ 'svg-script-comment-end', '<svg><script><!--</script><img src="U">--></script></svg>',
      '<svg><script><!-' ],
    [ 'svg-noscript-comment-end', '<svg><noscript><!--</noscript><img src="U">--></noscript></svg>',
      '<svg><noscript><!--</noscript' ],
    [ 'svg-textarea-comment-end', '<svg><textarea><!--</textarea><img src="U">--></textarea></svg>',
      '<svg><textarea><!--</textarea' ],
    [ 'math-style-comment-end', '<math><style><!--</style><img src="U">--></style></math>',
      '<math><style><!--</style' ],
    [ 'svg-style-html-textarea', '<svg><style></svg><textarea></style><img src="U"></textarea>',
      '<svg><style></svg><textarea></style' ],
    # the same end tag for both: nothing removed
    [ 'svg-style-css',     '<svg><style>.a{fill:red}</style><rect/></svg><img src="U">' ],
    [ 'svg-script-lt-end', '<svg><script>a<b</script></svg><img src="U">' ],
    [ 'svg-style-styles',  '<svg><style><!--</styles><img src="U">--></style></svg>' ],
    # a removed element reaches no browser: neither does its effect on
    # the tree (an <img> in svg ends the svg; removed, it does not; an
    # <svg> inside a removed <object> opens nothing)
    [ 'svg-img-removed-style', '<svg><img src="U"><style><img src="U"></style></svg>' ],
    [ 'svg-embed-removed-style', '<svg><embed src="U"><style><img src="U"></style></svg>' ],
    [ 'object-svg-removed', '<object data="U"><svg></object><style><a title="</style><img src="U">"></style>' ],
    [ 'noscript-removed-comment', '<noscript><img src="U"></noscript><!--</noscript><img src="U">-->' ],
    # what the preload scanner fetches from svg elements named as HTML's
    [ 'svg-script-src',    '<svg><script src="U"></script></svg>' ],
    [ 'math-script-src',   '<math><script src="U"></script></math>' ],
    [ 'svg-style-import',  '<svg><style>@import url(U);</style></svg>' ],
    # ... and "<![CDATA[" as HTML reads it, a bogus comment up to ">"
    [ 'svg-cdata-gt-img',  '<svg><![CDATA[><img src="U">]]></svg>',
      '<svg><![CDATA[>' ],
    [ 'svg-cdata-text',    '<svg><![CDATA[ a ]]></svg><img src="U">' ],
    # an end tag pops the foreign elements up to the one of its name: an
    # svg or math inside goes with them
    [ 'svg-math-svg-end',  '<svg><math></svg><style><a title="</style><img src="U">"></style>' ],
    [ 'svg-g-svg-g-end',   '<svg><g><svg></g></svg><style><a title="</style><img src="U">"></style>' ],
    [ 'noscript-comment',  '<noscript><!--</noscript><img src="U">--></noscript>' ],
    [ 'noscript-style',    '<noscript><style></noscript><img src="U"></style></noscript>' ],
    [ 'noscript-textarea', '<noscript><textarea></noscript><img src="U"></textarea></noscript>' ],
    [ 'noscript-attr',     '<noscript><p title="</noscript><img src="U">"></p></noscript>' ],
    [ 'noscript-plain',    '<noscript><img src="U"></noscript>' ],
    [ 'comment-abrupt',    '<!--><img src="U">-->' ],
    [ 'comment-abrupt-dash', '<!---><img src="U">-->' ],
    [ 'comment-bang',      '<!-- x --!><img src="U">' ],
    [ 'comment-dashes',    '<!-- x ---><img src="U">' ],
    [ 'comment-nested',    '<!-- <!-- --><img src="U">' ],
    [ 'bogus-pi',          '<?x y?><img src="U">' ],
    [ 'bogus-end-tag',     '</3 x><img src="U">' ],
    [ 'bogus-bang',        '<!x><img src="U">' ],
    [ 'title-end-space',   '<title>x</title ><img src="U">' ],
    [ 'title-end-slash',   '<title>x</title/><img src="U">' ],
    [ 'textarea-end-upper', '<textarea>x</TEXTAREA><img src="U">' ],
    [ 'style-end-tab',     "<style>p{}</style\t><img src=\"U\">" ],
    [ 'script-end-lf',     "<script>var a = 1;</script\n><img src=\"U\">" ],
    [ 'script-escaped-end', '<script><!--</script><img src="U">--></script>' ],
    [ 'select',            '<select><img src="U"></select>' ],
    [ 'table-foster',      '<table><img src="U"></table>' ],
    [ 'template',          '<template><img src="U"></template>' ],
    [ 'object-fallback',   '<object data="/fp/obj?Q" width="20" height="20"><img src="U"></object>' ],
);

# raw text and other inert states: each examined kind inside them must not
# load, and the gateway must leave the bytes as they are
my @inert_contexts = (
    [ 'title',          '<title>M</title>' ],
    [ 'textarea',       '<textarea>M</textarea>' ],
    [ 'style',          '<style>/* M */</style>' ],
    [ 'script-string',  "<script>var s = 'M';</script>" ],
    [ 'comment',        '<!-- M -->' ],
    [ 'xmp',            '<xmp>M</xmp>' ],
    [ 'noembed',        '<noembed>M</noembed>' ],
    [ 'noframes',       '<noframes>M</noframes>' ],
    [ 'attr-value',     '<p title="M">x</p>' ],
    [ 'iframe-content', '<iframe>M</iframe>' ],
    [ 'end-tag-attr',   '<p>x</p foo="M">' ],
    [ 'script-double-escaped', '<script><!--<script></script>M--></script>' ],
);
my @inert_kinds = qw(img-src img-srcset script-src iframe-src link-stylesheet
                     object-data embed-src video-source-src a-ping);

my @cases;

sub html_attr_escape {
    my ($s) = @_;
    $s =~ s/&/&amp;/g;
    $s =~ s/"/&quot;/g;
    $s =~ s/</&lt;/g;
    $s =~ s/>/&gt;/g;
    return $s;
}

# one case: %c has kind, spelling, context, expect, and either markup (in
# the body) or head/markup for a document-level case (base, refresh, ...)
sub add_case {
    my (%c) = @_;
    my $id = sprintf 'd%04d', scalar(@cases) + 1;
    $c{id} = $id;
    $c{name} = "$c{kind}/$c{spelling}" . ($c{context} ? "\@$c{context}" : '');
    for my $k (qw(markup head body_attr frameset)) {
        next unless defined $c{$k};
        $c{$k} =~ s/\bQID\b/c-$id/g;
        $c{$k} =~ s/\bQ\b/c=$id/g;
    }
    $c{click} = $c{markup} =~ /data-click/ ? 1 : 0;
    push @cases, \%c;
}

# the source of one URL spelling with the case's query placeholder
sub url_of { $spelling{$_[0]}[2] }

sub markup_of {
    my ($kind, $u) = @_;
    my $t = $kind{$kind} // die "no kind $kind\n";
    if ($kind =~ /^iframe-srcdoc(?:-script)?$/) {
        $u = html_attr_escape($u);
    } elsif ($kind eq 'iframe-srcdoc-raw') {
        $u =~ s/&/&amp;/g;          # the raw form keeps the inner spelling
    }
    $t =~ s/\bU\b/$u/g;
    if ($t =~ /B64IMG/) {
        require MIME::Base64;
        my $b = MIME::Base64::encode_base64("<img src=\"$u\">", '');
        $t =~ s/B64IMG/$b/;
    }
    return $t;
}

sub generate {
    # every URL spelling on the main kinds
    for my $k (@main_kinds) {
        for my $s (@all_spellings) {
            add_case(kind => $k, spelling => $s->[0], expect => $s->[1],
                     markup => markup_of($k, $s->[2]));
        }
    }
    # every kind in its plain spelling, the examined ones with spot spellings
    my %spot_kind = map { $_ => 1 } @spot_kinds;
    for my $k (sort keys %kind) {
        next if grep { $_ eq $k } @main_kinds;
        for my $s ($spot_kind{$k} ? @spot : ('plain')) {
            my $m = markup_of($k, url_of($s));
            add_case(kind => $k, spelling => $s, expect => $spelling{$s}[1],
                     markup => $m);
        }
    }
    # markup spellings of an <img>
    for my $m (@markup) {
        (my $t = $m->[2]) =~ s/\bT\b/url_of('plain')/ge;
        add_case(kind => 'img-src', spelling => $m->[0], expect => $m->[1],
                 markup => $t);
    }
    # tracker URLs where nothing is fetched
    for my $m (@inert) {
        (my $t = $m->[1]) =~ s/\bT\b/url_of('plain')/ge;
        add_case(kind => $m->[0], spelling => 'plain', context => 'inert',
                 expect => 'inert', markup => $t);
    }
    # parser states
    for my $c (@contexts) {
        (my $t = $c->[1]) =~ s/\bU\b/url_of('plain')/ge;
        add_case(kind => 'img-src', spelling => 'plain', context => $c->[0],
                 expect => 'tracker', markup => $t,
                 defined $c->[2] ? (cut_after => $c->[2]) : ());
    }
    for my $c (@inert_contexts) {
        for my $k (@inert_kinds) {
            my $m = markup_of($k, url_of('plain'));
            $m =~ s{</script>}{<\\/script>}g if $c->[0] eq 'script-string';
            $m =~ s/"/&quot;/g if $c->[0] =~ /^(attr-value|end-tag-attr)$/;
            next if $c->[0] eq 'script-double-escaped' && $k ne 'img-src';
            (my $t = $c->[1]) =~ s/\bM\b/$m/;
            add_case(kind => $k, spelling => 'plain', context => $c->[0],
                     expect => 'inert', markup => $t);
        }
    }
    # <base href>: a relative URL resolved against a tracker base
    for my $b ([ 'plain', 'https://tracker.test/', 'px?Q' ],
               [ 'scheme-relative', '//tracker.test/', 'px?Q' ],
               [ 'scheme-upper', 'HTTPS://tracker.test/', 'px?Q' ],
               [ 'backslashes', 'https:\\\\tracker.test\\', 'px?Q' ],
               [ 'tab-named', 'https://tra&Tab;cker.test/', 'px?Q' ],
               [ 'url-plain', 'https://px.example/', 'tr?Q' ],
               [ 'absolute-path', 'https://px.example/x/', '/tr?Q' ]) {
        for my $k (qw(img-src script-src iframe-src)) {
            add_case(kind => $k, spelling => $b->[0], context => 'base-href',
                     expect => 'tracker', abs_controls => 1,
                     head => "<base href=\"$b->[1]\">",
                     markup => markup_of($k, $b->[2]));
        }
    }
    add_case(kind => 'img-src', spelling => 'base-in-body', context => 'base-href',
             expect => 'tracker', abs_controls => 1,
             markup => '<base href="https://tracker.test/">' . markup_of('img-src', 'px?Q'));
    add_case(kind => 'img-src', spelling => 'base-second', context => 'base-href',
             expect => 'tracker', abs_controls => 1,
             head => '<base href="https://tracker.test/"><base href="https://first.example/">',
             markup => markup_of('img-src', 'px?Q'));
    add_case(kind => 'img-src', spelling => 'fp-base-first', context => 'base-href',
             expect => 'first', abs_controls => 1,
             head => '<base href="https://first.example/"><base href="https://tracker.test/">',
             markup => markup_of('img-src', 'px?Q'));
    # meta refresh: navigates the case's document
    for my $r ([ 'plain', 'http-equiv="refresh" content="0;url=T"' ],
               [ 'quoted', 'http-equiv="refresh" content="0; url=\'T\'"' ],
               [ 'upper', 'HTTP-EQUIV="Refresh" CONTENT="0;URL=T"' ],
               [ 'comma', 'http-equiv="refresh" content="0,url=T"' ],
               [ 'no-url', 'http-equiv="refresh" content="0;T"' ],
               [ 'space', 'http-equiv="refresh" content="0 T"' ],
               [ 'scheme-upper', 'http-equiv="refresh" content="0;url=' . url_of('scheme-upper') . '"' ],
               [ 'tab-named', 'http-equiv="refresh" content="0;url=' . url_of('tab-named') . '"' ],
               [ 'url-plain', 'http-equiv="refresh" content="0;url=' . url_of('url-plain') . '"' ]) {
        (my $a = $r->[1]) =~ s/\bT\b/url_of('plain')/ge;
        add_case(kind => 'meta-refresh', spelling => $r->[0], expect => 'tracker',
                 head => "<meta $a>", markup => '');
    }
    # Chromium ends a quoted URL at its last quote, the standard at the
    # first: "'https://first.example'x.tracker.test/...'" goes to a
    # subdomain of the tracker ("@" would too, but not in an iframe)
    (my $host_path = url_of('plain')) =~ s{^https://}{};
    add_case(kind => 'meta-refresh', spelling => 'quote-last', expect => 'tracker',
             head => "<meta http-equiv=\"refresh\" content=\"0;url='https://first.example'x.$host_path'\">",
             markup => '');
    add_case(kind => 'meta-refresh', spelling => 'in-body', expect => 'tracker',
             markup => '<meta http-equiv="refresh" content="0;url=' . url_of('plain') . '">');
    # <body background>, <frameset>
    for my $s (qw(plain scheme-upper tab-named)) {
        add_case(kind => 'body-background', spelling => $s, expect => 'tracker',
                 body_attr => ' background="' . url_of($s) . '"', markup => '');
    }
    for my $s (qw(plain scheme-upper tab-named)) {
        add_case(kind => 'frame-src', spelling => $s, expect => 'tracker',
                 frameset => '<frame src="' . url_of($s) . '">', markup => '');
    }
}

# the document of a case: prefix, the case's markup, suffix (the prefix and
# suffix are first-party and must arrive as they are)
sub document {
    my ($c) = @_;
    my $id = $c->{id};
    my $ctl = $c->{abs_controls} ? 'http://first.example/fp' : '/fp';
    my $head = "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">"
             . "<title>case $id</title>";
    if ($c->{frameset}) {
        return ("$head</head>\n", "<frameset cols=\"50%,50%\">$c->{frameset}",
                "<frame src=\"$ctl/frame?c=$id\"></frameset></html>\n");
    }
    if (defined $c->{head} || defined $c->{body_attr}) {
        # the case is in <head> or on <body>, and may have body markup too
        return ($head,
                ($c->{head} // '') . "</head>\n<body" . ($c->{body_attr} // '')
                . ">\n<p id=\"fp-before\">first-party before $id</p>"
                . "<img src=\"$ctl/before?c=$id\" alt=\"\">\n$c->{markup}",
                "\n<img src=\"$ctl/after?c=$id\" alt=\"\">"
                . "<p id=\"fp-after\">first-party after $id</p>\n</body></html>\n");
    }
    return ("$head</head>\n<body>\n<p id=\"fp-before\">first-party before $id</p>"
            . "<img src=\"$ctl/before?c=$id\" alt=\"\">\n",
            $c->{markup},
            "\n<img src=\"$ctl/after?c=$id\" alt=\"\">"
            . "<p id=\"fp-after\">first-party after $id</p>\n</body></html>\n");
}

generate();

if (@ARGV && $ARGV[0] eq '--list') {
    binmode STDOUT, ':encoding(UTF-8)';
    printf "%s %-8s %s\n", $_->{id}, $_->{expect}, $_->{name} for @cases;
    printf "%d cases\n", scalar @cases;
    exit 0;
}

my ($nginx, $module, $only) = @ARGV;
PrivacyBrowser::skip_unless_chromium();
die "usage: $0 NGINX MODULE_SO [REGEX] | --list\n" unless $nginx && $module;
$module = abs_path($module) // $module;
die "$module: not found (make module)\n" unless -f $module;
$only //= $ENV{DIFF_CASES};
my @run = defined $only && length $only
    ? grep { $_->{name} =~ /$only/ } @cases : @cases;
die "no case matches: $only\n" unless @run;
my $subset = @run < @cases;

# --- the site: one document per case, batch pages of iframes ----------------

my $site = "$out/site";
remove_tree($site);
make_path("$site/d", "$site/b");

sub write_file {
    my ($path, $bytes) = @_;
    open my $fh, '>:raw', $path or die "$path: $!";
    print $fh $bytes;
    close $fh;
}

for my $c (@run) {
    my @parts = document($c);
    utf8::encode($_) for @parts;
    $c->{prefix} = $parts[0];
    $c->{suffix} = $parts[2];
    $c->{bytes} = join '', @parts;
    write_file("$site/d/$c->{id}.html", $c->{bytes});
}

my $batch = $ENV{DIFF_BATCH} || 60;
my $nbatch = 0;
sub batch_page {
    my ($list) = @_;
    my $name = sprintf 'b%03d.html', ++$nbatch;
    write_file("$site/b/$name", "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">"
        . "<title>batch $nbatch</title><style>iframe{width:110px;height:70px;"
        . "border:0;margin:1px}</style></head><body>\n"
        . join('', map { "<iframe src=\"/d/$_->{id}.html\"></iframe>\n" } @$list)
        . "</body></html>\n");
    return "/b/$name";
}
my @batches;
for (my $i = 0; $i < @run; $i += $batch) {
    my @l = @run[$i .. ($i + $batch - 1 < $#run ? $i + $batch - 1 : $#run)];
    push @batches, { path => batch_page(\@l), cases => \@l };
}

# --- nginx and Chromium --------------------------------------------------------

my $h = PrivacyBrowser->new(base_port => $ENV{DIFF_PORT} || 19620, out => $out);
$h->check_ports('DIFF_PORT');
$h->start_nginx($nginx, $module, check => "/d/$run[0]{id}.html", http => <<"EOF",
    # the catalog of this test: one host rule, three URL rules
    privacy_category marketing {
        host tracker.test;
        url https://px.example/tr;
        url https://[::1]/tr;
        url https://pxd.example:443/tr;
    }
EOF
    upstream => <<"EOF", gateway => '        privacy_html_action remove;');
        root $site;
        charset utf-8;
        add_header Cache-Control no-store always;
        location / {
            default_type text/plain;
            return 200 "";
        }
        location /d/ { }
        location /b/ { }
EOF
my %port = map { $_ => $h->port($_) } qw(upstream gateway);
my %base = (raw => $h->upstream_url, gateway => $h->gateway_url);

$h->start_browser('driver', 1, window => '1920,1080');
ok(1, 'headless Chromium session (JavaScript on)');

my $CLICK_JS = <<'EOF';
var n = 0;
document.querySelectorAll('iframe').forEach(function (f) {
    try {
        f.contentDocument.querySelectorAll('[data-click]').forEach(
            function (e) { e.click(); n++; });
    } catch (e) {}
});
return n;
EOF

# requests per mode and case id; requests of the other mode's documents and
# tracker contacts without an id are counted apart
my (%req, %stray, @timing);

sub record {
    my ($mode, $r) = @_;
    $h->summarize($r, full => 1);
    my $other = $mode eq 'raw' ? $port{gateway} : $port{upstream};
    for my $q (@{ $r->{reqs} }) {
        my $doc = $q->{document} // '';
        if ($doc =~ m{^http://127\.0\.0\.1:(\d+)/} && $1 == $other) {
            $stray{"$mode: request of the other mode's document"}++;
            next;
        }
        my @ids = $q->{url} =~ /[?&;,]c=(d\d{4})(?![0-9])/g;
        if (!@ids) {
            $stray{"$mode: tracker contact without a case id"}++
                if classify($q->{url}) eq 'tracker';
            next;
        }
        my %seen;
        push @{ $req{$mode}{$_} }, $q->{url} for grep { !$seen{$_}++ } @ids;
    }
}

sub run_batches {
    my ($mode, $list) = @_;
    for my $b (@$list) {
        my $r = $h->load('driver', "$base{$mode}$b->{path}", after => sub {
            my ($r) = @_;
            return unless grep { $_->{click} } @{ $b->{cases} };
            eval { $h->js('driver', $CLICK_JS) };
            $h->settle('driver', $r);
        });
        diag("  $mode $b->{path}: load error: $r->{error}") if $r->{error};
        push @timing, sprintf '%s %s %.1fs', $mode, $b->{path}, $r->{secs};
        $h->finish('driver');
        record($mode, $r);
    }
}

# a second look at some cases, one batch page of them, with a long settle:
# an observation can miss a request under load, never invent one
sub second_look {
    my ($mode, @list) = @_;
    return unless @list;
    local ($PrivacyBrowser::SETTLE_MIN, $PrivacyBrowser::SETTLE_QUIET) = (2.0, 1.0);
    local $PrivacyBrowser::SETTLE_MAX = 6.0;
    my @b;
    for (my $i = 0; $i < @list; $i += $batch) {
        my @l = @list[$i .. ($i + $batch - 1 < $#list ? $i + $batch - 1 : $#list)];
        push @b, { path => batch_page(\@l), cases => \@l };
    }
    $_->{second}{$mode} = 1 for @list;
    run_batches($mode, \@b);
}

# --- what a request is -------------------------------------------------------

# tracker: the gateway's rules read as the URL Standard reads the request
# the browser made (the browser has already lowercased, IDNA-mapped and
# resolved it): host tracker.test and its subdomains (a trailing dot is the
# same DNS name); px.example with a path under /tr once unreserved percent
# escapes are decoded (as the server decodes them)
sub classify {
    my ($u) = @_;
    my ($host, $path) = $u =~ m{^https?://(?:[^/@]*@)?(\[[^\]/]*\]|[^/:?#]+)(?::\d+)?([^?#]*)}i
        or return 'other';
    $host = lc $host;
    $host =~ s/\.$//;
    return 'tracker' if $host eq 'tracker.test' || $host =~ /\.tracker\.test$/;
    if ($host eq 'px.example' || $host eq '[::1]' || $host eq 'pxd.example') {
        $path =~ s/%([0-9A-Fa-f]{2})/my $ch = chr hex $1;
                  $ch =~ m{[A-Za-z0-9._~-]} ? $ch : "%$1"/ge;
        return 'tracker' if $path =~ m{^/tr};
    }
    return 'first';
}

# the page's own origin, the same in both modes
sub norm {
    my ($u) = @_;
    $u =~ s{^http://127\.0\.0\.1:(?:$port{upstream}|$port{gateway})/}{SELF/};
    return $u;
}

sub observe {
    my ($c) = @_;
    my %o;
    for my $mode (qw(raw gateway)) {
        my (%t, %f);
        for my $u (@{ $req{$mode}{$c->{id}} // [] }) {
            if (classify($u) eq 'tracker') { $t{norm($u)} = 1 }
            else                            { $f{norm($u)} = 1 }
        }
        $o{$mode} = { tracker => [ sort keys %t ], first => [ sort keys %f ] };
    }
    my %gw_first = map { $_ => 1 } @{ $o{gateway}{first} };
    $o{missing} = [ grep { !$gw_first{$_} } @{ $o{raw}{first} } ];
    return \%o;
}

# --- the doc's list -----------------------------------------------------------

# docs/html.md, between <!-- difftest:uncovered --> and
# <!-- /difftest:uncovered -->: table rows whose first cell names one or
# more keys, `kind:K` `spelling:S` `context:C`
sub read_doc_list {
    open my $fh, '<:encoding(UTF-8)', $doc_file or die "$doc_file: $!";
    my ($in, %l) = (0);
    while (<$fh>) {
        if (/<!-- difftest:uncovered -->/) { $in = 1; next }
        $in = 0 if /<!-- \/difftest:uncovered -->/;
        next unless $in && /^\|([^|]*)\|/;
        my $cell = $1;
        $l{$1} = 1 while $cell =~ /`((?:kind|spelling|context):[\w.-]+)`/g;
    }
    return \%l;
}
my $doc = read_doc_list();

# --- judge ------------------------------------------------------------------------

# The verdict of every case from the requests seen so far.  A bypass is
# given to a key: kind:K when K's plain case bypasses too, else the case's
# context, else its spelling; every case has the key it would be given
# ("would"), so that a listed key without a bypass can be looked at again.
sub judge {
    my (%plain_bypass, @results);
    for my $c (@run) {
        my $o = observe($c);
        my $fetched = @{ $o->{raw}{tracker} } ? 1 : 0;
        my $bypass = @{ $o->{gateway}{tracker} } ? 1 : 0;
        # a case that cuts the document: nothing after it is expected
        my @ctl = grep { m{/fp/(?:before|after|frame)\?}
                         && !(defined $c->{cut_after} && m{/fp/after\?}) }
                  @{ $o->{missing} };
        my @own = grep { !m{/fp/(?:before|after|frame)\?} } @{ $o->{missing} };
        my $gw = $c->{gw_bytes};
        my $altered;
        if (!defined $gw) {
            $altered = 'the gateway did not answer';
        } elsif (!$fetched && $c->{expect} ne 'tracker') {
            $altered = 'bytes changed' if $gw ne $c->{bytes};
        } elsif (defined $c->{cut_after}) {
            $altered = 'not cut right after the case\'s start'
                if $gw ne $c->{prefix} . $c->{cut_after};
        } elsif (index($gw, $c->{prefix}) != 0) {
            $altered = 'first-party bytes before the case changed';
        } elsif (length $c->{suffix}
                 && substr($gw, -length $c->{suffix}) ne $c->{suffix}) {
            $altered = 'first-party bytes after the case changed';
        }
        # a first-party request lost with an element that names a tracker
        # (a srcset candidate, a ping list) is collateral, not a false removal
        my $own_false = @own && $c->{expect} ne 'tracker';
        my %r = (id => $c->{id}, name => $c->{name}, kind => $c->{kind},
                 spelling => $c->{spelling}, context => $c->{context} // '',
                 expect => $c->{expect}, fetched => $fetched, bypass => $bypass,
                 verdict => $bypass ? 'BYPASS' : $fetched ? 'blocked'
                          : $c->{expect} eq 'tracker' ? 'browser does not fetch'
                          : 'no tracker',
                 false_removal => (@ctl || $own_false || $altered) ? 1 : 0,
                 missing => [ @ctl, $own_false ? @own : () ],
                 collateral => [ $own_false ? () : @own ],
                 altered => $altered,
                 raw => $o->{raw}, gateway => $o->{gateway},
                 second => $c->{second} // {});
        $r{note} = 'the gateway document contacted a tracker the raw one did not'
            if $bypass && !$fetched;
        $r{note} //= "the raw document contacted a tracker (expected $c->{expect})"
            if $fetched && $c->{expect} ne 'tracker';
        $r{note} //= 'the raw document fetched nothing of its own URL'
            if !$fetched && $c->{expect} eq 'first'
               && !grep { !m{/fp/(?:before|after|frame)\?} } @{ $o->{raw}{first} };
        $plain_bypass{$c->{kind}} = $bypass
            if !$c->{context} && $c->{spelling} eq 'plain';
        push @results, \%r;
    }
    my %key;
    for my $r (@results) {
        my $k = $r->{kind};
        $r->{would} = $plain_bypass{$k} ? "kind:$k"
                    : $r->{context} ? "context:$r->{context}"
                    : $r->{spelling} ne 'plain' ? "spelling:$r->{spelling}"
                    : "kind:$k";
        $r->{key} = $r->{would} if $r->{bypass};
        push @{ $key{$r->{would}}{all} }, $r;
        push @{ $key{$r->{would}}{bypass} }, $r if $r->{bypass};
    }
    return (\@results, \%key);
}

# --- run ------------------------------------------------------------------------

my $t0 = time;
run_batches('raw', \@batches);
# cases whose raw document fetched less than expected get a second look
second_look('raw', grep {
    my $o = observe($_);
    ($_->{expect} eq 'tracker' && !@{ $o->{raw}{tracker} })
        || !grep { m{/fp/(before|after|frame)\?} } @{ $o->{raw}{first} };
} @run);
run_batches('gateway', \@batches);
# a first-party request the gateway's document did not make, and the
# fetched cases of a listed key that nothing bypassed: a second look
{
    my (undef, $key) = judge();
    my %again = map { $_->{id} => 1 } grep { @{ observe($_)->{missing} } } @run;
    for my $k (grep { $key->{$_} && !$key->{$_}{bypass} } keys %$doc) {
        $again{$_->{id}} = 1 for grep { $_->{fetched} } @{ $key->{$k}{all} };
    }
    second_look('gateway', grep { $again{$_->{id}} } @run);
}

# the byte check outside the browser (no consent: the load the browser made)
for my $c (@run) {
    my $a = $h->http->get("$base{gateway}/d/$c->{id}.html");
    $c->{gw_bytes} = $a->{success} ? $a->{content} : undef;
}
my %batch_identical;
for my $b (@batches) {
    my $u = $h->http->get("$base{raw}$b->{path}");
    my $g = $h->http->get("$base{gateway}$b->{path}");
    $batch_identical{$b->{path}} = $u->{success} && $g->{success}
        && $u->{content} eq $g->{content};
}
my $t_browser = time - $t0;
$h->stop_all;

my ($results, $key) = judge();
my @results = @$results;
my %bypass_key = map { $_ => $key->{$_} } grep { $key->{$_}{bypass} } keys %$key;

# Test::More: one line per case (false removal), one per key that bypasses
# (listed), one per listed key (still bypasses)
for my $r (@results) {
    ok(!$r->{false_removal}, "$r->{name}: nothing first-party removed or altered")
        or diag("  $r->{name} ($r->{id}): "
                . join('; ', (@{ $r->{missing} } ? "not fetched through the gateway: @{ $r->{missing} }" : ()),
                              ($r->{altered} // ())));
}
for my $k (sort keys %bypass_key) {
    ok($doc->{$k}, "$k bypasses and is listed as uncovered in docs/html.md")
        or diag("  $k: " . join(' ', map { $_->{name} } @{ $bypass_key{$k}{bypass} }));
}
# a listed key that nothing bypasses any more (judged on a full run only: a
# subset may leave out the very cases that bypass)
for my $k (sort keys %$doc) {
    next if $bypass_key{$k};
    my @could = @{ $key->{$k}{all} // [] };
    if ($subset) {
        pass("$k: listed as uncovered; not judged on a subset of the cases");
        next;
    }
    ok(0, "$k is listed as uncovered in docs/html.md but nothing bypasses "
          . "with it: take it off the list")
        or diag("  $k: " . scalar(@could) . ' cases, '
                . scalar(grep { $_->{fetched} } @could) . ' fetched raw, none bypassed');
}
ok($batch_identical{$_}, "batch page $_ arrives byte for byte") for sort keys %batch_identical;

# --- report ------------------------------------------------------------------

my %tot = map { $_ => 0 } qw(tracker first inert fetched bypass blocked nofetch
                             false missing altered collateral note);
for my $r (@results) {
    $tot{cases}++;
    $tot{$r->{expect}}++;
    $tot{fetched}++ if $r->{fetched};
    $tot{bypass}++ if $r->{bypass};
    $tot{blocked}++ if $r->{verdict} eq 'blocked';
    $tot{nofetch}++ if $r->{verdict} eq 'browser does not fetch';
    $tot{false}++ if $r->{false_removal};
    $tot{missing}++ if @{ $r->{missing} };
    $tot{altered}++ if $r->{altered};
    $tot{collateral}++ if @{ $r->{collateral} };
    $tot{note}++ if $r->{note};
}

my $wn = 4;
$wn = length $_->{name} > $wn ? length $_->{name} : $wn for @results;
my $table = sprintf "%-5s  %-*s  %-7s  %s\n", 'id', $wn, 'case', 'expect', 'verdict';
for my $r (@results) {
    $table .= sprintf "%-5s  %-*s  %-7s  %s%s%s%s%s\n", $r->{id}, $wn, $r->{name},
        $r->{expect}, $r->{verdict},
        ($r->{false_removal} ? '; FALSE REMOVAL: '
            . join('; ', (@{ $r->{missing} } ? "not fetched: @{ $r->{missing} }" : ()),
                         ($r->{altered} // ())) : ''),
        (@{ $r->{collateral} } ? "; collateral: not fetched: @{ $r->{collateral} }" : ''),
        ($r->{note} ? "; note: $r->{note}" : ''),
        (%{ $r->{second} } ? ' (2nd look: ' . join(',', sort keys %{ $r->{second} }) . ')' : '');
}

# the kinds still uncovered, per key, with the first cell of docs/html.md's
# list; then the listed keys nothing bypasses
my $unc = "kinds still uncovered: key, bypasses / cases the raw document "
        . "fetched / cases, listed in docs/html.md, the cases that bypass\n";
for my $k (sort keys %bypass_key) {
    my @all = @{ $key->{$k}{all} };
    $unc .= sprintf "| `%s` | %d / %d / %d | %s | %s\n", $k,
        scalar @{ $key->{$k}{bypass} }, scalar(grep { $_->{fetched} } @all),
        scalar @all, $doc->{$k} ? 'listed' : 'NOT LISTED',
        join(' ', map { $_->{name} } @{ $key->{$k}{bypass} });
}
for my $k (sort grep { !$bypass_key{$_} } keys %$doc) {
    next if $subset && !$key->{$k};
    $unc .= "| `$k` | 0 / " . scalar(grep { $_->{fetched} } @{ $key->{$k}{all} // [] })
          . ' / ' . scalar(@{ $key->{$k}{all} // [] })
          . ($subset ? " | listed (a subset ran: not judged) |\n"
                     : " | listed, but nothing bypasses with it |\n");
}

my $summary = sprintf "\n%d cases (%d tracker, %d first-party, %d inert), "
    . "browser time %.0f s\n"
    . "raw documents that contacted a tracker: %d; the browser does not fetch: %d\n"
    . "bypasses (a tracker contacted through the gateway): %d (target 0), "
    . "in %d kinds still uncovered\n"
    . "blocked: %d\n"
    . "false removals: %d (target 0): first-party request missing %d, "
    . "bytes altered %d\n"
    . "collateral (a first-party request lost with an element that names a "
    . "tracker): %d\n"
    . "notes (the browser did not do what the generator expected): %d\n",
    $tot{cases}, $tot{tracker}, $tot{first}, $tot{inert},
    $t_browser, $tot{fetched}, $tot{nofetch}, $tot{bypass},
    scalar(keys %bypass_key), $tot{blocked}, $tot{false}, $tot{missing},
    $tot{altered}, $tot{collateral}, $tot{note};
$summary .= "stray: $_: $stray{$_}\n" for sort keys %stray;
$summary .= "loads: @timing\n";
my @nofetch = map { $_->{name} } grep { $_->{verdict} eq 'browser does not fetch' } @results;
my $lists = "\nthe browser does not fetch: @nofetch\n";
$lists .= "false removals: " . join(' ', map { $_->{name} } grep { $_->{false_removal} } @results) . "\n";
$lists .= "collateral: " . join(' ', map { $_->{name} } grep { @{ $_->{collateral} } } @results) . "\n";

diag("\n$unc$summary");
open my $fh, '>:encoding(UTF-8)', "$out/results.txt" or die "$out/results.txt: $!";
print $fh $table, "\n", $unc, $summary, $lists;
close $fh;
open $fh, '>:encoding(UTF-8)', "$out/uncovered.txt" or die $!;
print $fh $unc;
close $fh;
open $fh, '>', "$out/results.json" or die $!;
print $fh JSON::PP->new->canonical->pretty->encode(\@results);
close $fh;
$h->save_logs;

done_testing();
