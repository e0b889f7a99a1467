#!/usr/bin/perl
# Accessibility of the consent banners (conf/privacy_banner*.html) and of the
# placeholder for blocked embeds (conf/privacy_placeholder.html), in headless
# Chromium, inside small realistic pages served by a plain nginx (the module
# is not needed: the page is what the module would deliver).
#
# For each banner, in a page without site CSS and in one whose CSS is hostile
# (a reset that strips buttons and focus rings, element and ID rules):
#   * axe-core (t/browser/package.json, injected through WebDriver) finds no
#     violation of impact "serious" or "critical"; every finding is reported;
#   * the root is a named landmark with a heading, its lang matches the file
#     name (privacy_banner.de.html: de), and the file stays under 4 KB;
#   * "Reject all" and "Accept all" have the same computed font, padding,
#     border, colours and height, and a visible border or background;
#   * the Tab key reaches "Reject all" no later than "Accept all", reaches
#     every control, and each focused control shows a focus outline (3:1
#     against the banner) inside the viewport; no link of the page gets the
#     focus under the banner, and the page's end scrolls above it;
#   * at 200% zoom (a viewport of half the size) nothing overflows sideways,
#     every control can be scrolled into view, and the Tab checks hold;
#   * every banner has the forms of the English one (same names, values,
#     methods, actions), and its three buttons post what they should.
# For the placeholder, with sample values substituted as the C side will:
#   * only the documented {{names}} occur; after substitution none is left;
#   * axe as above; the box keeps the iframe's size; the button shows a focus
#     outline; at 200% zoom nothing overflows;
#   * the button posts grant=... to /privacy/consent?return=... even from
#     inside a site's <form>, whose own fields stay its own.
#
# Drives Debian's chromedriver over its HTTP (WebDriver) interface with core
# Perl only; starts its own nginx on 127.0.0.1 (two ports from A11Y_PORT,
# default 19920); skips, with a message, when Chromium or axe-core is
# missing.  Results also go to build/browser-a11y/results.txt.
#
# Usage: perl t/browser/a11y.pl NGINX AXE_JS
#        A11Y_CONF=DIR checks DIR's privacy_banner*.html and
#        privacy_placeholder.html instead of conf/ (e.g. an older version).
use strict;
use warnings;
use utf8;
use Test::More;
use HTTP::Tiny;
use JSON::PP;
use File::Temp qw(tempdir);
use File::Path qw(make_path);
use File::Basename qw(dirname basename);
use Time::HiRes qw(sleep time);
use Cwd qw(abs_path);
use POSIX qw(WNOHANG);
use IO::Socket::INET;
use MIME::Base64 qw(decode_base64);

my ($nginx, $axe_js) = @ARGV;
my $root = abs_path(dirname(__FILE__) . '/../..');
my $chromium = '/usr/bin/chromium';
my $driver = '/usr/bin/chromedriver';

plan skip_all => "Chromium is not installed (apt-get install chromium "
                 . "chromium-driver): accessibility test skipped"
    unless -x $chromium && -x $driver;
plan skip_all => "axe-core is not installed (make test-browser-a11y installs "
                 . "it with npm): accessibility test skipped"
    unless $axe_js && -f $axe_js;
die "usage: $0 NGINX AXE_JS\n" unless $nginx && -x $nginx;

my $conf = $ENV{A11Y_CONF} // "$root/conf";
my $port = $ENV{A11Y_PORT} || 19920;
my %port = (nginx => $port, driver => $port + 1);
my $MAX_BANNER = 4096;
my @FULL = (1280, 720);               # the desktop viewport
my @ZOOM = (640, 360);                # the same at 200% zoom

my $http = HTTP::Tiny->new(timeout => 60);
my $json = JSON::PP->new->canonical->utf8;
my $tmp = tempdir('privacy-a11y-XXXXXX', TMPDIR => 1, CLEANUP => 1);
my $out = "$root/build/browser-a11y";
make_path($out, "$tmp/site", "$tmp/logs");

binmode(Test::More->builder->$_, ':encoding(UTF-8)')
    for qw(output failure_output todo_output);

my @report;
sub note_line { push @report, $_[0]; diag($_[0]) }

sub slurp {
    my ($f) = @_;
    open my $fh, '<:raw', $f or die "$f: $!";
    local $/;
    return scalar <$fh>;
}

sub spew {
    my ($f, $s) = @_;
    open my $fh, '>:raw', $f or die "$f: $!";
    print $fh $s;
    close $fh;
}

# --- the files under test --------------------------------------------------

my @banners;
for my $f (sort glob("$conf/privacy_banner*.html")) {
    my ($tag) = basename($f) =~ /^privacy_banner(?:\.([a-z]{2,3}(?:-[A-Za-z0-9]+)*))?\.html$/
        or next;
    push @banners, { file => $f, name => basename($f), tag => $tag // 'en',
                     html => slurp($f) };
}
# the English banner first: the others are compared with it
@banners = sort { ($a->{tag} ne 'en') <=> ($b->{tag} ne 'en')
                  || $a->{tag} cmp $b->{tag} } @banners;
die "no privacy_banner*.html in $conf\n"
    unless @banners || ($ENV{A11Y_CONF} && -f "$conf/privacy_placeholder.html");

if (!$ENV{A11Y_CONF}) {
    for my $want (qw(privacy_banner.html privacy_banner.zh.html
                     privacy_banner.de.html privacy_banner.fr.html
                     privacy_placeholder.html)) {
        ok(-f "$conf/$want", "conf/$want exists");
    }
}

