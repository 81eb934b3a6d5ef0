/* Optional compiled constructors for credscore's frozen, slotted attrs records.
 *
 * A frozen attrs class sets each field through object.__setattr__ from a generated Python
 * __init__: some four thousand machine instructions for a two-field Span, which a profile builds
 * about a hundred times per article.  maker(cls, names) returns a callable that builds the same
 * instance directly: it allocates cls and stores each value in its slot.
 *
 *   maker(cls, names)(v0, v1, ...)  == cls(**dict(zip(names, (v0, v1, ...))))
 *
 * It is only equal when cls's __init__ would do nothing but store the values: no validators,
 * converters, on_setattr hooks or __attrs_post_init__.  credscore/_records.py checks that with
 * attrs before it asks for a maker, and names must then be every field of cls, in order; this file
 * checks the part attrs cannot see: that every name is a plain object slot of cls itself.
 * Hypothesis tests (tests/test_records.py) prove the two constructions equal.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stddef.h>
#include <structmember.h>

#define MAX_FIELDS 16

typedef struct {
    PyObject_HEAD
    vectorcallfunc vectorcall;
    PyTypeObject *cls;
    Py_ssize_t n_fields;
    Py_ssize_t offsets[MAX_FIELDS];
} Maker;

static PyObject *maker_vectorcall(PyObject *self, PyObject *const *args, size_t nargsf, PyObject *kwnames) {
    Maker *m = (Maker *)self;
    Py_ssize_t nargs = PyVectorcall_NARGS(nargsf);
    if (kwnames != NULL && PyTuple_GET_SIZE(kwnames) != 0) {
        PyErr_SetString(PyExc_TypeError, "a record maker takes its field values by position only");
        return NULL;
    }
    if (nargs != m->n_fields) {
        PyErr_Format(PyExc_TypeError, "%s maker takes %zd values (%zd given)", m->cls->tp_name, m->n_fields, nargs);
        return NULL;
    }
    PyObject *obj = m->cls->tp_alloc(m->cls, 0);
    if (obj == NULL) return NULL;
    for (Py_ssize_t k = 0; k < nargs; k++) {
        PyObject **slot = (PyObject **)((char *)obj + m->offsets[k]);
        Py_INCREF(args[k]);
        *slot = args[k];
    }
    return obj;
}

static int maker_traverse(PyObject *self, visitproc visit, void *arg) {
    Py_VISIT(((Maker *)self)->cls);
    return 0;
}

static int maker_clear(PyObject *self) {
    Py_CLEAR(((Maker *)self)->cls);
    return 0;
}

static void maker_dealloc(PyObject *self) {
    PyObject_GC_UnTrack(self);
    maker_clear(self);
    PyObject_GC_Del(self);
}

static PyObject *maker_repr(PyObject *self) {
    return PyUnicode_FromFormat("<record maker for %s>", ((Maker *)self)->cls->tp_name);
}

static PyTypeObject MakerType = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "credscore._records.Maker",
    .tp_basicsize = sizeof(Maker),
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_HAVE_VECTORCALL,
    .tp_vectorcall_offset = offsetof(Maker, vectorcall),
    .tp_call = PyVectorcall_Call,
    .tp_traverse = maker_traverse,
    .tp_clear = maker_clear,
    .tp_dealloc = maker_dealloc,
    .tp_repr = maker_repr,
    .tp_doc = "Builds instances of one slotted record class from its field values, by position.",
};

/* The offset of cls's own writable object slot called name, or -1 with an error set. */
static Py_ssize_t slot_offset(PyTypeObject *cls, PyObject *name) {
    PyObject *descr = PyDict_GetItemWithError(cls->tp_dict, name);  /* borrowed */
    if (descr == NULL) {
        if (!PyErr_Occurred()) PyErr_Format(PyExc_TypeError, "%s has no slot %R", cls->tp_name, name);
        return -1;
    }
    if (Py_TYPE(descr) != &PyMemberDescr_Type) {
        PyErr_Format(PyExc_TypeError, "%s.%U is not a slot", cls->tp_name, name);
        return -1;
    }
    PyMemberDescrObject *member = (PyMemberDescrObject *)descr;
    PyMemberDef *def = member->d_member;
    if (member->d_common.d_type != cls || def->type != T_OBJECT_EX || (def->flags & READONLY)) {
        PyErr_Format(PyExc_TypeError, "%s.%U is not a writable object slot of its own", cls->tp_name, name);
        return -1;
    }
    return def->offset;
}

static PyObject *records_maker(PyObject *module, PyObject *args) {
    PyObject *cls_obj, *names;
    if (!PyArg_ParseTuple(args, "O!O!:maker", &PyType_Type, &cls_obj, &PyTuple_Type, &names)) return NULL;
    PyTypeObject *cls = (PyTypeObject *)cls_obj;
    Py_ssize_t n = PyTuple_GET_SIZE(names);
    if (n > MAX_FIELDS) {
        PyErr_Format(PyExc_ValueError, "a record maker takes at most %d fields", MAX_FIELDS);
        return NULL;
    }
    /* an instance's layout must be the slots alone: a __dict__ or a base with its own C layout
       would leave parts of it that nothing here sets */
    if (cls->tp_dictoffset != 0 || cls->tp_base != &PyBaseObject_Type || cls->tp_alloc == NULL) {
        PyErr_Format(PyExc_TypeError, "%s is not a slotted class derived from object alone", cls->tp_name);
        return NULL;
    }
    Maker *m = PyObject_GC_New(Maker, &MakerType);
    if (m == NULL) return NULL;
    m->vectorcall = maker_vectorcall;
    m->n_fields = n;
    m->cls = NULL;
    for (Py_ssize_t k = 0; k < n; k++) {
        PyObject *name = PyTuple_GET_ITEM(names, k);
        if (!PyUnicode_Check(name)) {
            PyErr_SetString(PyExc_TypeError, "field names must be str");
            Py_DECREF(m);
            return NULL;
        }
        Py_ssize_t offset = slot_offset(cls, name);
        if (offset < 0) {
            Py_DECREF(m);
            return NULL;
        }
        for (Py_ssize_t j = 0; j < k; j++) {
            if (m->offsets[j] == offset) {
                PyErr_Format(PyExc_ValueError, "field %R is named twice", name);
                Py_DECREF(m);
                return NULL;
            }
        }
        m->offsets[k] = offset;
    }
    Py_INCREF(cls);
    m->cls = cls;
    PyObject_GC_Track((PyObject *)m);
    return (PyObject *)m;
}

static PyMethodDef records_methods[] = {
    {"maker", records_maker, METH_VARARGS,
     "maker(cls, names) -> a callable that builds cls from the values of the slots names, by position."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef records_module = {
    PyModuleDef_HEAD_INIT, "credscore._records_c",
    "Optional compiled record constructors; credscore._records falls back to the classes themselves.", -1,
    records_methods,
};

PyMODINIT_FUNC PyInit__records_c(void) {
    if (PyType_Ready(&MakerType) < 0) return NULL;
    return PyModule_Create(&records_module);
}
