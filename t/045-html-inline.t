# Inline scripts: an inline <script> of a JavaScript type is held until its
# end tag and classified by the tracker URLs its text loads (in every
# spelling vendors use) and by script signature rules; remove, neutralize,
# granted or not; data blocks and ordinary page code left alone; the
# privacy_html_max_inline bound; every buffer split; activation; the
# discovery table; nginx -t errors.
use Test::Nginx::Socket 'no_plan';

no_long_string();
no_shuffle();
run_tests();

__DATA__


=== TEST 1: every form of inline loader, nothing granted, remove; counted per category
--- http_config
    privacy_consent_max_age 10y;
    privacy_category analytics { host googletagmanager.com; }
    privacy_category marketing {
        host connect.facebook.net doubleclick.net cnzz.com;
        url https://www.facebook.com/tr;
        script ".quantserve.com/quant.js";
    }
    privacy_status_zone privacy 64k;
--- config
    location /t/ {
        privacy on;
        privacy_html on;
        proxy_pass http://127.0.0.1:$TEST_NGINX_SERVER_PORT/;
    }
    location = /status {
        privacy_status;
    }
    location = /page.html {
        default_type text/html;
    }
--- user_files
>>> page.html
<p>1</p>
<script>(function(w,d,s,l,i){var j=d.createElement(s);j.async=true;j.src='https://www.googletagmanager.com/gtm.js?id='+i;var f=d.getElementsByTagName(s)[0];f.parentNode.insertBefore(j,f);})(window,document,'script','dataLayer','GTM-X');</script>
<p>2</p>
<script>!function(f,b,e,v,n,t,s){t=b.createElement(e);t.async=!0;t.src=v;s=b.getElementsByTagName(e)[0];s.parentNode.insertBefore(t,s)}(window,document,'script','//connect.facebook.net/en_US/fbevents.js');</script>
<p>3</p>
<script>var c={"loader":"https:\/\/connect.facebook.net\/signals\/config.js"};var s=document.createElement("script");s.src=c.loader;document.head.appendChild(s);</script>
<p>4</p>
<script type="text/javascript">document.write(unescape("%3Cspan id='cnzz_stat_icon_1'%3E%3C/span%3E%3Cscript src='https://s9.cnzz.com/z_stat.php%3Fid%3D1' type='text/javascript'%3E%3C/script%3E"));</script>
<p>5</p>
<script>document.write('<iframe src="https://1234.fls.doubleclick.net/activityi;src=1;ord=' + Math.random() + '?" width="1" height="1" style="display:none"></iframe>');</script>
<p>6</p>
<script type="module">import("https://www.googletagmanager.com/gtag/js?id=G-1");</script>
<p>7</p>
<script>var qc=document.createElement('script');qc.src=(document.location.protocol=="https:"?"https://secure":"http://edge")+".quantserve.com/quant.js";document.head.appendChild(qc);</script>
<p>8</p>
<script>new Image().src="https://www.facebook.com/tr?id=1&ev=PageView";</script>
<p>9</p>
<script>var a=document.createElement('script');a.src='https://www.googletagmanager.com/gtm.js';var b=document.createElement('script');b.src='https://connect.facebook.net/en_US/fbevents.js';</script>
<p>10</p>
--- request eval
["GET /t/page.html", "GET /status"]
--- response_body eval
["<p>1</p>\n\n<p>2</p>\n\n<p>3</p>\n\n<p>4</p>\n\n<p>5</p>\n\n<p>6</p>\n\n<p>7</p>\n\n<p>8</p>\n\n<p>9</p>\n\n<p>10</p>\n",
 qr/"analytics":\{"cookies_stripped":0,"elements_removed":3,.*"marketing":\{"cookies_stripped":0,"elements_removed":7,/]
--- no_error_log
[error]
[alert]


=== TEST 2: every form, nothing granted, neutralize: inert, text unchanged, category named
--- http_config
    privacy_consent_max_age 10y;
    privacy_category analytics { host googletagmanager.com; }
    privacy_category marketing {
        host connect.facebook.net doubleclick.net cnzz.com;
        url https://www.facebook.com/tr;
        script ".quantserve.com/quant.js";
    }
--- config
    location /t/ {
        privacy on;
        privacy_html on;
        privacy_html_action neutralize;
        proxy_pass http://127.0.0.1:$TEST_NGINX_SERVER_PORT/;
    }
    location = /page.html {
        default_type text/html;
    }
--- user_files
>>> page.html
<p>1</p>
<script>(function(w,d,s,l,i){var j=d.createElement(s);j.async=true;j.src='https://www.googletagmanager.com/gtm.js?id='+i;var f=d.getElementsByTagName(s)[0];f.parentNode.insertBefore(j,f);})(window,document,'script','dataLayer','GTM-X');</script>
<p>2</p>
<script>!function(f,b,e,v,n,t,s){t=b.createElement(e);t.async=!0;t.src=v;s=b.getElementsByTagName(e)[0];s.parentNode.insertBefore(t,s)}(window,document,'script','//connect.facebook.net/en_US/fbevents.js');</script>
<p>3</p>
<script>var c={"loader":"https:\/\/connect.facebook.net\/signals\/config.js"};var s=document.createElement("script");s.src=c.loader;document.head.appendChild(s);</script>
<p>4</p>
<script type="text/javascript">document.write(unescape("%3Cspan id='cnzz_stat_icon_1'%3E%3C/span%3E%3Cscript src='https://s9.cnzz.com/z_stat.php%3Fid%3D1' type='text/javascript'%3E%3C/script%3E"));</script>
<p>5</p>
<script>document.write('<iframe src="https://1234.fls.doubleclick.net/activityi;src=1;ord=' + Math.random() + '?" width="1" height="1" style="display:none"></iframe>');</script>
<p>6</p>
<script type="module">import("https://www.googletagmanager.com/gtag/js?id=G-1");</script>
<p>7</p>
<script>var qc=document.createElement('script');qc.src=(document.location.protocol=="https:"?"https://secure":"http://edge")+".quantserve.com/quant.js";document.head.appendChild(qc);</script>
<p>8</p>
<script>new Image().src="https://www.facebook.com/tr?id=1&ev=PageView";</script>
<p>9</p>
<script>var a=document.createElement('script');a.src='https://www.googletagmanager.com/gtm.js';var b=document.createElement('script');b.src='https://connect.facebook.net/en_US/fbevents.js';</script>
<p>10</p>
--- request
GET /t/page.html
--- response_body
<p>1</p>
<script type="text/plain" data-privacy-category="analytics">(function(w,d,s,l,i){var j=d.createElement(s);j.async=true;j.src='https://www.googletagmanager.com/gtm.js?id='+i;var f=d.getElementsByTagName(s)[0];f.parentNode.insertBefore(j,f);})(window,document,'script','dataLayer','GTM-X');</script>
<p>2</p>
<script type="text/plain" data-privacy-category="marketing">!function(f,b,e,v,n,t,s){t=b.createElement(e);t.async=!0;t.src=v;s=b.getElementsByTagName(e)[0];s.parentNode.insertBefore(t,s)}(window,document,'script','//connect.facebook.net/en_US/fbevents.js');</script>
<p>3</p>
<script type="text/plain" data-privacy-category="marketing">var c={"loader":"https:\/\/connect.facebook.net\/signals\/config.js"};var s=document.createElement("script");s.src=c.loader;document.head.appendChild(s);</script>
<p>4</p>
<script data-type="text/javascript" type="text/plain" data-privacy-category="marketing">document.write(unescape("%3Cspan id='cnzz_stat_icon_1'%3E%3C/span%3E%3Cscript src='https://s9.cnzz.com/z_stat.php%3Fid%3D1' type='text/javascript'%3E%3C/script%3E"));</script>
<p>5</p>
<script type="text/plain" data-privacy-category="marketing">document.write('<iframe src="https://1234.fls.doubleclick.net/activityi;src=1;ord=' + Math.random() + '?" width="1" height="1" style="display:none"></iframe>');</script>
<p>6</p>
<script data-type="module" type="text/plain" data-privacy-category="analytics">import("https://www.googletagmanager.com/gtag/js?id=G-1");</script>
<p>7</p>
<script type="text/plain" data-privacy-category="marketing">var qc=document.createElement('script');qc.src=(document.location.protocol=="https:"?"https://secure":"http://edge")+".quantserve.com/quant.js";document.head.appendChild(qc);</script>
<p>8</p>
<script type="text/plain" data-privacy-category="marketing">new Image().src="https://www.facebook.com/tr?id=1&ev=PageView";</script>
<p>9</p>
<script type="text/plain" data-privacy-category="analytics marketing">var a=document.createElement('script');a.src='https://www.googletagmanager.com/gtm.js';var b=document.createElement('script');b.src='https://connect.facebook.net/en_US/fbevents.js';</script>
<p>10</p>
--- no_error_log
[error]
[alert]


=== TEST 3: every form, analytics granted: a script needs all of its categories
--- http_config
    privacy_consent_max_age 10y;
    privacy_category analytics { host googletagmanager.com; }
    privacy_category marketing {
        host connect.facebook.net doubleclick.net cnzz.com;
        url https://www.facebook.com/tr;
        script ".quantserve.com/quant.js";
    }
--- config
    location /t/ {
        privacy on;
        privacy_html on;
        proxy_pass http://127.0.0.1:$TEST_NGINX_SERVER_PORT/;
    }
    location = /page.html {
        default_type text/html;
    }
--- user_files
>>> page.html
<p>1</p>
<script>(function(w,d,s,l,i){var j=d.createElement(s);j.async=true;j.src='https://www.googletagmanager.com/gtm.js?id='+i;var f=d.getElementsByTagName(s)[0];f.parentNode.insertBefore(j,f);})(window,document,'script','dataLayer','GTM-X');</script>
<p>2</p>
<script>!function(f,b,e,v,n,t,s){t=b.createElement(e);t.async=!0;t.src=v;s=b.getElementsByTagName(e)[0];s.parentNode.insertBefore(t,s)}(window,document,'script','//connect.facebook.net/en_US/fbevents.js');</script>
<p>3</p>
<script>var c={"loader":"https:\/\/connect.facebook.net\/signals\/config.js"};var s=document.createElement("script");s.src=c.loader;document.head.appendChild(s);</script>
<p>4</p>
<script type="text/javascript">document.write(unescape("%3Cspan id='cnzz_stat_icon_1'%3E%3C/span%3E%3Cscript src='https://s9.cnzz.com/z_stat.php%3Fid%3D1' type='text/javascript'%3E%3C/script%3E"));</script>
<p>5</p>
<script>document.write('<iframe src="https://1234.fls.doubleclick.net/activityi;src=1;ord=' + Math.random() + '?" width="1" height="1" style="display:none"></iframe>');</script>
<p>6</p>
<script type="module">import("https://www.googletagmanager.com/gtag/js?id=G-1");</script>
<p>7</p>
<script>var qc=document.createElement('script');qc.src=(document.location.protocol=="https:"?"https://secure":"http://edge")+".quantserve.com/quant.js";document.head.appendChild(qc);</script>
<p>8</p>
<script>new Image().src="https://www.facebook.com/tr?id=1&ev=PageView";</script>
<p>9</p>
<script>var a=document.createElement('script');a.src='https://www.googletagmanager.com/gtm.js';var b=document.createElement('script');b.src='https://connect.facebook.net/en_US/fbevents.js';</script>
<p>10</p>
--- request
GET /t/page.html
--- more_headers
Cookie: privacy_consent=1:analytics:1732300000:0
--- response_body
<p>1</p>
<script>(function(w,d,s,l,i){var j=d.createElement(s);j.async=true;j.src='https://www.googletagmanager.com/gtm.js?id='+i;var f=d.getElementsByTagName(s)[0];f.parentNode.insertBefore(j,f);})(window,document,'script','dataLayer','GTM-X');</script>
<p>2</p>

<p>3</p>

<p>4</p>

<p>5</p>

<p>6</p>
<script type="module">import("https://www.googletagmanager.com/gtag/js?id=G-1");</script>
<p>7</p>

<p>8</p>

<p>9</p>

<p>10</p>
--- no_error_log
[error]
[alert]


=== TEST 4: every form, everything granted, remove: byte-identical
--- http_config
    privacy_consent_max_age 10y;
    privacy_category analytics { host googletagmanager.com; }
    privacy_category marketing {
        host connect.facebook.net doubleclick.net cnzz.com;
        url https://www.facebook.com/tr;
        script ".quantserve.com/quant.js";
    }
--- config
    location /t/ {
        privacy on;
        privacy_html on;
        proxy_pass http://127.0.0.1:$TEST_NGINX_SERVER_PORT/;
    }
    location = /page.html {
        default_type text/html;
    }
--- user_files
>>> page.html
<p>1</p>
<script>(function(w,d,s,l,i){var j=d.createElement(s);j.async=true;j.src='https://www.googletagmanager.com/gtm.js?id='+i;var f=d.getElementsByTagName(s)[0];f.parentNode.insertBefore(j,f);})(window,document,'script','dataLayer','GTM-X');</script>
<p>2</p>
<script>!function(f,b,e,v,n,t,s){t=b.createElement(e);t.async=!0;t.src=v;s=b.getElementsByTagName(e)[0];s.parentNode.insertBefore(t,s)}(window,document,'script','//connect.facebook.net/en_US/fbevents.js');</script>
<p>3</p>
<script>var c={"loader":"https:\/\/connect.facebook.net\/signals\/config.js"};var s=document.createElement("script");s.src=c.loader;document.head.appendChild(s);</script>
<p>4</p>
<script type="text/javascript">document.write(unescape("%3Cspan id='cnzz_stat_icon_1'%3E%3C/span%3E%3Cscript src='https://s9.cnzz.com/z_stat.php%3Fid%3D1' type='text/javascript'%3E%3C/script%3E"));</script>
<p>5</p>
<script>document.write('<iframe src="https://1234.fls.doubleclick.net/activityi;src=1;ord=' + Math.random() + '?" width="1" height="1" style="display:none"></iframe>');</script>
<p>6</p>
<script type="module">import("https://www.googletagmanager.com/gtag/js?id=G-1");</script>
<p>7</p>
<script>var qc=document.createElement('script');qc.src=(document.location.protocol=="https:"?"https://secure":"http://edge")+".quantserve.com/quant.js";document.head.appendChild(qc);</script>
<p>8</p>
<script>new Image().src="https://www.facebook.com/tr?id=1&ev=PageView";</script>
<p>9</p>
<script>var a=document.createElement('script');a.src='https://www.googletagmanager.com/gtm.js';var b=document.createElement('script');b.src='https://connect.facebook.net/en_US/fbevents.js';</script>
<p>10</p>
--- request
GET /t/page.html
--- more_headers
Cookie: privacy_consent=1:analytics.marketing:1732300000:0
--- response_body
<p>1</p>
<script>(function(w,d,s,l,i){var j=d.createElement(s);j.async=true;j.src='https://www.googletagmanager.com/gtm.js?id='+i;var f=d.getElementsByTagName(s)[0];f.parentNode.insertBefore(j,f);})(window,document,'script','dataLayer','GTM-X');</script>
<p>2</p>
<script>!function(f,b,e,v,n,t,s){t=b.createElement(e);t.async=!0;t.src=v;s=b.getElementsByTagName(e)[0];s.parentNode.insertBefore(t,s)}(window,document,'script','//connect.facebook.net/en_US/fbevents.js');</script>
<p>3</p>
<script>var c={"loader":"https:\/\/connect.facebook.net\/signals\/config.js"};var s=document.createElement("script");s.src=c.loader;document.head.appendChild(s);</script>
<p>4</p>
<script type="text/javascript">document.write(unescape("%3Cspan id='cnzz_stat_icon_1'%3E%3C/span%3E%3Cscript src='https://s9.cnzz.com/z_stat.php%3Fid%3D1' type='text/javascript'%3E%3C/script%3E"));</script>
<p>5</p>
<script>document.write('<iframe src="https://1234.fls.doubleclick.net/activityi;src=1;ord=' + Math.random() + '?" width="1" height="1" style="display:none"></iframe>');</script>
<p>6</p>
<script type="module">import("https://www.googletagmanager.com/gtag/js?id=G-1");</script>
<p>7</p>
<script>var qc=document.createElement('script');qc.src=(document.location.protocol=="https:"?"https://secure":"http://edge")+".quantserve.com/quant.js";document.head.appendChild(qc);</script>
<p>8</p>
<script>new Image().src="https://www.facebook.com/tr?id=1&ev=PageView";</script>
<p>9</p>
<script>var a=document.createElement('script');a.src='https://www.googletagmanager.com/gtm.js';var b=document.createElement('script');b.src='https://connect.facebook.net/en_US/fbevents.js';</script>
<p>10</p>
--- no_error_log
[error]
[alert]


=== TEST 5: every form, everything granted, neutralize: byte-identical
--- http_config
    privacy_consent_max_age 10y;
    privacy_category analytics { host googletagmanager.com; }
    privacy_category marketing {
        host connect.facebook.net doubleclick.net cnzz.com;
        url https://www.facebook.com/tr;
        script ".quantserve.com/quant.js";
    }
--- config
    location /t/ {
        privacy on;
        privacy_html on;
        privacy_html_action neutralize;
        proxy_pass http://127.0.0.1:$TEST_NGINX_SERVER_PORT/;
    }
    location = /page.html {
        default_type text/html;
    }
--- user_files
>>> page.html
<p>1</p>
<script>(function(w,d,s,l,i){var j=d.createElement(s);j.async=true;j.src='https://www.googletagmanager.com/gtm.js?id='+i;var f=d.getElementsByTagName(s)[0];f.parentNode.insertBefore(j,f);})(window,document,'script','dataLayer','GTM-X');</script>
<p>2</p>
<script>!function(f,b,e,v,n,t,s){t=b.createElement(e);t.async=!0;t.src=v;s=b.getElementsByTagName(e)[0];s.parentNode.insertBefore(t,s)}(window,document,'script','//connect.facebook.net/en_US/fbevents.js');</script>
<p>3</p>
<script>var c={"loader":"https:\/\/connect.facebook.net\/signals\/config.js"};var s=document.createElement("script");s.src=c.loader;document.head.appendChild(s);</script>
<p>4</p>
<script type="text/javascript">document.write(unescape("%3Cspan id='cnzz_stat_icon_1'%3E%3C/span%3E%3Cscript src='https://s9.cnzz.com/z_stat.php%3Fid%3D1' type='text/javascript'%3E%3C/script%3E"));</script>
<p>5</p>
<script>document.write('<iframe src="https://1234.fls.doubleclick.net/activityi;src=1;ord=' + Math.random() + '?" width="1" height="1" style="display:none"></iframe>');</script>
<p>6</p>
<script type="module">import("https://www.googletagmanager.com/gtag/js?id=G-1");</script>
<p>7</p>
<script>var qc=document.createElement('script');qc.src=(document.location.protocol=="https:"?"https://secure":"http://edge")+".quantserve.com/quant.js";document.head.appendChild(qc);</script>
<p>8</p>
<script>new Image().src="https://www.facebook.com/tr?id=1&ev=PageView";</script>
<p>9</p>
<script>var a=document.createElement('script');a.src='https://www.googletagmanager.com/gtm.js';var b=document.createElement('script');b.src='https://connect.facebook.net/en_US/fbevents.js';</script>
<p>10</p>
--- request
GET /t/page.html
--- more_headers
Cookie: privacy_consent=1:analytics.marketing:1732300000:0
--- response_body
<p>1</p>
<script>(function(w,d,s,l,i){var j=d.createElement(s);j.async=true;j.src='https://www.googletagmanager.com/gtm.js?id='+i;var f=d.getElementsByTagName(s)[0];f.parentNode.insertBefore(j,f);})(window,document,'script','dataLayer','GTM-X');</script>
<p>2</p>
<script>!function(f,b,e,v,n,t,s){t=b.createElement(e);t.async=!0;t.src=v;s=b.getElementsByTagName(e)[0];s.parentNode.insertBefore(t,s)}(window,document,'script','//connect.facebook.net/en_US/fbevents.js');</script>
<p>3</p>
<script>var c={"loader":"https:\/\/connect.facebook.net\/signals\/config.js"};var s=document.createElement("script");s.src=c.loader;document.head.appendChild(s);</script>
<p>4</p>
<script type="text/javascript">document.write(unescape("%3Cspan id='cnzz_stat_icon_1'%3E%3C/span%3E%3Cscript src='https://s9.cnzz.com/z_stat.php%3Fid%3D1' type='text/javascript'%3E%3C/script%3E"));</script>
<p>5</p>
<script>document.write('<iframe src="https://1234.fls.doubleclick.net/activityi;src=1;ord=' + Math.random() + '?" width="1" height="1" style="display:none"></iframe>');</script>
<p>6</p>
<script type="module">import("https://www.googletagmanager.com/gtag/js?id=G-1");</script>
<p>7</p>
<script>var qc=document.createElement('script');qc.src=(document.location.protocol=="https:"?"https://secure":"http://edge")+".quantserve.com/quant.js";document.head.appendChild(qc);</script>
<p>8</p>
<script>new Image().src="https://www.facebook.com/tr?id=1&ev=PageView";</script>
<p>9</p>
<script>var a=document.createElement('script');a.src='https://www.googletagmanager.com/gtm.js';var b=document.createElement('script');b.src='https://connect.facebook.net/en_US/fbevents.js';</script>
<p>10</p>
--- no_error_log
[error]
[alert]


=== TEST 6: data blocks and types the browser does not run are never classified by content (speculation rules are: TEST 31; an import map is read for its addresses: TEST 32)
--- http_config
    privacy_consent_max_age 10y;
    privacy_category analytics { host googletagmanager.com; }
    privacy_category marketing {
        host connect.facebook.net doubleclick.net cnzz.com;
        url https://www.facebook.com/tr;
        script ".quantserve.com/quant.js";
    }
--- config
    location /t/ {
        privacy on;
        privacy_html on;
        proxy_pass http://127.0.0.1:$TEST_NGINX_SERVER_PORT/;
    }
    location = /page.html {
        default_type text/html;
    }
--- user_files
>>> page.html
<script type="application/json">{"src":"https://www.googletagmanager.com/gtm.js","x":"document.createElement"}</script>
<script type="application/ld+json">{"@context":"https://schema.org","logo":"https://connect.facebook.net/x.png","js":"document.createElement('script')"}</script>
<script type="importmap">{"imports":{"a":"https://www.googletagmanager.com/gtm.js"}}</script>
<script type="text/template"><img src="https://www.facebook.com/tr?id=1"></script>
<script type="text/plain">var s=document.createElement('script');s.src='https://www.googletagmanager.com/gtm.js';</script>
<script type="text/javascript; charset=utf-8">var s=document.createElement('script');s.src='https://www.googletagmanager.com/gtm.js';</script>
<script language="vbscript">document.createElement("https://www.googletagmanager.com/gtm.js")</script>
--- request
GET /t/page.html
--- response_body
<script type="application/json">{"src":"https://www.googletagmanager.com/gtm.js","x":"document.createElement"}</script>
<script type="application/ld+json">{"@context":"https://schema.org","logo":"https://connect.facebook.net/x.png","js":"document.createElement('script')"}</script>
<script type="importmap">{"imports":{"a":""}}</script>
<script type="text/template"><img src="https://www.facebook.com/tr?id=1"></script>
<script type="text/plain">var s=document.createElement('script');s.src='https://www.googletagmanager.com/gtm.js';</script>
<script type="text/javascript; charset=utf-8">var s=document.createElement('script');s.src='https://www.googletagmanager.com/gtm.js';</script>
<script language="vbscript">document.createElement("https://www.googletagmanager.com/gtm.js")</script>
--- no_error_log
[error]
[alert]


=== TEST 7: ordinary page code survives: data payloads, settings objects, first-party loaders, explicit markup, privacy_exempt
--- http_config
    privacy_consent_max_age 10y;
    privacy_category analytics { host googletagmanager.com; }
    privacy_exempt host tags.googletagmanager.com;
    privacy_category marketing {
        host connect.facebook.net doubleclick.net cnzz.com;
        url https://www.facebook.com/tr;
        script ".quantserve.com/quant.js";
    }
--- config
    location /t/ {
        privacy on;
        privacy_html on;
        proxy_pass http://127.0.0.1:$TEST_NGINX_SERVER_PORT/;
    }
    location = /page.html {
        default_type text/html;
    }
--- user_files
>>> page.html
<script>self.__next_f.push([1,"https://www.googletagmanager.com/gtm.js?id=GTM-X and https://www.youtube.com/watch?v=1"])</script>
<script>var settings = {"share":"https:\/\/connect.facebook.net\/intent\/tweet","ajax":"\/wp-admin\/admin-ajax.php"};</script>
<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);} gtag('js', new Date()); gtag('config', 'G-1');</script>
<script>var s=document.createElement('script');s.src='/static/app.js';document.head.appendChild(s);</script>
<script>var s=document.createElement('script');s.src='https://cdn.example.org/lib.js';// see https://www.googletagmanager.com in the docs
</script>
<script data-privacy-category="necessary">var s=document.createElement('script');s.src='https://www.googletagmanager.com/gtm.js';</script>
<script>var s=document.createElement('script');s.src='https://tags.googletagmanager.com/own.js';</script>
<script>var a = b // c.d; var u = '//' + location.host + '/x.js'; var r = /^https?:\/\//;</script>
--- request
GET /t/page.html
--- response_body
<script>self.__next_f.push([1,"https://www.googletagmanager.com/gtm.js?id=GTM-X and https://www.youtube.com/watch?v=1"])</script>
<script>var settings = {"share":"https:\/\/connect.facebook.net\/intent\/tweet","ajax":"\/wp-admin\/admin-ajax.php"};</script>
<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);} gtag('js', new Date()); gtag('config', 'G-1');</script>
<script>var s=document.createElement('script');s.src='/static/app.js';document.head.appendChild(s);</script>
<script>var s=document.createElement('script');s.src='https://cdn.example.org/lib.js';// see https://www.googletagmanager.com in the docs
</script>
<script data-privacy-category="necessary">var s=document.createElement('script');s.src='https://www.googletagmanager.com/gtm.js';</script>
<script>var s=document.createElement('script');s.src='https://tags.googletagmanager.com/own.js';</script>
<script>var a = b // c.d; var u = '//' + location.host + '/x.js'; var r = /^https?:\/\//;</script>
--- no_error_log
[error]
[alert]


