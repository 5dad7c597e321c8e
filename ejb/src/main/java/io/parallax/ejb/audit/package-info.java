/** The audit trail of confidential records: who read or changed one, and when. */
package io.parallax.ejb.audit;
