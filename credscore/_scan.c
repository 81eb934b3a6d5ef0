/* Optional compiled scanners for credscore's hottest per-character loops.
 *
 * Each function here restates, character for character, a pure-Python function that stays in
 * the package and is used whenever this module is not built (see credscore/_speedups.py):
 *
 *   tokenize(text)          == credscore.analysis._tokenize_python(text), i.e. the matches of
 *                              \w+(?:[-'\u2019.&]\w+)*|[^\w\s]  as (starts, ends, texts) lists;
 *   line_words(text, stops) == credscore.signals._boilerplate_words.line_words_python(...): the
 *                              normalised words of  [^\W_]+|[\u00a9%]  and the counts a line
 *                              shape needs (non-space characters and menu separators among them);
 *   split_sentences(...)    == credscore.analysis._split_sentences_python(...): sentence bounds
 *                              from paragraph and line bounds, as (starts, ends) lists.
 *   lower_tokens(texts)     == credscore.analysis._lower_tokens_python(texts): each string
 *                              lower-cased (an ASCII string with no capital is shared, not copied);
 *   quote_marks(text)       == credscore._quote_scan.quote_marks_python(text): the offsets of the
 *                              marks  "“”„«»‘’‚'‹›  (and apostrophes);
 *   non_space(text, a, b)   == credscore.analysis._non_space_python(text, a, b): characters of
 *                              text[a:b] that are not white space (str.split's white space);
 *   line_bounds(text)       == credscore.analysis._line_bounds_python(text): every non-blank line,
 *                              trimmed of white space, as (starts, ends) lists;
 *   non_space_each(text, starts, ends) == [non_space(text, s, e) for each range];
 *   count_words(text, starts, lo, hi) == credscore.analysis._count_words_python(...): tokens
 *                              lo..hi-1 whose first character is a word character (\w);
 *   mid_sentence_capitals(T) == credscore.signals._attribution_names.mid_sentence_capitals_python(T):
 *                              how often each capitalised token (possessive dropped) follows a
 *                              word or a comma.
 *
 * The character classes are CPython's own: \w is Py_UNICODE_ISALNUM or '_', \s is
 * Py_UNICODE_ISSPACE (as in the re module for str patterns); str.isalpha, str.isdigit and
 * str.isupper use the same macros.  Lower-casing calls str.lower except for ASCII tokens.
 * Hypothesis tests (tests/test_speedups.py) prove each pair equal on arbitrary text.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

static PyObject *lower_name;  /* interned "lower" */

/* ASCII character classes by table: the same answers as the Py_UNICODE_IS* macros (str.isalpha,
 * isdigit, isupper, islower) for code points below 128, without their type-record look-ups. */
enum { C_ALPHA = 1, C_DIGIT = 2, C_UPPER = 4, C_LOWER = 8 };
static unsigned char ascii_class[128];

static void init_ascii_class(void) {
    for (int c = 0; c < 128; c++) {
        unsigned char k = 0;
        if (c >= 'A' && c <= 'Z') k |= C_ALPHA | C_UPPER;
        if (c >= 'a' && c <= 'z') k |= C_ALPHA | C_LOWER;
        if (c >= '0' && c <= '9') k |= C_DIGIT;
        ascii_class[c] = k;
    }
}

static inline int u_isalpha(Py_UCS4 c) { return c < 128 ? (ascii_class[c] & C_ALPHA) != 0 : Py_UNICODE_ISALPHA(c); }
static inline int u_isalnum(Py_UCS4 c) {
    return c < 128 ? (ascii_class[c] & (C_ALPHA | C_DIGIT)) != 0 : Py_UNICODE_ISALNUM(c);
}
static inline int u_isdigit(Py_UCS4 c) { return c < 128 ? (ascii_class[c] & C_DIGIT) != 0 : Py_UNICODE_ISDIGIT(c); }
static inline int u_isupper(Py_UCS4 c) { return c < 128 ? (ascii_class[c] & C_UPPER) != 0 : Py_UNICODE_ISUPPER(c); }
static inline int u_islower(Py_UCS4 c) { return c < 128 ? (ascii_class[c] & C_LOWER) != 0 : Py_UNICODE_ISLOWER(c); }

static inline int is_word(Py_UCS4 c) { return c == '_' || u_isalnum(c); }
/* combining marks continue a word: "Franc\u0327ois" (decomposed text) is one word, as _MARKS says */
static inline int is_mark(Py_UCS4 c) {
    return (c >= 0x0300 && c <= 0x036F) || (c >= 0x1AB0 && c <= 0x1AFF) || (c >= 0x1DC0 && c <= 0x1DFF)
        || (c >= 0x20D0 && c <= 0x20FF) || (c >= 0xFE20 && c <= 0xFE2F);
}
static inline int is_word_cont(Py_UCS4 c) { return is_word(c) || is_mark(c); }

/* Characters of [start, end) that are not white space (str.split's white space). */
static Py_ssize_t count_non_space(int kind, const void *data, Py_ssize_t start, Py_ssize_t end) {
    Py_ssize_t count = 0;
    for (Py_ssize_t i = start; i < end; i++) {
        if (!Py_UNICODE_ISSPACE(PyUnicode_READ(kind, data, i))) count++;
    }
    return count;
}

/* analysis._JOINERS: the hyphen, apostrophes, dot and "&", then the invisible characters web text
 * leaves inside words: C1 controls but NEL (white space), the soft hyphen, the zero-width joiners,
 * the word joiner and the byte-order mark */