=== TEST 8: script signature rules: self-hosted Matomo, by its own loader call
--- http_config
    privacy_consent_max_age 10y;
    privacy_category analytics { script "_paq.push(['setTrackerUrl'"; }
--- config
    location /t/ {
        privacy on;
        privacy_html on;
        proxy_pass http://127.0.0.1:$TEST_NGINX_SERVER_PORT/;
    }
    location = /page.html {
        default_type text/html;
    }
--- user_files
>>> page.html
<p>a</p>
<script>var _paq = window._paq = window._paq || [];_paq.push(['trackPageView']);(function(){var u="//{$MATOMO_URL}/";_paq.push(['setTrackerUrl', u+'matomo.php']);var d=document, g=d.createElement('script'), s=d.getElementsByTagName('script')[0];g.async=true; g.src=u+'matomo.js'; s.parentNode.insertBefore(g,s);})();</script>
<p>b</p>
<script>_paq.push(['trackEvent', 'cart', 'add']);</script>
<p>c</p>
--- request
GET /t/page.html
--- response_body
<p>a</p>

<p>b</p>
<script>_paq.push(['trackEvent', 'cart', 'add']);</script>
<p>c</p>
--- no_error_log
[error]
[alert]


=== TEST 9: a signature given again in another category moves there
--- http_config
    privacy_consent_max_age 10y;
    privacy_category analytics { script "_paq.push(['setTrackerUrl'"; }
    privacy_category necessary { script "_paq.push(['setTrackerUrl'"; }
