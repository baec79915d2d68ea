/* Python top file: the low-level module auctreg.core (C part: auctreg._core) (see auctreg.i).
 * The public API is the pure-Python package auctreg (bindings/python/auctreg/). */
%module(package="auctreg", docstring="Low-level SWIG module of libauctreg; use the auctreg package.") core
%include "auctreg.i"
