# ngx_privacy_module: build, test, demo.  See README.md.
#
#   make demo    install what is needed, build, start nginx with the module on
#                127.0.0.1:8080 in front of a demo site and show what it strips
#   make stop    stop the demo nginx
#   make test    install what is needed, build every nginx build and run every
#                Test::Nginx suite and every unit test
#   make deb     the Debian package libnginx-mod-http-privacy for the running
#                release (debian/, built with dh_nginx from nginx-dev)
#
# The nginx builds exercised (docs/testing.md, "The nginx matrix"):
#   dynamic  the module as a .so built against Debian's nginx-dev tree with
#            Debian's own configure flags, loaded into the stock /usr/sbin/nginx
#            of the running release
#   static   for each Debian suite in MATRIX, that suite's nginx source
#            (tools/nginx-source) with the module compiled in, --with-debug;
#            the newest also with ASan and UBSan
#   sid      Debian's own nginx of sid (its binary and nginx-dev) in a sid
#            root made with debootstrap, the module built as Debian builds
#            its modules (tools/test-in-root)

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := all

ROOT      := $(CURDIR)
BUILD     := $(ROOT)/build
DEB_SRC   := /usr/share/nginx/src
SRC_DIR   := $(BUILD)/src
DYN       := $(BUILD)/dynamic
DYN_CLANG := $(BUILD)/dynamic-clang
# Debian suites whose nginx source is built statically (oldest first: 1.22.1,
# 1.26.3); the last one is also built with the sanitizers.  A suite is added
# by naming it here (docs/testing.md).
MATRIX    ?= bookworm trixie
NEWEST    := $(lastword $(MATRIX))
STATIC    := $(BUILD)/static-$(NEWEST)
MODULE_SO := $(DYN)/objs/ngx_http_privacy_module.so
STATIC_BIN := $(STATIC)/objs/nginx
ASAN      := $(BUILD)/asan
ASAN_BIN  := $(ASAN)/objs/nginx
SAN_FLAGS := -fsanitize=address,undefined -fno-omit-frame-pointer
SYS_NGINX := /usr/sbin/nginx

