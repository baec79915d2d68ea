/* PHP top file: the extension "auctreg" (extension=auctreg.so), see auctreg.i. */
%module auctreg
%include "auctreg.i"

/*
 * Handle classes are final and not serializable. A PHP object of a handle class that was
 * made without its constructor (a subclass skipping parent::__construct(), unserialize(),
 * ReflectionClass::newInstanceWithoutConstructor()) would carry no C pointer, and SWIG's
 * runtime dereferences its missing type. Final internal classes cannot be subclassed nor
 * instantiated without their constructor, and unserialize() refuses the flagged ones.
 * Classes are registered after %init runs, so this is done at request start (cheap, idempotent).
 * Exception classes stay open for portals to extend.
 */
%rinit %{
  {
    zend_class_entry *auctreg_ce_;
    ZEND_HASH_FOREACH_PTR(CG(class_table), auctreg_ce_) {
      if (auctreg_ce_->type == ZEND_INTERNAL_CLASS && ZSTR_LEN(auctreg_ce_->name) > 7 &&
          strncmp(ZSTR_VAL(auctreg_ce_->name), "Auctreg", 7) == 0 &&
          !instanceof_function(auctreg_ce_, zend_ce_throwable))
        auctreg_ce_->ce_flags |= ZEND_ACC_FINAL | ZEND_ACC_NOT_SERIALIZABLE;
    } ZEND_HASH_FOREACH_END();
  }
%}
