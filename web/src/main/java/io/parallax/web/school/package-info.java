/** REST resources of schools and their cohorts. */
package io.parallax.web.school;