--- config
    location /t/ {
        privacy on;
        privacy_html on;
        proxy_pass http://127.0.0.1:$TEST_NGINX_SERVER_PORT/;
    }
    location = /page.html {
        default_type text/html;
    }
--- user_files
>>> page.html
<p>a</p>
<script>var _paq = window._paq = window._paq || [];_paq.push(['trackPageView']);(function(){var u="//{$MATOMO_URL}/";_paq.push(['setTrackerUrl', u+'matomo.php']);var d=document, g=d.createElement('script'), s=d.getElementsByTagName('script')[0];g.async=true; g.src=u+'matomo.js'; s.parentNode.insertBefore(g,s);})();</script>
<p>b</p>
<script>_paq.push(['trackEvent', 'cart', 'add']);</script>
<p>c</p>
--- request
GET /t/page.html
--- response_body
<p>a</p>
<script>var _paq = window._paq = window._paq || [];_paq.push(['trackPageView']);(function(){var u="//{$MATOMO_URL}/";_paq.push(['setTrackerUrl', u+'matomo.php']);var d=document, g=d.createElement('script'), s=d.getElementsByTagName('script')[0];g.async=true; g.src=u+'matomo.js'; s.parentNode.insertBefore(g,s);})();</script>
<p>b</p>
<script>_paq.push(['trackEvent', 'cart', 'add']);</script>
<p>c</p>
--- error_log
script rule "_paq.push(['setTrackerUrl'" given again in another category: the later one wins
--- no_error_log
[error]
[alert]


=== TEST 10: privacy_html_max_inline: a longer script is decided by its first part and counted (remove)
--- http_config
    privacy_consent_max_age 10y;
    privacy_category analytics { host googletagmanager.com; }
    privacy_category marketing {
        host connect.facebook.net doubleclick.net cnzz.com;
        url https://www.facebook.com/tr;
        script ".quantserve.com/quant.js";
    }
    privacy_status_zone privacy 64k;
--- config
    location /t/ {
        privacy on;
        privacy_html on;
        privacy_html_max_inline 1k;
        proxy_pass http://127.0.0.1:$TEST_NGINX_SERVER_PORT/;
    }
    location = /status {
        privacy_status;
    }
    location = /page.html {
        default_type text/html;
    }
--- user_files eval
[["page.html", "<p>1</p>\n<script>var s=document.createElement('script');s.src='https://www.googletagmanager.com/gtm.js';" . "/* " . "x" x 3000 . " */" . "</script>\n<p>2</p>\n<script>" . "/* " . "x" x 3000 . " */" . "var s=document.createElement('script');s.src='https://www.googletagmanager.com/gtm.js';</script>\n<p>3</p>\n"]]
--- request eval
["GET /t/page.html", "GET /status"]
--- response_body_like eval
[qr/\A<p>1<\/p>\n\n<p>2<\/p>\n<script>\/\* x{3000} \*\/var s=document.createElement\('script'\);s.src='https:\/\/www.googletagmanager.com\/gtm.js';<\/script>\n<p>3<\/p>\n\z/, qr/"inline_over_bound":2,/]
--- no_error_log
[error]
[alert]


=== TEST 11: privacy_html_max_inline: neutralize keeps the whole text of a longer script
--- http_config
    privacy_consent_max_age 10y;
    privacy_category analytics { host googletagmanager.com; }
    privacy_category marketing {
        host connect.facebook.net doubleclick.net cnzz.com;
        url https://www.facebook.com/tr;
        script ".quantserve.com/quant.js";
    }
    privacy_status_zone privacy 64k;
--- config
    location /t/ {
        privacy on;
        privacy_html on;
        privacy_html_max_inline 1k;
        privacy_html_action neutralize;
        proxy_pass http://127.0.0.1:$TEST_NGINX_SERVER_PORT/;
    }
    location = /status {
        privacy_status;
    }
    location = /page.html {
        default_type text/html;
    }
--- user_files eval
[["page.html", "<p>1</p>\n<script>var s=document.createElement('script');s.src='https://www.googletagmanager.com/gtm.js';" . "/* " . "x" x 3000 . " */" . "</script>\n<p>2</p>\n<script>" . "/* " . "x" x 3000 . " */" . "var s=document.createElement('script');s.src='https://www.googletagmanager.com/gtm.js';</script>\n<p>3</p>\n"]]
--- request eval
["GET /t/page.html", "GET /status"]
--- response_body_like eval
[qr/\A<p>1<\/p>\n<script type="text\/plain" data-privacy-category="analytics">var s=document.createElement\('script'\);s.src='https:\/\/www.googletagmanager.com\/gtm.js';\/\* x{3000} \*\/<\/script>\n<p>2<\/p>\n<script>\/\* x{3000} \*\/var s=document.createElement\('script'\);s.src='https:\/\/www.googletagmanager.com\/gtm.js';<\/script>\n<p>3<\/p>\n\z/, qr/"inline_over_bound":2,/]
--- no_error_log
[error]
[alert]