# --- processes we start (stopped by PID in END) ---------------------------

my (%pids, $sid);

sub spawn {
    my ($what, $log, @cmd) = @_;
    my $pid = fork // die "fork: $!";
    if ($pid == 0) {
        open STDIN, '<', '/dev/null';
        open STDOUT, '>>', $log;
        open STDERR, '>&', \*STDOUT;
        exec @cmd or POSIX::_exit(127);     # no END blocks in the child
    }
    $pids{$what} = $pid;
}

sub stop_pid {
    my ($what) = @_;
    my $pid = delete $pids{$what} or return;
    kill 'TERM', $pid;
    for (1 .. 50) {
        return if waitpid($pid, WNOHANG) == $pid;
        sleep 0.1;
    }
    kill 'KILL', $pid;
    waitpid $pid, 0;
}

sub stop_all {
    if ($sid) {
        my $s = $sid;
        $sid = undef;
        eval { wd('DELETE', "/session/$s") };
    }
    stop_pid($_) for qw(driver nginx);
}
END { my $rc = $?; stop_all(); $? = $rc; }
$SIG{INT} = $SIG{TERM} = sub { stop_all(); exit 1 };

sub wait_for {
    my ($what, $secs, $test) = @_;
    my $end = time + $secs;
    while (time < $end) {
        return 1 if $test->();
        sleep 0.1;
    }
    BAIL_OUT("$what did not come up within ${secs}s");
}

for my $p (values %port) {
    BAIL_OUT("port $p on 127.0.0.1 is in use (set A11Y_PORT)")
        if IO::Socket::INET->new(PeerAddr => "127.0.0.1:$p", Timeout => 1);
}

# --- nginx: the pages, and a stand-in consent endpoint that records posts --

spew("$tmp/nginx.conf", <<"EOF");
daemon off;
master_process off;
worker_processes 1;
pid $tmp/nginx.pid;
error_log $tmp/logs/error.log warn;
events { worker_connections 64; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    charset utf-8;
    client_body_temp_path $tmp/body;
    proxy_temp_path $tmp/proxy;
    fastcgi_temp_path $tmp/fastcgi;
    uwsgi_temp_path $tmp/uwsgi;
    scgi_temp_path $tmp/scgi;
    access_log off;
    log_format posted '\$request_method \$request_uri [\$request_body]';
    server {
        listen 127.0.0.1:$port{nginx};
        root $tmp/site;
        add_header Cache-Control no-store;
        # the real endpoint sets a cookie and answers 303; this one only
        # records what the browser posted (proxy_pass reads the body)
        location = /privacy/consent {
            access_log $tmp/logs/posted.log posted;
            proxy_pass http://127.0.0.1:$port{nginx}/recorded;
        }
        location = /recorded {
            default_type text/html;
            return 200 "<!DOCTYPE html><html lang=en><title>Recorded</title><main><h1>Recorded</h1></main>";
        }
    }
}
EOF
my $syntax = qx{'$nginx' -p '$tmp' -c '$tmp/nginx.conf' -t -q 2>&1};
BAIL_OUT("nginx -t failed: $syntax") if $?;
spawn('nginx', "$tmp/logs/nginx.out", $nginx, '-p', $tmp, '-c', "$tmp/nginx.conf");
my $site = "http://127.0.0.1:$port{nginx}";
wait_for('nginx', 10, sub { $http->get("$site/recorded")->{success} });

# --- WebDriver --------------------------------------------------------------