static inline int is_joiner(Py_UCS4 c) {
    return c == '-' || c == '\'' || c == 0x2019 || c == '.' || c == '&'
        || (c >= 0x80 && c <= 0x9F && c != 0x85) || c == 0xAD || c == 0x200C || c == 0x200D
        || c == 0x2060 || c == 0xFEFF;
}

/* Offsets as Python ints: those below OFFSET_CACHE are made once per process and shared (ints
 * are immutable), since every document's tokens, lines and sentences start at small offsets. */
#define OFFSET_CACHE 32768
static PyObject *offset_cache[OFFSET_CACHE];

static PyObject *offset_int(Py_ssize_t value) {
    if (value >= 0 && value < OFFSET_CACHE) {
        PyObject *o = offset_cache[value];
        if (o == NULL) {
            o = PyLong_FromSsize_t(value);
            if (o == NULL) return NULL;
            offset_cache[value] = o;
        }
        Py_INCREF(o);
        return o;
    }
    return PyLong_FromSsize_t(value);
}

static int append_index(PyObject *list, Py_ssize_t value) {
    PyObject *n = offset_int(value);
    if (n == NULL) return -1;
    int rc = PyList_Append(list, n);
    Py_DECREF(n);
    return rc;
}

static int append_steal(PyObject *list, PyObject *item) {
    if (item == NULL) return -1;
    int rc = PyList_Append(list, item);
    Py_DECREF(item);
    return rc;
}

/* Short ASCII strings made once and shared: a bounded table keyed by their bytes.  The words of
 * news text repeat ("the", "said", "officials"), so most tokens and line words are found here
 * instead of being allocated, and each shared string's hash is computed once, which every later
 * set or dict look-up reuses.  When half the slots are taken the table is emptied, so it never
 * holds more than INTERN_SLOTS / 2 strings of at most INTERN_MAX_LEN characters. */
#define INTERN_SLOTS 65536
#define INTERN_MAX_LEN 24
typedef struct {
    PyObject *str;
    Py_ssize_t len;
    Py_uhash_t hash;
} InternSlot;
static InternSlot intern_table[INTERN_SLOTS];
static Py_ssize_t intern_count;

static void intern_clear(void) {
    for (Py_ssize_t k = 0; k < INTERN_SLOTS; k++) {
        Py_CLEAR(intern_table[k].str);
    }
    intern_count = 0;
}

/* A new reference to the str of the ASCII bytes [bytes, bytes + len), len <= INTERN_MAX_LEN. */
static PyObject *intern_ascii(const Py_UCS1 *bytes, Py_ssize_t len) {
    Py_uhash_t h = 2166136261u;  /* FNV-1a */
    for (Py_ssize_t k = 0; k < len; k++) h = (h ^ bytes[k]) * 16777619u;
    h ^= (Py_uhash_t)len;
    Py_ssize_t slot = (Py_ssize_t)(h & (INTERN_SLOTS - 1));
    while (intern_table[slot].str != NULL) {
        InternSlot *e = &intern_table[slot];
        if (e->hash == h && e->len == len && memcmp(PyUnicode_1BYTE_DATA(e->str), bytes, (size_t)len) == 0) {
            Py_INCREF(e->str);
            return e->str;
        }
        slot = (slot + 1) & (INTERN_SLOTS - 1);
    }
    PyObject *str = PyUnicode_New(len, 127);
    if (str == NULL) return NULL;
    memcpy(PyUnicode_1BYTE_DATA(str), bytes, (size_t)len);
    if (PyObject_Hash(str) == -1) { Py_DECREF(str); return NULL; }
    if (intern_count >= INTERN_SLOTS / 2) {
        intern_clear();
        slot = (Py_ssize_t)(h & (INTERN_SLOTS - 1));  /* the table is empty: the home slot is free */
    }
    intern_table[slot].str = str;
    intern_table[slot].len = len;
    intern_table[slot].hash = h;
    intern_count++;
    Py_INCREF(str);
    return str;
}

/* Copy text[i:j] into dst, lower-cased when asked, if it is all ASCII: 1 if it is, 0 (dst partly
 * written) at its first other character. */
static int copy_ascii(int kind, const void *data, Py_ssize_t i, Py_ssize_t j, int lower, Py_UCS1 *dst) {
    for (Py_ssize_t k = i; k < j; k++) {
        Py_UCS4 c = PyUnicode_READ(kind, data, k);
        if (c >= 128) return 0;
        dst[k - i] = (Py_UCS1)((lower && c >= 'A' && c <= 'Z') ? c + 32 : c);
    }
    return 1;
}

/* Whether text[i:j] is short (at most INTERN_MAX_LEN) and ASCII; if so its characters, lower-cased
 * when asked, are in buf. */
static int short_ascii(int kind, const void *data, Py_ssize_t i, Py_ssize_t j, int lower, Py_UCS1 *buf) {
    return j - i > 0 && j - i <= INTERN_MAX_LEN && copy_ascii(kind, data, i, j, lower, buf);
}

/* text[i:j] as a str, shared through the intern table when it is short and ASCII. */
static PyObject *substring(PyObject *text, int kind, const void *data, Py_ssize_t i, Py_ssize_t j) {
    Py_UCS1 buf[INTERN_MAX_LEN];
    if (short_ascii(kind, data, i, j, 0, buf)) return intern_ascii(buf, j - i);
    return PyUnicode_Substring(text, i, j);
}