=== TEST 12: privacy_html_max_inline 0: inline scripts are not held
--- http_config
    privacy_consent_max_age 10y;
    privacy_category analytics { host googletagmanager.com; }
    privacy_category marketing {
        host connect.facebook.net doubleclick.net cnzz.com;
        url https://www.facebook.com/tr;
        script ".quantserve.com/quant.js";
    }
--- config
    location /t/ {
        privacy on;
        privacy_html on;
        privacy_html_max_inline 0;
        proxy_pass http://127.0.0.1:$TEST_NGINX_SERVER_PORT/;
    }
    location = /page.html {
        default_type text/html;
    }
--- user_files
>>> page.html
<p>1</p>
<script>(function(w,d,s,l,i){var j=d.createElement(s);j.async=true;j.src='https://www.googletagmanager.com/gtm.js?id='+i;var f=d.getElementsByTagName(s)[0];f.parentNode.insertBefore(j,f);})(window,document,'script','dataLayer','GTM-X');</script>
<p>2</p>
<script>!function(f,b,e,v,n,t,s){t=b.createElement(e);t.async=!0;t.src=v;s=b.getElementsByTagName(e)[0];s.parentNode.insertBefore(t,s)}(window,document,'script','//connect.facebook.net/en_US/fbevents.js');</script>
<p>3</p>
<script>var c={"loader":"https:\/\/connect.facebook.net\/signals\/config.js"};var s=document.createElement("script");s.src=c.loader;document.head.appendChild(s);</script>
<p>4</p>
<script type="text/javascript">document.write(unescape("%3Cspan id='cnzz_stat_icon_1'%3E%3C/span%3E%3Cscript src='https://s9.cnzz.com/z_stat.php%3Fid%3D1' type='text/javascript'%3E%3C/script%3E"));</script>
<p>5</p>
<script>document.write('<iframe src="https://1234.fls.doubleclick.net/activityi;src=1;ord=' + Math.random() + '?" width="1" height="1" style="display:none"></iframe>');</script>
<p>6</p>
<script type="module">import("https://www.googletagmanager.com/gtag/js?id=G-1");</script>
<p>7</p>
<script>var qc=document.createElement('script');qc.src=(document.location.protocol=="https:"?"https://secure":"http://edge")+".quantserve.com/quant.js";document.head.appendChild(qc);</script>
<p>8</p>
<script>new Image().src="https://www.facebook.com/tr?id=1&ev=PageView";</script>
<p>9</p>
<script>var a=document.createElement('script');a.src='https://www.googletagmanager.com/gtm.js';var b=document.createElement('script');b.src='https://connect.facebook.net/en_US/fbevents.js';</script>
<p>10</p>
--- request
GET /t/page.html
--- response_body
<p>1</p>
<script>(function(w,d,s,l,i){var j=d.createElement(s);j.async=true;j.src='https://www.googletagmanager.com/gtm.js?id='+i;var f=d.getElementsByTagName(s)[0];f.parentNode.insertBefore(j,f);})(window,document,'script','dataLayer','GTM-X');</script>
<p>2</p>
<script>!function(f,b,e,v,n,t,s){t=b.createElement(e);t.async=!0;t.src=v;s=b.getElementsByTagName(e)[0];s.parentNode.insertBefore(t,s)}(window,document,'script','//connect.facebook.net/en_US/fbevents.js');</script>
<p>3</p>
<script>var c={"loader":"https:\/\/connect.facebook.net\/signals\/config.js"};var s=document.createElement("script");s.src=c.loader;document.head.appendChild(s);</script>
<p>4</p>
<script type="text/javascript">document.write(unescape("%3Cspan id='cnzz_stat_icon_1'%3E%3C/span%3E%3Cscript src='https://s9.cnzz.com/z_stat.php%3Fid%3D1' type='text/javascript'%3E%3C/script%3E"));</script>
<p>5</p>
<script>document.write('<iframe src="https://1234.fls.doubleclick.net/activityi;src=1;ord=' + Math.random() + '?" width="1" height="1" style="display:none"></iframe>');</script>
<p>6</p>
<script type="module">import("https://www.googletagmanager.com/gtag/js?id=G-1");</script>
<p>7</p>
<script>var qc=document.createElement('script');qc.src=(document.location.protocol=="https:"?"https://secure":"http://edge")+".quantserve.com/quant.js";document.head.appendChild(qc);</script>
<p>8</p>
<script>new Image().src="https://www.facebook.com/tr?id=1&ev=PageView";</script>
<p>9</p>
<script>var a=document.createElement('script');a.src='https://www.googletagmanager.com/gtm.js';var b=document.createElement('script');b.src='https://connect.facebook.net/en_US/fbevents.js';</script>
<p>10</p>
--- no_error_log
[error]
[alert]


=== TEST 13: a script unterminated at the end of the page is decided on what there is
--- http_config
    privacy_consent_max_age 10y;
    privacy_category analytics { host googletagmanager.com; }
    privacy_category marketing {
        host connect.facebook.net doubleclick.net cnzz.com;
        url https://www.facebook.com/tr;
        script ".quantserve.com/quant.js";
    }
--- config
    location /t/ {
        privacy on;
        privacy_html on;
        proxy_pass http://127.0.0.1:$TEST_NGINX_SERVER_PORT/;
    }
    location = /page.html {
        default_type text/html;
    }
--- user_files eval
[["page.html", "<p>a</p>\n<script>var s=document.createElement('script');s.src='https://www.googletagmanager.com/gtm.js';"]]
--- request
GET /t/page.html
--- response_body
<p>a</p>
--- no_error_log
[error]
[alert]


=== TEST 14: an unterminated first-party script is kept as it is
--- http_config
    privacy_consent_max_age 10y;
    privacy_category analytics { host googletagmanager.com; }
    privacy_category marketing {
        host connect.facebook.net doubleclick.net cnzz.com;
        url https://www.facebook.com/tr;
        script ".quantserve.com/quant.js";
    }
--- config
    location /t/ {
        privacy on;
        privacy_html on;
        proxy_pass http://127.0.0.1:$TEST_NGINX_SERVER_PORT/;
    }
    location = /page.html {
        default_type text/html;
    }
--- user_files eval
[["page.html", "<p>a</p>\n<script>var a = 1; // no end tag"]]
--- request
GET /t/page.html
--- response_body eval
"<p>a</p>\n<script>var a = 1; // no end tag"
--- no_error_log
[error]
[alert]


=== TEST 15: privacy_html_activate: a neutralised inline script runs again once granted
--- http_config
    privacy_consent_max_age 10y;
    privacy_category analytics { host googletagmanager.com; }
    privacy_category marketing {
        host connect.facebook.net doubleclick.net cnzz.com;
        url https://www.facebook.com/tr;
        script ".quantserve.com/quant.js";
    }
--- config
    location /t/ {
        privacy on;
        privacy_html on;
        privacy_html_activate on;
        proxy_pass http://127.0.0.1:$TEST_NGINX_SERVER_PORT/;
    }
    location = /page.html {
        default_type text/html;
    }
--- user_files
>>> page.html
<script type="text/plain" data-privacy-category="analytics">(function(){var j=document.createElement('script');j.src='https://www.googletagmanager.com/gtm.js';})();</script>
<script data-type="module" type="text/plain" data-privacy-category="analytics">import("https://www.googletagmanager.com/gtag/js?id=G-1");</script>
--- request
GET /t/page.html
--- more_headers
Cookie: privacy_consent=1:analytics:1732300000:0
--- response_body
<script data-privacy-category="analytics">(function(){var j=document.createElement('script');j.src='https://www.googletagmanager.com/gtm.js';})();</script>
<script type="module" data-privacy-category="analytics">import("https://www.googletagmanager.com/gtag/js?id=G-1");</script>
--- no_error_log
[error]
[alert]


=== TEST 16: privacy_html_activate: not granted, it stays inert and is not removed twice
--- http_config
    privacy_consent_max_age 10y;
    privacy_category analytics { host googletagmanager.com; }
    privacy_category marketing {
        host connect.facebook.net doubleclick.net cnzz.com;
        url https://www.facebook.com/tr;
        script ".quantserve.com/quant.js";
    }
--- config
    location /t/ {
        privacy on;
        privacy_html on;
        privacy_html_activate on;
        privacy_html_action neutralize;
        proxy_pass http://127.0.0.1:$TEST_NGINX_SERVER_PORT/;
    }
    location = /page.html {
        default_type text/html;
    }
--- user_files
>>> page.html
<script type="text/plain" data-privacy-category="analytics">(function(){var j=document.createElement('script');j.src='https://www.googletagmanager.com/gtm.js';})();</script>
<script data-type="module" type="text/plain" data-privacy-category="analytics">import("https://www.googletagmanager.com/gtag/js?id=G-1");</script>
--- request
GET /t/page.html
--- response_body
<script type="text/plain" data-privacy-category="analytics">(function(){var j=document.createElement('script');j.src='https://www.googletagmanager.com/gtm.js';})();</script>
<script data-type="module" type="text/plain" data-privacy-category="analytics">import("https://www.googletagmanager.com/gtag/js?id=G-1");</script>
--- no_error_log
[error]
[alert]


=== TEST 17: output_buffers 1 1: every split of held scripts gives the same page
--- http_config
    privacy_consent_max_age 10y;
    privacy_category analytics { host googletagmanager.com; }
    privacy_category marketing {
        host connect.facebook.net doubleclick.net cnzz.com;
        url https://www.facebook.com/tr;
        script ".quantserve.com/quant.js";
    }
--- config
    location /s/ {
        privacy on;
        privacy_html on;
        default_type text/html;
        sendfile off;
        output_buffers 1 1;
        alias html/;
    }
