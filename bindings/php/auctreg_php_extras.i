/* PHP extras (included by ../auctreg.i after the generated part): a page of rows
 * and a blocker list as native PHP arrays (their typemaps are in
 * auctreg_php_typemaps.i: SWIG applies the typemaps in force where the class is
 * declared, i.e. before the generated part). */


%extend auctreg_rows {
    %rename(to_array) rows_array__w;
    /** Every row of this page as an array of ['column name' => int|string]. */
    const auctreg_rows *rows_array__w(void) { return $self; }
}
%extend auctreg_blockers {
    %rename(to_array) blockers_array__w;
    /** The blockers as an array of ['field', 'reason', 'message', 'messages']. */
    const auctreg_blockers *blockers_array__w(void) { return $self; }
}