/* The kind, data and length of a str argument; -1 with TypeError when it is not a str. */
static int text_view(PyObject *arg, const char *fname, int *kind, const void **data, Py_ssize_t *n) {
    if (!PyUnicode_Check(arg)) {
        PyErr_Format(PyExc_TypeError, "%s() needs a str", fname);
        return -1;
    }
    if (PyUnicode_READY(arg) < 0) return -1;
    *kind = PyUnicode_KIND(arg);
    *data = PyUnicode_DATA(arg);
    *n = PyUnicode_GET_LENGTH(arg);
    return 0;
}

static PyObject *scan_tokenize(PyObject *self, PyObject *arg) {
    int kind;
    const void *data;
    Py_ssize_t n;
    if (text_view(arg, "tokenize", &kind, &data, &n) < 0) return NULL;
    PyObject *starts = PyList_New(0), *ends = PyList_New(0), *texts = PyList_New(0);
    if (starts == NULL || ends == NULL || texts == NULL) goto fail;
    Py_ssize_t i = 0;
    while (i < n) {
        Py_UCS4 c = PyUnicode_READ(kind, data, i);
        Py_ssize_t j;
        if (is_word(c)) {
            j = i + 1;
            while (j < n && is_word_cont(PyUnicode_READ(kind, data, j))) j++;
            /* (?:[-'’.&]\w[\w marks]*)* : a joiner counts only when a word character follows it */
            while (j + 1 < n && is_joiner(PyUnicode_READ(kind, data, j))
                   && is_word(PyUnicode_READ(kind, data, j + 1))) {
                j += 2;
                while (j < n && is_word_cont(PyUnicode_READ(kind, data, j))) j++;
            }
        } else if (Py_UNICODE_ISSPACE(c)) {
            i++;
            continue;
        } else {
            j = i + 1;
        }
        if (append_index(starts, i) < 0 || append_index(ends, j) < 0
            || append_steal(texts, substring(arg, kind, data, i, j)) < 0)
            goto fail;
        i = j;
    }
    return Py_BuildValue("(NNN)", starts, ends, texts);
fail:
    Py_XDECREF(starts);
    Py_XDECREF(ends);
    Py_XDECREF(texts);
    return NULL;
}

/* str.lower() of text[i:j]; short ASCII words are lowered here and shared through the intern
 * table, anything else goes to str.lower. */
static PyObject *lower_slice(PyObject *text, int kind, const void *data, Py_ssize_t i, Py_ssize_t j) {
    Py_UCS1 buf[INTERN_MAX_LEN];
    if (short_ascii(kind, data, i, j, 1, buf)) return intern_ascii(buf, j - i);
    if (j - i > INTERN_MAX_LEN) {  /* a long word: lower-cased here if it is ASCII */
        PyObject *out = PyUnicode_New(j - i, 127);
        if (out == NULL) return NULL;
        if (copy_ascii(kind, data, i, j, 1, PyUnicode_1BYTE_DATA(out))) return out;
        Py_DECREF(out);
    }
    PyObject *token = PyUnicode_Substring(text, i, j);
    if (token == NULL) return NULL;
    PyObject *low = PyObject_CallMethodNoArgs(token, lower_name);
    Py_DECREF(token);
    return low;
}

static PyObject *scan_line_words(PyObject *self, PyObject *args) {
    PyObject *text, *stops;
    if (!PyArg_ParseTuple(args, "UO:line_words", &text, &stops)) return NULL;
    if (!PyAnySet_Check(stops)) {
        PyErr_SetString(PyExc_TypeError, "line_words() needs a set or frozenset of stop words");
        return NULL;
    }
    if (PyUnicode_READY(text) < 0) return NULL;
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    Py_ssize_t n_alpha = 0, n_stop = 0, capitals = 0, digit_words = 0, non_space = 0, separators = 0;
    for (Py_ssize_t k = 0; k < n; k++) {  /* one pass for both counts (count_non_space's rule) */
        Py_UCS4 ch = PyUnicode_READ(kind, data, k);
        if (!Py_UNICODE_ISSPACE(ch)) non_space++;
        if (ch == '|' || ch == 0x2022 || ch == 0xB7 || ch == 0xBB || ch == 0xAB) separators++;
    }
    PyObject *words = PyList_New(0);
    if (words == NULL) return NULL;
    Py_ssize_t i = 0;
    while (i < n) {
        Py_UCS4 c = PyUnicode_READ(kind, data, i);
        Py_ssize_t j;
        int alpha = 1, digit = 0;
        if (u_isalnum(c)) {
            /* the run of letters and digits, noting whether all are letters and whether any is a digit */
            for (j = i; j < n; j++) {
                Py_UCS4 ch = PyUnicode_READ(kind, data, j);
                if (ch < 128) {
                    unsigned char k = ascii_class[ch];
                    if (!(k & (C_ALPHA | C_DIGIT))) break;
                    if (k & C_DIGIT) { alpha = 0; digit = 1; }
                } else {
                    if (!Py_UNICODE_ISALNUM(ch)) break;
                    if (!Py_UNICODE_ISALPHA(ch)) alpha = 0;
                    if (Py_UNICODE_ISDIGIT(ch)) digit = 1;
                }
            }
        } else if (c == 0xA9 || c == '%') {
            j = i + 1;
            alpha = 0;
        } else {
            i++;
            continue;
        }
        PyObject *word;
        if (alpha) {
            word = lower_slice(text, kind, data, i, j);
            if (word == NULL) goto fail;
            n_alpha++;
            int stop = PySet_Contains(stops, word);
            if (stop < 0) { Py_DECREF(word); goto fail; }
            if (stop)
                n_stop++;
            else if (u_isupper(c))
                capitals++;
        } else if (digit) {
            word = PyUnicode_FromString("0");
            digit_words++;
        } else {
            word = lower_slice(text, kind, data, i, j);
        }
        if (append_steal(words, word) < 0) goto fail;
        i = j;
    }
    return Py_BuildValue("(Nnnnnnn)", words, n_alpha, n_stop, capitals, digit_words, non_space, separators);
fail:
    Py_DECREF(words);
    return NULL;
}

