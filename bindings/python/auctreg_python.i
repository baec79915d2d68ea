/* Python top file: the low-level module auctreg.core (C part: auctreg._core) (see auctreg.i).
 * The public API is the pure-Python package auctreg (bindings/python/auctreg/). */
%module(package="auctreg", threads="1",
        docstring="Low-level SWIG module of libauctreg; use the auctreg package.") core
/* threads="1": every C call runs with the GIL released, so other Python threads run
 * while the library works or waits for a database lock (busy timeout). Typemaps run
 * with the GIL held; the two hooks below touch Python objects inside the call. */
%nothread _set_error_factory;
%nothread _raise_status;
%include "auctreg.i"
