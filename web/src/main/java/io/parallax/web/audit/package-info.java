/**
 * The audit trail read back: the school admin's audit page and API (who read or changed which
 * confidential record, when; filtered, paged, downloadable as CSV), a member's "who read my
 * records" and the platform admin's trail of actions across schools. Never the records' text.
 */
package io.parallax.web.audit;
