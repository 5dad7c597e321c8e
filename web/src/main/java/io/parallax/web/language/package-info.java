/**
 * The language a person reads Parallax in: English or German, following the browser's
 * Accept-Language unless the person chose one with the switch in the page header (kept in a cookie,
 * so per browser rather than per account). Pages take it through the view locale, the REST problem
 * details through the request's Accept-Language.
 */
package io.parallax.web.language;