/* ---- sentences: credscore.analysis._split_sentences_python ---------------------------------- */

static inline int in_chars(Py_UCS4 c, const Py_UCS4 *set) {
    for (; *set; set++)
        if (c == *set) return 1;
    return 0;
}

static const Py_UCS4 CLOSERS_AFTER_STOP[] = {'"', '\'', 0x201D, 0x2019, ')', ']', 0xBB, 0x203A, 0};
static const Py_UCS4 OPENERS_BEFORE_WORD[] = {'"', '\'', 0x201C, 0x2018, '(', '[', 0xAB, 0x2039, 0x201E, 0};
static const Py_UCS4 QUOTE_CLOSERS[] = {'"', '\'', 0x201D, 0x2019, 0xBB, 0x203A, 0};
static const Py_UCS4 TERMINATORS[] = {'.', '!', '?', 0x2026, 0};
static const Py_UCS4 SOFT_LINE_ENDS[] = {',', ';', '-', 0x2013, '(', 0};
static const Py_UCS4 CLAUSE_MARKS[] = {',', ';', ':', ')', 0};
static const Py_UCS4 WORD_CLAUSE_MARKS[] = {',', ';', ':', 0};

static inline int is_terminator(Py_UCS4 c) { return c == '.' || c == '!' || c == '?' || c == 0x2026; }

typedef struct {
    int kind;
    const void *data;
    PyObject *text;
    PyObject *abbreviations;
    PyObject *openers;
} SentenceScan;

#define CH(sc, i) PyUnicode_READ((sc)->kind, (sc)->data, (i))

/* 1 if text[i:j].lower() is in the set, 0 if not, -1 on error */
static int lower_in(SentenceScan *sc, Py_ssize_t i, Py_ssize_t j, PyObject *set) {
    PyObject *low = lower_slice(sc->text, sc->kind, sc->data, i, j);
    if (low == NULL) return -1;
    int rc = PySet_Contains(set, low);
    Py_DECREF(low);
    return rc;
}

/* _is_abbreviation: 1, 0, or -1 on error */
static int is_abbreviation(SentenceScan *sc, Py_ssize_t stop, Py_ssize_t floor, Py_ssize_t w, Py_ssize_t we) {
    Py_ssize_t i = stop;
    while (i > floor) {
        Py_UCS4 c = CH(sc, i - 1);
        if (!(u_isalnum(c) || c == '.')) break;
        i--;
    }
    if (i == stop) return 0;
    int rc = lower_in(sc, i, stop, sc->abbreviations);
    if (rc != 0) return rc;
    if (stop - i == 1) {
        Py_UCS4 c = CH(sc, i);
        if (u_isalpha(c) && u_isupper(c)) return 1;
    }
    int dotted = 0;
    for (Py_ssize_t k = i; k < stop; k++)
        if (CH(sc, k) == '.') { dotted = 1; break; }
    if (!dotted) return 0;
    /* every dot-separated part one or two letters: a dotted acronym such as "U.S" */
    Py_ssize_t part = 0;
    for (Py_ssize_t k = i; k <= stop; k++) {
        if (k == stop || CH(sc, k) == '.') {
            if (part == 0 || part > 2) return 0;
            part = 0;
        } else {
            if (!u_isalpha(CH(sc, k))) return 0;
            part++;
        }
    }
    rc = lower_in(sc, w, we, sc->openers);
    return rc < 0 ? -1 : !rc;
}

#define PARENTHESIS_REACH 80

/* _closes_inner_parenthesis: whether the stop at ms closes a parenthesis opened inside a sentence */
static int closes_inner_parenthesis(SentenceScan *sc, Py_ssize_t ms, Py_ssize_t pstart) {
    Py_ssize_t i = ms - 1;
    Py_ssize_t limit = ms - PARENTHESIS_REACH > pstart ? ms - PARENTHESIS_REACH : pstart;
    while (i >= limit && CH(sc, i) != '(') {
        Py_UCS4 ch = CH(sc, i);
        if (ch == ')' || ch == '\n') return 0;
        i--;
    }
    if (i < limit) return 0;
    Py_ssize_t p = i - 1;
    while (p >= pstart && Py_UNICODE_ISSPACE(CH(sc, p))) p--;
    while (p >= pstart && in_chars(CH(sc, p), QUOTE_CLOSERS)) p--;
    return p >= pstart && !in_chars(CH(sc, p), TERMINATORS);
}

/* _sentence_cut for the terminator run [ms, me) in the paragraph [pstart, end):
 * the cut position, -1 for none, -2 on error */
