/* Optional compiled scanners for credscore's two hottest per-character loops.
 *
 * Each function here restates, character for character, a pure-Python function that stays in
 * the package and is used whenever this module is not built (see credscore/_speedups.py):
 *
 *   tokenize(text)          == credscore.analysis._tokenize_python(text), i.e. the matches of
 *                              \w+(?:[-'\u2019.&]\w+)*|[^\w\s]  as (starts, ends, texts) lists;
 *   line_words(text, stops) == credscore.signals._boilerplate_lines._line_words_python(...): the
 *                              normalised words of  [^\W_]+|[\u00a9%]  and the counts a line
 *                              shape needs.
 *
 * The character classes are CPython's own: \w is Py_UNICODE_ISALNUM or '_', \s is
 * Py_UNICODE_ISSPACE (as in the re module for str patterns); str.isalpha, str.isdigit and
 * str.isupper use the same macros.  Lower-casing calls str.lower except for ASCII tokens.
 * Hypothesis tests (tests/test_speedups.py) prove each pair equal on arbitrary text.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

static PyObject *lower_name;  /* interned "lower" */

static inline int is_word(Py_UCS4 c) { return c == '_' || Py_UNICODE_ISALNUM(c); }

static inline int is_joiner(Py_UCS4 c) {
    return c == '-' || c == '\'' || c == 0x2019 || c == '.' || c == '&';
}

static int append_index(PyObject *list, Py_ssize_t value) {
    PyObject *n = PyLong_FromSsize_t(value);
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

static PyObject *scan_tokenize(PyObject *self, PyObject *arg) {
    if (!PyUnicode_Check(arg)) {
        PyErr_SetString(PyExc_TypeError, "tokenize() needs a str");
        return NULL;
    }
    if (PyUnicode_READY(arg) < 0) return NULL;
    int kind = PyUnicode_KIND(arg);
    const void *data = PyUnicode_DATA(arg);
    Py_ssize_t n = PyUnicode_GET_LENGTH(arg);
    PyObject *starts = PyList_New(0), *ends = PyList_New(0), *texts = PyList_New(0);
    if (starts == NULL || ends == NULL || texts == NULL) goto fail;
    Py_ssize_t i = 0;
    while (i < n) {
        Py_UCS4 c = PyUnicode_READ(kind, data, i);
        Py_ssize_t j;
        if (is_word(c)) {
            j = i + 1;
            while (j < n && is_word(PyUnicode_READ(kind, data, j))) j++;
            /* (?:[-'’.&]\w+)* : a joiner counts only when a word character follows it */
            while (j + 1 < n && is_joiner(PyUnicode_READ(kind, data, j))
                   && is_word(PyUnicode_READ(kind, data, j + 1))) {
                j += 2;
                while (j < n && is_word(PyUnicode_READ(kind, data, j))) j++;
            }
        } else if (Py_UNICODE_ISSPACE(c)) {
            i++;
            continue;
        } else {
            j = i + 1;
        }
        if (append_index(starts, i) < 0 || append_index(ends, j) < 0
            || append_steal(texts, PyUnicode_Substring(arg, i, j)) < 0)
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

/* str.lower() of text[i:j]; ASCII tokens are lowered here, anything else by str.lower. */
static PyObject *lower_slice(PyObject *text, int kind, const void *data, Py_ssize_t i, Py_ssize_t j) {
    int ascii = 1;
    for (Py_ssize_t k = i; k < j; k++) {
        if (PyUnicode_READ(kind, data, k) > 127) { ascii = 0; break; }
    }
    if (ascii) {
        PyObject *out = PyUnicode_New(j - i, 127);
        if (out == NULL) return NULL;
        Py_UCS1 *dst = PyUnicode_1BYTE_DATA(out);
        for (Py_ssize_t k = i; k < j; k++) {
            Py_UCS4 c = PyUnicode_READ(kind, data, k);
            dst[k - i] = (Py_UCS1)((c >= 'A' && c <= 'Z') ? c + 32 : c);
        }
        return out;
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
    Py_ssize_t n_alpha = 0, n_stop = 0, capitals = 0, digit_words = 0;
    PyObject *words = PyList_New(0);
    if (words == NULL) return NULL;
    Py_ssize_t i = 0;
    while (i < n) {
        Py_UCS4 c = PyUnicode_READ(kind, data, i);
        Py_ssize_t j;
        if (Py_UNICODE_ISALNUM(c)) {
            j = i + 1;
            while (j < n && Py_UNICODE_ISALNUM(PyUnicode_READ(kind, data, j))) j++;
        } else if (c == 0xA9 || c == '%') {
            j = i + 1;
        } else {
            i++;
            continue;
        }
        int alpha = 1, digit = 0;
        for (Py_ssize_t k = i; k < j; k++) {
            Py_UCS4 ch = PyUnicode_READ(kind, data, k);
            if (!Py_UNICODE_ISALPHA(ch)) alpha = 0;
            if (Py_UNICODE_ISDIGIT(ch)) digit = 1;
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
            else if (Py_UNICODE_ISUPPER(c))
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
    return Py_BuildValue("(Nnnnn)", words, n_alpha, n_stop, capitals, digit_words);
fail:
    Py_DECREF(words);
    return NULL;
}

static PyMethodDef scan_methods[] = {
    {"tokenize", scan_tokenize, METH_O,
     "tokenize(text) -> (starts, ends, texts): the tokens of credscore.analysis, in C."},
    {"line_words", scan_line_words, METH_VARARGS,
     "line_words(text, stops) -> (words, n_alpha, n_stop, capitals, digit_words)."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef scan_module = {
    PyModuleDef_HEAD_INIT, "credscore._scan",
    "Optional compiled scanners; pure-Python equivalents are used when this is not built.", -1,
    scan_methods,
};

PyMODINIT_FUNC PyInit__scan(void) {
    lower_name = PyUnicode_InternFromString("lower");
    if (lower_name == NULL) return NULL;
    return PyModule_Create(&scan_module);
}
