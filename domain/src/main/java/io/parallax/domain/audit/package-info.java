/**
 * Who read or changed a confidential record (a reflection, supervision notes), and when. The audit
 * trail records the fact of access, never the confidential text itself.
 */
package io.parallax.domain.audit;