static Py_ssize_t sentence_cut(SentenceScan *sc, Py_ssize_t ms, Py_ssize_t me, Py_ssize_t pstart, Py_ssize_t end) {
    Py_ssize_t j = me;
    while (j < end && in_chars(CH(sc, j), CLOSERS_AFTER_STOP)) j++;
    if (j >= end) return -1;
    if (!Py_UNICODE_ISSPACE(CH(sc, j))) return -1;
    for (Py_ssize_t q = me; q < j; q++)
        if (CH(sc, q) == ')') {
            if (closes_inner_parenthesis(sc, ms, pstart)) return -1;
            break;
        }
    Py_ssize_t k = j;
    while (k < end && Py_UNICODE_ISSPACE(CH(sc, k))) k++;
    if (k >= end) return -1;
    Py_UCS4 c = CH(sc, k);
    if (c == '.' || c == 0x2026) return -1;
    Py_ssize_t w = k;
    while (w < end && in_chars(CH(sc, w), OPENERS_BEFORE_WORD)) w++;
    if (w >= end) return -1;
    Py_UCS4 first = CH(sc, w);
    if (u_islower(first) || in_chars(c, CLAUSE_MARKS) || in_chars(first, WORD_CLAUSE_MARKS)) return -1;
    Py_ssize_t we = w;
    while (we < end && u_isalpha(CH(sc, we))) we++;
    Py_ssize_t run = me - ms;
    int ellipsis = (run == 1 && CH(sc, ms) == 0x2026)
        || (run == 3 && CH(sc, ms) == '.' && CH(sc, ms + 1) == '.' && CH(sc, ms + 2) == '.');
    if (ellipsis) {
        int rc = lower_in(sc, w, we, sc->openers);
        if (rc < 0) return -2;
        return rc ? j : -1;
    }
    if (run == 1 && CH(sc, ms) == '.') {
        int quote_closed = 0;
        for (Py_ssize_t q = me; q < j; q++)
            if (in_chars(CH(sc, q), QUOTE_CLOSERS)) { quote_closed = 1; break; }
        if (!quote_closed) {
            int rc = is_abbreviation(sc, ms, pstart, w, we);
            if (rc < 0) return -2;
            if (rc) return -1;
        }
    }
    return j;
}

static int line_break_is_hard(SentenceScan *sc, Py_ssize_t line_end, Py_ssize_t next_start) {
    Py_UCS4 last = CH(sc, line_end - 1), first = CH(sc, next_start);
    int soft_end = u_islower(last) || in_chars(last, SOFT_LINE_ENDS) || u_isdigit(last);
    return !(soft_end && (u_islower(first) || u_isdigit(first)));
}

static int compare_ssize(const void *a, const void *b) {
    Py_ssize_t x = *(const Py_ssize_t *)a, y = *(const Py_ssize_t *)b;
    return (x > y) - (x < y);
}

/* append the stripped span [s, e) if it is not empty */
static int add_stripped(int kind, const void *data, PyObject *starts, PyObject *ends, Py_ssize_t s, Py_ssize_t e) {
    while (s < e && Py_UNICODE_ISSPACE(PyUnicode_READ(kind, data, s))) s++;
    while (e > s && Py_UNICODE_ISSPACE(PyUnicode_READ(kind, data, e - 1))) e--;
    if (s >= e) return 0;
    if (append_index(starts, s) < 0 || append_index(ends, e) < 0) return -1;
    return 0;
}

static int push_cut(Py_ssize_t **cuts, Py_ssize_t *n, Py_ssize_t *cap, Py_ssize_t value) {
    if (*n == *cap) {
        Py_ssize_t *grown = PyMem_Realloc(*cuts, (size_t)(*cap) * 2 * sizeof(Py_ssize_t));
        if (grown == NULL) { PyErr_NoMemory(); return -1; }
        *cuts = grown;
        *cap *= 2;
    }
    (*cuts)[(*n)++] = value;
    return 0;
}

static Py_ssize_t *read_offsets(PyObject *list, const char *name) {
    if (!PyList_Check(list)) {
        PyErr_Format(PyExc_TypeError, "split_sentences() needs %s as a list of int", name);
        return NULL;
    }
    Py_ssize_t n = PyList_GET_SIZE(list);
    Py_ssize_t *out = PyMem_New(Py_ssize_t, n + 1);
    if (out == NULL) { PyErr_NoMemory(); return NULL; }
    for (Py_ssize_t i = 0; i < n; i++) {
        out[i] = PyLong_AsSsize_t(PyList_GET_ITEM(list, i));
        if (out[i] == -1 && PyErr_Occurred()) { PyMem_Free(out); return NULL; }
    }
    return out;
}

