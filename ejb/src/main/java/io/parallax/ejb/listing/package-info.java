/**
 * Lists that page, filter and sort in the database: what a table or an API call asks for ({@link
 * io.parallax.ejb.listing.Listing}), one page of the answer ({@link
 * io.parallax.ejb.listing.Slice}), and the whitelist of columns a list may be filtered and sorted
 * by ({@link io.parallax.ejb.listing.Columns}), which turns a listing into JPQL without ever
 * putting a caller's text into the query string.
 */
package io.parallax.ejb.listing;
