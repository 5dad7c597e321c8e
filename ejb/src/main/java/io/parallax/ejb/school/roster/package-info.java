/**
 * The member import: a school admin's CSV or XLSX file of trainees and supervisors, read into rows
 * ({@link io.parallax.ejb.school.roster.RosterFiles}), checked cell by cell against the school
 * before anything happens ({@link io.parallax.ejb.school.roster.RosterCheck}), then applied row by
 * row, each row all or nothing and a second run of the same file changing nothing ({@link
 * io.parallax.ejb.school.roster.RosterImports}).
 */
package io.parallax.ejb.school.roster;