static PyObject *scan_split_sentences(PyObject *self, PyObject *args) {
    PyObject *text, *ps_list, *pe_list, *ls_list, *le_list;
    SentenceScan sc;
    if (!PyArg_ParseTuple(args, "UO!O!O!O!OO:split_sentences", &text, &PyList_Type, &ps_list, &PyList_Type,
                          &pe_list, &PyList_Type, &ls_list, &PyList_Type, &le_list, &sc.abbreviations,
                          &sc.openers))
        return NULL;
    if (!PyAnySet_Check(sc.abbreviations) || !PyAnySet_Check(sc.openers)) {
        PyErr_SetString(PyExc_TypeError, "split_sentences() needs sets of abbreviations and openers");
        return NULL;
    }
    Py_ssize_t n_paras = PyList_GET_SIZE(ps_list), n_lines = PyList_GET_SIZE(ls_list);
    if (PyList_GET_SIZE(pe_list) != n_paras || PyList_GET_SIZE(le_list) != n_lines) {
        PyErr_SetString(PyExc_ValueError, "split_sentences() needs as many ends as starts");
        return NULL;
    }
    if (PyUnicode_READY(text) < 0) return NULL;
    sc.kind = PyUnicode_KIND(text);
    sc.data = PyUnicode_DATA(text);
    sc.text = text;
    Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    Py_ssize_t *ps = NULL, *pe = NULL, *ls = NULL, *le = NULL, *cuts = NULL;
    Py_ssize_t cap = 64;
    PyObject *starts = PyList_New(0), *ends = PyList_New(0);
    if (starts == NULL || ends == NULL) goto fail;
    if ((ps = read_offsets(ps_list, "paragraph starts")) == NULL) goto fail;
    if ((pe = read_offsets(pe_list, "paragraph ends")) == NULL) goto fail;
    if ((ls = read_offsets(ls_list, "line starts")) == NULL) goto fail;
    if ((le = read_offsets(le_list, "line ends")) == NULL) goto fail;
    for (Py_ssize_t p = 0; p < n_paras; p++) {
        if (ps[p] < 0 || pe[p] > n || ps[p] > pe[p]) {
            PyErr_SetString(PyExc_ValueError, "split_sentences(): a paragraph lies outside the text");
            goto fail;
        }
    }
    for (Py_ssize_t i = 0; i < n_lines; i++) {
        if (ls[i] < 0 || le[i] > n || ls[i] >= le[i]) {
            PyErr_SetString(PyExc_ValueError, "split_sentences(): a line is empty or lies outside the text");
            goto fail;
        }
    }
    cuts = PyMem_New(Py_ssize_t, cap);
    if (cuts == NULL) { PyErr_NoMemory(); goto fail; }
    for (Py_ssize_t p = 0; p < n_paras; p++) {
        Py_ssize_t pstart = ps[p], pend = pe[p], n_cuts = 0;
        /* bisect_left(line_starts, pstart) */
        Py_ssize_t lo = 0, hi = n_lines;
        while (lo < hi) {
            Py_ssize_t mid = (lo + hi) / 2;
            if (ls[mid] < pstart) lo = mid + 1; else hi = mid;
        }
        for (Py_ssize_t i = lo; i + 1 < n_lines && ls[i + 1] < pend; i++) {
            if (line_break_is_hard(&sc, le[i], ls[i + 1])) {
                if (push_cut(&cuts, &n_cuts, &cap, le[i]) < 0) goto fail;
            }
        }
        Py_ssize_t i = pstart;
        while (i < pend) {
            if (!is_terminator(CH(&sc, i))) { i++; continue; }
            Py_ssize_t me = i + 1;
            while (me < pend && is_terminator(CH(&sc, me))) me++;
            Py_ssize_t cut = sentence_cut(&sc, i, me, pstart, pend);
            if (cut == -2) goto fail;
            if (cut >= 0) {
                if (push_cut(&cuts, &n_cuts, &cap, cut) < 0) goto fail;
            }
            i = me;
        }
        qsort(cuts, (size_t)n_cuts, sizeof(Py_ssize_t), compare_ssize);
        Py_ssize_t begin = pstart;
        for (Py_ssize_t c = 0; c < n_cuts; c++) {
            if (add_stripped(sc.kind, sc.data, starts, ends, begin, cuts[c]) < 0) goto fail;
            if (cuts[c] > begin) begin = cuts[c];
        }
        if (add_stripped(sc.kind, sc.data, starts, ends, begin, pend) < 0) goto fail;
    }
    PyMem_Free(ps); PyMem_Free(pe); PyMem_Free(ls); PyMem_Free(le); PyMem_Free(cuts);
    return Py_BuildValue("(NN)", starts, ends);
fail:
    PyMem_Free(ps); PyMem_Free(pe); PyMem_Free(ls); PyMem_Free(le); PyMem_Free(cuts);
    Py_XDECREF(starts);
    Py_XDECREF(ends);
    return NULL;
}

/* ---- quotation marks: credscore._quote_scan.quote_marks_python ------------------------------ */

static inline int is_quote_mark(Py_UCS4 c) {
    if (c < 128) return c == '"' || c == '\'';
    return c == 0x201C || c == 0x201D || c == 0x201E || c == 0xAB || c == 0xBB || c == 0x2018
        || c == 0x2019 || c == 0x201A || c == 0x2039 || c == 0x203A;
}

static PyObject *scan_quote_marks(PyObject *self, PyObject *arg) {
    int kind;
    const void *data;
    Py_ssize_t n;
    if (text_view(arg, "quote_marks", &kind, &data, &n) < 0) return NULL;
    PyObject *out = PyList_New(0);
    if (out == NULL) return NULL;
    for (Py_ssize_t i = 0; i < n; i++) {
        if (is_quote_mark(PyUnicode_READ(kind, data, i)) && append_index(out, i) < 0) {
            Py_DECREF(out);
            return NULL;
        }
    }
    return out;
}

/* ---- lower-cased tokens: credscore.analysis._lower_tokens_python ---------------------------- */

