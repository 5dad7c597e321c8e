/**
 * The trainee portal's pages: logging a client session and its contracting, the trainee's own
 * sessions, clients and engagement contracts, and the progress dashboard with the coaching log.
 */
package io.parallax.web.trainee;
