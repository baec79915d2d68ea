/* PHP top file: the extension "auctreg" (extension=auctreg.so), see auctreg.i. */
%module auctreg
%include "auctreg.i"