static PyObject *scan_lower_tokens(PyObject *self, PyObject *arg) {
    if (!PyList_Check(arg)) {
        PyErr_SetString(PyExc_TypeError, "lower_tokens() needs a list of str");
        return NULL;
    }
    Py_ssize_t n = PyList_GET_SIZE(arg);
    PyObject *out = PyList_New(n);
    if (out == NULL) return NULL;
    for (Py_ssize_t k = 0; k < n; k++) {
        PyObject *t = PyList_GET_ITEM(arg, k);
        if (!PyUnicode_Check(t)) {
            PyErr_SetString(PyExc_TypeError, "lower_tokens() needs a list of str");
            Py_DECREF(out);
            return NULL;
        }
        if (PyUnicode_READY(t) < 0) { Py_DECREF(out); return NULL; }
        PyObject *low;
        if (PyUnicode_IS_ASCII(t)) {
            /* most tokens are already lower case: share the token itself (its hash is cached) */
            const Py_UCS1 *src = PyUnicode_1BYTE_DATA(t);
            Py_ssize_t len = PyUnicode_GET_LENGTH(t), i = 0;
            while (i < len && !(src[i] >= 'A' && src[i] <= 'Z')) i++;
            if (i == len) {
                Py_INCREF(t);
                low = t;
            } else {
                low = lower_slice(t, PyUnicode_1BYTE_KIND, src, 0, len);
            }
        } else {
            low = PyObject_CallMethodNoArgs(t, lower_name);
        }
        if (low == NULL) { Py_DECREF(out); return NULL; }
        PyList_SET_ITEM(out, k, low);
    }
    return out;
}

/* The bounds [start, end) clamped to [0, n] the way a Python slice is (no negative indices). */
static void clamp_range(Py_ssize_t *start, Py_ssize_t *end, Py_ssize_t n) {
    if (*start < 0) *start = 0;
    if (*end > n) *end = n;
    if (*end < *start) *end = *start;
}

static PyObject *scan_non_space(PyObject *self, PyObject *args) {
    PyObject *text;
    Py_ssize_t start, end;
    if (!PyArg_ParseTuple(args, "Unn", &text, &start, &end)) return NULL;
    if (PyUnicode_READY(text) < 0) return NULL;
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    clamp_range(&start, &end, PyUnicode_GET_LENGTH(text));
    return PyLong_FromSsize_t(count_non_space(kind, data, start, end));
}

static PyObject *scan_non_space_each(PyObject *self, PyObject *args) {
    PyObject *text, *starts, *ends;
    if (!PyArg_ParseTuple(args, "UO!O!", &text, &PyList_Type, &starts, &PyList_Type, &ends)) return NULL;
    if (PyList_GET_SIZE(starts) != PyList_GET_SIZE(ends)) {
        PyErr_SetString(PyExc_ValueError, "non_space_each() needs as many ends as starts");
        return NULL;
    }
    if (PyUnicode_READY(text) < 0) return NULL;
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    Py_ssize_t n = PyUnicode_GET_LENGTH(text), m = PyList_GET_SIZE(starts);
    PyObject *out = PyList_New(m);
    if (out == NULL) return NULL;
    for (Py_ssize_t r = 0; r < m; r++) {
        Py_ssize_t start = PyLong_AsSsize_t(PyList_GET_ITEM(starts, r));
        Py_ssize_t end = PyLong_AsSsize_t(PyList_GET_ITEM(ends, r));
        if ((start == -1 || end == -1) && PyErr_Occurred()) { Py_DECREF(out); return NULL; }
        clamp_range(&start, &end, n);
        PyObject *c = offset_int(count_non_space(kind, data, start, end));
        if (c == NULL) { Py_DECREF(out); return NULL; }
        PyList_SET_ITEM(out, r, c);
    }
    return out;
}

/* ---- lines: credscore.analysis._line_bounds_python --------------------------------------------- */

static PyObject *scan_line_bounds(PyObject *self, PyObject *arg) {
    int kind;
    const void *data;
    Py_ssize_t n;
    if (text_view(arg, "line_bounds", &kind, &data, &n) < 0) return NULL;
    PyObject *starts = PyList_New(0), *ends = PyList_New(0);
    if (starts == NULL || ends == NULL) goto fail;
    Py_ssize_t i = 0;
    while (i < n) {
        Py_ssize_t j = i;
        while (j < n && PyUnicode_READ(kind, data, j) != '\n') j++;
        /* the line [i, j) without its surrounding white space (str.isspace) */
        if (add_stripped(kind, data, starts, ends, i, j) < 0) goto fail;
        i = j + 1;
    }
    return Py_BuildValue("(NN)", starts, ends);
fail:
    Py_XDECREF(starts);
    Py_XDECREF(ends);
    return NULL;
}

static PyObject *scan_count_words(PyObject *self, PyObject *args) {
    PyObject *text, *starts;
    Py_ssize_t lo, hi;
    if (!PyArg_ParseTuple(args, "UO!nn", &text, &PyList_Type, &starts, &lo, &hi)) return NULL;
    if (PyUnicode_READY(text) < 0) return NULL;
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    clamp_range(&lo, &hi, PyList_GET_SIZE(starts));
    Py_ssize_t count = 0;
    for (Py_ssize_t k = lo; k < hi; k++) {
        Py_ssize_t at = PyLong_AsSsize_t(PyList_GET_ITEM(starts, k));
        if (at == -1 && PyErr_Occurred()) return NULL;
        if (at < 0 || at >= n) {
            PyErr_SetString(PyExc_IndexError, "count_words(): a token start lies outside the text");
            return NULL;
        }
        if (is_word(PyUnicode_READ(kind, data, at))) count++;
    }
    return PyLong_FromSsize_t(count);
}

