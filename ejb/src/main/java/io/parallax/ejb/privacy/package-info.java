/**
 * A member's data rights: the download of everything Parallax holds about them ({@link
 * io.parallax.ejb.privacy.DataExport}) and the erasure of a departed member ({@link
 * io.parallax.ejb.privacy.Erasure}), both audited. What is kept and what is deleted is told in the
 * README's "Retention and erasure".
 */
package io.parallax.ejb.privacy;
