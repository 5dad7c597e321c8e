/** Services for schools and their cohorts. */
package io.parallax.ejb.school;
