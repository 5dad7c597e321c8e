/**
 * A member's data rights on the web: their data download (page button and {@code GET
 * /api/v1/me/export}) and the erasure of a departed member by a school admin (page with a confirm
 * dialog and {@code POST /api/v1/members/{id}/erasure}).
 */
package io.parallax.web.privacy;