/* ---- capitals in mid-sentence: credscore.signals._attribution_names.mid_sentence_capitals_python */

static PyObject *scan_mid_sentence_capitals(PyObject *self, PyObject *arg) {
    if (!PyList_Check(arg)) {
        PyErr_SetString(PyExc_TypeError, "mid_sentence_capitals() needs a list of str");
        return NULL;
    }
    /* a copy: a str subclass's hash, run by the dict, cannot change the list under the loop */
    PyObject *tokens = PyList_GetSlice(arg, 0, PyList_GET_SIZE(arg));
    if (tokens == NULL) return NULL;
    Py_ssize_t n = PyList_GET_SIZE(tokens);
    for (Py_ssize_t k = 0; k < n; k++) {
        PyObject *t = PyList_GET_ITEM(tokens, k);
        if (!PyUnicode_Check(t) || PyUnicode_READY(t) < 0 || PyUnicode_GET_LENGTH(t) == 0) {
            if (!PyErr_Occurred())
                PyErr_SetString(PyExc_TypeError, "mid_sentence_capitals() needs a list of non-empty str");
            Py_DECREF(tokens);
            return NULL;
        }
    }
    PyObject *counts = PyDict_New();
    if (counts == NULL) { Py_DECREF(tokens); return NULL; }
    for (Py_ssize_t j = 1; j < n; j++) {
        PyObject *w = PyList_GET_ITEM(tokens, j);
        if (!Py_UNICODE_ISUPPER(PyUnicode_READ_CHAR(w, 0))) continue;
        PyObject *before = PyList_GET_ITEM(tokens, j - 1);
        Py_UCS4 b = PyUnicode_READ_CHAR(before, 0);
        if (!(Py_UNICODE_ISALNUM(b) || (b == ',' && PyUnicode_GET_LENGTH(before) == 1))) continue;
        Py_ssize_t len = PyUnicode_GET_LENGTH(w);
        PyObject *key;
        if (len >= 2 && PyUnicode_READ_CHAR(w, len - 1) == 's'
            && (PyUnicode_READ_CHAR(w, len - 2) == '\'' || PyUnicode_READ_CHAR(w, len - 2) == 0x2019)) {
            key = PyUnicode_Substring(w, 0, len - 2);  /* strip_possessive: "Trump's" -> "Trump" */
            if (key == NULL) { Py_DECREF(counts); Py_DECREF(tokens); return NULL; }
        } else {
            Py_INCREF(w);
            key = w;
        }
        PyObject *old = PyDict_GetItemWithError(counts, key);
        Py_ssize_t c = 0;
        if (old != NULL) {
            c = PyLong_AsSsize_t(old);
        } else if (PyErr_Occurred()) {
            Py_DECREF(key); Py_DECREF(counts); Py_DECREF(tokens); return NULL;
        }
        PyObject *now = PyLong_FromSsize_t(c + 1);
        if (now == NULL || PyDict_SetItem(counts, key, now) < 0) {
            Py_XDECREF(now); Py_DECREF(key); Py_DECREF(counts); Py_DECREF(tokens); return NULL;
        }
        Py_DECREF(now);
        Py_DECREF(key);
    }
    Py_DECREF(tokens);
    return counts;
}

static PyMethodDef scan_methods[] = {
    {"tokenize", scan_tokenize, METH_O,
     "tokenize(text) -> (starts, ends, texts): the tokens of credscore.analysis, in C."},
    {"line_words", scan_line_words, METH_VARARGS,
     "line_words(text, stops) -> (words, n_alpha, n_stop, capitals, digit_words, non_space, separators)."},
    {"split_sentences", scan_split_sentences, METH_VARARGS,
     "split_sentences(text, para_starts, para_ends, line_starts, line_ends, abbreviations, openers)"
     " -> (starts, ends)."},
    {"lower_tokens", scan_lower_tokens, METH_O,
     "lower_tokens(texts) -> [t.lower() for t in texts], sharing the strings that are already lower case."},
    {"quote_marks", scan_quote_marks, METH_O,
     "quote_marks(text) -> the offsets of every quotation mark and apostrophe in text."},
    {"non_space", scan_non_space, METH_VARARGS,
     "non_space(text, start, end) -> how many characters of text[start:end] are not white space."},
    {"line_bounds", scan_line_bounds, METH_O,
     "line_bounds(text) -> (starts, ends) of every non-blank line, trimmed of white space."},
    {"non_space_each", scan_non_space_each, METH_VARARGS,
     "non_space_each(text, starts, ends) -> [non_space(text, s, e) for s, e in zip(starts, ends)]."},
    {"count_words", scan_count_words, METH_VARARGS,
     "count_words(text, starts, lo, hi) -> how many of the tokens lo..hi-1 start with a word character."},
    {"mid_sentence_capitals", scan_mid_sentence_capitals, METH_O,
     "mid_sentence_capitals(T) -> {token (possessive dropped): count} of capitalised tokens after a word or a comma."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef scan_module = {
    PyModuleDef_HEAD_INIT, "credscore._scan",
    "Optional compiled scanners; pure-Python equivalents are used when this is not built.", -1,
    scan_methods,
};

PyMODINIT_FUNC PyInit__scan(void) {
    init_ascii_class();
    lower_name = PyUnicode_InternFromString("lower");
    if (lower_name == NULL) return NULL;
    return PyModule_Create(&scan_module);
}
