/*
 * privacy_namecache.h: a small direct-mapped memo of name -> 32-bit value.
 *
 * Classifying a cookie name walks the consent cookie names, privacy_exempt
 * and the rule hashes and regexes, several hundred instructions; the same
 * few names come back on every response.  The result depends only on the
 * configuration, so a location keeps the last results here: one hash over
 * the name, one compare.  Names longer than PRIVACY_NAMECACHE_NAME bytes,
 * and empty ones, are never cached.  A miss costs the hash; a colliding
 * name simply replaces the slot.  No allocation, no nginx.
 */

#ifndef PRIVACY_NAMECACHE_H
#define PRIVACY_NAMECACHE_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#define PRIVACY_NAMECACHE_SLOTS  64         /* a power of two */
#define PRIVACY_NAMECACHE_NAME   27

typedef struct {
    uint32_t       value;
    unsigned char  len;                     /* 0: empty */
    unsigned char  name[PRIVACY_NAMECACHE_NAME];
} privacy_namecache_slot_t;

typedef struct {
    privacy_namecache_slot_t  slot[PRIVACY_NAMECACHE_SLOTS];
} privacy_namecache_t;


/* 4 and 8 bytes of a name, in any alignment */
static inline uint64_t
privacy_namecache_load8(const unsigned char *p)
{
    uint64_t  w;

    memcpy(&w, p, 8);

    return w;
}


static inline uint32_t
privacy_namecache_load4(const unsigned char *p)
{
    uint32_t  w;

    memcpy(&w, p, 4);

    return w;
}


/*
 * The name as one word, for hashing: names are mostly 2 to 12 bytes, so
 * a few overlapping loads cover it (never a byte outside it), not a loop
 * over its bytes
 */
static inline uint64_t
privacy_namecache_mix(const unsigned char *name, size_t len)
{
    size_t    i;
    uint64_t  h;

    if (len >= 8) {
        h = len;

        for (i = 0; i + 8 < len; i += 8) {
            h = (h ^ privacy_namecache_load8(name + i))
                * 0x9e3779b97f4a7c15ULL;
        }

        return h ^ privacy_namecache_load8(name + len - 8);
    }

    if (len >= 4) {
        return ((uint64_t) privacy_namecache_load4(name + len - 4) << 32
                | privacy_namecache_load4(name)) ^ len;
    }

    return (uint64_t) name[0] << 16 | (uint64_t) name[len / 2] << 8
           | name[len - 1] | (uint64_t) len << 24;
}


/* a multiplicative hash of the name (len >= 1), its top bits a slot */
static inline privacy_namecache_slot_t *
privacy_namecache_slot(privacy_namecache_t *c, const unsigned char *name,
    size_t len)
{
    uint64_t  h;

    h = privacy_namecache_mix(name, len) * 0x9e3779b97f4a7c15ULL;

    return &c->slot[(h >> 40) & (PRIVACY_NAMECACHE_SLOTS - 1)];
}


/* s[0 .. len) equals name[0 .. len), 1 <= len <= PRIVACY_NAMECACHE_NAME */
static inline int
privacy_namecache_equal(const unsigned char *s, const unsigned char *name,
    size_t len)
{
    size_t  i;

    if (len >= 8) {
        for (i = 0; i + 8 < len; i += 8) {
            if (privacy_namecache_load8(s + i)
                != privacy_namecache_load8(name + i))
            {
                return 0;
            }
        }

        return privacy_namecache_load8(s + len - 8)
               == privacy_namecache_load8(name + len - 8);
    }

    if (len >= 4) {
        return privacy_namecache_load4(s) == privacy_namecache_load4(name)
               && privacy_namecache_load4(s + len - 4)
                  == privacy_namecache_load4(name + len - 4);
    }

    return s[0] == name[0] && s[len / 2] == name[len / 2]
           && s[len - 1] == name[len - 1];
}


/* 1 and *value when the name is cached */
static inline int
privacy_namecache_get(privacy_namecache_t *c, const unsigned char *name,
    size_t len, uint32_t *value)
{
    privacy_namecache_slot_t  *s;

    if (len == 0 || len > PRIVACY_NAMECACHE_NAME) {
        return 0;
    }

    s = privacy_namecache_slot(c, name, len);

    if (s->len != len || !privacy_namecache_equal(s->name, name, len)) {
        return 0;
    }

    *value = s->value;

    return 1;
}


static inline void
privacy_namecache_put(privacy_namecache_t *c, const unsigned char *name,
    size_t len, uint32_t value)
{
    privacy_namecache_slot_t  *s;

    if (len == 0 || len > PRIVACY_NAMECACHE_NAME) {
        return;
    }

    s = privacy_namecache_slot(c, name, len);

    s->len = (unsigned char) len;
    memcpy(s->name, name, len);
    s->value = value;
}

#endif /* PRIVACY_NAMECACHE_H */