MODULE_SRCS := config $(wildcard ngx_privacy_module/*.[ch] ngx_privacy_module/lib/*.[ch])
LIB_SRCS    := $(wildcard ngx_privacy_module/lib/*.c)
UNIT_SRCS   := $(wildcard t/unit/test_*.c)
UNIT_BINS   := $(patsubst t/unit/%.c,$(BUILD)/unit/%,$(UNIT_SRCS))
FUZZ_SRCS   := $(wildcard t/fuzz/fuzz_*.c)
FUZZ_BINS   := $(patsubst t/fuzz/%.c,$(BUILD)/fuzz/%,$(FUZZ_SRCS))
FUZZ_RUNS   := $(patsubst t/fuzz/fuzz_%.c,fuzz-run-%,$(FUZZ_SRCS))

CC        ?= cc
LIB_CFLAGS := -std=c99 -Wall -Wextra -Werror -O1 -g
# lib/privacy_urlparse.c maps non-ASCII hosts with ICU's UTS #46 (libicu-dev)
LIB_DEFS  := -DPRIVACY_URL_ICU
LIB_LIBS  := -licuuc
# nginx's own warning flags (-W is -Wextra) plus -Werror, for both compilers
NGX_WARN  := -Wall -Wextra -Wno-unused-parameter -Werror
# the dynamic module is built as Debian builds its own (-O2, hardening):
# nginx's default would be -O
DEB_CFLAGS  := $(filter-out -ffile-prefix-map=%,$(shell dpkg-buildflags --get CFLAGS 2>/dev/null)) \
               $(shell dpkg-buildflags --get CPPFLAGS 2>/dev/null)
DEB_LDFLAGS := $(shell dpkg-buildflags --get LDFLAGS 2>/dev/null)

# Test::Nginx: the real one when installed, else the runner in t/lib
PROVE_INC := $(shell perl -MTest::Nginx::Socket -e1 2>/dev/null || echo -I t/lib)
PROVE     := prove $(PROVE_INC)
T         ?= t/

FUZZ_TIME ?= 30
FUZZ_JOBS ?= $(shell nproc 2>/dev/null || echo 1)

.PHONY: all deps source module static asan clang-check unit urlparse-diff lint cppcheck check-layers \
        test test-dynamic test-static test-asan runner-selftest catalog-check gen-check \
        reliability test-valgrind test-browser test-browser-vendors \
        test-browser-diff test-browser-a11y \
        fuzz bench demo \
        stop clean \
        deb test-package test-root
# (static-SUITE and test-static-SUITE are pattern rules, which make does
# not apply to .PHONY targets)

all: module

# --- dependencies -------------------------------------------------------

deps:
	@tools/install-deps

# each suite's full nginx source (Debian's patches applied where the mirror
# has them) in build/src/SUITE/nginx, for the static builds
source: $(foreach s,$(MATRIX),$(SRC_DIR)/$(s)/.done)
$(SRC_DIR)/%/.done:
	@tools/install-deps --source
	tools/nginx-source $* $(SRC_DIR)/$*
	touch $@
.PRECIOUS: $(SRC_DIR)/%/.done $(BUILD)/static-%/objs/Makefile \
           $(BUILD)/static-%/objs/nginx

# --- dynamic module against Debian's nginx ------------------------------

module: deps $(MODULE_SO)

$(DYN)/objs/Makefile: config
	rm -rf $(DYN) && mkdir -p $(BUILD) && cp -r $(DEB_SRC) $(DYN)
	cd $(DYN) && . ./conf_flags && ./configure "$${NGX_CONF_FLAGS[@]}" \
	    --with-cc-opt="$(DEB_CFLAGS) $(NGX_WARN)" \
	    --with-ld-opt="$(DEB_LDFLAGS)" --add-dynamic-module=$(ROOT) \
	    > $(DYN)/configure.log

$(MODULE_SO): $(DYN)/objs/Makefile $(MODULE_SRCS)
	$(MAKE) -C $(DYN) -f objs/Makefile modules

# the same with clang, to keep the code warning-free on both compilers
clang-check: deps $(DYN_CLANG)/objs/ngx_http_privacy_module.so

$(DYN_CLANG)/objs/Makefile: config
	rm -rf $(DYN_CLANG) && mkdir -p $(BUILD) && cp -r $(DEB_SRC) $(DYN_CLANG)
	cd $(DYN_CLANG) && . ./conf_flags && ./configure "$${NGX_CONF_FLAGS[@]}" \
	    --with-cc=clang --with-cc-opt="$(DEB_CFLAGS) $(NGX_WARN)" \
	    --with-ld-opt="$(DEB_LDFLAGS)" \
	    --add-dynamic-module=$(ROOT) > $(DYN_CLANG)/configure.log

$(DYN_CLANG)/objs/ngx_http_privacy_module.so: $(DYN_CLANG)/objs/Makefile $(MODULE_SRCS)
	$(MAKE) -C $(DYN_CLANG) -f objs/Makefile modules

# the same with AddressSanitizer and UndefinedBehaviorSanitizer, for a stock
# nginx started with libasan preloaded: how tools/test-in-root checks the
# newest nginx, whose source the mirror may not have
DYN_ASAN := $(BUILD)/dynamic-asan

$(DYN_ASAN)/objs/Makefile: config
	rm -rf $(DYN_ASAN) && mkdir -p $(BUILD) && cp -r $(DEB_SRC) $(DYN_ASAN)
	cd $(DYN_ASAN) && . ./conf_flags && ./configure "$${NGX_CONF_FLAGS[@]}" \
	    --with-cc-opt="$(DEB_CFLAGS) $(NGX_WARN) -O1 -g $(SAN_FLAGS)" \
	    --with-ld-opt="$(DEB_LDFLAGS) $(SAN_FLAGS)" \
	    --add-dynamic-module=$(ROOT) > $(DYN_ASAN)/configure.log

$(DYN_ASAN)/objs/ngx_http_privacy_module.so: $(DYN_ASAN)/objs/Makefile $(MODULE_SRCS)
	$(MAKE) -C $(DYN_ASAN) -f objs/Makefile modules

# --- static debug builds from Debian's sources, one per suite ---------------

# HTTP/2 in every build, HTTP/3 where the version has it (1.25.0 and later)
NGX_HTTP_VERSIONS = --with-http_v2_module \
	    $$(grep -qs -- --with-http_v3_module auto/options && echo --with-http_v3_module)

static: deps $(addprefix static-,$(MATRIX))
static-%: deps $(BUILD)/static-%/objs/nginx ;

$(BUILD)/static-%/objs/Makefile: config $(SRC_DIR)/%/.done
	rm -rf $(BUILD)/static-$* && cp -r $(SRC_DIR)/$*/nginx/ $(BUILD)/static-$*
	cd $(BUILD)/static-$* && ./configure --prefix=$(BUILD)/static-$*/prefix \
	    --with-debug --with-cc-opt="$(NGX_WARN) -O1" \
	    --with-http_realip_module --with-http_sub_module \
	    --with-http_gunzip_module --with-http_gzip_static_module \
	    --with-http_addition_module --with-http_ssl_module \
	    $(NGX_HTTP_VERSIONS) \
	    --with-http_stub_status_module --with-pcre-jit --with-threads \
	    --add-module=$(ROOT) > $(BUILD)/static-$*/configure.log

$(BUILD)/static-%/objs/nginx: $(BUILD)/static-%/objs/Makefile $(MODULE_SRCS)
	$(MAKE) -C $(BUILD)/static-$* -f objs/Makefile -j2

# the newest static build with AddressSanitizer and UndefinedBehaviorSanitizer
asan: deps $(ASAN_BIN)

$(ASAN)/objs/Makefile: config $(SRC_DIR)/$(NEWEST)/.done
	rm -rf $(ASAN) && cp -r $(SRC_DIR)/$(NEWEST)/nginx/ $(ASAN)
	cd $(ASAN) && ./configure --prefix=$(ASAN)/prefix \
	    --with-debug --with-cc-opt="$(NGX_WARN) -O1 -g $(SAN_FLAGS)" \
	    --with-ld-opt="$(SAN_FLAGS)" \
	    --with-http_realip_module --with-http_sub_module \
	    --with-http_gunzip_module --with-http_gzip_static_module \
	    --with-http_addition_module \
	    --with-http_ssl_module $(NGX_HTTP_VERSIONS) --with-pcre-jit \
	    --add-module=$(ROOT) > $(ASAN)/configure.log

$(ASAN_BIN): $(ASAN)/objs/Makefile $(MODULE_SRCS)
	$(MAKE) -C $(ASAN) -f objs/Makefile -j2

# --- unit tests of lib/ ---------------------------------------------------

$(BUILD)/unit/%: t/unit/%.c $(LIB_SRCS) $(wildcard ngx_privacy_module/lib/*.h t/unit/*.h t/unit/*.inc)
	@mkdir -p $(dir $@)
	$(CC) $(LIB_CFLAGS) $(LIB_DEFS) -I ngx_privacy_module/lib -I t/unit $< $(LIB_SRCS) -o $@ $(LIB_LIBS)
	clang $(LIB_CFLAGS) $(LIB_DEFS) -fsyntax-only -I ngx_privacy_module/lib -I t/unit $< $(LIB_SRCS)

unit: $(UNIT_BINS) urlparse-diff
	@fail=0; for t in $(UNIT_BINS); do $$t || fail=1; done; exit $$fail

# privacy_url_parse() against Node's WHATWG URL class (t/diff/urlparse_diff.js)
URLPARSE_DIFF := $(BUILD)/diff/urlparse_diff

$(URLPARSE_DIFF): t/diff/urlparse_diff.c $(LIB_SRCS) $(wildcard ngx_privacy_module/lib/*.h)
	@mkdir -p $(dir $@)
	$(CC) $(LIB_CFLAGS) $(LIB_DEFS) -I ngx_privacy_module/lib $< $(LIB_SRCS) -o $@ $(LIB_LIBS)

urlparse-diff: $(URLPARSE_DIFF)
	@command -v node >/dev/null || { echo "urlparse-diff: node is missing (tools/install-deps)"; exit 1; }
	node t/diff/urlparse_diff.js $(URLPARSE_DIFF)

# (cppcheck 2.17 of Debian 13 reports "Limiting analysis of branches" as
# information that fails --error-exitcode; 2.10 of Debian 12 has no such
# message and takes the suppression all the same)
CPPCHECK := cppcheck --quiet --error-exitcode=1 --std=c99 --inline-suppr \
	    --enable=warning,performance,portability \
	    --suppress=normalCheckLevelMaxBranches

# lib/ and its tests on their own; the glue with the headers of the
# configured Debian tree, in its one configuration: objs/ngx_auto_config.h
# and nginx.h decide every #if the glue has (NGX_HTTP_SSL, NGX_OPENSSL,
# NGX_HTTP_PRIVACY_MMDB, nginx_version); the other ~50 cppcheck would try
# come from nginx's own headers (NGX_DARWIN, NGX_WIN32, __FreeBSD__...), of
# which it checked 12 and said so ("toomanyconfigs", 40 s instead of 4 s)
cppcheck: module
	$(CPPCHECK) -I ngx_privacy_module/lib ngx_privacy_module/lib t/unit t/diff
	$(CPPCHECK) --max-configs=1 --suppress=toomanyconfigs \
	    $(addprefix -I $(DYN)/,src/core src/event src/event/modules \
	    src/os/unix objs src/http src/http/modules) \
	    -I ngx_privacy_module -I ngx_privacy_module/lib ngx_privacy_module/*.c

# the glue's layers (docs/hacking.md): includes and calls between the built
# objects only downward, so no cycle; every .c with its own .h; no function
# over 150 lines but those tools/check-layers lists (--lengths: ctags)
check-layers: module
	tools/check-layers $(DYN)/objs/addon/ngx_privacy_module --lengths

lint: cppcheck clang-check check-layers

# --- Test::Nginx suites ---------------------------------------------------

runner-selftest:
	@if [ -f t/lib/selftest.pl ]; then TEST_NGINX_BINARY=$(SYS_NGINX) perl t/lib/selftest.pl; fi

test-dynamic: module
	TEST_NGINX_BINARY=$(SYS_NGINX) TEST_NGINX_LOAD_MODULES=$(MODULE_SO) \
	    TEST_NGINX_SERVROOT=$(BUILD)/servroot-dynamic \
	    $(PROVE) -r $(T)

test-static: $(addprefix test-static-,$(MATRIX))

test-static-%: static-%
	@echo "test-static-$*: $$($(BUILD)/static-$*/objs/nginx -v 2>&1), $$(cat $(SRC_DIR)/$*/origin)"
	TEST_NGINX_BINARY=$(BUILD)/static-$*/objs/nginx \
	    TEST_NGINX_SERVROOT=$(BUILD)/servroot-static-$* \
	    $(PROVE) -r $(T)

# Debian's own nginx builds in roots made once with debootstrap under
# build/roots/ (skipped with a message when the mirror has no such suite):
# Debian 13, today's stable, its stock nginx with the module plain and with
# the sanitizers, and its package built and installed; then sid, the newest
# nginx, the suites plain (SAN=1 adds its sanitizer run).  One suite alone:
# tools/test-in-root SUITE
test-root:
	PACKAGE=1 tools/test-in-root trixie
	SAN=$${SAN:-0} tools/test-in-root sid

# every sanitizer report is written to build/asan-reports; any file there fails
test-asan: asan
	rm -rf $(BUILD)/asan-reports && mkdir -p $(BUILD)/asan-reports
	TEST_NGINX_BINARY=$(ASAN_BIN) \
	    TEST_NGINX_SERVROOT=$(BUILD)/servroot-asan \
	    ASAN_OPTIONS=log_path=$(BUILD)/asan-reports/asan:detect_leaks=0 \
	    UBSAN_OPTIONS=log_path=$(BUILD)/asan-reports/ubsan:print_stacktrace=1:suppressions=$(ROOT)/tools/ubsan-nginx-core.supp \
	    $(PROVE) -r $(T)
	@if [ -n "$$(ls -A $(BUILD)/asan-reports)" ]; then \
	    echo "sanitizer reports:"; cat $(BUILD)/asan-reports/*; exit 1; \
	else echo "test-asan: no sanitizer report"; fi

# the rules catalog is up to date, deterministic and classifies as promised
catalog-check:
	$(PROVE) t/catalog/check-catalog.pl

# suites written by a generator (t/gen) are what their generator writes
gen-check:
	@perl t/gen/html-stream-matrix.pl | cmp -s - t/044-html-stream-matrix.t \
	    || { echo "t/044-html-stream-matrix.t is stale: perl t/gen/html-stream-matrix.pl > t/044-html-stream-matrix.t"; exit 1; }
	@cp ngx_privacy_module/ngx_http_privacy_placeholder_default.h $(BUILD)/placeholder_default.h.was \
	    && tools/gen-placeholder \
	    && cmp -s ngx_privacy_module/ngx_http_privacy_placeholder_default.h $(BUILD)/placeholder_default.h.was \
	    || { echo "ngx_http_privacy_placeholder_default.h was stale (conf/privacy_placeholder.html changed): regenerated by tools/gen-placeholder, commit it"; exit 1; }
	@echo "gen-check: generated suites are current"

test: deps lint unit runner-selftest catalog-check gen-check test-dynamic test-static \
      test-asan fuzz reliability test-browser test-root test-package
	@echo "make test: all passed"

# --- reliability: reloads under load, memory of a 1 GB streamed page ---------

reliability: module
	bench/reload-under-load
	bench/rss-stream

# headless Chromium against make demo: banner, form posts, next page; then
# withdrawal clears parent-domain cookies from Chromium's jar (cookie-jar.pl);
# the consent defaults are the first thing dataLayer sees (consent-mode.pl);
# a placeholder's button grants and the embed loads after the round trip
# (placeholder.pl); tracker URLs in CSS are made inert and the browser
# requests neither them nor anything else for the empty url()s (css-inert.pl);
# a first-party stylesheet file naming a tracker: not through the gateway
# (css-file.pl);
# the vendors' embed snippets (t/browser/vendors) raw and through the gateway,
# every request the browser makes counted; then the differential test of
# generated spellings, element kinds and parser states (t/browser/difftest.pl);
# then the accessibility of the banners and the embed placeholder; skipped
# with a message when Chromium (or, for the last, npm) cannot be installed
test-browser: module
	@tools/install-deps --browser || echo "test-browser: Chromium not installable"
	$(PROVE) t/browser/banner.pl :: $(SYS_NGINX) $(MODULE_SO)
	$(PROVE) t/browser/cookie-jar.pl :: $(SYS_NGINX) $(MODULE_SO)
	$(PROVE) t/browser/consent-mode.pl :: $(SYS_NGINX) $(MODULE_SO)
	$(PROVE) t/browser/placeholder.pl :: $(SYS_NGINX) $(MODULE_SO)
	$(PROVE) t/browser/css-inert.pl :: $(SYS_NGINX) $(MODULE_SO)
	$(PROVE) t/browser/css-file.pl :: $(SYS_NGINX) $(MODULE_SO)
	VENDORS="$(VENDORS)" $(PROVE) t/browser/vendors.pl :: $(SYS_NGINX) $(MODULE_SO)
	DIFF_CASES="$(DIFF_CASES)" $(PROVE) t/browser/difftest.pl :: $(SYS_NGINX) $(MODULE_SO)
	@$(MAKE) --no-print-directory test-browser-a11y

# axe-core for t/browser/a11y.pl: the exact version t/browser/package-lock.json
# records (integrity-checked), installed by npm ci into build/, never globally
AXE_DIR := $(BUILD)/npm-a11y
AXE_JS  := $(AXE_DIR)/node_modules/axe-core/axe.min.js

$(AXE_JS): t/browser/package.json t/browser/package-lock.json
	@command -v npm >/dev/null || { echo "npm is not installed"; exit 1; }
	rm -rf $(AXE_DIR) && mkdir -p $(AXE_DIR)
	cp t/browser/package.json t/browser/package-lock.json $(AXE_DIR)/
	cd $(AXE_DIR) && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
	test -f $@ && touch $@

# the banners and the embed placeholder in headless Chromium: axe-core, equal
# weight of reject and accept, Tab order, focus, 200% zoom, what the forms
# post (a plain nginx serves the pages: the module is not needed)
test-browser-a11y: deps
	@tools/install-deps --browser || echo "test-browser-a11y: Chromium not installable"
	@$(MAKE) --no-print-directory $(AXE_JS) \
	    || echo "test-browser-a11y: axe-core could not be installed with npm"
	$(PROVE) t/browser/a11y.pl :: $(SYS_NGINX) $(AXE_JS)

# the vendor-snippet proof alone; VENDORS=gtm,meta-pixel for some pages
test-browser-vendors: module
	@tools/install-deps --browser || echo "test-browser: Chromium not installable"
	VENDORS="$(VENDORS)" $(PROVE) t/browser/vendors.pl :: $(SYS_NGINX) $(MODULE_SO)

# the differential test alone (issue #19); DIFF_CASES=REGEX for some cases
test-browser-diff: module
	@tools/install-deps --browser || echo "test-browser: Chromium not installable"
	DIFF_CASES="$(DIFF_CASES)" $(PROVE) t/browser/difftest.pl :: $(SYS_NGINX) $(MODULE_SO)

# the suites under valgrind (memcheck, leak check): slow, not run by CI
test-valgrind: static
	TEST_NGINX_BINARY=$(STATIC_BIN) TEST_NGINX_USE_VALGRIND=1 \
	    TEST_NGINX_SERVROOT=$(BUILD)/servroot-valgrind \
	    $(PROVE) -r $(T)

# --- fuzzing (bounded) ------------------------------------------------------

$(BUILD)/fuzz/%: t/fuzz/%.c $(LIB_SRCS) $(wildcard ngx_privacy_module/lib/*.h)
	@mkdir -p $(dir $@)
	clang -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all \
	    $(LIB_DEFS) -I ngx_privacy_module/lib $< $(LIB_SRCS) -o $@ -lpcre2-8 $(LIB_LIBS)

# every target for FUZZ_TIME seconds from its committed seeds, FUZZ_JOBS at
# a time (libFuzzer runs on one core); a crash, a sanitizer report or a
# failed invariant stops with the reproducer's path
fuzz:
	@$(MAKE) --no-print-directory -j$(FUZZ_JOBS) $(FUZZ_RUNS)

# (the binaries are kept: not intermediates of fuzz-run-%)
.SECONDARY: $(FUZZ_BINS)

fuzz-run-%: $(BUILD)/fuzz/fuzz_%
	@rm -rf $(BUILD)/corpus/$* && mkdir -p $(BUILD)/corpus/$*
	@cp t/fuzz/corpus/$*/* $(BUILD)/corpus/$*/ 2>/dev/null || true
	@$< -max_total_time=$(FUZZ_TIME) -max_len=8192 \
	    -artifact_prefix=$(BUILD)/fuzz/$*- $(BUILD)/corpus/$* \
	    > $(BUILD)/fuzz/$*.log 2>&1 \
	    || { tail -40 $(BUILD)/fuzz/$*.log; echo "fuzz $*: FAILED"; exit 1; }
	@echo "fuzz $*: $$(grep -o 'Done [0-9]* runs' $(BUILD)/fuzz/$*.log)" \
	    "in $(FUZZ_TIME)s, no crash"

# --- benchmark (bench/README.md) ---------------------------------------------

bench: module
	bench/run

# --- demo --------------------------------------------------------------------

demo: module
	@tools/demo start $(SYS_NGINX) $(MODULE_SO)

stop:
	@tools/demo stop

# --- the Debian package (debian/, docs/testing.md) ----------------------------

# libnginx-mod-http-privacy for the running release, built as Debian builds
# its module packages (dh with the nginx sequence of nginx-dev), from a copy
# of the tree in build/deb/src: the .deb lands in build/deb/
deb: deps
	tools/build-deb

# installs the built package with apt-get, nginx -t with Debian's stock
# nginx.conf, one request through a running nginx, then purges it
test-package: deb
	tools/test-package

clean:
	rm -rf $(DYN) $(DYN_CLANG) $(DYN_ASAN) $(BUILD)/static-* $(ASAN) $(BUILD)/unit $(BUILD)/fuzz \
	    $(BUILD)/diff $(BUILD)/servroot-* $(BUILD)/demo $(BUILD)/deb $(AXE_DIR)