sub wd {
    my ($method, $path, $body) = @_;
    my $res = $http->request($method, "http://127.0.0.1:$port{driver}$path", {
        headers => { 'Content-Type' => 'application/json' },
        defined $body ? (content => $json->encode($body)) : (),
    });
    my $data = eval { $json->decode($res->{content}) } // {};
    die "WebDriver $method $path: $res->{status} "
        . substr($res->{content} // '', 0, 300) . "\n"
        unless $res->{success};
    return $data->{value};
}

spawn('driver', "$tmp/logs/driver.log", $driver, "--port=$port{driver}");
wait_for('chromedriver', 10, sub {
    $http->get("http://127.0.0.1:$port{driver}/status")->{success} });
my $caps = wd('POST', '/session', { capabilities => { alwaysMatch => {
    browserName => 'chrome',
    'goog:chromeOptions' => {
        binary => $chromium,
        args => [ '--headless', '--no-sandbox', '--disable-gpu',
                  '--disable-quic', '--no-first-run',
                  '--disable-background-networking',
                  '--disable-component-update', '--disable-sync',
                  '--hide-scrollbars', '--force-device-scale-factor=1',
                  '--user-data-dir=' . tempdir(DIR => $tmp) ],
    },
} } });
$sid = $caps->{sessionId} or BAIL_OUT('no WebDriver session');
wd('POST', "/session/$sid/timeouts", { pageLoad => 15000, script => 30000 });

sub go     { wd('POST', "/session/$sid/url", { url => $_[0] }) }
sub js     { wd('POST', "/session/$sid/execute/sync",
                { script => $_[0], args => [ @_[1 .. $#_] ] }) }
sub js_async { wd('POST', "/session/$sid/execute/async",
                  { script => $_[0], args => [ @_[1 .. $#_] ] }) }
sub find   { my $e = wd('POST', "/session/$sid/element",
                        { using => 'css selector', value => $_[0] });
             return (values %$e)[0] }
sub click  { wd('POST', "/session/$sid/element/" . find($_[0]) . '/click', {}) }
sub shot   { spew("$out/$_[0].png",
                  decode_base64(wd('GET', "/session/$sid/screenshot"))) }
sub tab    { wd('POST', "/session/$sid/actions", { actions => [ {
                 type => 'key', id => 'keyboard', actions => [
                     { type => 'keyDown', value => "\x{E004}" },
                     { type => 'keyUp', value => "\x{E004}" } ] } ] }) }

# the viewport (not the window) of the given size
sub viewport {
    my ($w, $h) = @_;
    wd('POST', "/session/$sid/window/rect", { width => $w, height => $h });
    my $in = js('return [window.innerWidth, window.innerHeight];');
    wd('POST', "/session/$sid/window/rect",
       { width => 2 * $w - $in->[0], height => 2 * $h - $in->[1] });
    return js('return [window.innerWidth, window.innerHeight];');
}

# --- helpers run in the page ------------------------------------------------

my $axe_src = slurp($axe_js);
my ($axe_version) = $axe_src =~ /axe v(\d+\.\d+\.\d+)/;

# WCAG contrast of two computed colours (alpha composited on white)
my $COLOR_JS = <<'EOF';
function rgb(c) {
  var m = /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)/.exec(c);
  if (!m) return null;
  var a = m[4] === undefined ? 1 : +m[4];
  return [+m[1], +m[2], +m[3]].map(function (v) { return v * a + 255 * (1 - a); })
         .concat([a]);
}
function lum(c) {
  return [0, 1, 2].map(function (i) {
    var v = c[i] / 255;
    return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
  }).reduce(function (s, v, i) { return s + v * [0.2126, 0.7152, 0.0722][i]; }, 0);
}
// the background an element is drawn on: the first one that is not transparent
function bgOf(e) {
  for (; e && e.nodeType === 1; e = e.parentElement) {
    var c = getComputedStyle(e).backgroundColor, m = rgb(c);
    if (m && m[3] > 0) return c;
  }
  return 'rgb(255, 255, 255)';
}
function contrast(a, b) {
  a = rgb(a); b = rgb(b);
  if (!a || !b) return 0;
  var x = lum(a), y = lum(b);
  return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
}
EOF

sub axe_run {
    my ($sel) = @_;
    my $loaded = js("$axe_src\n;return typeof axe === 'object' ? axe.version : null;");
    die "axe-core did not load\n" unless $loaded;
    my $r = js_async(<<'EOF', $sel);
var sel = arguments[0], done = arguments[arguments.length - 1];
var parts = [].slice.call(document.querySelectorAll(sel));
axe.run(document, { resultTypes: ['violations', 'incomplete'] }).then(function (r) {
  function inside(t) {
    var e = null;
    try { e = document.querySelector(t[t.length - 1]); } catch (x) {}
    return !!e && parts.some(function (p) { return p.contains(e); });
  }
  function f(list) {
    return list.map(function (v) {
      return { id: v.id, impact: v.impact, help: v.help,
               nodes: v.nodes.map(function (n) {
                 return { target: n.target.join(' '), impact: n.impact,
                          inside: inside(n.target),
                          summary: (n.failureSummary || '').replace(/\s+/g, ' '),
                          why: n.any.concat(n.all, n.none).map(function (c) {
                            return c.message; }).join('; ') };
               }) };
    });
  }
  done({ violations: f(r.violations), incomplete: f(r.incomplete) });
}, function (e) { done({ error: String(e) }); });
EOF
    die "axe.run: $r->{error}\n" if $r->{error};
    return $r;
}

# The whole page is checked and every finding reported; a serious or
# critical violation inside the part under test ($sel) fails.  Findings in
# the rest of the page (the hostile CSS also makes the test page's own text
# hard to read) are reported as the page's.
sub check_axe {
    my ($what, $sel) = @_;
    my $r = axe_run($sel);
    my (@bad, $mine);
    for my $v (@{ $r->{violations} }) {
        for my $n (@{ $v->{nodes} }) {
            my $impact = $n->{impact} // $v->{impact} // 'unknown';
            my $where = $n->{inside} ? '' : ' [test page, not counted]';
            $mine++ if $n->{inside};
            note_line("axe $what: [$impact] $v->{id}: $v->{help} -- "
                      . "$n->{target}$where"
                      . ($n->{summary} ? " ($n->{summary})" : ''));
            push @bad, "$v->{id} $n->{target}"
                if $n->{inside} && $impact =~ /^(serious|critical)$/;
        }
    }
    for my $v (@{ $r->{incomplete} }) {
        for my $n (@{ $v->{nodes} }) {
            next unless $n->{inside};
            note_line("axe $what: needs review ($v->{id}, "
                      . ($n->{impact} // $v->{impact} // '-') . "): $n->{target}"
                      . ($n->{why} ? " ($n->{why})" : ''));
        }
    }
    note_line("axe $what: no violation in $sel") unless $mine;
    ok(!@bad, "axe $what: no serious or critical violation")
        or diag(join "\n", map { "  $_" } @bad);
}

# --- the pages ----------------------------------------------------------------

# CSS a site might well have: a reset that strips buttons, inputs and focus
# rings, and element, class and ID rules around the place the markup lands
my $HOSTILE_CSS = <<'EOF';
*,*::before,*::after{box-sizing:content-box;margin:0;padding:0;border:0 solid}
html{font-size:12px}
body{font:13px/1.9 Georgia,serif;color:#444;background:#fdfcf7;letter-spacing:.03em;text-align:justify}
button,input,select{font:inherit;color:inherit;background:transparent;padding:0;border:0;-webkit-appearance:none;appearance:none}
:focus,:focus-visible{outline:none}
a{color:inherit;text-decoration:none}
h1,h2,h3{font-size:inherit;font-weight:inherit;text-transform:uppercase}
section{display:grid;grid-template-columns:1fr 1fr;padding:4em 0;background:#222;color:#ccc}
aside,form{float:right;width:30%}
p{margin-bottom:1.5em;color:#666}
footer p{color:#ddd}
label{display:block;font-size:10px;color:#aaa;text-transform:uppercase}
fieldset{border:1px dotted #ccc;padding:2em}
legend{font-size:10px;color:#bbb}
span,strong{color:#999;font-size:11px}
form button,footer button{background:#eee;color:#bbb;font-size:10px;padding:1px 2px}
#content button,#content span,#content p{color:#aaa;background:#f5f5f5;font-size:11px;line-height:1.1}
.row,.btn,.box,.note,.text,.title{display:none}
header,footer{background:#333;color:#ddd;padding:1em}
nav ul{list-style:none;display:flex;gap:1em}
EOF

my $LOREM = join "\n", map { "<p>Paragraph $_ of the article, with "
    . "<a href=\"/more/$_\">a link to more</a>. Lorem ipsum dolor sit amet, "
    . "consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore "
    . "et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud "
    . "exercitation ullamco laboris nisi ut aliquip ex ea commodo consequat.</p>" }
    1 .. 12;

sub page {
    my (%a) = @_;
    my $css = $a{hostile} ? "<style>\n$HOSTILE_CSS</style>\n" : '';
    return <<"EOF";
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>$a{title} - Example shop</title>
$css</head>
<body>
<header>
<a href="/">Example shop</a>
<nav aria-label="Main"><ul><li><a href="/products">Products</a></li><li><a href="/stores">Stores</a></li><li><a href="/contact">Contact</a></li></ul></nav>
</header>
<main id="content">
<h1>$a{title}</h1>
$a{main}
</main>
<footer><p>Example shop, 1 Example Street &middot; <a href="/privacy-policy">Privacy policy</a></p></footer>
$a{end}</body>
</html>
EOF
}

# --- the banners -------------------------------------------------------------------

# the banner's forms, controls and link, for comparing the languages
my $STRUCT_JS = <<'EOF';
var b = document.getElementById('privacy-banner');
if (!b) return null;
return {
  forms: [].map.call(b.querySelectorAll('form'), function (f) {
    return { method: f.getAttribute('method'), action: f.getAttribute('action'),
             controls: [].map.call(f.elements, function (e) {
               return [e.tagName.toLowerCase(), e.type, e.name, e.value,
                       e.id, e.checked ? 1 : 0, e.disabled ? 1 : 0].join(' ');
             }) };
  }),
  links: [].map.call(b.querySelectorAll('a[href]'), function (a) {
    return a.getAttribute('href'); })
};
EOF

# the part of the banner that stays on screen: the element whose position is
# fixed (the root itself, or the panel inside it)
my $PANEL_JS = <<'EOF';
function panel(root) {
  return [root].concat([].slice.call(root.querySelectorAll('*'))).filter(function (e) {
    return getComputedStyle(e).position === 'fixed'; })[0] || root;
}
EOF

my $ROOT_JS = $PANEL_JS . <<'EOF';
var b = document.getElementById('privacy-banner');
if (!b) return null;
var p = panel(b);
var name = '', l = b.getAttribute('aria-labelledby');
if (l && document.getElementById(l)) name = document.getElementById(l).textContent.trim();
else name = b.getAttribute('aria-label') || '';
return { tag: b.tagName.toLowerCase(), role: b.getAttribute('role'),
         lang: b.getAttribute('lang'), name: name,
         heading: !!b.querySelector('h1,h2,h3,h4,h5,h6,[role=heading]'),
         fixed: getComputedStyle(p).position === 'fixed',
         height: p.getBoundingClientRect().height,
         vh: window.innerHeight };
EOF

# the computed look of the reject and accept buttons
my $BUTTONS_JS = $COLOR_JS . <<'EOF';
var b = document.getElementById('privacy-banner');
function look(sel) {
  var e = b && b.querySelector(sel);
  if (!e) return null;
  var cs = getComputedStyle(e), r = e.getBoundingClientRect();
  var bg = bgOf(e.parentElement);
  var props = ['fontSize', 'fontWeight', 'fontFamily', 'paddingTop',
    'paddingRight', 'paddingBottom', 'paddingLeft', 'borderTopWidth',
    'borderTopStyle', 'borderTopColor', 'backgroundColor', 'color',
    'borderRadius', 'textTransform'];
  var o = {};
  props.forEach(function (p) { o[p] = cs[p]; });
  o.height = Math.round(r.height);
  o.width = Math.round(r.width);
  o.text = e.textContent.trim();
  o.textContrast = contrast(cs.color, cs.backgroundColor);
  o.borderContrast = cs.borderTopStyle !== 'none' && parseFloat(cs.borderTopWidth) > 0
                     ? contrast(cs.borderTopColor, bg) : 0;
  o.fillContrast = contrast(cs.backgroundColor, bg);
  return o;
}
return { reject: look('button[name=deny][value=all]'),
         accept: look('button[name=grant][value=all]') };
EOF

# a short name of a control, for the reports
sub a_key { <<'EOF' }
function key(e) {
  var k = e.tagName.toLowerCase();
  if (e.name) k += '[' + e.name + '=' + e.value + ']';
  else if (e.type === 'submit') k += '[save]';
  if (e.id) k += '#' + e.id;
  if (e.tagName === 'A') k += '[' + e.getAttribute('href') + ']';
  return k;
}
EOF

# where the focus is, inside the given root
# Where the focus is: inside the root (its key, its outline, whether it is in
# view), or on a control of the page that the panel of `cover` hides
my $FOCUS_JS = $COLOR_JS . $PANEL_JS . a_key() . <<'EOF';
var root = document.querySelector(arguments[0]), e = document.activeElement;
var cover = arguments[1] && document.querySelector(arguments[1]);
if (!root || !e || e === document.body) return null;
if (!root.contains(e) || e === root) {
  if (!cover || cover.contains(e)) return null;
  var p = panel(cover).getBoundingClientRect(), q = e.getBoundingClientRect();
  return { outside: 1, key: key(e),
           hidden: q.top >= p.top ? 'entirely' : q.bottom > p.top + 1 ? 'partly' : '' };
}
var cs = getComputedStyle(e), r = e.getBoundingClientRect();
var ring = cs.outlineStyle !== 'none' ? parseFloat(cs.outlineWidth) : 0;
return { key: key(e), ring: ring,
         ringContrast: ring ? contrast(cs.outlineColor, bgOf(e.parentElement)) : 0,
         inView: r.top >= 0 && r.left >= 0 && r.bottom <= window.innerHeight + 1
                 && r.right <= window.innerWidth + 1 };
EOF

# at the end of the page, the page's last line is above the panel
my $END_JS = $PANEL_JS . <<'EOF';
var root = document.querySelector(arguments[0]);
window.scrollTo(0, document.documentElement.scrollHeight);
var last = document.querySelector('footer') || document.body.lastElementChild;
return { footer: Math.round(last.getBoundingClientRect().bottom),
         panel: Math.round(panel(root).getBoundingClientRect().top) };
EOF

# the focusable controls inside a root, in document order
my $FOCUSABLE_JS = <<'EOF';
var root = document.querySelector(arguments[0]);
return [].filter.call(root.querySelectorAll('a[href],button,input,select,textarea'),
  function (e) { return !e.disabled && e.type !== 'hidden'; }).length;
EOF

# 200% zoom: nothing wider than the viewport; every control can be shown
my $ZOOM_JS = $PANEL_JS . <<'EOF';
var root = document.querySelector(arguments[0]), vw = window.innerWidth;
var pn = panel(root);
var r = { overflow: [], hidden: [], scrolls: false };
[root].concat([].slice.call(root.querySelectorAll('*'))).forEach(function (e) {
  if (e.tagName === 'STYLE' || e.type === 'hidden') return;
  var b = e.getBoundingClientRect();
  if (b.width && (b.left < -1 || b.right > vw + 1))
    r.overflow.push(e.tagName.toLowerCase() + ' ' + Math.round(b.left) + '..' + Math.round(b.right));
});
if (pn.scrollWidth > pn.clientWidth + 1)
  r.overflow.push('scrolls sideways: ' + pn.scrollWidth + ' > ' + pn.clientWidth);
[].forEach.call(root.querySelectorAll('a[href],button,input:not([type=hidden])'), function (e) {
  e.scrollIntoView({ block: 'nearest' });
  var b = e.getBoundingClientRect(), x = b.left + b.width / 2, y = b.top + b.height / 2;
  var hit = document.elementFromPoint(x, y);
  if (!(hit && (hit === e || e.contains(hit) || (hit.control === e) ||
                (hit.tagName === 'LABEL' && hit.htmlFor === e.id))))
    r.hidden.push(e.tagName.toLowerCase() + (e.name ? '[' + e.name + ']' : ''));
});
r.scrolls = pn.scrollHeight > pn.clientHeight;
r.overflowY = getComputedStyle(pn).overflowY;
r.height = Math.round(pn.getBoundingClientRect().height);
return r;
EOF

sub posted {
    my ($after) = @_;
    my $log = "$tmp/logs/posted.log";
    for (1 .. 50) {
        my @l = -f $log ? split /\n/, slurp($log) : ();
        return $l[-1] if @l > $after;
        sleep 0.1;
    }
    return '';
}
sub posted_count {
    my $log = "$tmp/logs/posted.log";
    return -f $log ? scalar(() = slurp($log) =~ /\n/g) : 0;
}

# Tab from the top of the page until the focus has left the root again;
# returns the keys of the controls focused inside it, and the problems seen
sub tab_through {
    my ($sel, $max, $cover) = @_;
    my (@keys, @bad, @under, $inside);
    for (1 .. $max) {
        tab();
        my $f = js($FOCUS_JS, $sel, $cover);
        if (!$f || $f->{outside}) {
            last if $inside;
            # a control of the page: not hidden under the banner (2.4.11)
            push @under, "$f->{key}: $f->{hidden} under the banner"
                if $f && $f->{hidden};
            next;
        }
        $inside = 1;
        push @keys, $f->{key};
        push @bad, "$f->{key}: no focus outline" unless $f->{ring} >= 2;
        push @bad, sprintf("%s: focus outline contrast %.2f < 3", $f->{key},
                           $f->{ringContrast})
            if $f->{ring} && $f->{ringContrast} < 3;
        push @bad, "$f->{key}: focused but not in the viewport" unless $f->{inView};
    }
    return (\@keys, \@bad, \@under);
}

my ($ref_struct, $ref_css);
for my $b (@banners) {
    my $n = $b->{name};
    my $size = length $b->{html};
    note_line("$n: $size bytes, lang tag $b->{tag}");
    ok($size <= $MAX_BANNER, "$n: at most $MAX_BANNER bytes ($size)");
    unlike($b->{html}, qr/<script/i, "$n: no script");

    for my $hostile (0, 1) {
        my $variant = $hostile ? 'hostile site CSS' : 'no site CSS';
        my $what = "$n ($variant)";
        my $file = "banner-$b->{tag}-" . ($hostile ? 'hostile' : 'plain') . '.html';
        spew("$tmp/site/$file", page(title => 'Spring collection', hostile => $hostile,
             main => $LOREM, end => $b->{html}));

        viewport(@FULL);
        go("$site/$file");
        my $r = js($ROOT_JS);
        shot($file =~ s/\.html$//r);
        ok($r, "$what: #privacy-banner is in the page") or next;
        ok(($r->{tag} =~ /^(section|aside)$/ && $r->{name} ne '')
           || ($r->{role} // '') =~ /^(region|dialog|complementary)$/,
           "$what: a named landmark (<$r->{tag}"
           . ($r->{role} ? " role=$r->{role}" : '') . "> \"$r->{name}\")");
        ok($r->{heading}, "$what: a heading");
        ok($r->{fixed}, "$what: stays on screen (position: fixed)");
        my $lang = $r->{lang} // '';
        ok($lang =~ /^\Q$b->{tag}\E(-|$)/i,
           "$what: lang=\"$lang\" matches the file's tag $b->{tag}");
        note_line(sprintf("%s: banner %dpx of a %dpx viewport", $what,
                          $r->{height}, $r->{vh}));

        check_axe($what, '#privacy-banner');

        my $btn = js($BUTTONS_JS);
        if (ok($btn->{reject} && $btn->{accept}, "$what: reject-all and accept-all buttons")) {
            my ($rj, $ac) = @$btn{qw(reject accept)};
            my @diff = grep { $rj->{$_} ne $ac->{$_} } qw(fontSize fontWeight
                fontFamily paddingTop paddingRight paddingBottom paddingLeft
                borderTopWidth borderTopStyle borderTopColor backgroundColor
                color borderRadius textTransform height);
            ok(!@diff, "$what: \"$rj->{text}\" and \"$ac->{text}\" look the same "
               . "(font $rj->{fontSize} $rj->{fontWeight}, padding $rj->{paddingTop} "
               . "$rj->{paddingRight}, height $rj->{height}px)")
                or diag("  differ: " . join ', ', map {
                    "$_: $rj->{$_} / $ac->{$_}" } @diff);
            my $wr = $rj->{width} / ($ac->{width} || 1);
            ok($wr > 0.75 && $wr < 1.33, "$what: widths $rj->{width}px / $ac->{width}px");
            for my $k (qw(reject accept)) {
                my $o = $btn->{$k};
                ok($o->{borderContrast} >= 3 || $o->{fillContrast} >= 3,
                   sprintf("%s: %s has a visible border (%.1f:1) or background (%.1f:1)",
                           $what, $k, $o->{borderContrast}, $o->{fillContrast}));
                ok($o->{textContrast} >= 4.5,
                   sprintf("%s: %s text contrast %.1f:1", $what, $k, $o->{textContrast}));
            }
        }

        my $want = js($FOCUSABLE_JS, '#privacy-banner');
        my ($keys, $bad, $under) = tab_through('#privacy-banner', 60,
                                               '#privacy-banner');
        note_line("$what: Tab order: " . join(' > ', @$keys));
        ok(!@$under, "$what: no control of the page gets the focus under the banner")
            or diag(join "\n", map { "  $_" } @$under);
        my $end = js($END_JS, '#privacy-banner');
        ok($end->{footer} <= $end->{panel} + 1, "$what: the end of the page "
           . "scrolls above the banner ($end->{footer} <= $end->{panel})");
        my ($ri) = grep { $keys->[$_] =~ /^button\[deny=all\]/ } 0 .. $#$keys;
        my ($ai) = grep { $keys->[$_] =~ /^button\[grant=all\]/ } 0 .. $#$keys;
        ok(defined $ri && defined $ai && $ri < $ai,
           "$what: Tab reaches reject-all before accept-all");
        is(scalar @$keys, $want, "$what: Tab reaches each of the $want controls once");
        ok(!@$bad, "$what: every focused control shows its focus in view")
            or diag(join "\n", map { "  $_" } @$bad);

        my $z = viewport(@ZOOM);
        go("$site/$file");
        my $zr = js($ZOOM_JS, '#privacy-banner');
        js($PANEL_JS . 'window.scrollTo(0, 0); '
           . 'panel(document.getElementById("privacy-banner")).scrollTop = 0;');
        shot($file =~ s/\.html$/-zoom200/r);
        note_line(sprintf("%s: at 200%% zoom (%dx%d) the banner is %dpx high%s",
            $what, @$z, $zr->{height},
            $zr->{scrolls} ? ", scrolls (overflow-y $zr->{overflowY})" : ''));
        ok(!@{ $zr->{overflow} }, "$what: 200% zoom: nothing overflows sideways")
            or diag(join "\n", map { "  $_" } @{ $zr->{overflow} });
        ok(!@{ $zr->{hidden} }, "$what: 200% zoom: every control can be scrolled into view")
            or diag(join "\n", map { "  hidden: $_" } @{ $zr->{hidden} });
        ok(!$zr->{scrolls} || $zr->{overflowY} =~ /^(auto|scroll)$/,
           "$what: 200% zoom: a banner taller than its room scrolls");
        go("$site/$file");
        ($keys, $bad, $under) = tab_through('#privacy-banner', 60,
                                            '#privacy-banner');
        is(scalar @$keys, $want, "$what: 200% zoom: Tab reaches the $want controls");
        ok(!@$bad, "$what: 200% zoom: every focused control shows its focus in view")
            or diag(join "\n", map { "  $_" } @$bad);
        ok(!@$under, "$what: 200% zoom: no control of the page gets the focus under the banner")
            or diag(join "\n", map { "  $_" } @$under);
        $end = js($END_JS, '#privacy-banner');
        ok($end->{footer} <= $end->{panel} + 1, "$what: 200% zoom: the end of the page "
           . "scrolls above the banner ($end->{footer} <= $end->{panel})");
    }

    # the same forms in every language, and each button posts what it should
    viewport(@FULL);
    go("$site/banner-$b->{tag}-plain.html");
    my $s = js($STRUCT_JS);
    # the CSS is copied into each file: the same but for the font stack
    my ($css) = $b->{html} =~ m{<style>(.*?)</style>}s;
    $css //= '';
    $css =~ s/\bfont:[^;}]*//g;
    if (!$ref_struct) {
        ($ref_struct, $ref_css) = ($s, $css);
    } else {
        is_deeply($s, $ref_struct, "$n: the same forms, controls and link as the English banner");
        ok($css eq $ref_css, "$n: the same CSS as the English banner, but for the font");
    }
    my @posts = (
        [ 'button[name=deny][value=all]', [], 'deny=all' ],
        [ 'button[name=grant][value=all]', [], 'grant=all' ],
        [ '#privacy-banner button[type=submit]:not([name])', [ '#privacy-analytics' ],
          'grant=&grant=analytics' ],
    );
    for my $p (@posts) {
        my ($button, $boxes, $body) = @$p;
        my $before = posted_count();
        go("$site/banner-$b->{tag}-hostile.html");
        eval { click($_) for @$boxes; click($button); 1 }
            or diag("click: $@");
        my $line = posted($before);
        is($line, "POST /privacy/consent [$body]", "$n: $button posts $body");
    }
    # at 200% zoom, with the site's CSS, "Reject all" is still a click away
    viewport(@ZOOM);
    my $before = posted_count();
    go("$site/banner-$b->{tag}-hostile.html");
    eval { click('button[name=deny][value=all]'); 1 } or diag("click: $@");
    is(posted($before), 'POST /privacy/consent [deny=all]',
       "$n: at 200% zoom, Reject all posts deny=all");
}

# --- the placeholder for blocked embeds -------------------------------------

# what the C side does to a value (docs/html.md): HTML-escape it; {{return}}
# is percent-encoded first
my %esc = ('&' => '&amp;', '<' => '&lt;', '>' => '&gt;', '"' => '&quot;',
           "'" => '&#39;');
sub html_escape { (my $s = shift) =~ s/([&<>"'])/$esc{$1}/g; $s }
sub pct { (my $s = shift) =~ s{([^A-Za-z0-9\-._~/])}{sprintf '%%%02X', ord $1}ge; $s }
sub fill {
    my ($t, %v) = @_;
    $t =~ s/\{\{(\w+)\}\}/html_escape($v{$1})/ge;
    return $t;
}

my $ph_file = "$conf/privacy_placeholder.html";
if (-f $ph_file) {
    my $tpl = slurp($ph_file);
    my %known = map { $_ => 1 } qw(service host category grant return width
                                   height);

    # the C side drops the leading comment and HTML-escapes every value
    (my $body = $tpl) =~ s/\A\s*<!--.*?-->\s*//s;
    $body =~ s/\s+\z//;
    my @names = $body =~ /\{\{(.*?)\}\}/g;
    my @unknown = grep { !$known{$_} } @names;
    ok(!@unknown, 'placeholder: only documented {{names}}')
        or diag("  unknown: @unknown");
    my %used = map { $_ => 1 } @names;
    ok($used{$_}, "placeholder: uses {{$_}}") for qw(service category grant return);
    unlike($body, qr/<script/i, 'placeholder: no script');
    note_line(sprintf('privacy_placeholder.html: %d bytes, %d after its comment',
                      length $tpl, length $body));

    my $return = '/article?id=7&lang=en';
    my @embeds = (
        { service => 'YouTube', host => 'www.youtube-nocookie.com',
          category => 'marketing', grant => 'marketing',
          width => '560px', height => '315px' },
        { service => 'Maps & "Routes" <beta>', host => 'maps.example.net',
          category => 'marketing', grant => 'marketing',
          width => '100%', height => '450px' },
        { service => "Reviews' widget", host => 'widgets.example.org',
          category => 'preferences', grant => 'analytics,preferences',
          width => '300px', height => '150px' },
    );
    my @ph = map { fill($body, %$_, return => pct($return)) } @embeds;
    ok(!grep(/\{\{/, @ph), 'placeholder: nothing left to substitute');
    my $main = <<"EOF";
<p>An article with three embeds the gateway has blocked.</p>
<p>A video in a paragraph: $ph[0] and the paragraph goes on.</p>
<figure>$ph[1]<figcaption>How to find us</figcaption></figure>
<form id="site-form" action="/order" method="post">
<p><label for="site-name">Your name</label> <input id="site-name" name="name" required></p>
<p>What others say: $ph[2]</p>
<p><label for="site-mail">E-mail</label> <input id="site-mail" name="mail" type="email" required></p>
<p><button type="submit">Order</button></p>
</form>
$LOREM
EOF
    my $once = qq{<form id="privacy-embed-consent" method="post" hidden></form>\n};

    for my $hostile (0, 1) {
        my $variant = $hostile ? 'hostile site CSS' : 'no site CSS';
        my $what = "placeholder ($variant)";
        my $file = 'placeholder-' . ($hostile ? 'hostile' : 'plain') . '.html';
        spew("$tmp/site/$file", page(title => 'Our new store', hostile => $hostile,
             main => $main, end => $once));
        viewport(@FULL);
        go("$site/$file");
        my $info = js(<<'EOF');
var ph = document.querySelectorAll('.privacy-ph'), f = document.getElementById('site-form');
return { count: ph.length,
  boxes: [].map.call(ph, function (e) {
    var r = e.getBoundingClientRect(), b = e.querySelector('button');
    var pe = e.parentElement, pc = getComputedStyle(pe);
    return { w: Math.round(r.width), h: Math.round(r.height), text: e.textContent,
             pw: Math.round(pe.clientWidth - parseFloat(pc.paddingLeft)
                            - parseFloat(pc.paddingRight)),
             lang: e.getAttribute('lang'),
             value: b && b.value, form: b && b.form && b.form.id,
             action: b && b.formAction, method: b && b.formMethod };
  }),
  site: f ? [].map.call(f.elements, function (e) { return e.name || e.type; }) : [] };
EOF
        js('document.querySelector(".privacy-ph").scrollIntoView()');
        shot($file =~ s/\.html$//r);
        js('document.querySelector("#site-form").scrollIntoView()');
        shot($file =~ s/\.html$/-in-form/r);
        is($info->{count}, 3, "$what: three placeholders in the page");
        is_deeply($info->{site}, [ 'name', 'mail', 'submit' ],
                  "$what: the site's form keeps its own fields, and only them");
        for my $i (0 .. $#embeds) {
            my ($e, $bx) = ($embeds[$i], $info->{boxes}[$i]);
            next unless $bx;
            like($bx->{text}, qr/\Q$e->{service}\E/, "$what $i: names the service");
            like($bx->{text}, qr/\Q$e->{category}\E/, "$what $i: names the category");
            ok(($bx->{lang} // '') ne '', "$what $i: has a lang");
            is($bx->{value}, $e->{grant}, "$what $i: the button grants $e->{grant}");
            is($bx->{form}, 'privacy-embed-consent', "$what $i: the button's form is the page's consent form");
            is($bx->{method}, 'post', "$what $i: the button posts");
            like($bx->{action}, qr{/privacy/consent\?return=\Q${\ pct($return)}\E$},
                 "$what $i: to the endpoint, coming back to $return");
            my ($w) = $e->{width} =~ /^(\d+)px$/;
            $w //= $bx->{pw};
            ok(abs($bx->{w} - $w) <= 1, "$what $i: as wide as the iframe ($bx->{w}px, want $w)");
            my ($h) = $e->{height} =~ /^(\d+)px$/;
            ok($bx->{h} >= $h - 1, "$what $i: at least as high as the iframe ($bx->{h}px, want $h)");
        }
        check_axe($what, '.privacy-ph');

        my ($keys, $bad) = tab_through('.privacy-ph', 40);
        ok(@$keys >= 1, "$what: Tab reaches the first placeholder's button");
        ok(!@$bad, "$what: it shows its focus in view") or diag(join "\n", map { "  $_" } @$bad);

        viewport(@ZOOM);
        go("$site/$file");
        my $zr = js(<<'EOF' . "return z('.privacy-ph');");
function z(sel) {
  var vw = window.innerWidth, r = { overflow: [] };
  [].forEach.call(document.querySelectorAll(sel), function (p, i) {
    [p].concat([].slice.call(p.querySelectorAll('*'))).forEach(function (e) {
      if (e.tagName === 'STYLE') return;
      var b = e.getBoundingClientRect();
      if (b.width && (b.left < -1 || b.right > vw + 1))
        r.overflow.push(i + ': ' + e.tagName.toLowerCase() + ' ' + Math.round(b.left) + '..' + Math.round(b.right));
      if (e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX !== 'visible')
        r.overflow.push(i + ': ' + e.tagName.toLowerCase() + ' scrolls sideways');
    });
  });
  return r;
}
EOF
        ok(!@{ $zr->{overflow} }, "$what: 200% zoom: nothing overflows sideways")
            or diag(join "\n", map { "  $_" } @{ $zr->{overflow} });
        js('document.querySelector(".privacy-ph").scrollIntoView()');
        shot($file =~ s/\.html$/-zoom200/r);

        # from inside the site's form, with its required fields empty
        viewport(@FULL);
        my $before = posted_count();
        go("$site/$file");
        eval { click('#site-form .privacy-ph button'); 1 } or diag("click: $@");
        is(posted($before), 'POST /privacy/consent?return=' . pct($return)
           . ' [grant=analytics%2Cpreferences]',
           "$what: the button inside the site's form posts only its grant");
    }
} else {
    fail("no $ph_file");
}

open my $res, '>:encoding(UTF-8)', "$out/results.txt" or die "$out/results.txt: $!";
print $res join("\n", "axe-core $axe_version", @report), "\n";
close $res;
note_line("axe-core $axe_version; results in build/browser-a11y/results.txt");
done_testing();