--- user_files
>>> page.html
<p>1</p>
<script>(function(w,d,s,l,i){var j=d.createElement(s);j.async=true;j.src='https://www.googletagmanager.com/gtm.js?id='+i;var f=d.getElementsByTagName(s)[0];f.parentNode.insertBefore(j,f);})(window,document,'script','dataLayer','GTM-X');</script>
<p>2</p>
<script>!function(f,b,e,v,n,t,s){t=b.createElement(e);t.async=!0;t.src=v;s=b.getElementsByTagName(e)[0];s.parentNode.insertBefore(t,s)}(window,document,'script','//connect.facebook.net/en_US/fbevents.js');</script>
<p>3</p>
<script>var c={"loader":"https:\/\/connect.facebook.net\/signals\/config.js"};var s=document.createElement("script");s.src=c.loader;document.head.appendChild(s);</script>
<p>4</p>
<script type="text/javascript">document.write(unescape("%3Cspan id='cnzz_stat_icon_1'%3E%3C/span%3E%3Cscript src='https://s9.cnzz.com/z_stat.php%3Fid%3D1' type='text/javascript'%3E%3C/script%3E"));</script>
<p>5</p>
<script>document.write('<iframe src="https://1234.fls.doubleclick.net/activityi;src=1;ord=' + Math.random() + '?" width="1" height="1" style="display:none"></iframe>');</script>
<p>6</p>
<script type="module">import("https://www.googletagmanager.com/gtag/js?id=G-1");</script>
<p>7</p>
<script>var qc=document.createElement('script');qc.src=(document.location.protocol=="https:"?"https://secure":"http://edge")+".quantserve.com/quant.js";document.head.appendChild(qc);</script>
<p>8</p>
<script>new Image().src="https://www.facebook.com/tr?id=1&ev=PageView";</script>
<p>9</p>
<script>var a=document.createElement('script');a.src='https://www.googletagmanager.com/gtm.js';var b=document.createElement('script');b.src='https://connect.facebook.net/en_US/fbevents.js';</script>
<p>10</p>
<svg><style>#b{background:url(https://connect.face<!-- x -->book.net/y)} .c{fill:red}</style><script>new Image().src="https://connect.fa&#99;ebook.net/tr";</script><style>.d{fill:url(https://connect.facebook.net/z)}</style></svg>
<svg><style>.e{fill:#fff}</style><script>var x = 1;</script></svg>
<script type="application/json">{"src":"https://www.googletagmanager.com/gtm.js","x":"document.createElement"}</script>
<script type="application/ld+json">{"@context":"https://schema.org","logo":"https://connect.facebook.net/x.png","js":"document.createElement('script')"}</script>
<script type="importmap">{"imports":{"a":"https://www.googletagmanager.com/gtm.js"}}</script>
<script type="speculationrules">{"prefetch":[{"urls":["https://connect.facebook.net/x"]}]}</script>
<script type="text/template"><img src="https://www.facebook.com/tr?id=1"></script>
<script type="text/plain">var s=document.createElement('script');s.src='https://www.googletagmanager.com/gtm.js';</script>
<script type="text/javascript; charset=utf-8">var s=document.createElement('script');s.src='https://www.googletagmanager.com/gtm.js';</script>
<script language="vbscript">document.createElement("https://www.googletagmanager.com/gtm.js")</script>
<script>self.__next_f.push([1,"https://www.googletagmanager.com/gtm.js?id=GTM-X and https://www.youtube.com/watch?v=1"])</script>
--- request
GET /s/page.html
--- response_body
<p>1</p>

<p>2</p>

<p>3</p>

<p>4</p>

<p>5</p>

<p>6</p>

<p>7</p>

<p>8</p>

<p>9</p>

<p>10</p>
<svg><style></style><style>.d{fill:url()}</style></svg>
<svg><style>.e{fill:#fff}</style><script>var x = 1;</script></svg>
<script type="application/json">{"src":"https://www.googletagmanager.com/gtm.js","x":"document.createElement"}</script>
<script type="application/ld+json">{"@context":"https://schema.org","logo":"https://connect.facebook.net/x.png","js":"document.createElement('script')"}</script>
<script type="importmap">{"imports":{"a":""}}</script>

<script type="text/template"><img src="https://www.facebook.com/tr?id=1"></script>
<script type="text/plain">var s=document.createElement('script');s.src='https://www.googletagmanager.com/gtm.js';</script>
<script type="text/javascript; charset=utf-8">var s=document.createElement('script');s.src='https://www.googletagmanager.com/gtm.js';</script>
<script language="vbscript">document.createElement("https://www.googletagmanager.com/gtm.js")</script>
<script>self.__next_f.push([1,"https://www.googletagmanager.com/gtm.js?id=GTM-X and https://www.youtube.com/watch?v=1"])</script>
--- no_error_log
[error]
[alert]


=== TEST 18: output_buffers 1 2: every split of held scripts gives the same page
--- http_config
    privacy_consent_max_age 10y;
    privacy_category analytics { host googletagmanager.com; }
    privacy_category marketing {
        host connect.facebook.net doubleclick.net cnzz.com;
        url https://www.facebook.com/tr;
        script ".quantserve.com/quant.js";
    }
--- config
    location /s/ {
        privacy on;
        privacy_html on;
        default_type text/html;
        sendfile off;
        output_buffers 1 2;
        alias html/;
    }
--- user_files
>>> page.html
<p>1</p>
<script>(function(w,d,s,l,i){var j=d.createElement(s);j.async=true;j.src='https://www.googletagmanager.com/gtm.js?id='+i;var f=d.getElementsByTagName(s)[0];f.parentNode.insertBefore(j,f);})(window,document,'script','dataLayer','GTM-X');</script>
<p>2</p>
<script>!function(f,b,e,v,n,t,s){t=b.createElement(e);t.async=!0;t.src=v;s=b.getElementsByTagName(e)[0];s.parentNode.insertBefore(t,s)}(window,document,'script','//connect.facebook.net/en_US/fbevents.js');</script>
<p>3</p>
<script>var c={"loader":"https:\/\/connect.facebook.net\/signals\/config.js"};var s=document.createElement("script");s.src=c.loader;document.head.appendChild(s);</script>
<p>4</p>
<script type="text/javascript">document.write(unescape("%3Cspan id='cnzz_stat_icon_1'%3E%3C/span%3E%3Cscript src='https://s9.cnzz.com/z_stat.php%3Fid%3D1' type='text/javascript'%3E%3C/script%3E"));</script>
<p>5</p>
<script>document.write('<iframe src="https://1234.fls.doubleclick.net/activityi;src=1;ord=' + Math.random() + '?" width="1" height="1" style="display:none"></iframe>');</script>
<p>6</p>
<script type="module">import("https://www.googletagmanager.com/gtag/js?id=G-1");</script>
<p>7</p>
<script>var qc=document.createElement('script');qc.src=(document.location.protocol=="https:"?"https://secure":"http://edge")+".quantserve.com/quant.js";document.head.appendChild(qc);</script>
<p>8</p>
<script>new Image().src="https://www.facebook.com/tr?id=1&ev=PageView";</script>
<p>9</p>
<script>var a=document.createElement('script');a.src='https://www.googletagmanager.com/gtm.js';var b=document.createElement('script');b.src='https://connect.facebook.net/en_US/fbevents.js';</script>
<p>10</p>
<svg><style>#b{background:url(https://connect.face<!-- x -->book.net/y)} .c{fill:red}</style><script>new Image().src="https://connect.fa&#99;ebook.net/tr";</script><style>.d{fill:url(https://connect.facebook.net/z)}</style></svg>
<svg><style>.e{fill:#fff}</style><script>var x = 1;</script></svg>
<script type="application/json">{"src":"https://www.googletagmanager.com/gtm.js","x":"document.createElement"}</script>
<script type="application/ld+json">{"@context":"https://schema.org","logo":"https://connect.facebook.net/x.png","js":"document.createElement('script')"}</script>
<script type="importmap">{"imports":{"a":"https://www.googletagmanager.com/gtm.js"}}</script>
<script type="speculationrules">{"prefetch":[{"urls":["https://connect.facebook.net/x"]}]}</script>
<script type="text/template"><img src="https://www.facebook.com/tr?id=1"></script>
<script type="text/plain">var s=document.createElement('script');s.src='https://www.googletagmanager.com/gtm.js';</script>
<script type="text/javascript; charset=utf-8">var s=document.createElement('script');s.src='https://www.googletagmanager.com/gtm.js';</script>
<script language="vbscript">document.createElement("https://www.googletagmanager.com/gtm.js")</script>
<script>self.__next_f.push([1,"https://www.googletagmanager.com/gtm.js?id=GTM-X and https://www.youtube.com/watch?v=1"])</script>
--- request
GET /s/page.html
--- response_body
<p>1</p>

<p>2</p>

<p>3</p>

<p>4</p>

<p>5</p>

<p>6</p>

<p>7</p>

<p>8</p>

<p>9</p>

<p>10</p>
<svg><style></style><style>.d{fill:url()}</style></svg>
<svg><style>.e{fill:#fff}</style><script>var x = 1;</script></svg>
<script type="application/json">{"src":"https://www.googletagmanager.com/gtm.js","x":"document.createElement"}</script>
<script type="application/ld+json">{"@context":"https://schema.org","logo":"https://connect.facebook.net/x.png","js":"document.createElement('script')"}</script>
<script type="importmap">{"imports":{"a":""}}</script>

<script type="text/template"><img src="https://www.facebook.com/tr?id=1"></script>
<script type="text/plain">var s=document.createElement('script');s.src='https://www.googletagmanager.com/gtm.js';</script>
<script type="text/javascript; charset=utf-8">var s=document.createElement('script');s.src='https://www.googletagmanager.com/gtm.js';</script>
<script language="vbscript">document.createElement("https://www.googletagmanager.com/gtm.js")</script>
<script>self.__next_f.push([1,"https://www.googletagmanager.com/gtm.js?id=GTM-X and https://www.youtube.com/watch?v=1"])</script>
--- no_error_log
[error]
[alert]


=== TEST 19: output_buffers 1 3: every split of held scripts gives the same page
--- http_config
    privacy_consent_max_age 10y;
    privacy_category analytics { host googletagmanager.com; }
    privacy_category marketing {
        host connect.facebook.net doubleclick.net cnzz.com;
        url https://www.facebook.com/tr;
        script ".quantserve.com/quant.js";
    }
--- config
    location /s/ {
        privacy on;
        privacy_html on;
        default_type text/html;
        sendfile off;
        output_buffers 1 3;
        alias html/;
    }
--- user_files
>>> page.html
<p>1</p>
<script>(function(w,d,s,l,i){var j=d.createElement(s);j.async=true;j.src='https://www.googletagmanager.com/gtm.js?id='+i;var f=d.getElementsByTagName(s)[0];f.parentNode.insertBefore(j,f);})(window,document,'script','dataLayer','GTM-X');</script>
<p>2</p>
<script>!function(f,b,e,v,n,t,s){t=b.createElement(e);t.async=!0;t.src=v;s=b.getElementsByTagName(e)[0];s.parentNode.insertBefore(t,s)}(window,document,'script','//connect.facebook.net/en_US/fbevents.js');</script>
<p>3</p>
<script>var c={"loader":"https:\/\/connect.facebook.net\/signals\/config.js"};var s=document.createElement("script");s.src=c.loader;document.head.appendChild(s);</script>
<p>4</p>
<script type="text/javascript">document.write(unescape("%3Cspan id='cnzz_stat_icon_1'%3E%3C/span%3E%3Cscript src='https://s9.cnzz.com/z_stat.php%3Fid%3D1' type='text/javascript'%3E%3C/script%3E"));</script>
<p>5</p>
<script>document.write('<iframe src="https://1234.fls.doubleclick.net/activityi;src=1;ord=' + Math.random() + '?" width="1" height="1" style="display:none"></iframe>');</script>
<p>6</p>
<script type="module">import("https://www.googletagmanager.com/gtag/js?id=G-1");</script>
<p>7</p>
<script>var qc=document.createElement('script');qc.src=(document.location.protocol=="https:"?"https://secure":"http://edge")+".quantserve.com/quant.js";document.head.appendChild(qc);</script>
<p>8</p>
<script>new Image().src="https://www.facebook.com/tr?id=1&ev=PageView";</script>
<p>9</p>
<script>var a=document.createElement('script');a.src='https://www.googletagmanager.com/gtm.js';var b=document.createElement('script');b.src='https://connect.facebook.net/en_US/fbevents.js';</script>
<p>10</p>
<svg><style>#b{background:url(https://connect.face<!-- x -->book.net/y)} .c{fill:red}</style><script>new Image().src="https://connect.fa&#99;ebook.net/tr";</script><style>.d{fill:url(https://connect.facebook.net/z)}</style></svg>
<svg><style>.e{fill:#fff}</style><script>var x = 1;</script></svg>
<script type="application/json">{"src":"https://www.googletagmanager.com/gtm.js","x":"document.createElement"}</script>
<script type="application/ld+json">{"@context":"https://schema.org","logo":"https://connect.facebook.net/x.png","js":"document.createElement('script')"}</script>
<script type="importmap">{"imports":{"a":"https://www.googletagmanager.com/gtm.js"}}</script>
<script type="speculationrules">{"prefetch":[{"urls":["https://connect.facebook.net/x"]}]}</script>
<script type="text/template"><img src="https://www.facebook.com/tr?id=1"></script>
<script type="text/plain">var s=document.createElement('script');s.src='https://www.googletagmanager.com/gtm.js';</script>
<script type="text/javascript; charset=utf-8">var s=document.createElement('script');s.src='https://www.googletagmanager.com/gtm.js';</script>
<script language="vbscript">document.createElement("https://www.googletagmanager.com/gtm.js")</script>
<script>self.__next_f.push([1,"https://www.googletagmanager.com/gtm.js?id=GTM-X and https://www.youtube.com/watch?v=1"])</script>
--- request
GET /s/page.html
--- response_body
<p>1</p>

<p>2</p>

<p>3</p>

<p>4</p>

<p>5</p>

<p>6</p>

<p>7</p>

<p>8</p>

<p>9</p>

<p>10</p>
<svg><style></style><style>.d{fill:url()}</style></svg>
<svg><style>.e{fill:#fff}</style><script>var x = 1;</script></svg>
<script type="application/json">{"src":"https://www.googletagmanager.com/gtm.js","x":"document.createElement"}</script>
<script type="application/ld+json">{"@context":"https://schema.org","logo":"https://connect.facebook.net/x.png","js":"document.createElement('script')"}</script>
<script type="importmap">{"imports":{"a":""}}</script>

<script type="text/template"><img src="https://www.facebook.com/tr?id=1"></script>
<script type="text/plain">var s=document.createElement('script');s.src='https://www.googletagmanager.com/gtm.js';</script>
<script type="text/javascript; charset=utf-8">var s=document.createElement('script');s.src='https://www.googletagmanager.com/gtm.js';</script>
<script language="vbscript">document.createElement("https://www.googletagmanager.com/gtm.js")</script>
<script>self.__next_f.push([1,"https://www.googletagmanager.com/gtm.js?id=GTM-X and https://www.youtube.com/watch?v=1"])</script>
--- no_error_log
[error]
[alert]


=== TEST 20: output_buffers 1 7: every split of held scripts gives the same page
--- http_config
    privacy_consent_max_age 10y;
    privacy_category analytics { host googletagmanager.com; }
    privacy_category marketing {
        host connect.facebook.net doubleclick.net cnzz.com;
        url https://www.facebook.com/tr;
        script ".quantserve.com/quant.js";
    }
--- config
    location /s/ {
        privacy on;
        privacy_html on;
        default_type text/html;
        sendfile off;
        output_buffers 1 7;
        alias html/;
    }
--- user_files
>>> page.html
<p>1</p>
<script>(function(w,d,s,l,i){var j=d.createElement(s);j.async=true;j.src='https://www.googletagmanager.com/gtm.js?id='+i;var f=d.getElementsByTagName(s)[0];f.parentNode.insertBefore(j,f);})(window,document,'script','dataLayer','GTM-X');</script>
<p>2</p>
<script>!function(f,b,e,v,n,t,s){t=b.createElement(e);t.async=!0;t.src=v;s=b.getElementsByTagName(e)[0];s.parentNode.insertBefore(t,s)}(window,document,'script','//connect.facebook.net/en_US/fbevents.js');</script>
<p>3</p>
<script>var c={"loader":"https:\/\/connect.facebook.net\/signals\/config.js"};var s=document.createElement("script");s.src=c.loader;document.head.appendChild(s);</script>
<p>4</p>
<script type="text/javascript">document.write(unescape("%3Cspan id='cnzz_stat_icon_1'%3E%3C/span%3E%3Cscript src='https://s9.cnzz.com/z_stat.php%3Fid%3D1' type='text/javascript'%3E%3C/script%3E"));</script>
<p>5</p>
<script>document.write('<iframe src="https://1234.fls.doubleclick.net/activityi;src=1;ord=' + Math.random() + '?" width="1" height="1" style="display:none"></iframe>');</script>
<p>6</p>
<script type="module">import("https://www.googletagmanager.com/gtag/js?id=G-1");</script>
<p>7</p>
<script>var qc=document.createElement('script');qc.src=(document.location.protocol=="https:"?"https://secure":"http://edge")+".quantserve.com/quant.js";document.head.appendChild(qc);</script>
<p>8</p>
<script>new Image().src="https://www.facebook.com/tr?id=1&ev=PageView";</script>
<p>9</p>
<script>var a=document.createElement('script');a.src='https://www.googletagmanager.com/gtm.js';var b=document.createElement('script');b.src='https://connect.facebook.net/en_US/fbevents.js';</script>
<p>10</p>
<svg><style>#b{background:url(https://connect.face<!-- x -->book.net/y)} .c{fill:red}</style><script>new Image().src="https://connect.fa&#99;ebook.net/tr";</script><style>.d{fill:url(https://connect.facebook.net/z)}</style></svg>
<svg><style>.e{fill:#fff}</style><script>var x = 1;</script></svg>
<script type="application/json">{"src":"https://www.googletagmanager.com/gtm.js","x":"document.createElement"}</script>
<script type="application/ld+json">{"@context":"https://schema.org","logo":"https://connect.facebook.net/x.png","js":"document.createElement('script')"}</script>
<script type="importmap">{"imports":{"a":"https://www.googletagmanager.com/gtm.js"}}</script>
<script type="speculationrules">{"prefetch":[{"urls":["https://connect.facebook.net/x"]}]}</script>
<script type="text/template"><img src="https://www.facebook.com/tr?id=1"></script>
<script type="text/plain">var s=document.createElement('script');s.src='https://www.googletagmanager.com/gtm.js';</script>
<script type="text/javascript; charset=utf-8">var s=document.createElement('script');s.src='https://www.googletagmanager.com/gtm.js';</script>
<script language="vbscript">document.createElement("https://www.googletagmanager.com/gtm.js")</script>
<script>self.__next_f.push([1,"https://www.googletagmanager.com/gtm.js?id=GTM-X and https://www.youtube.com/watch?v=1"])</script>
--- request
GET /s/page.html
--- response_body
<p>1</p>

<p>2</p>

<p>3</p>

<p>4</p>

<p>5</p>

<p>6</p>

<p>7</p>

<p>8</p>

<p>9</p>

<p>10</p>
<svg><style></style><style>.d{fill:url()}</style></svg>
<svg><style>.e{fill:#fff}</style><script>var x = 1;</script></svg>
<script type="application/json">{"src":"https://www.googletagmanager.com/gtm.js","x":"document.createElement"}</script>
<script type="application/ld+json">{"@context":"https://schema.org","logo":"https://connect.facebook.net/x.png","js":"document.createElement('script')"}</script>
<script type="importmap">{"imports":{"a":""}}</script>

<script type="text/template"><img src="https://www.facebook.com/tr?id=1"></script>
<script type="text/plain">var s=document.createElement('script');s.src='https://www.googletagmanager.com/gtm.js';</script>
<script type="text/javascript; charset=utf-8">var s=document.createElement('script');s.src='https://www.googletagmanager.com/gtm.js';</script>
<script language="vbscript">document.createElement("https://www.googletagmanager.com/gtm.js")</script>
<script>self.__next_f.push([1,"https://www.googletagmanager.com/gtm.js?id=GTM-X and https://www.youtube.com/watch?v=1"])</script>
--- no_error_log
[error]
[alert]


=== TEST 21: output_buffers 1 64: every split of held scripts gives the same page
--- http_config
    privacy_consent_max_age 10y;
    privacy_category analytics { host googletagmanager.com; }
    privacy_category marketing {
        host connect.facebook.net doubleclick.net cnzz.com;
        url https://www.facebook.com/tr;
        script ".quantserve.com/quant.js";
    }
--- config
    location /s/ {
        privacy on;
        privacy_html on;
        default_type text/html;
        sendfile off;
        output_buffers 1 64;
        alias html/;
    }
--- user_files
>>> page.html
<p>1</p>
<script>(function(w,d,s,l,i){var j=d.createElement(s);j.async=true;j.src='https://www.googletagmanager.com/gtm.js?id='+i;var f=d.getElementsByTagName(s)[0];f.parentNode.insertBefore(j,f);})(window,document,'script','dataLayer','GTM-X');</script>
<p>2</p>
<script>!function(f,b,e,v,n,t,s){t=b.createElement(e);t.async=!0;t.src=v;s=b.getElementsByTagName(e)[0];s.parentNode.insertBefore(t,s)}(window,document,'script','//connect.facebook.net/en_US/fbevents.js');</script>
<p>3</p>
<script>var c={"loader":"https:\/\/connect.facebook.net\/signals\/config.js"};var s=document.createElement("script");s.src=c.loader;document.head.appendChild(s);</script>
<p>4</p>
<script type="text/javascript">document.write(unescape("%3Cspan id='cnzz_stat_icon_1'%3E%3C/span%3E%3Cscript src='https://s9.cnzz.com/z_stat.php%3Fid%3D1' type='text/javascript'%3E%3C/script%3E"));</script>
<p>5</p>
<script>document.write('<iframe src="https://1234.fls.doubleclick.net/activityi;src=1;ord=' + Math.random() + '?" width="1" height="1" style="display:none"></iframe>');</script>
<p>6</p>
<script type="module">import("https://www.googletagmanager.com/gtag/js?id=G-1");</script>
<p>7</p>
<script>var qc=document.createElement('script');qc.src=(document.location.protocol=="https:"?"https://secure":"http://edge")+".quantserve.com/quant.js";document.head.appendChild(qc);</script>
<p>8</p>
<script>new Image().src="https://www.facebook.com/tr?id=1&ev=PageView";</script>
<p>9</p>
<script>var a=document.createElement('script');a.src='https://www.googletagmanager.com/gtm.js';var b=document.createElement('script');b.src='https://connect.facebook.net/en_US/fbevents.js';</script>
<p>10</p>
<svg><style>#b{background:url(https://connect.face<!-- x -->book.net/y)} .c{fill:red}</style><script>new Image().src="https://connect.fa&#99;ebook.net/tr";</script><style>.d{fill:url(https://connect.facebook.net/z)}</style></svg>
<svg><style>.e{fill:#fff}</style><script>var x = 1;</script></svg>
<script type="application/json">{"src":"https://www.googletagmanager.com/gtm.js","x":"document.createElement"}</script>
<script type="application/ld+json">{"@context":"https://schema.org","logo":"https://connect.facebook.net/x.png","js":"document.createElement('script')"}</script>
<script type="importmap">{"imports":{"a":"https://www.googletagmanager.com/gtm.js"}}</script>
<script type="speculationrules">{"prefetch":[{"urls":["https://connect.facebook.net/x"]}]}</script>
<script type="text/template"><img src="https://www.facebook.com/tr?id=1"></script>
<script type="text/plain">var s=document.createElement('script');s.src='https://www.googletagmanager.com/gtm.js';</script>
<script type="text/javascript; charset=utf-8">var s=document.createElement('script');s.src='https://www.googletagmanager.com/gtm.js';</script>
<script language="vbscript">document.createElement("https://www.googletagmanager.com/gtm.js")</script>
<script>self.__next_f.push([1,"https://www.googletagmanager.com/gtm.js?id=GTM-X and https://www.youtube.com/watch?v=1"])</script>
--- request
GET /s/page.html
--- response_body
<p>1</p>

<p>2</p>

<p>3</p>

<p>4</p>

<p>5</p>

<p>6</p>

<p>7</p>

<p>8</p>

<p>9</p>

<p>10</p>
<svg><style></style><style>.d{fill:url()}</style></svg>
<svg><style>.e{fill:#fff}</style><script>var x = 1;</script></svg>
<script type="application/json">{"src":"https://www.googletagmanager.com/gtm.js","x":"document.createElement"}</script>
<script type="application/ld+json">{"@context":"https://schema.org","logo":"https://connect.facebook.net/x.png","js":"document.createElement('script')"}</script>
<script type="importmap">{"imports":{"a":""}}</script>

<script type="text/template"><img src="https://www.facebook.com/tr?id=1"></script>
<script type="text/plain">var s=document.createElement('script');s.src='https://www.googletagmanager.com/gtm.js';</script>
<script type="text/javascript; charset=utf-8">var s=document.createElement('script');s.src='https://www.googletagmanager.com/gtm.js';</script>
<script language="vbscript">document.createElement("https://www.googletagmanager.com/gtm.js")</script>
<script>self.__next_f.push([1,"https://www.googletagmanager.com/gtm.js?id=GTM-X and https://www.youtube.com/watch?v=1"])</script>
--- no_error_log
[error]
[alert]


=== TEST 22: discovery: the status page lists unclassified third-party hosts of script, img and iframe, once per page
--- http_config
    privacy_consent_max_age 10y;
    privacy_category analytics { host googletagmanager.com; }
    privacy_category marketing {
        host connect.facebook.net doubleclick.net cnzz.com;
        url https://www.facebook.com/tr;
        script ".quantserve.com/quant.js";
    }
    privacy_status_zone privacy 64k;
--- config
    location /t/ {
        privacy on;
        privacy_html on;
        proxy_pass http://127.0.0.1:$TEST_NGINX_SERVER_PORT/;
    }
    location = /status {
        privacy_status;
    }
    location = /page.html {
        default_type text/html;
    }
--- user_files
>>> page.html
<script src="https://cdn.unknown-tracker.example/t.js"></script>
<img src="https://pixel.unknown-tracker.example/p.gif" alt="">
<img src="https://pixel.unknown-tracker.example/q.gif" alt="">
<iframe src="https://widgets.other-vendor.example/w"></iframe>
<script src="https://www.googletagmanager.com/gtm.js"></script>
<script src="/first-party.js"></script>
<img src="//localhost/logo.png" alt="">
<link rel="stylesheet" href="https://fonts.unlisted.example/a.css">
--- request eval
["GET /t/page.html", "GET /t/page.html", "GET /status"]
--- response_body_like eval
[qr/unknown-tracker/, qr/unknown-tracker/, qr/"unclassified_hosts":6,"unclassified_host_top":\[\{"name":"cdn.unknown-tracker.example","count":2\},\{"name":"widgets.other-vendor.example","count":2\},\{"name":"pixel.unknown-tracker.example","count":2\}\]\}/]
--- no_error_log
[error]
[alert]


=== TEST 23: nginx -t: a script signature shorter than 6 characters
--- http_config
    privacy_category analytics { script "_paq"; }
--- config
    location /t { return 200; }
--- must_die
--- error_log eval
qr/\[emerg\] .*invalid script rule \"_paq\" in privacy_category \"analytics\": a literal of 6 to 256 characters without control characters in \S+\/conf\/nginx\.conf:\d+/


=== TEST 24: nginx -t: a script signature with a control character
--- http_config
    privacy_category analytics { script "a\tbcdefg"; }
--- config
    location /t { return 200; }
--- must_die
--- error_log eval
qr/\[emerg\] .*invalid script rule .* in privacy_category \"analytics\": a literal of 6 to 256 characters without control characters in \S+\/conf\/nginx\.conf:\d+/


=== TEST 25: nginx -t: a script signature longer than 256 characters
--- http_config eval
"    privacy_category analytics { script \"" . "a" x 257 . "\"; }\n"
--- config
    location /t { return 200; }
--- must_die
--- error_log eval
qr/\[emerg\] .*invalid script rule "a{257}" in privacy_category "analytics": a literal of 6 to 256 characters/


=== TEST 26: nginx -t: script is not a kind of privacy_exempt
--- http_config
    privacy_exempt script "_paq.push";
--- config
    location /t { return 200; }
--- must_die
--- error_log eval
qr/\[emerg\] .*invalid \"privacy_exempt\" kind \"script\": expected \"cookie\" or \"host\" in \S+\/conf\/nginx\.conf:\d+/


=== TEST 27: nginx -t: privacy_html_max_inline below 1k
--- http_config
    privacy_html_max_inline 100;
--- config
    location /t { return 200; }
--- must_die
--- error_log eval
qr/\[emerg\] .*\"privacy_html_max_inline\" must be 0 \(off\) or between 1k and 1m, not 100/


=== TEST 28: nginx -t: privacy_html_max_inline that is not a size
--- http_config
    privacy_html_max_inline lots;
--- config
    location /t { return 200; }
--- must_die
--- error_log eval
qr/\[emerg\] .*\"privacy_html_max_inline\" directive invalid value in \S+\/conf\/nginx\.conf:\d+/


=== TEST 29: no script signature rule at all: loaders still go by the URLs they fetch, scripts that only mention them stay
--- http_config
    privacy_consent_max_age 10y;
    privacy_category analytics { host googletagmanager.com; }
    privacy_category marketing { host connect.facebook.net; url https://www.facebook.com/tr; }
--- config
    location /t/ {
        privacy on;
        privacy_html on;
        proxy_pass http://127.0.0.1:$TEST_NGINX_SERVER_PORT/;
    }
    location = /page.html {
        default_type text/html;
    }
--- user_files
>>> page.html
<p>1</p>
<script>var j=document.createElement('script');j.src='https://www.googletagmanager.com/gtm.js?id=GTM-X';document.head.appendChild(j);</script>
<p>2</p>
<script>var settings = {"share":"https:\/\/connect.facebook.net\/intent\/tweet"};</script>
<p>3</p>
<script>new Image().src="https://www.facebook.com/tr?id=1&ev=PageView";</script>
<p>4</p>
<script>navigator.sendBeacon("https://www.facebook.com/tr?id=2");</script>
<p>5</p>
<script>var doc = "see https://www.googletagmanager.com for the docs";</script>
--- request
GET /t/page.html
--- response_body
<p>1</p>

<p>2</p>
<script>var settings = {"share":"https:\/\/connect.facebook.net\/intent\/tweet"};</script>
<p>3</p>

<p>4</p>

<p>5</p>
<script>var doc = "see https://www.googletagmanager.com for the docs";</script>
--- no_error_log
[error]
[alert]


=== TEST 30: kept scripts go out in their own hold buffers: under a rate limit, with buffers still being sent, every script arrives intact and in order
--- http_config
    privacy_consent_max_age 10y;
    privacy_category analytics { host googletagmanager.com; }
--- config
    location /t/ {
        privacy on;
        privacy_html on;
        limit_rate 400k;
        proxy_pass http://127.0.0.1:$TEST_NGINX_SERVER_PORT/;
    }
    location = /page.html {
        default_type text/html;
    }
--- user_files eval
[["page.html", join "", map { "<p>$_</p>\n<script>var v$_ = '" . ("s$_." x (200 + 7 * $_)) . "';</script>\n" } 1 .. 60]]
--- request
GET /t/page.html
--- response_body eval
join "", map { "<p>$_</p>\n<script>var v$_ = '" . ("s$_." x (200 + 7 * $_)) . "';</script>\n" } 1 .. 60
--- no_error_log
[error]
[alert]



=== TEST 31: speculation rules are classified by every URL they list: Chromium prefetches and prerenders cross-site ones
Checked at top level over HTTPS: a list rule's cross-site URLs were
requested.  No construct is needed (it is data that fetches); one that
lists only first-party URLs, or a granted category, stays; the type in any
case; inside srcdoc too
--- http_config
    privacy_consent_max_age 10y;
    privacy_category analytics { host googletagmanager.com; }
    privacy_category marketing { host connect.facebook.net; }
--- config
    location /s/ {
        privacy on;
        privacy_html on;
        default_type text/html;
        alias html/;
    }
--- user_files
>>> page.html
<p>1</p>
<script type="speculationrules">{"prefetch":[{"source":"list","urls":["https://connect.facebook.net/x"]}]}</script>
<p>2</p>
<script type=" SpeculationRules ">{"prerender":[{"urls":["/next","https:\/\/connect.facebook.net\/y"]}]}</script>
<p>3</p>
<script type="speculationrules">{"prefetch":[{"urls":["https://www.googletagmanager.com/gtm.js"]}]}</script>
<p>4</p>
<script type="speculationrules">{"prefetch":[{"source":"list","urls":["/next","https://example.org/about"]}]}</script>
<p>5</p>
<script type="speculationrules">{"prefetch":[{"source":"document","where":{"href_matches":"/*"},"eagerness":"moderate"}]}</script>
<p>6</p>
<iframe srcdoc="<script type=speculationrules>{&quot;prefetch&quot;:[{&quot;urls&quot;:[&quot;https://connect.facebook.net/z&quot;]}]}</script>"></iframe>
<p>7</p>
--- more_headers
Cookie: privacy_consent=1:analytics:1732300000:0
--- request
GET /s/page.html
--- response_body
<p>1</p>

<p>2</p>

<p>3</p>
<script type="speculationrules">{"prefetch":[{"urls":["https://www.googletagmanager.com/gtm.js"]}]}</script>
<p>4</p>
<script type="speculationrules">{"prefetch":[{"source":"list","urls":["/next","https://example.org/about"]}]}</script>
<p>5</p>
<script type="speculationrules">{"prefetch":[{"source":"document","where":{"href_matches":"/*"},"eagerness":""}]}</script>
<p>6</p>

<p>7</p>
--- no_error_log
[error]
[alert]



=== TEST 32: import maps: an address not granted becomes "" (the browser resolves it to null), the rest of the map stays
Checked in headless Chromium: an import map entry to a tracker and a
module importing its specifier made it fetch the tracker, with no other
mention of the URL.  Addresses in imports and in scopes, escaped ones, a
prefix entry; integrity and first-party entries and a granted category
stay; the type in any case; inside srcdoc the frame goes (classified as a
whole)
--- http_config
    privacy_consent_max_age 10y;
    privacy_category analytics { host googletagmanager.com; }
    privacy_category marketing { host connect.facebook.net; }
--- config
    location /s/ {
        privacy on;
        privacy_html on;
        default_type text/html;
        alias html/;
    }
--- user_files
>>> page.html
<p>1</p>
<script type="importmap">{"imports":{"app":"/js/app.js","fbq" : "https://connect.facebook.net/en_US/fbevents.js","gtm":"https://www.googletagmanager.com/gtm.js"},"scopes":{"/a/":{"fb2":"https:\/\/connect.facebook.net\/x.js"}},"integrity":{"/js/app.js":"sha384-abc"}}</script>
<p>2</p>
<script type=" IMPORTMAP ">{"imports":{"p/":"//connect.facebook.net/p/","k\"ey":"/k.js"}}</script>
<p>3</p>
<script type="importmap">{"imports":{"https://connect.facebook.net/a.js":"/local/a.js"}}</script>
<p>4</p>
<iframe srcdoc="<script type=importmap>{&quot;imports&quot;:{&quot;a&quot;:&quot;https://connect.facebook.net/z&quot;}}</script>"></iframe>
<p>5</p>
--- more_headers
Cookie: privacy_consent=1:analytics:1732300000:0
--- request
GET /s/page.html
--- response_body
<p>1</p>
<script type="importmap">{"imports":{"app":"/js/app.js","fbq" : "","gtm":"https://www.googletagmanager.com/gtm.js"},"scopes":{"/a/":{"fb2":""}},"integrity":{"/js/app.js":"sha384-abc"}}</script>
<p>2</p>
<script type=" IMPORTMAP ">{"imports":{"p/":"","k\"ey":"/k.js"}}</script>
<p>3</p>
<script type="importmap">{"imports":{"https://connect.facebook.net/a.js":"/local/a.js"}}</script>
<p>4</p>

<p>5</p>
--- no_error_log
[error]
[alert]



=== TEST 33: a static import in a module script fetches: import, import-from and export-from of a tracker's URL remove the module
Checked in headless Chromium: each of the three made it fetch the
tracker through the previous module.  A module that only mentions the
URL, without import or export, stays like a classic script without a
construct; first-party and granted imports stay
--- http_config
    privacy_consent_max_age 10y;
    privacy_category analytics { host googletagmanager.com; }
    privacy_category marketing { host connect.facebook.net; }
--- config
    location /s/ {
        privacy on;
        privacy_html on;
        default_type text/html;
        alias html/;
    }
--- user_files
>>> page.html
<p>1</p>
<script type="module">import "https://connect.facebook.net/en_US/fbevents.js";</script>
<p>2</p>
<script type="Module">import * as m from '//connect.facebook.net/m.js'; m.go();</script>
<p>3</p>
<script type="module">export * from "https:\/\/connect.facebook.net\/e.js";</script>
<p>4</p>
<script type="module">const cfg = {pixel: "https://connect.facebook.net/tr"};</script>
<p>5</p>
<script type="module">import {x} from "/js/app.js"; import "https://www.googletagmanager.com/gtm.js";</script>
<p>6</p>
--- more_headers
Cookie: privacy_consent=1:analytics:1732300000:0
--- request
GET /s/page.html
--- response_body
<p>1</p>

<p>2</p>

<p>3</p>

<p>4</p>
<script type="module">const cfg = {pixel: "https://connect.facebook.net/tr"};</script>
<p>5</p>
<script type="module">import {x} from "/js/app.js"; import "https://www.googletagmanager.com/gtm.js";</script>
<p>6</p>
--- no_error_log
[error]
[alert]



=== TEST 34: an SVG <script> runs its text: an inline loader there is classified as in HTML, read as its text (references decoded, CDATA joined)
Checked in headless Chromium: each of these loaders fetched the tracker
through the previous module
--- http_config
    privacy_consent_max_age 10y;
    privacy_category marketing { host connect.facebook.net; }
--- config
    location /s/ {
        privacy on;
        privacy_html on;
        default_type text/html;
        alias html/;
    }
--- user_files
>>> page.html
<p>1</p>
<svg width="1" height="1"><script>new Image().src="https://connect.facebook.net/tr";</script></svg>
<p>2</p>
<svg><script>new Image().src="https://connect.fa&#99;ebook.net/tr";</script></svg>
<p>3</p>
<svg><script><![CDATA[new Image().src="https://connect.]]><![CDATA[facebook.net/tr";]]></script></svg>
<p>4</p>
<svg><script>var u = "https://connect.facebook.net/tr";</script></svg>
<p>5</p>
<svg><script>document.querySelector("circle").setAttribute("r", 2);</script><circle r="1"/></svg>
<p>6</p>
--- request
GET /s/page.html
--- response_body
<p>1</p>
<svg width="1" height="1"></svg>
<p>2</p>
<svg></svg>
<p>3</p>
<svg></svg>
<p>4</p>
<svg><script>var u = "https://connect.facebook.net/tr";</script></svg>
<p>5</p>
<svg><script>document.querySelector("circle").setAttribute("r", 2);</script><circle r="1"/></svg>
<p>6</p>
--- no_error_log
[error]
[alert]



=== TEST 35: speculation rules: a document rule that prefetches before a click gets eagerness "" (invalid, skipped) for a visitor who has not granted every category
Checked at top level over HTTPS in headless Chromium: a document rule
with eagerness "immediate" prefetched a cross-site tracker link on the
page, through the previous module too; with "" it prefetched nothing.
"eager" and "moderate" prefetch on hover; "conservative" (pointer down),
list rules and rules without eagerness stay; "where" alone makes a
document rule; an escaped value counts
--- http_config
    privacy_consent_max_age 10y;
    privacy_category analytics { host googletagmanager.com; }
    privacy_category marketing { host connect.facebook.net; }
--- config
    location /s/ {
        privacy on;
        privacy_html on;
        default_type text/html;
        alias html/;
    }
--- user_files
>>> page.html
<script type="speculationrules">{"prefetch":[{"source":"document","eagerness":"immediate"}]}</script>
<script type="speculationrules">{"prerender":[{"where":{"href_matches":"/*"},"eagerness" : "moderate"}],"prefetch":[{"where":{"selector_matches":"a"},"eagerness":"eager"}]}</script>
<script type="speculationrules">{"prefetch":[{"source":"document","eagerness":"conservative"},{"source":"document"}]}</script>
<script type="speculationrules">{"prefetch":[{"source":"list","urls":["/next"],"eagerness":"immediate"}]}</script>
<script type="speculationrules">{"prefetch":[{"source":"\u0064ocument","eagerness":"imm\u0065diate"}]}</script>
--- more_headers
Cookie: privacy_consent=1:analytics:1732300000:0
--- request
GET /s/page.html
--- response_body
<script type="speculationrules">{"prefetch":[{"source":"document","eagerness":""}]}</script>
<script type="speculationrules">{"prerender":[{"where":{"href_matches":"/*"},"eagerness" : ""}],"prefetch":[{"where":{"selector_matches":"a"},"eagerness":""}]}</script>
<script type="speculationrules">{"prefetch":[{"source":"document","eagerness":"conservative"},{"source":"document"}]}</script>
<script type="speculationrules">{"prefetch":[{"source":"list","urls":["/next"],"eagerness":"immediate"}]}</script>
<script type="speculationrules">{"prefetch":[{"source":"\u0064ocument","eagerness":""}]}</script>
--- no_error_log
[error]
[alert]



=== TEST 36: speculation rules: with every category granted (the built-in preferences too), document rules stay as written
--- http_config
    privacy_consent_max_age 10y;
    privacy_category analytics { host googletagmanager.com; }
    privacy_category marketing { host connect.facebook.net; }
--- config
    location /s/ {
        privacy on;
        privacy_html on;
        default_type text/html;
        alias html/;
    }
--- user_files
>>> page.html
<script type="speculationrules">{"prefetch":[{"source":"document","eagerness":"immediate"}]}</script>
--- more_headers
Cookie: privacy_consent=1:preferences.analytics.marketing:1732300000:0
--- request
GET /s/page.html
--- response_body
<script type="speculationrules">{"prefetch":[{"source":"document","eagerness":"immediate"}]}</script>
--- no_error_log
[error]
[alert]



=== TEST 38: an inline loader's tracker URL longer than privacy_html_max_tag is classified by its host
--- http_config
    privacy_category analytics { host google-analytics.com; }
--- config eval
"location /s/ {
    privacy on;
    privacy_html on;
    privacy_html_max_tag 256;
    default_type text/html;
    alias html/;
}"
--- user_files eval
[["p.html", "<p>1</p>\n<script>var s=document.createElement('script');s.src='https://www.google-analytics.com/analytics.js?v=" . ("a" x 400) . "';document.head.appendChild(s);</script>\n<p>2</p>\n"]]
--- request
GET /s/p.html
--- response_body
<p>1</p>

<p>2</p>
--- no_error_log
[error]
[alert]



=== TEST 39: discovery names the unclassified host itself when a later URL of the same element takes its host cache entry (40 images, each an unknown host in its src, then the page's own URL in its srcset: some of those hosts share the cache slot of "localhost"; before, those were listed as "localhost")
--- http_config
    privacy_category marketing { host doubleclick.net; }
    privacy_status_zone privacy 64k;
--- config
    location /t/ {
        privacy on;
        privacy_html on;
        proxy_pass http://127.0.0.1:$TEST_NGINX_SERVER_PORT/;
    }
    location = /status {
        privacy_status;
    }
    location = /page.html {
        default_type text/html;
    }
--- user_files eval
[["page.html", join("", map { "<img src=\"https://cdn$_.unknown-tracker.example/a.png\" srcset=\"/own.png 2x\" alt=\"\">\n" } 0 .. 39)]]
--- request eval
["GET /t/page.html", "GET /status"]
--- response_body_like eval
[qr/cdn39/, qr/"unclassified_hosts":40,"unclassified_host_top":\[(?:\{"name":"cdn\d+\.unknown-tracker\.example","count":1\},?){40}\]\}/]
--- no_error_log
[error]
[alert]
